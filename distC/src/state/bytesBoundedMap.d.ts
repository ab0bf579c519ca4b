/**
 * A cache whose entries are kept while their sizes (`sizeOf`, bytes) sum to at most `maxBytes`:
 * past it, the oldest entries (by insertion) go until half of it is left, never the one just
 * added. For caches keyed by code hash, whose values never go stale (code is immutable under its
 * hash): the EVM's code analyses, the code workers copy out of snapshot buffers.
 */
export declare class BytesBoundedMap<V> {
    readonly maxBytes: number;
    private readonly sizeOf;
    private readonly entries;
    private total;
    constructor(maxBytes: number, sizeOf: (value: V) => number);
    get(key: string): V | undefined;
    set(key: string, value: V): void;
    /** Entries kept. */
    get size(): number;
    /** Their summed size (bytes). */
    get bytes(): number;
    clear(): void;
}
