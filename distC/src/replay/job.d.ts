import type { RangeJob } from './range.js';
import type { ReplayRecord, ResultStore } from './results.js';
import type { BlockSource } from './source.js';
/** Thread counts whose simulated speedup a record keeps. */
export declare const RECORD_THREADS: readonly [8, 16, 32];
/** What a job runs with. */
export interface JobContext {
    source: BlockSource;
    store: ResultStore;
    /** Worker threads of the parallel engine (0 = the sequential engine only). */
    concurrency: number;
    /** The attempt of this job (1 = first; BullMQ's `attemptsMade + 1`). */
    attempt: number;
    /** Who runs it (default `host:pid`). */
    worker?: string;
    /** Run the analyzer too (default true). */
    analyze?: boolean;
    /** Called before each block is executed (the Redis store logs a `started` event). */
    onStart?: (block: number) => Promise<void>;
    /** Called after each block: whether this call recorded it. */
    onBlock?: (record: ReplayRecord, recorded: boolean) => void;
}
/** What a job did. `recorded` + `skipped` + `refused` = `blocks`. */
export interface JobOutcome {
    blocks: number;
    /** Blocks this run recorded (`failed` of them as failed). */
    recorded: number;
    failed: number;
    /** Blocks recorded before this run started them (an earlier attempt or run). */
    skipped: number;
    /** Blocks this run executed whose record another run wrote first (a stalled job run twice). */
    refused: number;
}
/** `host:pid` of this process. */
export declare const workerName: () => string;
/**
 * Runs `job`: see the module comment.
 * @throws only what the store throws (e.g. Redis unreachable); block errors are recorded
 */
export declare function runRangeJob(job: RangeJob, ctx: JobContext): Promise<JobOutcome>;
type RecordBody = Omit<ReplayRecord, 'worker' | 'jobId' | 'attempt' | 'recordedAt'>;
/**
 * Replays one block of `job`: the record without its who/when fields. Never throws: a block that
 * cannot be loaded or executed gives a `failed` record with the typed error (`code` INTERNAL for
 * an error that is not a ParevmError).
 */
export declare function replayBlock(job: RangeJob, n: number, ctx: Pick<JobContext, 'source' | 'concurrency' | 'analyze'>): Promise<RecordBody>;
export {};
