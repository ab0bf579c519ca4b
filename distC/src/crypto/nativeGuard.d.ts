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
 */
import type { Worker } from 'node:worker_threads';
/** The guard words of a worker: 8 bytes of SharedArrayBuffer (pool side: one per worker). */
export declare function createNativeGuard(): Int32Array;
/** Installs this worker's guard words (from its pool, in `workerData`). */
export declare function installNativeGuard(words: Int32Array): void;
/**
 * Runs `call`, a native addon call, announced to the pool; once the pool has asked this worker to
 * stop, never starts it: waits to be terminated instead.
 */
export declare function guardedNative<T>(call: () => T): T;
/**
 * Terminates `worker` once no native call of it is in progress: raises its stop flag, waits for
 * the call in progress (polling every millisecond, at most `maxWaitMs`: a native call that never
 * returns is terminated anyway), then `worker.terminate()`.
 * @param words the worker's guard words ({@link createNativeGuard}); without them it terminates at once
 * @returns `worker.terminate()`'s promise (the exit code)
 */
export declare function stopThenTerminate(worker: Worker, words: Int32Array | undefined, maxWaitMs?: number): Promise<number>;
