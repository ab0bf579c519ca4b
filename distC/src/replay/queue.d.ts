/**
 * The replay queue: range jobs in, their outcomes out. {@link BullReplayQueue} is BullMQ on Redis
 * (`--queue redis://HOST:PORT`): workers on any machine take jobs (`parevm worker`), a job whose
 * worker died is moved back to waiting by BullMQ's stalled-job check once its lock expires, a job
 * that throws is retried with exponential backoff. {@link LocalReplayQueue} has the same interface
 * and runs the jobs in this process, one at a time (no `--queue`).
 *
 * Job ids come from the chain and the range ({@link jobId}); BullMQ keeps finished jobs, so adding
 * a job whose id exists (waiting, running or finished) adds nothing.
 */
import { Queue, Worker } from 'bullmq';
import type { JobOutcome } from './job.js';
import type { RangeJob } from './range.js';
/** Where a job is. `unknown`: no job has this id. */
export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'unknown';
/** A job's state; `outcome` once completed, `failedReason` once failed for good. */
export interface JobStatus {
    state: JobState;
    outcome?: JobOutcome;
    failedReason?: string;
}
/** Retry policy of every range job: 3 attempts, 1 s, 2 s backoff. */
export declare const JOB_ATTEMPTS = 3;
export declare const JOB_BACKOFF_MS = 1000;
/** The queue both modes share. */
export interface ReplayQueue {
    /**
     * Adds `jobs`; one whose id the queue already has is left as it is.
     * @returns the ids added and the ids that were there already
     * @throws ReplayQueueError when the queue cannot be reached
     */
    enqueue(jobs: readonly RangeJob[]): Promise<{
        added: string[];
        existing: string[];
    }>;
    /** The state of each job id. */
    status(ids: readonly string[]): Promise<Map<string, JobStatus>>;
    /** Removes the finished jobs among `ids` (`--fresh`), so that they can be added again. @returns how many */
    forget(ids: readonly string[]): Promise<number>;
    close(): Promise<void>;
}
/** Runs one job; `attempt` is 1 for the first try. Throwing makes the queue retry it. */
export type JobProcessor = (job: RangeJob, attempt: number) => Promise<JobOutcome>;
/** In-process queue: jobs run one after another on this event loop, with the same retry policy. */
export declare class LocalReplayQueue implements ReplayQueue {
    private readonly processor;
    private readonly backoffMs;
    private readonly jobs;
    private readonly pending;
    private running?;
    constructor(processor: JobProcessor, backoffMs?: number);
    enqueue(jobs: readonly RangeJob[]): Promise<{
        added: string[];
        existing: string[];
    }>;
    private drain;
    status(ids: readonly string[]): Promise<Map<string, JobStatus>>;
    forget(ids: readonly string[]): Promise<number>;
    close(): Promise<void>;
}
/** BullMQ's queue name of range jobs (keys `<namespace>:replay:*`). */
export declare const QUEUE_NAME = "replay";
/** BullMQ connection options for a `redis://` URL (BullMQ opens its own ioredis clients). */
export declare function connectionOf(url: string): {
    url: string;
    maxRetriesPerRequest: null;
};
/** The enqueueing side of BullMQ (`parevm replay --queue`). */
export declare class BullReplayQueue implements ReplayQueue {
    readonly url: string;
    readonly namespace: string;
    readonly queue: Queue;
    constructor(url: string, namespace?: string);
    enqueue(jobs: readonly RangeJob[]): Promise<{
        added: string[];
        existing: string[];
    }>;
    status(ids: readonly string[]): Promise<Map<string, JobStatus>>;
    forget(ids: readonly string[]): Promise<number>;
    close(): Promise<void>;
}
/** Options of {@link startBullWorker}. */
export interface BullWorkerOptions {
    url: string;
    namespace?: string;
    /**
     * How long a job's lock lasts without renewal (ms, default 60 000). A worker renews it every
     * half of it; when a worker dies its job is moved back to waiting after this time (at the next
     * stalled check) and another worker takes it.
     */
    lockDurationMs?: number;
    /** How often each worker checks for stalled jobs (ms, default 30 000). */
    stalledIntervalMs?: number;
}
/**
 * A BullMQ worker taking one range job at a time from the queue (`parevm worker`).
 * @returns the worker; `close()` lets the running job finish
 */
export declare function startBullWorker(processor: JobProcessor, opts: BullWorkerOptions): Worker;
/** Blocks done (recorded: matched or mismatched), failed, and in flight (in running jobs, not recorded). */
export interface ReplayProgress {
    total: number;
    done: number;
    failed: number;
    inFlight: number;
    /** Jobs finished / all jobs. */
    jobsFinished: number;
    jobs: number;
}
