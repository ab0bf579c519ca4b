/**
 * Native addon calls in worker threads, made safe to terminate. A worker terminated from outside
 * (`worker.terminate()`) while inside a node-addon-api call aborts the whole process: the addon
 * sees the pending termination as a failed N-API call and throws a C++ `Napi::Error` nobody
 * catches ("terminate called after throwing an instance of 'Napi::Error'", SIGABRT). Seen with the
 * `secp256k1` binding that recovers senders: terminating a worker at a random point of its
 * recovery aborted the process within 4–17 terminations here (Node 20), and a CI run of the fault
 * tests died so.
 *
 * So a worker announces each native call in a word shared with its pool ({@link guardedNative}),
 * and the pool, before it terminates the worker, raises a stop flag and waits for the call in
 * progress to return ({@link stopThenTerminate}). Sequentially consistent atomics on both words
 * make the handshake safe: either the worker sees the stop flag before the call (and waits there
 * to be terminated), or the pool sees the call and waits for it.
 *
 * Loading the binding is such a call too (its module initialiser makes N-API calls): a worker
 * terminated while it loaded aborted the process just the same, as a pool closed right after it
 * started (a short `parevm run`) could do. So a worker's guard words come in its `workerData`
 * (`nativeGuard`) and are installed when this module is evaluated, before the code of any module
 * that imports {@link guardedNative} (ES modules evaluate their imports first).
 *
 * A process that ends (its event loop empty, or `process.exit()`) stops its workers too, with no
 * handshake: pools' workers are unref'd while idle, and an idle worker may be warming up (or, at
 * `process.exit()`, loading its modules). So at the main thread's `exit` event the guards of every
 * worker it started with {@link guardedWorker} and still running are raised, and the calls in
 * progress are waited for, synchronously. That left a residual: workers loading the binding as their process ended by itself
 * still aborted it in 1 of 150 and 1 of 300 processes here (against 1 in 8–40 unguarded), cause
 * not found. So a process cannot end by itself while a guarded worker loads: the worker holds it
 * alive until its entry calls {@link markLoaded} (or it exits). (Workers started by workers are not
 * covered: parevm starts none.)
 *
 * Loading modules is guarded as a whole, not only the binding's load. V8 (Node 20) can abort the
 * process when a worker is terminated while it evaluates a module with top-level await, as in
 * nodejs/node#43182, and parevm's keccak and BN254 modules await their WebAssembly at top level.
 * A CI run's short `parevm run` died with "Check failed: (location_) != nullptr" in
 * `SourceTextModule::ExecuteAsyncModule`; a pool closed while a worker loaded is the way there
 * (not reproduced here: 600 closes and terminations mid-load survived). So a worker counts as
 * loading from its start until its entry calls {@link markLoaded}, and while a dynamic import made
 * through {@link guardedImport} runs; {@link stopThenTerminate} and the end of the process wait
 * for loads in progress (at most {@link MAX_LOAD_WAIT_MS}) as for native calls.
 */
import { MessageChannel, MessagePort, Worker, type WorkerOptions, isMainThread, receiveMessageOnPort, workerData } from 'node:worker_threads';

/**
 * Word 0: the pool asks the worker to stop (1). Word 1: how many guarded calls of the worker are in
 * progress (a guarded load runs JavaScript, which could nest one). Word 2: how many module loads
 * of the worker are in progress (1 from its start until {@link markLoaded}, plus its {@link guardedImport}s).
 */
const STOP = 0;
const IN_NATIVE = 1;
const LOADING = 2;
const WORDS = 3;

/** Longest wait for native calls in progress before a worker is stopped anyway (ms). */
const MAX_WAIT_MS = 1000;
/** Longest wait for module loads in progress (ms): a worker loaded its modules in ~600 ms here, several times that on a busy machine. */
const MAX_LOAD_WAIT_MS = 10_000;

/** The `workerData` fields of a worker started by {@link guardedWorker}: its guard words, and the port its {@link markLoaded} posts on. */
const GUARD_WORDS = 'nativeGuard';
const LOADING_PORT = 'nativeGuardLoading';

/** The running workers this thread started with {@link guardedWorker}, and their guard words (raised at the main thread's `exit`: {@link stopAllAtExit}). */
const running = new Map<Worker, Int32Array>();
/** Workers this thread started with {@link guardedWorker} whose entry has called {@link markLoaded}. */
const loaded = new WeakSet<Worker>();
/** {@link stopAllAtExit} is registered (once, on the main thread). */
let exitHooked = false;

/**
 * Whether `worker` (started by {@link guardedWorker}) has called {@link markLoaded}: false while it
 * loads, if it exited first (a broken install: a replacement would fail the same way), or if it
 * was not started by guardedWorker. Settled before any `exit` listener added after guardedWorker returned runs.
 */
export function hasLoaded(worker: Worker): boolean {
  return loaded.has(worker);
}

/**
 * At the process's exit, before Node stops the workers (they still run during `exit`): raises
 * every guard, then waits (blocking, polled every millisecond, at most {@link MAX_WAIT_MS} in all)
 * for the calls in progress to return.
 */
function stopAllAtExit(): void {
  for (const w of running.values()) Atomics.store(w, STOP, 1);
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  const start = performance.now();
  const busy = () => [...running.values()].some((w) => inProgress(w, performance.now() - start));
  while (busy()) Atomics.wait(sleep, 0, 0, 1);
}

/** Whether a guarded call or load of the worker with guard words `w` is in progress and still worth waiting for, `waitedMs` into the wait. */
function inProgress(w: Int32Array, waitedMs: number): boolean {
  return (Atomics.load(w, IN_NATIVE) !== 0 && waitedMs < MAX_WAIT_MS) || (Atomics.load(w, LOADING) !== 0 && waitedMs < MAX_LOAD_WAIT_MS);
}

/**
 * Starts a worker whose native calls are guarded: `options.workerData` (a plain object, or none) gets
 * `nativeGuard`, 12 bytes of SharedArrayBuffer that the worker's {@link guardedNative} and
 * {@link guardedImport} announce its calls and loads in (it counts as loading until
 * {@link markLoaded}), and `nativeGuardLoading`, a port that keeps the thread calling this alive
 * (whatever the worker's own ref) until the worker's entry calls {@link markLoaded} or the worker
 * exits: an entry that never calls it keeps it alive as long as the worker runs, and each stop of
 * it waits {@link MAX_LOAD_WAIT_MS}. Stop the worker with
 * {@link stopThenTerminate}; until it exits, the end of the process (when this is its main thread)
 * waits for its calls in progress too.
 * @throws TypeError when `options.workerData` is given and is not a plain object; whatever `new Worker` throws
 * @example
 * const worker = guardedWorker(new URL('./worker.js', import.meta.url), { workerData: { id: 1 } });
 * worker.unref(); // the process may end once the worker has called markLoaded()
 * await stopThenTerminate(worker);
 */
export function guardedWorker(url: URL | string, options: WorkerOptions = {}): Worker {
  const words = new Int32Array(new SharedArrayBuffer(4 * WORDS));
  // Loading from its start: no moment when a stop could find it neither loading nor loaded.
  words[LOADING] = 1;
  const data = options.workerData ?? {};
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError('guardedWorker: options.workerData must be a plain object (the guard adds its fields to it)');
  const loading = new MessageChannel();
  const worker = new Worker(url, {
    ...options,
    workerData: { ...data, [GUARD_WORDS]: words, [LOADING_PORT]: loading.port2 },
    transferList: [...(options.transferList ?? []), loading.port2],
  });
  // Only now (a constructor that threw would have left it open for ever): a port with a listener is
  // ref'd; it closes at the worker's message, or at its exit (the other end closes).
  loading.port1.on('message', () => {
    loaded.add(worker);
    loading.port1.close();
  });
  if (isMainThread && !exitHooked) process.once('exit', stopAllAtExit);
  exitHooked = true;
  running.set(worker, words);
  worker.once('exit', () => {
    running.delete(worker);
    // A 'loaded' the event loop has not delivered yet (the thread was busy from before the worker's
    // markLoaded until after its exit): 'exit' is emitted first, and the worker would count as never loaded.
    if (!loaded.has(worker) && receiveMessageOnPort(loading.port1) !== undefined) loaded.add(worker);
    loading.port1.close();
  });
  return worker;
}

/**
 * This thread's guard words: a worker started by {@link guardedWorker} (`workerData.nativeGuard`);
 * undefined elsewhere (the main thread is never terminated).
 * @throws TypeError when `workerData.nativeGuard` is there but not three words of shared memory
 */
const guard: Int32Array | undefined = (() => {
  const words = (workerData as Record<string, unknown> | null | undefined)?.[GUARD_WORDS];
  if (words === undefined) return undefined;
  if (!(words instanceof Int32Array && words.buffer instanceof SharedArrayBuffer && words.length >= WORDS))
    throw new TypeError('workerData.nativeGuard must be the Int32Array over shared memory that guardedWorker() gives a worker');
  // A worker that ends (an uncaught error, its load's included) runs nothing more: no call or load
  // is in progress. Its pool learns of the end only through its event loop, which the exit hook
  // ({@link stopAllAtExit}) blocks: without this, it waited the whole load wait for a dead worker.
  process.once('exit', () => {
    Atomics.store(words, IN_NATIVE, 0);
    Atomics.store(words, LOADING, 0);
  });
  return words;
})();

/**
 * A worker started by {@link guardedWorker} has loaded its static imports (the native binding
 * among them): its process may end by itself from now on. Its entry calls this at the end of its
 * top-level code; until then the worker keeps its process alive. Does nothing elsewhere, or called again.
 */
export function markLoaded(): void {
  if (guard && !markedLoaded) Atomics.sub(guard, LOADING, 1);
  markedLoaded = true;
  const port = (workerData as Record<string, unknown> | null | undefined)?.[LOADING_PORT];
  // A message, not close(): a close reaches the other end only through this thread's event loop.
  if (port instanceof MessagePort) port.postMessage('loaded');
}

/** {@link markLoaded} was called: the worker's static load no longer counts. */
let markedLoaded = false;

/**
 * Counts a guarded call or load (`counter`: {@link IN_NATIVE} or {@link LOADING}) as in progress,
 * unless the pool has asked this worker to stop and nothing of it counts yet: then it never
 * starts, and waits to be terminated. Anything inside what counts already goes ahead (a nested
 * call; the binding's load, a native call, within the worker's static imports): the pool waits
 * for the outer one anyway, and waiting inside it would never end it. Sequentially consistent
 * atomics on both sides: either this sees the stop flag, or the pool sees the count.
 */
function enter(w: Int32Array, counter: typeof IN_NATIVE | typeof LOADING): void {
  Atomics.add(w, counter, 1);
  if (Atomics.load(w, STOP) === 0 || Atomics.load(w, IN_NATIVE) + Atomics.load(w, LOADING) > 1) return;
  Atomics.sub(w, counter, 1);
  // Termination interrupts JavaScript between waits; never returns.
  for (;;) Atomics.wait(w, STOP, 1, 10);
}

/**
 * Runs `load`, a dynamic `import()` (or anything that evaluates modules), announced to the pool
 * as a load in progress until its promise settles: the pool does not terminate the worker
 * meanwhile (at most {@link MAX_LOAD_WAIT_MS}). Once the pool has asked this worker to stop, never
 * starts it: waits to be terminated instead. Elsewhere than in a guarded worker, just `load()`.
 * @returns `load()`'s promise
 * @example
 * const m = await guardedImport(() => import('./blockStmJob.js'));
 */
export function guardedImport<T>(load: () => Promise<T>): Promise<T> {
  const w = guard;
  if (!w) return load();
  enter(w, LOADING);
  let loading: Promise<T>;
  try {
    loading = load();
  } catch (e) {
    Atomics.sub(w, LOADING, 1);
    throw e;
  }
  const done = () => Atomics.sub(w, LOADING, 1);
  loading.then(done, done);
  return loading;
}

/**
 * Runs `call`, a native addon call, announced to the pool; once the pool has asked this worker to
 * stop, never starts it: waits to be terminated instead.
 */
export function guardedNative<T>(call: () => T): T {
  const w = guard;
  if (!w) return call();
  enter(w, IN_NATIVE);
  try {
    return call();
  } finally {
    Atomics.sub(w, IN_NATIVE, 1);
  }
}

/**
 * Terminates `worker` once no native call or module load of it is in progress: raises its stop
 * flag, waits for the call or load in progress (polling every millisecond, at most
 * {@link MAX_WAIT_MS} for a native call and {@link MAX_LOAD_WAIT_MS} for a load: one that never
 * returns is terminated anyway; no longer once the worker has exited), then `worker.terminate()`.
 * A worker not started by {@link guardedWorker} (or already exited) is terminated at once.
 * @returns `worker.terminate()`'s promise (the exit code)
 */
export async function stopThenTerminate(worker: Worker): Promise<number> {
  const words = running.get(worker);
  if (words) {
    Atomics.store(words, STOP, 1);
    const start = performance.now();
    while (running.has(worker) && inProgress(words, performance.now() - start)) await new Promise((r) => setTimeout(r, 1));
  }
  return worker.terminate();
}
