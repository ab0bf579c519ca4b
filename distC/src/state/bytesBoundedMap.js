/**
 * A cache whose entries are kept while their sizes (`sizeOf`, bytes) sum to at most `maxBytes`:
 * past it, the oldest entries (by insertion) go until half of it is left, never the one just
 * added. For caches keyed by code hash, whose values never go stale (code is immutable under its
 * hash): the EVM's code analyses, the code workers copy out of snapshot buffers.
 */
export class BytesBoundedMap {
    maxBytes;
    sizeOf;
    entries = new Map();
    total = 0;
    constructor(maxBytes, sizeOf) {
        this.maxBytes = maxBytes;
        this.sizeOf = sizeOf;
    }
    get(key) {
        return this.entries.get(key);
    }
    set(key, value) {
        const old = this.entries.get(key);
        if (old !== undefined)
            this.total -= this.sizeOf(old);
        this.entries.set(key, value);
        this.total += this.sizeOf(value);
        if (this.total <= this.maxBytes)
            return;
        for (const [k, v] of this.entries) {
            if (this.total <= this.maxBytes / 2 || k === key)
                break;
            this.entries.delete(k);
            this.total -= this.sizeOf(v);
        }
    }
    /** Entries kept. */
    get size() {
        return this.entries.size;
    }
    /** Their summed size (bytes). */
    get bytes() {
        return this.total;
    }
    clear() {
        this.entries.clear();
        this.total = 0;
    }
}
//# sourceMappingURL=bytesBoundedMap.js.map