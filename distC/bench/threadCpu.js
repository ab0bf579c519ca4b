import { readFileSync, readdirSync } from 'node:fs';
/**
 * CPU time (ms) of each OS thread of this process, by thread id, from Linux's
 * `/proc/self/task/<tid>/schedstat` (its first field: ns on a CPU); undefined where that cannot be
 * read (other systems), so a figure built on it says "not measured".
 */
export function threadCpuMs() {
    try {
        const out = new Map();
        for (const tid of readdirSync('/proc/self/task')) {
            try {
                out.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
            }
            catch {
                // The thread ended meanwhile.
            }
        }
        // Not even the main thread's: nothing was read.
        return out.has(String(process.pid)) ? out : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * CPU time (ms) that threads other than the main thread and `excluded` (the worker pool's) used
 * between two {@link threadCpuMs} readings: V8's background threads (garbage collection helpers,
 * the optimising compiler) and libuv's. Undefined when either reading is.
 */
export function helperCpuMs(before, after, excluded) {
    if (!before || !after)
        return undefined;
    let sum = 0;
    for (const [tid, ms] of after)
        if (tid !== String(process.pid) && !excluded.has(tid))
            sum += ms - (before.get(tid) ?? 0);
    return sum;
}
//# sourceMappingURL=threadCpu.js.map