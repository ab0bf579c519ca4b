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
 * (`nativeGuard`) and are installed when this module is evaluated, before any module that loads
 * a binding under {@link guardedNative} (ES modules evaluate their imports first).
 */
import { type Worker, workerData } from 'node:worker_threads';

/** Word 0: the pool asks the worker to stop (1). Word 1: the worker is inside a native call (1). */
const STOP = 0;
const IN_NATIVE = 1;

/** The guard words of a worker: 8 bytes of SharedArrayBuffer, passed as `workerData.nativeGuard` (pool side: one per worker). */
export function createNativeGuard(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

/**
 * This thread's guard words: a worker started with `workerData.nativeGuard` ({@link createNativeGuard});
 * undefined elsewhere (the main thread is never terminated).
 */
const guard: Int32Array | undefined = (() => {
  const words = (workerData as { nativeGuard?: unknown } | null | undefined)?.nativeGuard;
  return words instanceof Int32Array ? words : undefined;
})();

/**
 * Runs `call`, a native addon call, announced to the pool; once the pool has asked this worker to
 * stop, never starts it: waits to be terminated instead.
 */
export function guardedNative<T>(call: () => T): T {
  const w = guard;
  if (!w) return call();
  Atomics.store(w, IN_NATIVE, 1);
  if (Atomics.load(w, STOP) !== 0) {
    Atomics.store(w, IN_NATIVE, 0);
    // Termination interrupts JavaScript between waits; never returns.
    for (;;) Atomics.wait(w, STOP, 1, 10);
  }
  try {
    return call();
  } finally {
    Atomics.store(w, IN_NATIVE, 0);
  }
}

/**
 * Terminates `worker` once no native call of it is in progress: raises its stop flag, waits for
 * the call in progress (polling every millisecond, at most `maxWaitMs`: a native call that never
 * returns is terminated anyway), then `worker.terminate()`.
 * @param words the worker's guard words ({@link createNativeGuard}); without them it terminates at once
 * @returns `worker.terminate()`'s promise (the exit code)
 */
export async function stopThenTerminate(worker: Worker, words: Int32Array | undefined, maxWaitMs = 1000): Promise<number> {
  if (words) {
    Atomics.store(words, STOP, 1);
    const until = performance.now() + maxWaitMs;
    while (Atomics.load(words, IN_NATIVE) !== 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 1));
  }
  return worker.terminate();
}
