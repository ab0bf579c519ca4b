/** The process's minor page faults so far (every thread), or undefined where Node does not report them. */
export declare function minorPageFaults(): number | undefined;
/**
 * Allocates a `mib` MiB buffer and writes one byte of each of its 4 KiB pages: the pages written,
 * the process's minor page faults meanwhile (undefined: not reported) and the time it took (ms).
 */
export declare function touchFreshBuffer(mib: number): {
    pages: number;
    faults: number | undefined;
    ms: number;
};
/**
 * This machine's cost of one minor page fault, µs: the time to touch every 4 KiB page of a fresh
 * `mib` MiB buffer once, divided by the faults that took (the median of `rounds`). Undefined when
 * faults are not reported, or the touches faulted on fewer than half the pages (huge pages, or a
 * buffer the allocator had already faulted in): then it is not the cost of one fault. 64 MiB by
 * default: glibc serves an allocation above 32 MiB (its largest mmap threshold) with fresh pages
 * always; a smaller one, in a process that has freed large buffers (the bench, after its blocks),
 * came from memory already touched.
 */
export declare function pageFaultCostUs(mib?: number, rounds?: number): number | undefined;
