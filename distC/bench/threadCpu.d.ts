/**
 * CPU time (ms) of each OS thread of this process, by thread id, from Linux's
 * `/proc/self/task/<tid>/schedstat` (its first field: ns on a CPU); undefined where that cannot be
 * read (other systems), so a figure built on it says "not measured".
 */
export declare function threadCpuMs(): Map<string, number> | undefined;
/**
 * CPU time (ms) that threads other than the main thread and `excluded` (the worker pool's) used
 * between two {@link threadCpuMs} readings: V8's background threads (garbage collection helpers,
 * the optimising compiler) and libuv's. Undefined when either reading is.
 */
export declare function helperCpuMs(before: Map<string, number> | undefined, after: Map<string, number> | undefined, excluded: ReadonlySet<string>): number | undefined;
