import { SpareBuffer } from './spareBuffer.js';
import { type Write, WriteSet } from './writeSet.js';
export declare const LOC_ACCOUNT = 1;
export declare const LOC_BALANCE = 2;
export declare const LOC_STORAGE = 3;
export declare const LOC_CODE = 4;
/** Version flags. */
export declare const FLAG_ESTIMATE = 1;
export declare const FLAG_DELTA = 2;
/** With FLAG_DELTA on a BALANCE: the amount is subtracted (a lazy sender's net debit). */
export declare const FLAG_DEBIT = 4;
/** Thrown when a fixed-size region of MVMemory is exhausted; the caller falls back to sequential. */
export declare class MVMemoryFullError extends Error {
    constructor(region: string);
}
/** Result of {@link MVMemory.read}. */
export type ReadResult = {
    kind: 'none';
} | {
    kind: 'estimate';
    blockingTx: number;
} | {
    kind: 'value';
    txIndex: number;
    incarnation: number;
    flags: number;
    offset: number;
    length: number;
};
/** Results of {@link MVMemory.readVersion}. */
export declare const READ_NONE = 0;
export declare const READ_VALUE = 1;
export declare const READ_ESTIMATE = 2;
/** Words per entry of {@link MVMemory.chain}: txIndex, incarnation, flags, offset, length. */
export declare const CHAIN_WORDS = 5;
/** Sizes of the regions of one MVMemory buffer. */
export interface MVMemoryLayout {
    txCount: number;
    /** Location table capacity (power of two). */
    locations: number;
    keyBytes: number;
    valueBytes: number;
    versions: number;
    /** Int32 words for per-transaction read and write sets. */
    listWords: number;
}
/**
 * A layout sized from a block's gas: on the mainnet fixtures a block touches one new location
 * per ~20,000 gas (measured: 1,400 locations for 30 Mgas); this reserves ten times that plus a
 * per-transaction allowance. A block beyond it is retried with the worst-case layout, then falls
 * back to sequential: memory is never overrun.
 */
export declare function layoutFor(txCount: number, gas: bigint, worstCase?: boolean): MVMemoryLayout;
/** Bytes of SharedArrayBuffer an MVMemory of `layout` takes (all regions, aligned). */
export declare function layoutBytes(layout: MVMemoryLayout): number;
/** The MVMemory buffer kept for the next block ({@link SpareBuffer}). */
export declare const spareMVMemory: SpareBuffer;
export declare class MVMemory {
    readonly layout: MVMemoryLayout;
    readonly buffer: SharedArrayBuffer;
    private readonly header;
    private readonly locs;
    private readonly versions;
    private readonly txs;
    private readonly lists;
    private readonly keys;
    /** The value arena; a read's `offset`/`length` index into it. */
    readonly values: Uint8Array;
    private readonly mask;
    /**
     * Allocates and initialises a new MVMemory for `layout`.
     * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. {@link spareMVMemory}
     */
    static create(layout: MVMemoryLayout, reuse?: (bytes: number) => SharedArrayBuffer | undefined): MVMemory;
    /** Maps an existing buffer (in a worker). */
    constructor(buffer: SharedArrayBuffer, layout: MVMemoryLayout);
    private keysText;
    /**
     * The index of the location with `key` (kind byte + address [+ slot]), inserting it when
     * `insert`; -1 when absent and not inserted.
     * @throws MVMemoryFullError when the table or key arena is full
     */
    location(key: Uint8Array, insert: boolean): number;
    private keyEquals;
    /** The kind byte of location `loc`'s key (LOC_*). */
    keyKind(loc: number): number;
    /** A 32-bit hash (FNV-1a) of location `loc`'s address: key bytes 1–20 (not for a CODE location). */
    addressHash(loc: number): number;
    /** Whether locations `a` and `b` have the same address (key bytes 1–20). */
    sameAddress(a: number, b: number): boolean;
    /** Bytes `[from, to)` of location `loc`'s key as lowercase `0x` hex (Node's encoder, no copy). */
    keyHex(loc: number, from: number, to: number): string;
    /** The storage slot of a LOC_STORAGE location's key. */
    keySlot(loc: number): bigint;
    /**
     * Writers of one location serialise on its sequence word (odd while a writer is inside);
     * readers never write it (see {@link readVersion}), so a read leaves the cache line shared.
     */
    private lock;
    private unlock;
    private allocValue;
    /** Copies `bytes[start, end)` into the value arena; returns its offset there. */
    private allocValueOf;
    /** The version the last {@link readVersion} found: its transaction, incarnation, flags, and value offset and length. */
    readTx: number;
    readIncarnation: number;
    readFlags: number;
    readOffset: number;
    readLength: number;
    /**
     * Block-STM `read` without an object per read (the workers' hot path): the version of `loc`
     * written by the highest transaction below `txIndex`, as {@link READ_NONE}, {@link READ_VALUE}
     * (fields in {@link readTx} … {@link readLength}) or {@link READ_ESTIMATE} (blocking transaction
     * in {@link readTx}). Read the fields before the next call.
     */
    readVersion(loc: number, txIndex: number): number;
    /** Block-STM `read`: {@link readVersion} as an object. */
    read(loc: number, txIndex: number): ReadResult;
    /**
     * Entries of the last {@link readChain}: per version (txIndex, incarnation, flags, offset,
     * length), {@link CHAIN_WORDS} words each. Reused: read before the next `readChain`.
     */
    chain: Int32Array<ArrayBuffer>;
    /**
     * The versions of `loc` below `txIndex`, highest first, down to and including the first that is
     * not a DELTA or is an ESTIMATE, written to {@link chain}; returns how many. When the last one is
     * a DELTA (or there is none), the pre-state lies below. One walk of the version list under one
     * sequence-lock pass (see {@link readVersion}), with no allocation: a lazy sender's account read below
     * hundreds of its own nonce increments resolved them one `read` (and one walk from the head) each.
     * Its own loop: one walk shared with readVersion cost readVersion 10–15% (bench:mvmemory, alternated runs).
     */
    readChain(loc: number, txIndex: number): number;
    /**
     * All versions of `loc` below `txIndex`, highest first, down to and including the first
     * non-delta one (`none` when the pre-state lies below). Stops at an ESTIMATE. For analysis; the
     * engine's hot path reads {@link readChain}.
     */
    readDeltas(loc: number, txIndex: number): ReadResult[];
    /** Writes (or overwrites) the version of `loc` for `txIndex`. */
    private write;
    private setFlag;
    private allocList;
    /**
     * Block-STM `record`: publishes the writes of incarnation `incarnation` of `txIndex`, removes
     * the versions its previous incarnation wrote but this one did not, and stores its read set.
     * @param writes location, flags (FLAG_DELTA, FLAG_DEBIT) and value bytes of each write, each location once
     * @param reads flattened triples (location, version txIndex or -1 for the pre-state or -2 for
     *   a value-validated read, version incarnation or value offset)
     * @returns true when a location was written that the previous incarnation did not write
     */
    record(txIndex: number, incarnation: number, reads: Int32Array | number[], writes: WriteSet | readonly Write[]): boolean;
    /**
     * Marks `locs` as ESTIMATE at `txIndex` before it first executes (a known dependency, e.g. the
     * sender's nonce for its next transaction): readers wait instead of reading a stale version and
     * aborting later. The transaction's first `record` replaces or removes them.
     */
    seedEstimates(txIndex: number, locs: number[]): void;
    /** The locations the last recorded incarnation of `txIndex` wrote. */
    writtenLocations(txIndex: number): number[];
    /** {@link writtenLocations} as a view into the shared list (valid until `txIndex` records again; no copy). */
    written(txIndex: number): Int32Array;
    /** The flattened read-set triples of the last recorded incarnation of `txIndex`. */
    readSet(txIndex: number): Int32Array;
    /** Block-STM `convert_writes_to_estimates`: marks the last writes of `txIndex` as ESTIMATE. */
    convertWritesToEstimates(txIndex: number): void;
    /**
     * Writes the version ids of `loc` into `out` from `at` on, lowest transaction first, and returns
     * how many (the block-end merge walks each location's list once instead of searching it per
     * transaction; ids into one shared array, not an array per location). Read them with
     * {@link versionTx}, {@link versionFlags} and {@link versionValue}. `out` must have room for
     * every version of `loc` ({@link usage}`.versions` in all). Call only once the workers are done.
     */
    versionIdsInto(loc: number, out: Int32Array, at: number): number;
    versionTx(v: number): number;
    versionFlags(v: number): number;
    versionValue(v: number): Uint8Array;
    /** Where version `v`'s value starts in {@link values} (read in place, without a view per version). */
    versionOffset(v: number): number;
    /** How much of each region is used (for sizing and metrics). */
    usage(): {
        keyBytes: number;
        valueBytes: number;
        versions: number;
        listWords: number;
    };
    /** Stores bytecode under its CODE location once (content-addressed: later puts are no-ops). */
    putCode(loc: number, code: Uint8Array): void;
    /** Copies `bytes` into the value arena (for value-validated reads); returns the offset. */
    stash(bytes: Uint8Array): number;
    /** Bytecode stored under a CODE location, or undefined. */
    getCode(loc: number): Uint8Array | undefined;
}
