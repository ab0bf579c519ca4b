/**
 * The collaborative scheduler of Block-STM (Gelashvili et al., PPoPP'23, §4, Algorithms 4–5) in a
 * SharedArrayBuffer: every worker thread maps the same Int32Array and runs the same loop; there
 * is no coordinator on the hot path. Execution and validation indices move forward with atomic
 * fetch-and-add and are pulled back (decrease_*_idx) when an abort or a new write requires it;
 * `decrease_cnt` and `num_active_tasks` make completion detection (check_done) race-free.
 *
 * Per transaction: one status word `incarnation << 2 | status` (a status and incarnation change
 * is one CAS), `blockedOn`, the transaction it waits for (-1 none), and the count of transactions
 * parked on it — dependencies are kept as this reverse pointer instead of per-transaction lists,
 * so no lock is needed, and a finishing transaction looks for its dependents only while it has some.
 *
 * Re-execution bound: workers report how long each incarnation ran (µs, `recordExecution`,
 * `recordWaste`); an incarnation stopped by an ESTIMATE or aborted by validation is waste. Once
 * the executed time passes a minimum and waste reaches a share of it, in time and in incarnations
 * (`configureStorm`), the scheduler halts with `stormed()` set: the block is a re-execution storm (each transaction
 * reads what the previous one is still writing) and the coordinator finishes it sequentially.
 */
export declare const TASK_NONE = 0;
export declare const TASK_EXECUTE = 1;
export declare const TASK_VALIDATE = 2;
/** A task handed to a worker: execute or validate incarnation `incarnation` of `txIndex`. */
export interface Task {
    kind: 0 | 1 | 2;
    txIndex: number;
    incarnation: number;
}
/** The re-execution bound as the scheduler takes it ({@link Scheduler.configureStorm}): permille, µs, incarnations. */
export interface StormBound {
    /** Wasted share of execution time that halts (‰); undefined: no bound. */
    permille: number | undefined;
    /** … with at least this share of the incarnations wasted (‰). */
    countPermille: number;
    /** … once this much execution (µs, summed over workers) ran. */
    minMicros: number;
    /** … and this many incarnations started. */
    minExecutions: number;
}
export declare class Scheduler {
    readonly txCount: number;
    private readonly w;
    /** Bytes of SharedArrayBuffer needed for `txCount` transactions. */
    static bytesFor(txCount: number): number;
    /** `init` = true exactly once, by the creator of `buffer`; workers pass false. */
    constructor(buffer: SharedArrayBuffer, txCount: number, init: boolean);
    private st;
    private blocked;
    /** µs the last finished incarnation of `i` ran. */
    private duration;
    /** How many transactions are parked on `i` (their `blockedOn` is `i`), or are about to be. */
    private dependents;
    done(): boolean;
    halted(): boolean;
    /** Stops every worker's loop (error, fault, fallback to sequential). */
    halt(): void;
    /**
     * Whether both indices have passed the last transaction: no task can come from asking again,
     * only from a change that wakes sleepers ({@link waitForWork}). An empty answer while they have
     * not means an index moved past a transaction not ready: ask again at once.
     */
    exhausted(): boolean;
    /**
     * The wake generation: read it before asking {@link nextTask}, and pass it to
     * {@link waitForWork} when the answer was no task and the indices are {@link exhausted}.
     */
    generation(): number;
    /**
     * Sleeps until something that can give this worker a task or end the block happened since
     * `generation` was read (an execution or validation finished, the block is done or halted), or
     * `timeoutMs` passed. An idle worker that polled instead kept a core busy: on 2 cores, the one
     * the worker running a block's long transaction, the main thread and V8's helper threads share.
     * No lost wake-up: the sleeper counts itself before Atomics.wait compares the generation, the
     * waker raises the generation before it reads the count.
     * @returns Atomics.wait's answer: 'ok' (woken), 'not-equal' (news before it slept), 'timed-out'
     */
    waitForWork(generation: number, timeoutMs: number): 'ok' | 'not-equal' | 'timed-out';
    private wake;
    private decrease;
    /** check_done: nothing left to hand out, nothing in flight, and no index moved back meanwhile. */
    private checkDone;
    /** READY(i) → EXECUTING(i); the caller keeps its active-task count either way. */
    private tryIncarnate;
    private nextVersionToExecute;
    private nextVersionToValidate;
    /** next_task (Algorithm 4): validation first when it lags execution, lowest index first. */
    nextTask(): Task;
    /**
     * add_dependency: `txIndex` (EXECUTING) read an ESTIMATE of `blockingTx`. Parks it (ABORTING)
     * and returns true, or returns false if `blockingTx` already finished (re-execute at once).
     *
     * No lost wake-up: we publish ABORTING, then `blockedOn`, then read the blocker's status;
     * finishExecution publishes EXECUTED, then reads `blockedOn`. With seq-cst atomics one side
     * sees the other; whoever wins the CAS on `blockedOn` owns the resume.
     */
    addDependency(txIndex: number, blockingTx: number): boolean;
    /**
     * A dependency known before the block starts (creator only, before any worker asks for a task): the first
     * incarnation of `txIndex` waits until an incarnation of `blockingTx` (< `txIndex`) has finished,
     * as if it had read an ESTIMATE of it. A wrong guess costs that wait, never correctness: the
     * transaction is validated as any other. See `chainHints` (seeds.ts).
     */
    seedDependency(txIndex: number, blockingTx: number): void;
    /**
     * Parks `txIndex` (ABORTING at `incarnation`) on `blockingTx`: its dependents count is raised
     * before `blockedOn` is published, so a finishing blocker that reads the count as 0 finished
     * before this parking looks at its status (see {@link addDependency}).
     */
    private park;
    private setReady;
    /**
     * finish_execution: EXECUTED, resume the transactions parked on this one, then either lower
     * validation_idx (new locations written: every later transaction must be revalidated) or
     * validate this transaction at once.
     */
    finishExecution(txIndex: number, incarnation: number, wroteNewLocation: boolean): Task;
    private finishExecutionTask;
    /** try_validation_abort: EXECUTED(incarnation) → ABORTING; true for exactly one caller. */
    tryValidationAbort(txIndex: number, incarnation: number): boolean;
    /**
     * Sets the re-execution bound (creator, before the workers start), as `stormParameters`
     * (storm.ts) gives it: halt as a storm once `minExecutions` incarnations have started,
     * `minMicros` of execution have run, at least `permille`/1000 of it was wasted and
     * `countPermille`/1000 of the incarnations were (`permille` 0: at once, whatever the waste —
     * for tests). `permille` undefined disables the bound.
     */
    configureStorm({ permille, countPermille, minMicros, minExecutions }: StormBound): void;
    /** An incarnation of `txIndex` ran to its end in `micros` µs (call before finishExecution). */
    recordExecution(txIndex: number, micros: number): void;
    /** An incarnation was stopped by an ESTIMATE after `micros` µs: all of it is waste. */
    recordWaste(micros: number): void;
    private checkStorm;
    /** True when the re-execution bound halted the block. */
    stormed(): boolean;
    /** finish_validation: after an abort, the next incarnation becomes READY and later transactions are revalidated. */
    finishValidation(txIndex: number, aborted: boolean): Task;
    private finishValidationTask;
    status(txIndex: number): {
        status: 'ready' | 'executing' | 'executed' | 'aborting';
        incarnation: number;
    };
    counters(): {
        executions: number;
        validations: number;
        dependencyWaits: number;
        validationAborts: number;
        executedMicros: number;
        wastedMicros: number;
    };
}
