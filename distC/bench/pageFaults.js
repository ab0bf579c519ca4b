/**
 * Minor page faults: the first touch of a page the process has not used yet (or gave back), which
 * the kernel zero-fills. Cheap on most machines (a fraction of a µs); in a virtual machine that
 * backs guest memory lazily it can cost tens of µs, and V8's garbage collector touches fresh pages
 * whenever it promotes objects into new old-space pages. `bench:parallel` counts them per run.
 */
import { median } from '../src/analyze/median.js';
/** The process's minor page faults so far (every thread), or undefined where Node does not report them. */
export function minorPageFaults() {
    const n = process.resourceUsage().minorPageFault;
    return Number.isFinite(n) && n > 0 ? n : undefined;
}
/**
 * Allocates a `mib` MiB buffer and writes one byte of each of its 4 KiB pages: the pages written,
 * the process's minor page faults meanwhile (undefined: not reported) and the time it took (ms).
 */
export function touchFreshBuffer(mib) {
    const before = minorPageFaults();
    const t = performance.now();
    const b = new Uint8Array(mib << 20);
    for (let i = 0; i < b.length; i += 4096)
        b[i] = 1;
    const ms = performance.now() - t;
    const after = minorPageFaults();
    return { pages: b.length >> 12, faults: before === undefined || after === undefined ? undefined : after - before, ms };
}
/**
 * This machine's cost of one minor page fault, µs: the time to touch every 4 KiB page of a fresh
 * `mib` MiB buffer once, divided by the faults that took (the median of `rounds`). Undefined when
 * faults are not reported, or the touches faulted on fewer than half the pages (huge pages, or a
 * buffer the allocator had already faulted in): then it is not the cost of one fault. 64 MiB by
 * default: glibc serves an allocation above 32 MiB (its largest mmap threshold) with fresh pages
 * always; a smaller one, in a process that has freed large buffers (the bench, after its blocks),
 * came from memory already touched.
 */
export function pageFaultCostUs(mib = 64, rounds = 3) {
    const costs = [];
    for (let r = 0; r < rounds; r++) {
        const { pages, faults, ms } = touchFreshBuffer(mib);
        if (faults === undefined || faults < pages / 2)
            return undefined;
        costs.push((ms * 1000) / faults);
    }
    return median(costs);
}
//# sourceMappingURL=pageFaults.js.map