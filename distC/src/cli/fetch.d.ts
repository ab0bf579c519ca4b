import { type Command } from 'commander';
import { ParevmError } from '../errors.js';
import { type FetchBlocksResult, type PreStatePath } from '../rpc/index.js';
/**
 * Block numbers as the CLI takes them: `A..B` (inclusive), `N,M`, or both mixed (`1,5..7`).
 * @throws InvalidArgumentError on anything else, or a range of more than 100,000 blocks
 */
export declare function blockSpec(value: string): number[];
/** Options shared by `parevm fetch` and `parevm run --rpc`. */
export interface FetchCliOptions {
    rpc?: string;
    blocks?: number[];
    out?: string;
    chain?: string;
    chainConfig?: string;
    paths?: PreStatePath[];
    refetch?: boolean;
    timeout?: number;
    retries?: number;
    json?: boolean;
    progress?: boolean;
    err?: (line: string) => void;
}
/**
 * Fetches the blocks of `opts` into the cache, with a progress bar per block on stderr.
 * @returns the result, or an error message (bad options, chain id mismatch, unreachable node)
 */
export declare function fetchForCli(opts: FetchCliOptions): Promise<FetchBlocksResult | {
    error: ParevmError | Error;
}>;
/** One line per block and a summary (requests made, bytes cached). */
export declare function fetchReport(r: FetchBlocksResult, url: string): string[];
/**
 * `parevm fetch`: writes each block, executed and verified against its header, into the cache.
 * @returns the exit status: 0 when every block is cached, 1 otherwise
 */
export declare function fetchCommand(opts: FetchCliOptions, out?: (line: string) => void): Promise<number>;
/** The fetch result as JSON (errors as code and message). */
export declare function fetchJson(r: FetchBlocksResult): unknown;
/** Adds the fetch options to a command. */
export declare function fetchOptions(cmd: Command): Command;
/** Registers `parevm fetch`. */
export declare function registerFetch(program: Command): void;
