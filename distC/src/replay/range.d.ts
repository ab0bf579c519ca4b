/**
 * Block ranges of `parevm replay` and `parevm report`, and the range jobs a range is cut into.
 */
/** An inclusive range of block numbers. */
export interface BlockRange {
    from: number;
    to: number;
}
/** Default number of blocks per range job (a job is the unit of retry and of work stealing). */
export declare const DEFAULT_JOB_SIZE = 100;
/**
 * Parses `A..B` (inclusive, A ≤ B) or a single block number `N` (= `N..N`).
 * @throws RangeError naming the text when it is not such a range
 */
export declare function parseRange(text: string): BlockRange;
/** What a worker needs to run one range job: JSON-safe, stored as the BullMQ job's data. */
export interface RangeJob {
    /** `c<chainId>-<first>-<last>`: the same range of the same chain always gets the same id. */
    id: string;
    chainId: number;
    /** Chain name (`mainnet`, …): selects the fork schedule. */
    chain: string;
    /** The job's blocks, ascending (for fixtures, the fixture blocks of the range). */
    blocks: number[];
    /** Where the blocks come from; a worker may override the fixture directory with its own. */
    source: SourceSpec;
}
/** A block source as job data: a fixture root, or an RPC URL (issue 14). */
export type SourceSpec = {
    kind: 'fixtures';
    dir: string;
} | {
    kind: 'rpc';
    url: string;
};
/**
 * The job id of `blocks` on `chainId`. BullMQ keeps a job's id after it finished, so adding a job
 * with the id of one already added does nothing: enqueueing a range twice runs it once.
 */
export declare function jobId(chainId: number, blocks: readonly number[]): string;
/**
 * Cuts `blocks` (ascending) into jobs of at most `size` blocks each.
 * @throws RangeError when `size` is not a whole number ≥ 1
 */
export declare function rangeJobs(blocks: readonly number[], size: number, chain: {
    name: string;
    chainId: number;
}, source: SourceSpec): RangeJob[];
