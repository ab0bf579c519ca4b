import { type Command } from 'commander';
/** Options of `parevm trace`. */
export interface TraceCommandOptions {
    fixtures: string;
    block: number;
    tx?: number;
    engine: string;
    /** File for the lines (default stdout). */
    out?: string;
    /** Trace `tx` on both engines and print their first difference instead of the lines. */
    compare?: boolean;
    /** Where messages go (default stdout). */
    print?: (line: string) => void;
}
/**
 * `parevm trace`: EIP-3155 lines of a fixture block's transactions (or of transaction `tx`) from
 * one engine, or with `compare` the first step where parevm's EVM and the reference differ.
 * @returns exit status: 0 when traced (compare: identical), 1 on an error (compare: a difference)
 */
export declare function traceCommand(o: TraceCommandOptions): Promise<number>;
/** Registers `parevm trace` on the CLI program. */
export declare function registerTrace(program: Command): void;
