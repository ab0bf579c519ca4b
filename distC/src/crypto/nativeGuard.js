/** Word 0: the pool asks the worker to stop (1). Word 1: the worker is inside a native call (1). */
const STOP = 0;
const IN_NATIVE = 1;
/** The guard words of a worker: 8 bytes of SharedArrayBuffer (pool side: one per worker). */
export function createNativeGuard() {
    return new Int32Array(new SharedArrayBuffer(8));
}
/** This thread's guard words (a worker of a pool); undefined elsewhere (the main thread is never terminated). */
let guard;
/** Installs this worker's guard words (from its pool, in `workerData`). */
export function installNativeGuard(words) {
    guard = words;
}
/**
 * Runs `call`, a native addon call, announced to the pool; once the pool has asked this worker to
 * stop, never starts it: waits to be terminated instead.
 */
export function guardedNative(call) {
    const w = guard;
    if (!w)
        return call();
    Atomics.store(w, IN_NATIVE, 1);
    if (Atomics.load(w, STOP) !== 0) {
        Atomics.store(w, IN_NATIVE, 0);
        // Termination interrupts JavaScript between waits; never returns.
        for (;;)
            Atomics.wait(w, STOP, 1, 10);
    }
    try {
        return call();
    }
    finally {
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
export async function stopThenTerminate(worker, words, maxWaitMs = 1000) {
    if (words) {
        Atomics.store(words, STOP, 1);
        const until = performance.now() + maxWaitMs;
        while (Atomics.load(words, IN_NATIVE) !== 0 && performance.now() < until)
            await new Promise((r) => setTimeout(r, 1));
    }
    return worker.terminate();
}
//# sourceMappingURL=nativeGuard.js.map