import { type Command } from 'commander';
import type { ParallelMode } from '../parallel/executeBlock.js';
/** Options of `parevm races`. */
export interface RacesCommandOptions {
    fixtures: string;
    blocks?: number[];
    repeats: number;
    concurrency: number[];
    /** Keep the re-execution bound (default); `--no-bound` runs Block-STM to the end. */
    bound?: boolean;
    /** The parallel path (default Block-STM). */
    mode?: Exclude<ParallelMode, 'auto'>;
    json?: boolean;
    out?: (line: string) => void;
}
/**
 * `parevm races`: every fixture block `repeats` times at each concurrency on the parallel path,
 * compared with sequential (src/fuzz/races.ts). Prints a table and the totals.
 * @returns exit status: 0 when every run equalled sequential and every block loaded, 1 otherwise
 */
export declare function racesCommand(opts: RacesCommandOptions): Promise<number>;
/** Registers `parevm races` on the CLI program. */
export declare function registerRaces(program: Command): void;
