import { executeBlock, type ParallelMode } from '../parallel/executeBlock.js';
/** Options of {@link huntRaces}. */
export interface RaceOptions {
    fixtures: string;
    /** Block numbers (default: every block under `fixtures`). */
    blocks?: number[];
    /** Parallel runs per block and concurrency (default 3). */
    repeats?: number;
    /** Worker counts (default 2, 4, 8). */
    concurrency?: number[];
    /** Keep the re-execution bound (default true); false lets Block-STM run every block to the end. */
    bound?: boolean;
    /** The parallel path (default Block-STM); the pipelined path has no re-execution bound. */
    mode?: Exclude<ParallelMode, 'auto'>;
    /** Called after each block. */
    onBlock?: (row: RaceRow) => void;
    /** The parallel engine (default {@link executeBlock}; tests plant faults here). */
    parallel?: typeof executeBlock;
}
/** One fixture block's runs. */
export interface RaceRow {
    block: number;
    txs: number;
    /** Runs on the path asked for (Block-STM or pipelined), and runs that fell back to sequential (with the reasons). */
    parallelRuns: number;
    fallbacks: number;
    fallbackReasons: string[];
    /** Parallel runs halted by the re-execution bound (finished sequentially from their committed prefix). */
    stormHalts: number;
    /** Most Block-STM re-executions seen in one run. */
    maxReexecutions: number;
    divergences: {
        concurrency: number;
        repeat: number;
        field: string;
        sequential: string;
        parallel: string;
    }[];
    /** The block could not be loaded or its sequential execution failed. */
    error?: string;
}
/**
 * Runs the race hunt. Blocks are independent; a block whose sequential run throws is reported
 * with `error` and skipped.
 */
export declare function huntRaces(opts: RaceOptions): Promise<RaceRow[]>;
