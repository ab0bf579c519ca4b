import type { BlockJob, BlockStateBody, PostBlockTask, RecoverJob, WorkerReply, WorkerStatus } from './worker.js';
/**
 * A worker's V8 young generation (MiB): 32 MiB semi-spaces, twice V8's default of 16. A worker
 * executes a stream of transactions whose per-block caches (location keys, base values) outlive a
 * few scavenges; with 16 MiB they were copied and promoted again and again. Measured at 2 workers
 * on 13217637, 14029313 and 14396881 (4 alternated rounds, medians of 14 runs): the workers' summed
 * execution time fell in all 12 pairs, by 5–39 % (median 21 %). The npm scripts give the main
 * thread (the sequential engine, the coordinator) the same semi-spaces: `--max-semi-space-size=32`.
 * That flag is process-wide and takes precedence over this limit (measured on Node 20: with it, a
 * worker asking for 128 MiB got 64).
 */
export declare const WORKER_YOUNG_GENERATION_MB = 64;
/** Why a pool run did not produce a reply from every worker. */
export interface PoolFailure {
    workerIndex: number;
    reason: string;
    /** MVMemory ran out of space (not a fault: the block is too large for its layout). */
    full?: boolean;
}
/** Result of {@link WorkerPool.start}'s `done`. */
export interface PoolRun {
    replies: WorkerReply[];
    failures: PoolFailure[];
    /** Workers terminated or lost during the run and replaced by fresh ones. */
    replaced: number;
}
/**
 * A pool of `worker_threads` that stays warm across blocks. A worker that exits, throws, hangs
 * past the deadline or does not stop after a failure is terminated and replaced, so the pool
 * serves the next block; a worker that dies while idle is replaced too. Workers are unref'd while
 * idle so an idle pool never keeps the process alive.
 */
export declare class WorkerPool {
    readonly size: number;
    readonly haltGraceMs: number;
    readonly evmWarmUp: boolean;
    private workers;
    private nextId;
    private closed;
    /** Workers the pool terminated itself, and why (the reason their exit is reported with). */
    private readonly terminating;
    /**
     * @param size number of worker threads
     * @param haltGraceMs after a failure halts a block, how long the other workers get to stop at
     *   their next task boundary before they are terminated and replaced (a worker killed while
     *   holding an MVMemory lock would otherwise leave the others spinning)
     * @param evmWarmUp each worker runs the EVM warm-up (src/evm/warmup.ts) in its idle time, a step
     *   at a time (10–40 ms warm, up to ~170 ms cold; loading the EVM's modules, ~450 ms cold, is the
     *   first), 50 ms after each block, once it needs the EVM: after its first Block-STM job, or
     *   from {@link warmUpEvm} on. A block that arrives meanwhile runs once the step in progress ends
     */
    constructor(size: number, haltGraceMs?: number, evmWarmUp?: boolean);
    /**
     * Asks every worker to warm the EVM up in its idle time now ({@link evmWarmUp}), before its first
     * Block-STM job: for a caller that will run Block-STM (`mode: 'block-stm'`, the benchmarks).
     * Without it a worker warms up after its first Block-STM job; one that only recovers senders
     * (the pipelined path) never loads the EVM. A worker spawned later (a replacement) is asked too.
     */
    warmUpEvm(): void;
    /** {@link warmUpEvm} was called: workers spawned from now on are asked as they start. */
    private warmUpAsked;
    private nextStatus;
    /**
     * What each worker has loaded and warmed up (for tests and diagnostics), in worker order; a
     * worker answers between its jobs' turns of the event loop.
     * @throws Error when a worker exits, errs or does not answer within `timeoutMs` (ms)
     */
    workerStatus(timeoutMs?: number): Promise<WorkerStatus[]>;
    /** Each worker's native-call guard words (src/crypto/nativeGuard.ts): terminated mid-call, a worker would abort the process. */
    private readonly guards;
    private spawn;
    /** The listeners of each worker's jobs and tasks in flight ({@link attach}). */
    private readonly listeners;
    /**
     * Terminates `w` once it is outside any native call ({@link stopThenTerminate}); its `exit` event
     * follows. `why` is recorded as the reason unless one already is ({@link terminating}).
     */
    private kill;
    /** Jobs and tasks each worker has in flight: it keeps the process alive while any is (ref/unref is a switch, not a count). */
    private readonly busy;
    /**
     * Listens to worker `w` for one job or task (`message`, `exit`, `error`) and keeps the process
     * alive meanwhile; the returned function stops both.
     */
    private attach;
    /** Number of live workers (for leak checks in tests). */
    get live(): number;
    /** Jobs and tasks still in flight on the pool's workers (0 once the last block's replies came; for leak checks in tests). */
    get inFlight(): number;
    /**
     * Terminates worker `workerIndex` from outside (`worker.terminate()`), as a crash would; it is
     * replaced. For fault-injection tests. Returns false if there is no such worker.
     */
    terminateWorker(workerIndex: number, reason?: string): boolean;
    /**
     * Starts `makeJob(i)` on every worker. `done` resolves with all replies, or with the failures
     * when any worker threw, exited or passed `deadlineMs`. `onFailure` is called at the first
     * failure (the caller halts the shared scheduler so the other workers stop); workers still
     * running `haltGraceMs` after it, or at the deadline, are terminated and replaced. Never waits
     * forever on a worker once a failure or the deadline has occurred. `send` posts the block's
     * second message ({@link BlockState}) to the workers still on the job: they recover senders
     * while the coordinator prepares it. `stop(why)` fails the run now and terminates (and
     * replaces) the workers still on it: a coordinator that found one stalled need not wait for the
     * deadline. A {@link RecoverJob} (the pipelined path) has no second message.
     */
    start(makeJob: (workerIndex: number, blockId: number) => BlockJob | RecoverJob, onFailure: () => void, deadlineMs?: number): {
        send: (state: BlockStateBody) => void;
        done: Promise<PoolRun>;
        stop: (why: string) => void;
    };
    private collect;
    private nextTask;
    /**
     * Runs one post-block task (`task`: hash the receipts trie's leaves from a receipt stream, read
     * in place: not reused before the task settles) on one worker, between blocks: work that needs
     * no MVMemory runs there while the coordinator merges. Workers take turns: consecutive tasks go
     * to different workers.
     * @param timeoutMs give up after this long (ms)
     * @returns once the worker has ended the task (the leaves it hashed are in the stream)
     * @throws Error when the worker fails the task, exits, errs or passes `timeoutMs` first (the stream's coordinator hashes what it left)
     */
    task(task: Omit<PostBlockTask, 'taskId'>, timeoutMs?: number): Promise<void>;
    /** Terminates every worker. */
    close(): Promise<void>;
}
/** The process-wide warm pool of `size` workers. */
export declare function sharedPool(size: number): WorkerPool;
/** Closes every shared pool (tests, CLI exit). */
export declare function closeSharedPools(): Promise<void>;
