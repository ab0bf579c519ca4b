import type { ParallelMode } from '../parallel/executeBlock.js';
import type { ReexecutionBound } from '../parallel/storm.js';
import type { BlockResult } from '../types.js';
import { type FuzzCase, type TxIntent } from './block.js';
/** What differed, for the reproducer's case.json and README. */
export interface DivergenceInfo {
    /** Set when parevm's EVM differed from the reference engine (`parallel` is then parevm's side). */
    engine?: 'parevm';
    /** Workers of the parallel run that differed; 0 for an engine divergence. */
    concurrency: number;
    /** The re-execution bound of the run: `false` (regular runs) or a forced early halt (storm runs). */
    bound?: ReexecutionBound | false;
    /** The parallel path of the run that differed (absent: Block-STM). */
    mode?: Exclude<ParallelMode, 'auto'>;
    /** First differing field (`receipts[3]`, `stateChanges[0]`, `error`, ...). */
    field: string;
    sequential: string;
    parallel: string;
    /** parevm's EVM vs the reference: the first differing EIP-3155 step, when the traces part. */
    firstStep?: string;
}
/**
 * Writes the reproducer of `c` restricted to `intents` under `dir` (created if needed).
 * @param sequential the sequential result of exactly this block, or undefined when the block is
 *   invalid (its header then keeps zero gasUsed/roots)
 * @returns the command that replays it
 */
export declare function writeReproducer(dir: string, c: FuzzCase, intents: TxIntent[], sequential: BlockResult | undefined, divergence: DivergenceInfo): string;
/**
 * Reads a reproducer's case.json (written by {@link writeReproducer}).
 * @throws FixtureNotFoundError / FixtureFormatError when DIR/case.json is missing or not a case
 */
export declare function readReproducer(dir: string): {
    c: FuzzCase;
    divergence: DivergenceInfo;
};
