/**
 * One SharedArrayBuffer kept from one block for the next. Reused, its pages are already mapped: a
 * fresh buffer page-faults on the first touch of each page (here 2 MB cost 8.6 ms to fill fresh and
 * 0.3 ms reused; MVMemory's location table 7 µs per new location). And a SharedArrayBuffer's
 * memory is freed only when the GC collects it, which V8 does not count as heap pressure: a
 * process executing many blocks (the consensus tests: thousands) would otherwise hold gigabytes
 * of dead buffers.
 */
export declare class SpareBuffer {
    private readonly maxBytes;
    private spare;
    /** @param maxBytes - largest buffer worth keeping */
    constructor(maxBytes: number);
    /** The kept buffer if it has at least `bytes` (then no longer kept: one block at a time owns it). */
    take(bytes: number): SharedArrayBuffer | undefined;
    /** Keeps `b` for a later block (the larger of it and the one kept), once nothing reads or writes it any more. */
    keep(b: SharedArrayBuffer): void;
}
