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

export const TASK_NONE = 0;
export const TASK_EXECUTE = 1;
export const TASK_VALIDATE = 2;

/** A task handed to a worker: execute or validate incarnation `incarnation` of `txIndex`. */
export interface Task {
  kind: 0 | 1 | 2;
  txIndex: number;
  incarnation: number;
}

const READY = 0;
const EXECUTING = 1;
const EXECUTED = 2;
const ABORTING = 3;
const STATUS_NAMES = ['ready', 'executing', 'executed', 'aborting'] as const;

const EXEC_IDX = 0;
const VAL_IDX = 1;
const DECREASE_CNT = 2;
const NUM_ACTIVE = 3;
const DONE = 4;
const HALTED = 5;
const C_EXECUTIONS = 6;
const C_VALIDATIONS = 7;
const C_DEP_WAITS = 8;
const C_ABORTS = 9;
const EXEC_US = 10; // µs spent in incarnations (finished or stopped by an ESTIMATE)
const WASTED_US = 11; // µs of incarnations stopped by an ESTIMATE or aborted by validation
const STORM = 12; // 1 once halted by the re-execution bound
const STORM_PERMILLE = 13; // 1 + permille: halt when WASTED_US ≥ EXEC_US × permille / 1000 (0: never)
const STORM_MIN_US = 14; // … and EXEC_US ≥ this
const STORM_MIN_EXECUTIONS = 15; // … and C_EXECUTIONS ≥ this
const STORM_COUNT_PERMILLE = 16; // … and wasted incarnations ≥ C_EXECUTIONS × this / 1000
const WAKE = 17; // generation, raised by every change that can give an idle worker a task or end the block
const SLEEPERS = 18; // workers in Atomics.wait on WAKE
const HEADER = 19;

const NONE: Task = { kind: TASK_NONE, txIndex: -1, incarnation: -1 };

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

export class Scheduler {
  private readonly w: Int32Array;

  /** Bytes of SharedArrayBuffer needed for `txCount` transactions. */
  static bytesFor(txCount: number): number {
    return (HEADER + 4 * txCount) * 4;
  }

  /** `init` = true exactly once, by the creator of `buffer`; workers pass false. */
  constructor(
    buffer: SharedArrayBuffer,
    readonly txCount: number,
    init: boolean,
  ) {
    this.w = new Int32Array(buffer, 0, HEADER + 4 * txCount);
    if (init) {
      this.w.fill(0);
      this.w.fill(-1, HEADER + txCount, HEADER + 2 * txCount);
      if (txCount === 0) this.w[DONE] = 1;
    }
  }

  private st(i: number): number {
    return HEADER + i;
  }
  private blocked(i: number): number {
    return HEADER + this.txCount + i;
  }
  /** µs the last finished incarnation of `i` ran. */
  private duration(i: number): number {
    return HEADER + 2 * this.txCount + i;
  }
  /** How many transactions are parked on `i` (their `blockedOn` is `i`), or are about to be. */
  private dependents(i: number): number {
    return HEADER + 3 * this.txCount + i;
  }

  done(): boolean {
    return Atomics.load(this.w, DONE) === 1 || Atomics.load(this.w, HALTED) === 1;
  }
  halted(): boolean {
    return Atomics.load(this.w, HALTED) === 1;
  }
  /** Stops every worker's loop (error, fault, fallback to sequential). */
  halt(): void {
    Atomics.store(this.w, HALTED, 1);
    this.wake();
  }

  /**
   * Whether both indices have passed the last transaction: no task can come from asking again,
   * only from a change that wakes sleepers ({@link waitForWork}). An empty answer while they have
   * not means an index moved past a transaction not ready: ask again at once.
   */
  exhausted(): boolean {
    return Atomics.load(this.w, EXEC_IDX) >= this.txCount && Atomics.load(this.w, VAL_IDX) >= this.txCount;
  }

  /**
   * The wake generation: read it before asking {@link nextTask}, and pass it to
   * {@link waitForWork} when the answer was no task and the indices are {@link exhausted}.
   */
  generation(): number {
    return Atomics.load(this.w, WAKE);
  }

  /**
   * Sleeps until something that can give this worker a task or end the block happened since
   * `generation` was read (an execution or validation finished, the block is done or halted), or
   * `timeoutMs` passed. An idle worker that polled instead kept a core busy: on 2 cores, the one
   * the worker running a block's long transaction, the main thread and V8's helper threads share.
   * No lost wake-up: the sleeper counts itself before Atomics.wait compares the generation, the
   * waker raises the generation before it reads the count.
   * @returns Atomics.wait's answer: 'ok' (woken), 'not-equal' (news before it slept), 'timed-out'
   */
  waitForWork(generation: number, timeoutMs: number): 'ok' | 'not-equal' | 'timed-out' {
    Atomics.add(this.w, SLEEPERS, 1);
    // The block may have ended after `generation` was read (the worker saw it running, then its
    // empty answer came from a done scheduler): that wake is spent, so check before sleeping.
    const answer = this.done() ? 'not-equal' : Atomics.wait(this.w, WAKE, generation, timeoutMs);
    Atomics.sub(this.w, SLEEPERS, 1);
    return answer;
  }

  /** How many threads are in {@link waitForWork} now (diagnostics, and tests that act once one sleeps). */
  sleepers(): number {
    return Atomics.load(this.w, SLEEPERS);
  }

  private wake(): void {
    Atomics.add(this.w, WAKE, 1);
    if (Atomics.load(this.w, SLEEPERS) > 0) Atomics.notify(this.w, WAKE);
  }

  private decrease(index: number, target: number): void {
    for (let cur = Atomics.load(this.w, index); target < cur; cur = Atomics.load(this.w, index)) {
      if (Atomics.compareExchange(this.w, index, cur, target) === cur) break;
    }
    Atomics.add(this.w, DECREASE_CNT, 1);
  }

  /** check_done: nothing left to hand out, nothing in flight, and no index moved back meanwhile. */
  private checkDone(): void {
    const observed = Atomics.load(this.w, DECREASE_CNT);
    if (
      Math.min(Atomics.load(this.w, EXEC_IDX), Atomics.load(this.w, VAL_IDX)) >= this.txCount &&
      Atomics.load(this.w, NUM_ACTIVE) === 0 &&
      observed === Atomics.load(this.w, DECREASE_CNT)
    ) {
      Atomics.store(this.w, DONE, 1);
      this.wake();
    }
  }

  /** READY(i) → EXECUTING(i); the caller keeps its active-task count either way. */
  private tryIncarnate(i: number): Task | undefined {
    if (i >= this.txCount) return undefined;
    const s = Atomics.load(this.w, this.st(i));
    if ((s & 3) !== READY) return undefined;
    const inc = s >> 2;
    if (Atomics.compareExchange(this.w, this.st(i), s, (inc << 2) | EXECUTING) !== s) return undefined;
    Atomics.add(this.w, C_EXECUTIONS, 1);
    return { kind: TASK_EXECUTE, txIndex: i, incarnation: inc };
  }

  private nextVersionToExecute(): Task | undefined {
    if (Atomics.load(this.w, EXEC_IDX) >= this.txCount) {
      this.checkDone();
      return undefined;
    }
    Atomics.add(this.w, NUM_ACTIVE, 1);
    const t = this.tryIncarnate(Atomics.add(this.w, EXEC_IDX, 1));
    if (!t) Atomics.sub(this.w, NUM_ACTIVE, 1);
    return t;
  }

  private nextVersionToValidate(): Task | undefined {
    if (Atomics.load(this.w, VAL_IDX) >= this.txCount) {
      this.checkDone();
      return undefined;
    }
    Atomics.add(this.w, NUM_ACTIVE, 1);
    const i = Atomics.add(this.w, VAL_IDX, 1);
    if (i < this.txCount) {
      const s = Atomics.load(this.w, this.st(i));
      if ((s & 3) === EXECUTED) {
        Atomics.add(this.w, C_VALIDATIONS, 1);
        return { kind: TASK_VALIDATE, txIndex: i, incarnation: s >> 2 };
      }
    }
    Atomics.sub(this.w, NUM_ACTIVE, 1);
    return undefined;
  }

  /** next_task (Algorithm 4): validation first when it lags execution, lowest index first. */
  nextTask(): Task {
    if (this.done()) return NONE;
    const t = Atomics.load(this.w, VAL_IDX) < Atomics.load(this.w, EXEC_IDX) ? this.nextVersionToValidate() : this.nextVersionToExecute();
    if (t) return t;
    // An empty answer held NUM_ACTIVE up for a moment: another worker's check_done meanwhile saw
    // the block unfinished and went to sleep. Checked again here, or every worker could sleep with
    // the block done until its wait timed out (the multi-thread scheduler test lost 20 s so).
    this.checkDone();
    return NONE;
  }

  /**
   * add_dependency: `txIndex` (EXECUTING) read an ESTIMATE of `blockingTx`. Parks it (ABORTING)
   * and returns true, or returns false if `blockingTx` already finished (re-execute at once).
   *
   * No lost wake-up: we publish ABORTING, then `blockedOn`, then read the blocker's status;
   * finishExecution publishes EXECUTED, then reads `blockedOn`. With seq-cst atomics one side
   * sees the other; whoever wins the CAS on `blockedOn` owns the resume.
   */
  addDependency(txIndex: number, blockingTx: number): boolean {
    const inc = Atomics.load(this.w, this.st(txIndex)) >> 2;
    this.park(txIndex, inc, blockingTx);
    if ((Atomics.load(this.w, this.st(blockingTx)) & 3) === EXECUTED) {
      if (Atomics.compareExchange(this.w, this.blocked(txIndex), blockingTx, -1) === blockingTx) {
        Atomics.sub(this.w, this.dependents(blockingTx), 1);
        Atomics.store(this.w, this.st(txIndex), (inc << 2) | EXECUTING);
        return false;
      }
    }
    Atomics.add(this.w, C_DEP_WAITS, 1);
    Atomics.sub(this.w, NUM_ACTIVE, 1);
    return true;
  }

  /**
   * A dependency known before the block starts (creator only, before any worker asks for a task): the first
   * incarnation of `txIndex` waits until an incarnation of `blockingTx` (< `txIndex`) has finished,
   * as if it had read an ESTIMATE of it. A wrong guess costs that wait, never correctness: the
   * transaction is validated as any other. See `chainHints` (seeds.ts).
   */
  seedDependency(txIndex: number, blockingTx: number): void {
    if (!(blockingTx >= 0 && blockingTx < txIndex && txIndex < this.txCount))
      throw new RangeError(`seedDependency(${txIndex}, ${blockingTx}): the blocking transaction must come first`);
    if (Atomics.load(this.w, this.blocked(txIndex)) !== -1) throw new RangeError(`seedDependency: transaction ${txIndex} already waits`);
    // Incarnation -1, parked: the resume (setReady) makes it incarnation 0, READY.
    this.park(txIndex, -1, blockingTx);
  }

  /**
   * Parks `txIndex` (ABORTING at `incarnation`) on `blockingTx`: its dependents count is raised
   * before `blockedOn` is published, so a finishing blocker that reads the count as 0 finished
   * before this parking looks at its status (see {@link addDependency}).
   */
  private park(txIndex: number, incarnation: number, blockingTx: number): void {
    Atomics.store(this.w, this.st(txIndex), (incarnation << 2) | ABORTING);
    Atomics.add(this.w, this.dependents(blockingTx), 1);
    Atomics.store(this.w, this.blocked(txIndex), blockingTx);
  }

  private setReady(i: number): void {
    const inc = Atomics.load(this.w, this.st(i)) >> 2;
    Atomics.store(this.w, this.st(i), ((inc + 1) << 2) | READY);
  }

  /**
   * finish_execution: EXECUTED, resume the transactions parked on this one, then either lower
   * validation_idx (new locations written: every later transaction must be revalidated) or
   * validate this transaction at once.
   */
  finishExecution(txIndex: number, incarnation: number, wroteNewLocation: boolean): Task {
    const task = this.finishExecutionTask(txIndex, incarnation, wroteNewLocation);
    this.wake();
    return task;
  }

  private finishExecutionTask(txIndex: number, incarnation: number, wroteNewLocation: boolean): Task {
    Atomics.store(this.w, this.st(txIndex), (incarnation << 2) | EXECUTED);
    let minResumed = this.txCount;
    // Scan for dependents only while some are parked on this one (the count is raised before blockedOn is published).
    const dependents = this.dependents(txIndex);
    for (let j = txIndex + 1; j < this.txCount && Atomics.load(this.w, dependents) > 0; j++) {
      if (Atomics.load(this.w, this.blocked(j)) !== txIndex) continue;
      if (Atomics.compareExchange(this.w, this.blocked(j), txIndex, -1) === txIndex) {
        Atomics.sub(this.w, dependents, 1);
        this.setReady(j);
        if (j < minResumed) minResumed = j;
      }
    }
    if (minResumed < this.txCount) this.decrease(EXEC_IDX, minResumed);
    if (Atomics.load(this.w, VAL_IDX) > txIndex) {
      if (wroteNewLocation) this.decrease(VAL_IDX, txIndex);
      else {
        Atomics.add(this.w, C_VALIDATIONS, 1);
        return { kind: TASK_VALIDATE, txIndex, incarnation };
      }
    }
    Atomics.sub(this.w, NUM_ACTIVE, 1);
    return NONE;
  }

  /** try_validation_abort: EXECUTED(incarnation) → ABORTING; true for exactly one caller. */
  tryValidationAbort(txIndex: number, incarnation: number): boolean {
    const won =
      Atomics.compareExchange(this.w, this.st(txIndex), (incarnation << 2) | EXECUTED, (incarnation << 2) | ABORTING) === ((incarnation << 2) | EXECUTED);
    if (won) {
      Atomics.add(this.w, C_ABORTS, 1);
      Atomics.add(this.w, WASTED_US, Atomics.load(this.w, this.duration(txIndex)));
      this.checkStorm();
    }
    return won;
  }

  /**
   * Sets the re-execution bound (creator, before the workers start), as `stormParameters`
   * (storm.ts) gives it: halt as a storm once `minExecutions` incarnations have started,
   * `minMicros` of execution have run, at least `permille`/1000 of it was wasted and
   * `countPermille`/1000 of the incarnations were (`permille` 0: at once, whatever the waste —
   * for tests). `permille` undefined disables the bound.
   */
  configureStorm({ permille, countPermille, minMicros, minExecutions }: StormBound): void {
    Atomics.store(this.w, STORM_PERMILLE, permille === undefined ? 0 : 1 + permille);
    Atomics.store(this.w, STORM_MIN_US, minMicros);
    Atomics.store(this.w, STORM_MIN_EXECUTIONS, minExecutions);
    Atomics.store(this.w, STORM_COUNT_PERMILLE, Math.round(countPermille));
  }

  /** An incarnation of `txIndex` ran to its end in `micros` µs (call before finishExecution). */
  recordExecution(txIndex: number, micros: number): void {
    const us = Math.max(0, Math.round(micros));
    Atomics.store(this.w, this.duration(txIndex), us);
    Atomics.add(this.w, EXEC_US, us);
    this.checkStorm();
  }

  /** An incarnation was stopped by an ESTIMATE after `micros` µs: all of it is waste. */
  recordWaste(micros: number): void {
    const us = Math.max(0, Math.round(micros));
    Atomics.add(this.w, EXEC_US, us);
    Atomics.add(this.w, WASTED_US, us);
    this.checkStorm();
  }

  private checkStorm(): void {
    const permille = Atomics.load(this.w, STORM_PERMILLE) - 1;
    if (permille < 0) return;
    const executed = Atomics.load(this.w, EXEC_US);
    const executions = Atomics.load(this.w, C_EXECUTIONS);
    if (executed < Atomics.load(this.w, STORM_MIN_US) || executions < Atomics.load(this.w, STORM_MIN_EXECUTIONS)) return;
    // Wasted incarnations must be a share of all too: a few long ones — a GC pause, a worker the
    // OS set aside — waste time without being a storm (mainnet 12520364 halted on one aborted
    // incarnation of 19 ms).
    const wastedCount = Atomics.load(this.w, C_ABORTS) + Atomics.load(this.w, C_DEP_WAITS);
    if (wastedCount * 1000 < executions * Atomics.load(this.w, STORM_COUNT_PERMILLE)) return;
    if (Atomics.load(this.w, WASTED_US) * 1000 >= executed * permille) {
      Atomics.store(this.w, STORM, 1);
      this.halt();
    }
  }

  /** True when the re-execution bound halted the block. */
  stormed(): boolean {
    return Atomics.load(this.w, STORM) === 1;
  }

  /** finish_validation: after an abort, the next incarnation becomes READY and later transactions are revalidated. */
  finishValidation(txIndex: number, aborted: boolean): Task {
    const task = this.finishValidationTask(txIndex, aborted);
    this.wake();
    return task;
  }

  private finishValidationTask(txIndex: number, aborted: boolean): Task {
    if (aborted) {
      this.setReady(txIndex);
      this.decrease(VAL_IDX, txIndex + 1);
      if (Atomics.load(this.w, EXEC_IDX) > txIndex) {
        const t = this.tryIncarnate(txIndex);
        if (t) return t;
      }
    }
    Atomics.sub(this.w, NUM_ACTIVE, 1);
    return NONE;
  }

  status(txIndex: number): { status: 'ready' | 'executing' | 'executed' | 'aborting'; incarnation: number } {
    const s = Atomics.load(this.w, this.st(txIndex));
    return { status: STATUS_NAMES[s & 3]!, incarnation: s >> 2 };
  }

  counters(): { executions: number; validations: number; dependencyWaits: number; validationAborts: number; executedMicros: number; wastedMicros: number } {
    return {
      executions: Atomics.load(this.w, C_EXECUTIONS),
      validations: Atomics.load(this.w, C_VALIDATIONS),
      dependencyWaits: Atomics.load(this.w, C_DEP_WAITS),
      validationAborts: Atomics.load(this.w, C_ABORTS),
      executedMicros: Atomics.load(this.w, EXEC_US),
      wastedMicros: Atomics.load(this.w, WASTED_US),
    };
  }
}
