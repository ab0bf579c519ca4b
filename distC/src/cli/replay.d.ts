import { type Command } from 'commander';
import { type BlockRange } from '../replay/range.js';
import { type RateLimit } from '../replay/rateLimit.js';
import { type ReplayRecord } from '../replay/results.js';
/** Where a run without `--queue` keeps its records (git ignores `.parevm-*`). */
export declare const DEFAULT_RESULTS = ".parevm-replay";
/** Options of `parevm replay`. */
export interface ReplayCommandOptions {
    blocks: BlockRange;
    fixtures?: string;
    rpc?: string;
    /** `redis://HOST:PORT`: enqueue for `parevm worker`s; absent: run here. */
    queue?: string;
    /** Key prefix in Redis (default `parevm`). */
    namespace?: string;
    /** Record directory without `--queue` (default {@link DEFAULT_RESULTS}). */
    results?: string;
    jobSize?: number;
    /** Engine threads when running here. */
    concurrency?: number;
    chain?: string;
    fresh?: boolean;
    analyze?: boolean;
    json?: boolean;
    progress?: boolean;
    /** Stop waiting after this many seconds. */
    timeout?: number;
    print?: (line: string) => void;
}
/**
 * `parevm replay`: see the module comment.
 * @returns the exit status: 0 when every block of the range was recorded and matched its header
 */
export declare function replayCommand(o: ReplayCommandOptions): Promise<number>;
/** The replay table: one row per record. */
export declare function renderRecords(records: readonly ReplayRecord[]): string;
/** Options of `parevm worker`. */
export interface WorkerCommandOptions {
    queue: string;
    namespace?: string;
    /** Engine threads per block. */
    concurrency?: number;
    /** Read fixtures from this directory instead of the one in the job (another machine's path). */
    fixtures?: string;
    lockDurationMs?: number;
    stalledIntervalMs?: number;
    /** RPC requests allowed, shared by all workers of the namespace. */
    rpcRate?: RateLimit;
    analyze?: boolean;
    print?: (line: string) => void;
}
/**
 * `parevm worker`: takes range jobs from the queue until SIGINT/SIGTERM (then lets the running job
 * finish). Prints one line per block: `block N STATUS (job ID, attempt K)`.
 * @returns the exit status (1 when Redis cannot be reached at start)
 */
export declare function workerCommand(o: WorkerCommandOptions): Promise<number>;
/** Options of `parevm report`. */
export interface ReportCommandOptions {
    range: BlockRange;
    queue?: string;
    namespace?: string;
    results?: string;
    chain?: string;
    out?: string;
    json?: boolean;
    print?: (line: string) => void;
}
/**
 * `parevm report`: the HTML history report of the recorded blocks of a range (and `--json`).
 * @returns the exit status: 1 when the range has no record or the store cannot be read
 */
export declare function reportCommand(o: ReportCommandOptions): Promise<number>;
/** Registers `parevm replay`, `parevm worker` and `parevm report`. */
export declare function registerReplay(program: Command): void;
