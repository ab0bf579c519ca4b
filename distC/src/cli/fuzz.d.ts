import { type Command } from 'commander';
import { type FuzzHardfork } from '../fuzz/block.js';
/** Options of `parevm fuzz`. */
export interface FuzzCommandOptions {
    seed: string;
    /** Blocks to run; 0 = until stopped (long mode). */
    blocks: number;
    from: number;
    concurrency: number[];
    repeats: number;
    txs: [number, number];
    hardforks?: FuzzHardfork[];
    out: string;
    minimize: boolean;
    /** Also run every block on parevm's EVM against the reference engine, with coverage (default true). */
    evm?: boolean;
    json?: boolean;
    /** Seconds between progress lines (long mode; with a block count only when given). */
    progress?: number;
    out_?: (line: string) => void;
}
/**
 * `parevm fuzz`: the differential fuzzer (src/fuzz/runner.ts). Prints one line per divergence,
 * progress (blocks/s) every `every` seconds in long mode, and a summary with parevm's EVM
 * coverage (executions per opcode, precompile calls, what stayed at zero); `--json` carries the
 * same as `evmCoverage`.
 * @returns exit status: 0 when no parallel run differed from sequential and parevm's EVM never
 *   differed from the reference engine, 1 otherwise
 */
export declare function fuzzCommand(opts: FuzzCommandOptions): Promise<number>;
/**
 * `parevm fuzz --replay DIR`: re-runs a reproducer's block `repeats` times with the run
 * configuration that diverged (worker count, forced re-execution bound) — or, for a divergence
 * of parevm's EVM, once on both engines.
 * @returns exit status: 1 when some run still differs (or DIR is not a reproducer)
 */
export declare function replayCommand(dir: string, repeats: number, print?: (line: string) => void): Promise<number>;
/** Registers `parevm fuzz` on the CLI program. */
export declare function registerFuzz(program: Command): void;
