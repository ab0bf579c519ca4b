import type { JobStatus, ReplayProgress, ReplayQueue } from './queue.js';
import { type BlockRange, type RangeJob } from './range.js';
import type { ReplayRecord, ResultStore } from './results.js';
import type { BlockSource } from './source.js';
/** Options of {@link replayRange}. */
export interface ReplayRangeOptions {
    range: BlockRange;
    source: BlockSource;
    chain: {
        name: string;
        chainId: number;
    };
    queue: ReplayQueue;
    store: ResultStore;
    /** Blocks per job (default 100). */
    jobSize: number;
    /** Delete the range's records and finished jobs first, so that it runs again. */
    fresh?: boolean;
    /** Poll interval (ms, default 250; at least 2 ms per unfinished job). */
    pollMs?: number;
    /** Give up waiting after this long (ms; default: wait for ever). */
    timeoutMs?: number;
    onProgress?: (p: ReplayProgress) => void;
}
/** The end of a replay. */
export interface ReplayOutcome {
    jobs: RangeJob[];
    /** Ids the queue already had (an earlier replay of the same range). */
    existing: string[];
    status: Map<string, JobStatus>;
    /** The records of the range's blocks, ascending; blocks without one are in `lost`. */
    records: ReplayRecord[];
    /** Blocks with no record: their job failed for good (see its `failedReason`), or the wait timed out. */
    lost: number[];
}
/**
 * Replays `range`; see {@link ReplayRangeOptions}.
 * @throws FixtureNotFoundError when the source has no blocks directory; ReplayQueueError when the
 *   queue cannot be reached
 */
export declare function replayRange(o: ReplayRangeOptions): Promise<ReplayOutcome>;
