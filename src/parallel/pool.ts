import type { Worker } from 'node:worker_threads';
import { guardedWorker, hasLoaded, stopThenTerminate } from '../crypto/nativeGuard.js';
import type {
  BlockJob,
  BlockState,
  BlockStateBody,
  PostBlockTask,
  RecoverJob,
  StatusRequest,
  TaskReply,
  WarmUpRequest,
  WorkerReply,
  WorkerStatus,
} from './workerMessages.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

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
export const WORKER_YOUNG_GENERATION_MB = 64;

/**
 * How long a pool waits with no block or post-block task in flight before it asks its workers to
 * warm the EVM up (ms): shorter than a slot (12 s on mainnet), longer than the stretches between
 * blocks of a replay (in a fresh `parevm run` of the fixtures, 7 s, the clock never ran out).
 */
export const IDLE_WARM_UP_MS = 2000;

/** The longest delay a Node.js timer keeps (ms); above it, it fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Asks worker `w` to warm the EVM up in its idle time ({@link WarmUpRequest}; a warmed-up worker ignores it). */
const askWarmUp = (w: Worker): void => w.postMessage({ type: 'warmUp' } satisfies WarmUpRequest);

/** What a job or task in flight listens to on its worker ({@link WorkerPool}'s `attach`). */
interface Listener {
  message: (m: WorkerReply | TaskReply | WorkerStatus) => void;
  /** Once: the worker exited. */
  exit: (code: number) => void;
  error: (e: Error) => void;
}

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
 * idle so an idle pool never keeps the process alive, once they have loaded their static imports (a
 * process ended mid-load could abort: `guardedWorker` in src/crypto/nativeGuard.ts).
 */
export class WorkerPool {
  private workers: Worker[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers the pool terminated itself, and why (the reason their exit is reported with). */
  private readonly terminating = new WeakMap<Worker, string>();

  /**
   * @param size number of worker threads
   * @param haltGraceMs after a failure halts a block, how long the other workers get to stop at
   *   their next task boundary before they are terminated and replaced (a worker killed while
   *   holding an MVMemory lock would otherwise leave the others spinning)
   * @param evmWarmUp each worker runs the EVM warm-up (src/evm/warmup.ts) in its idle time, a step
   *   at a time (10–40 ms warm, up to ~170 ms cold; loading the EVM's modules, ~450 ms cold, is the
   *   first), 50 ms after each block, once it needs the EVM: after its first Block-STM job, or
   *   from {@link warmUpEvm} on, or after `idleWarmUpMs`. A block that arrives meanwhile runs once
   *   the step in progress ends
   * @param idleWarmUpMs once the pool has had no block or post-block task for this long (ms; 0 to
   *   2^31 − 1, default {@link IDLE_WARM_UP_MS}), its workers are asked to warm up as by
   *   {@link warmUpEvm}, whatever the engine: a Block-STM block after only pipelined ones (a node
   *   between slots) then finds the EVM loaded and compiled. `false`: only when needed or asked.
   *   Ignored when `evmWarmUp` is false
   * @throws RangeError when `idleWarmUpMs` is neither `false` nor a whole number of ms in range
   */
  constructor(
    readonly size: number,
    readonly haltGraceMs = 5000,
    readonly evmWarmUp = true,
    readonly idleWarmUpMs: number | false = IDLE_WARM_UP_MS,
  ) {
    if (idleWarmUpMs !== false && !(Number.isInteger(idleWarmUpMs) && idleWarmUpMs >= 0 && idleWarmUpMs <= MAX_TIMER_MS))
      throw new RangeError(`idleWarmUpMs must be false or a whole number of ms from 0 to ${MAX_TIMER_MS}, not ${idleWarmUpMs}`);
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
    if (evmWarmUp && idleWarmUpMs !== false) {
      this.idleTimer = setTimeout(() => this.idle(), idleWarmUpMs);
      this.idleTimer.unref();
    }
  }

  /** Blocks and post-block tasks in flight (not status requests): the idle clock restarts as the last one ends. */
  private working = 0;
  private readonly idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** A block or post-block task starts; {@link workEnded} must follow. */
  private workStarted(): void {
    this.working++;
  }
  private workEnded(): void {
    if (--this.working === 0) this.idleTimer?.refresh();
  }

  /** The idle clock ran out: the workers warm up (a warmed-up worker ignores it; one spawned later is asked at the next idle stretch). */
  private idle(): void {
    // Work in flight restarts the clock as it ends.
    if (this.working > 0 || this.closed) return;
    for (const w of this.workers) askWarmUp(w);
  }

  /**
   * Asks every worker to warm the EVM up in its idle time now ({@link evmWarmUp}), before its first
   * Block-STM job: for a caller that will run Block-STM (`mode: 'block-stm'`, the benchmarks).
   * Without it a worker warms up after its first Block-STM job, or once the pool is idle
   * (`idleWarmUpMs`); while pipelined blocks keep coming, a worker that only recovers senders does
   * not load the EVM. A worker spawned later (a replacement) is asked too.
   * Does nothing on a pool made without the warm-up (`evmWarmUp` false).
   */
  warmUpEvm(): void {
    this.warmUpAsked = true;
    for (const w of this.workers) askWarmUp(w);
  }

  /** {@link warmUpEvm} was called: workers spawned from now on are asked as they start. */
  private warmUpAsked = false;

  private nextStatus = 1;

  /**
   * What each worker has loaded and warmed up (for tests and diagnostics), in worker order; a
   * worker answers between its jobs' turns of the event loop.
   * @throws Error when a worker exits, errs or does not answer within `timeoutMs` (ms)
   */
  workerStatus(timeoutMs = 10_000): Promise<WorkerStatus[]> {
    return Promise.all(
      this.current().map((w) => {
        const statusId = this.nextStatus++;
        const request: StatusRequest = { type: 'status', statusId };
        return this.request(w, request, (m) => (m.type === 'status' && m.statusId === statusId ? { ok: m } : undefined), timeoutMs, 'a status request');
      }),
    );
  }

  private spawn(): Worker {
    // PAREVM_WORKER_PROF=DIR writes a V8 CPU profile per worker (for the bench's profiles).
    // Guarded (src/crypto/nativeGuard.ts): terminated mid native call, a worker would abort the process.
    const w = guardedWorker(WORKER_URL, {
      workerData: { evmWarmUp: this.evmWarmUp },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      ...(process.env.PAREVM_WORKER_PROF ? { execArgv: ['--cpu-prof', `--cpu-prof-dir=${process.env.PAREVM_WORKER_PROF}`] } : {}),
    });
    if (this.warmUpAsked) askWarmUp(w);
    // A worker that dies between blocks is replaced (during a block, run() replaces it). One that
    // died before loading, unasked (a broken install), only when next needed (`current`): replacing
    // it at once looped, each replacement holding the process alive while it loaded and died the same way.
    w.once('exit', () => {
      const i = this.workers.indexOf(w);
      if (i < 0 || this.closed) return;
      if (hasLoaded(w) || this.terminating.has(w)) this.workers[i] = this.spawn();
      else this.diedLoading.add(w);
    });
    // One listener per event for the worker's life, passing each event to the jobs and tasks in
    // flight: a listener per job piled up past EventEmitter's limit of 10 (a warning per event)
    // when blocks ran back to back without a turn of the event loop to take their replies.
    const listeners = new Set<Listener>();
    this.listeners.set(w, listeners);
    w.on('message', (m: WorkerReply | TaskReply | WorkerStatus) => {
      for (const l of listeners) l.message(m);
    });
    w.once('exit', (code) => {
      for (const l of [...listeners]) l.exit(code);
    });
    // An error with none in flight is left to the exit that follows it (the worker is replaced).
    w.on('error', (e) => {
      for (const l of [...listeners]) l.error(e);
    });
    // After the listeners: a 'message' listener refs the worker's port.
    w.unref();
    return w;
  }

  /** Workers that exited before they loaded their modules, unasked: replaced by {@link current}. */
  private readonly diedLoading = new WeakSet<Worker>();

  /** The pool's workers, each that died loading its modules replaced first (none once closing). */
  private current(): Worker[] {
    if (!this.closed)
      this.workers.forEach((w, i) => {
        if (this.diedLoading.has(w)) this.workers[i] = this.spawn();
      });
    return this.workers;
  }

  /** The listeners of each worker's jobs and tasks in flight ({@link attach}). */
  private readonly listeners = new WeakMap<Worker, Set<Listener>>();

  /**
   * Terminates `w` once it is outside any native call ({@link stopThenTerminate}); its `exit` event
   * follows. `why` is recorded as the reason unless one already is ({@link terminating}).
   */
  private kill(w: Worker, why = 'the pool closed'): Promise<number> {
    if (!this.terminating.has(w)) this.terminating.set(w, why);
    return stopThenTerminate(w);
  }

  /** Jobs and tasks each worker has in flight: it keeps the process alive while any is (ref/unref is a switch, not a count). */
  private readonly busy = new WeakMap<Worker, number>();

  /**
   * Listens to worker `w` for one job or task (`message`, `exit`, `error`) and keeps the process
   * alive meanwhile; the returned function stops both.
   */
  private attach(w: Worker, on: Listener): () => void {
    this.busy.set(w, (this.busy.get(w) ?? 0) + 1);
    w.ref();
    const listeners = this.listeners.get(w)!;
    // A copy: one object may listen for two jobs.
    const listener = { ...on };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      const n = (this.busy.get(w) ?? 1) - 1;
      this.busy.set(w, n);
      // A worker being terminated stays ref'd: terminate() refs it until it exits, and a reply
      // taken after that call unref'd it, so the process could end with close() pending.
      if (n <= 0 && !this.terminating.has(w)) w.unref();
    };
  }

  /** Number of live workers (for leak checks in tests). */
  get live(): number {
    return this.workers.length;
  }

  /** Jobs and tasks still in flight on the pool's workers (0 once the last block's replies came; for leak checks in tests). */
  get inFlight(): number {
    return this.workers.reduce((n, w) => n + Math.max(0, this.busy.get(w) ?? 0), 0);
  }

  /**
   * Terminates worker `workerIndex` from outside (`worker.terminate()`), as a crash would; it is
   * replaced. For fault-injection tests. Returns false if there is no such worker.
   */
  terminateWorker(workerIndex: number, reason = 'terminated from outside'): boolean {
    const w = this.current()[workerIndex];
    if (!w) return false;
    void this.kill(w, reason);
    return true;
  }

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
  start(
    makeJob: (workerIndex: number, blockId: number) => BlockJob | RecoverJob,
    onFailure: () => void,
    deadlineMs = 0,
  ): { send: (state: BlockStateBody) => void; done: Promise<PoolRun>; stop: (why: string) => void } {
    const blockId = this.nextId++;
    const workers = [...this.current()];
    const settled = workers.map(() => false);
    const control = { stop: (_why: string) => {} };
    this.workStarted();
    const done = this.collect(blockId, workers, settled, makeJob, onFailure, deadlineMs, control).finally(() => this.workEnded());
    const send = (state: BlockStateBody) => {
      workers.forEach((w, i) => {
        // Only to workers still on the job (one that exited or failed already has no use for it).
        if (!settled[i]) w.postMessage({ ...state, type: 'state', blockId } satisfies BlockState);
      });
    };
    return { send, done, stop: (why) => control.stop(why) };
  }

  private async collect(
    blockId: number,
    workers: Worker[],
    settled: boolean[],
    makeJob: (workerIndex: number, blockId: number) => BlockJob | RecoverJob,
    onFailure: () => void,
    deadlineMs: number,
    control: { stop: (why: string) => void },
  ): Promise<PoolRun> {
    const failures: PoolFailure[] = [];
    let replaced = 0;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const stopUnsettled = (why: string) => {
      workers.forEach((w, i) => {
        if (settled[i]) return;
        this.terminating.set(w, why);
        void this.kill(w);
      });
    };
    const fail = (f: PoolFailure) => {
      failures.push(f);
      if (failures.length > 1) return;
      onFailure();
      grace = setTimeout(() => stopUnsettled(`did not stop within ${this.haltGraceMs} ms after the block was halted`), this.haltGraceMs);
    };
    /** Fails the run (`reason`) and terminates the workers still on it (`why`). */
    const halt = (reason: string, why: string) => {
      fail({ workerIndex: -1, reason });
      stopUnsettled(why);
    };
    control.stop = (why) => {
      // After the run (every worker settled) there is nothing to stop, and no grace timer to leave behind.
      if (!settled.every(Boolean)) halt(why, why);
    };
    // A hung worker may never return to its event loop: terminate it (and replace it).
    const timer =
      deadlineMs > 0
        ? setTimeout(() => halt(`deadline of ${deadlineMs} ms passed`, `still running at the deadline of ${deadlineMs} ms`), deadlineMs)
        : undefined;
    const replies = await Promise.all(
      workers.map(
        (w, i) =>
          new Promise<WorkerReply | undefined>((resolve) => {
            const replace = () => {
              if (this.workers[i] === w && !this.closed) this.workers[i] = this.spawn();
              replaced++;
            };
            const settle = (reply?: WorkerReply) => {
              settled[i] = true;
              detach();
              resolve(reply);
            };
            const onMessage = (m: WorkerReply | TaskReply | WorkerStatus) => {
              if (!('blockId' in m) || m.blockId !== blockId) return;
              if (m.type === 'failed') fail({ workerIndex: i, reason: m.reason, full: m.full });
              // Its reply, 'done' or 'failed', beat its termination (deadline, grace, a stalled
              // sender, fault injection; the kill waits out a native call): it still dies, so it
              // must not serve the next block. Left in the pool, it exited during that block,
              // failing it with this block's reason (seen with a 'failed' reply on the pipelined path).
              if (this.terminating.has(w)) replace();
              settle(m.type === 'done' ? m : undefined);
            };
            const onExit = (code: number) => {
              const why = this.terminating.get(w);
              fail({ workerIndex: i, reason: why ? `worker ${i} terminated: ${why}` : `worker ${i} exited with code ${code}` });
              replace();
              settle();
            };
            const onError = (e: Error) => {
              fail({ workerIndex: i, reason: `worker ${i} error: ${e.message}` });
              // An uncaught error ends the thread: make sure, then replace it.
              this.terminating.set(w, 'uncaught error');
              void this.kill(w);
              replace();
              settle();
            };
            const detach = this.attach(w, { message: onMessage, exit: onExit, error: onError });
            w.postMessage(makeJob(i, blockId));
          }),
      ),
    );
    if (timer) clearTimeout(timer);
    if (grace) clearTimeout(grace);
    return { replies: replies.filter((r): r is WorkerReply => r !== undefined), failures, replaced };
  }

  private nextTask = 1;

  /**
   * Runs one post-block task (`task`: hash the receipts trie's leaves from a receipt stream, read
   * in place: not reused before the task settles) on one worker, between blocks: work that needs
   * no MVMemory runs there while the coordinator merges. Workers take turns: consecutive tasks go
   * to different workers.
   * @param timeoutMs give up after this long (ms)
   * @returns once the worker has ended the task (the leaves it hashed are in the stream)
   * @throws Error when the worker fails the task, exits, errs or passes `timeoutMs` first (the stream's coordinator hashes what it left)
   */
  task(task: Omit<PostBlockTask, 'taskId'>, timeoutMs = 10_000): Promise<void> {
    const taskId = this.nextTask++;
    const w = this.current()[taskId % this.workers.length];
    if (!w || this.closed) return Promise.reject(new Error('the pool has no worker'));
    const message: PostBlockTask = { ...task, taskId };
    this.workStarted();
    return this.request(
      w,
      message,
      (m) => (!('taskId' in m) || m.taskId !== taskId ? undefined : m.type === 'taskDone' ? { ok: undefined } : { failed: m.reason }),
      timeoutMs,
      'a post-block task',
    ).finally(() => this.workEnded());
  }

  /**
   * Posts `message` to worker `w` and settles with the reply `answer` recognises (undefined: not
   * this request's reply): its value, or an Error with the reason the worker failed it.
   * @throws Error when the worker exits or errs first, or `timeoutMs` (ms) passes (`what` names the request)
   */
  private request<R>(
    w: Worker,
    message: PostBlockTask | StatusRequest,
    answer: (m: WorkerReply | TaskReply | WorkerStatus) => { ok: R } | { failed: string } | undefined,
    timeoutMs: number,
    what: string,
  ): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        detach();
        outcome();
      };
      const detach = this.attach(w, {
        message: (m) => {
          const a = answer(m);
          if (a) finish(() => ('ok' in a ? resolve(a.ok) : reject(new Error(a.failed))));
        },
        exit: (code) => finish(() => reject(new Error(`worker exited with code ${code} during ${what}`))),
        error: (e) => finish(() => reject(e)),
      });
      timer = setTimeout(() => finish(() => reject(new Error(`${what} not done within ${timeoutMs} ms`))), timeoutMs);
      timer.unref();
      try {
        w.postMessage(message);
      } catch (e) {
        finish(() => reject(e));
      }
    });
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await Promise.all(this.workers.map((w) => this.kill(w)));
    this.workers = [];
  }
}

const pools = new Map<number, WorkerPool>();

/** The process-wide warm pool of `size` workers. */
export function sharedPool(size: number): WorkerPool {
  let p = pools.get(size);
  if (!p) pools.set(size, (p = new WorkerPool(size)));
  return p;
}

/** Closes every shared pool (tests, CLI exit). */
export async function closeSharedPools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
