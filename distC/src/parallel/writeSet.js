import { writeU256 } from '../state/u256.js';
import { grown } from './grow.js';
/**
 * An incarnation's write set (Block-STM §3: what `record` publishes), in arrays a worker reuses
 * from one incarnation to the next: per write its location, flags and value bytes. A write as an
 * object with a value array of its own was two allocations per write on the workers' hot path.
 * Read it before the next {@link clear}.
 */
export class WriteSet {
    /** Writes held. */
    count = 0;
    locs = new Int32Array(32);
    flagList = new Int32Array(32);
    /** Value `i` is `bytes[ends[i - 1] (0 for the first), ends[i])`. */
    ends = new Int32Array(32);
    /** The value bytes of every write, back to back (replaced when it grows). */
    bytes = new Uint8Array(2048);
    /** A write set holding `writes` (tests, tools). */
    static from(writes) {
        const ws = new WriteSet();
        for (const w of writes)
            ws.add(w.loc, w.flags, w.value);
        return ws;
    }
    clear() {
        this.count = 0;
        return this;
    }
    /**
     * Appends a write of `length` value bytes and returns the offset in {@link bytes} where its
     * value goes: write it there, into {@link bytes} as it is after this call (which may replace
     * it), before the next append.
     */
    reserve(loc, flags, length) {
        const i = this.count;
        if (i === this.locs.length) {
            this.locs = grown(this.locs);
            this.flagList = grown(this.flagList);
            this.ends = grown(this.ends);
        }
        const start = this.start(i);
        if (start + length > this.bytes.length)
            this.bytes = grown(this.bytes, start + length);
        this.locs[i] = loc;
        this.flagList[i] = flags;
        this.ends[i] = start + length;
        this.count = i + 1;
        return start;
    }
    /** Appends a write of `value`. */
    add(loc, flags, value) {
        const at = this.reserve(loc, flags, value.length); // first: it may replace `bytes`
        this.bytes.set(value, at);
    }
    /** Appends a write of the 256-bit word `value` (32 bytes, big-endian). */
    addWord(loc, flags, value) {
        const at = this.reserve(loc, flags, 32); // first: it may replace `bytes`
        writeU256(this.bytes, at, value);
    }
    loc(i) {
        return this.locs[i];
    }
    flags(i) {
        return this.flagList[i];
    }
    /** Where write `i`'s value starts in {@link bytes}. */
    start(i) {
        return i === 0 ? 0 : this.ends[i - 1];
    }
    /** Where write `i`'s value ends in {@link bytes}. */
    end(i) {
        return this.ends[i];
    }
    /** Write `i`'s value (a view into {@link bytes}). */
    value(i) {
        return this.bytes.subarray(this.start(i), this.ends[i]);
    }
    /** Whether a write to `loc` is held (a scan: write sets are short). */
    has(loc) {
        for (let i = 0; i < this.count; i++)
            if (this.locs[i] === loc)
                return true;
        return false;
    }
}
//# sourceMappingURL=writeSet.js.map