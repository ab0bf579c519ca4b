/** One write of an incarnation: MVMemory location, flags (FLAG_DELTA, FLAG_DEBIT) and encoded value. */
export interface Write {
    loc: number;
    flags: number;
    value: Uint8Array;
}
/**
 * An incarnation's write set (Block-STM §3: what `record` publishes), in arrays a worker reuses
 * from one incarnation to the next: per write its location, flags and value bytes. A write as an
 * object with a value array of its own was two allocations per write on the workers' hot path.
 * Read it before the next {@link clear}.
 */
export declare class WriteSet {
    /** Writes held. */
    count: number;
    private locs;
    private flagList;
    /** Value `i` is `bytes[ends[i - 1] (0 for the first), ends[i])`. */
    private ends;
    /** The value bytes of every write, back to back (replaced when it grows). */
    bytes: Uint8Array;
    /** A write set holding `writes` (tests, tools). */
    static from(writes: readonly Write[]): WriteSet;
    clear(): this;
    /**
     * Appends a write of `length` value bytes and returns the offset in {@link bytes} where its
     * value goes: write it there, into {@link bytes} as it is after this call (which may replace
     * it), before the next append.
     */
    reserve(loc: number, flags: number, length: number): number;
    /** Appends a write of `value`. */
    add(loc: number, flags: number, value: Uint8Array): void;
    /** Appends a write of the 256-bit word `value` (32 bytes, big-endian). */
    addWord(loc: number, flags: number, value: bigint): void;
    loc(i: number): number;
    flags(i: number): number;
    /** Where write `i`'s value starts in {@link bytes}. */
    start(i: number): number;
    /** Where write `i`'s value ends in {@link bytes}. */
    end(i: number): number;
    /** Write `i`'s value (a view into {@link bytes}). */
    value(i: number): Uint8Array;
    /** Whether a write to `loc` is held (a scan: write sets are short). */
    has(loc: number): boolean;
}
