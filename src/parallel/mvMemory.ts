/**
 * MVMemory (Block-STM §3, Algorithm 2) in a SharedArrayBuffer: for every location, the value
 * written by each transaction, tagged with the incarnation that wrote it, or an ESTIMATE marker.
 * A read by transaction j returns the write of the highest transaction below j, or NOT_FOUND
 * (read the pre-state). Every worker thread maps the same buffer; all shared words are touched
 * with `Atomics`; each location's version list is guarded by its own spin lock.
 *
 * Locations (kept apart so a balance write does not conflict with a storage read):
 * - ACCOUNT(address): existence, nonce, code hash, and the index of the last transaction that
 *   cleared the account's storage (self-destruct); a version may be a DELTA (a lazy sender's
 *   nonce increment: the account exists and its nonce grows by the value's nonce);
 * - BALANCE(address): wei; a version may be a commutative DELTA (a lazy credit, or with
 *   FLAG_DEBIT a lazy sender's net debit);
 * - STORAGE(address, slot): the slot value;
 * - CODE(code hash): bytecode, immutable (content-addressed), stored once.
 * Values are raw bytes in a bump-allocated arena; a full buffer throws {@link MVMemoryFullError}
 * and the block falls back to sequential execution: memory is never overwritten.
 */
import { readU256 } from '../state/u256.js';
import { grown } from './grow.js';
import { SpareBuffer } from './spareBuffer.js';
import { alignTo8, sharedBufferOf, zeroShared } from '../state/sharedBuffer.js';
import { type Write, WriteSet } from './writeSet.js';

const NO_LOCATIONS = new Int32Array(0);

export const LOC_ACCOUNT = 1;
export const LOC_BALANCE = 2;
export const LOC_STORAGE = 3;
export const LOC_CODE = 4;

/** Version flags. */
export const FLAG_ESTIMATE = 1;
export const FLAG_DELTA = 2;
/** With FLAG_DELTA on a BALANCE: the amount is subtracted (a lazy sender's net debit). */
export const FLAG_DEBIT = 4;

/** Thrown when a fixed-size region of MVMemory is exhausted; the caller falls back to sequential. */
export class MVMemoryFullError extends Error {
  constructor(region: string) {
    super(`MVMemory ${region} is full`);
    this.name = 'MVMemoryFullError';
  }
}

/** Result of {@link MVMemory.read}. */
export type ReadResult =
  | { kind: 'none' }
  | { kind: 'estimate'; blockingTx: number }
  | { kind: 'value'; txIndex: number; incarnation: number; flags: number; offset: number; length: number };

const NONE: ReadResult = Object.freeze({ kind: 'none' });

/** Results of {@link MVMemory.readVersion}. */
export const READ_NONE = 0;
export const READ_VALUE = 1;
export const READ_ESTIMATE = 2;

// Header words (Int32).
const H_KEY_TOP = 0;
const H_VALUE_TOP = 1;
const H_VERSION_TOP = 2;
const H_LIST_TOP = 3;
const HEADER_WORDS = 8;

// Location table entry words.
const L_STATE = 0; // 0 empty, 1 being written, 2 ready
const L_KEY = 1; // offset in key arena
const L_KEYLEN = 2;
const L_LOCK = 3;
const L_HEAD = 4; // first version (highest txIndex), -1 none
const L_VALUE = 5; // CODE: value offset
const L_VALUELEN = 6;
const L_HASH = 7;
const LOC_WORDS = 8;

// Version entry words.
const V_TX = 0;
const V_INC = 1;
const V_FLAGS = 2;
const V_OFF = 3;
const V_LEN = 4;
const V_NEXT = 5;
const VERSION_WORDS = 6;

/** Words per entry of {@link MVMemory.chain}: txIndex, incarnation, flags, offset, length. */
export const CHAIN_WORDS = 5;

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

/** Most locations the worst-case layout sizes for from gas (a 100 Mgas block at 50 gas per location). */
const MAX_REACH = 2_000_000;
/**
 * Most locations the first layout sizes for from gas (ten times a 65 Mgas mainnet block's): test
 * blocks declare gas limits up to 2^63, and a 700 MiB first attempt per block would be zeroed and
 * held until the GC frees it; a block that does touch more retries with the worst case.
 */
const FIRST_REACH = 32_768;

/**
 * A layout sized from a block's gas: on the mainnet fixtures a block touches one new location
 * per ~20,000 gas (measured: 1,400 locations for 30 Mgas); this reserves ten times that plus a
 * per-transaction allowance. A block beyond it is retried with the worst-case layout, then falls
 * back to sequential: memory is never overrun.
 */
export function layoutFor(txCount: number, gas: bigint, worstCase = false): MVMemoryLayout {
  // Worst case: a new location per 50 gas (a Frontier SLOAD).
  // Capped: a block beyond this runs out of room and finishes sequentially (MVMemory full).
  const reach = (worstCase ? Math.min(Number(gas / 50n), MAX_REACH) : Math.min(Number(gas / 2000n), FIRST_REACH)) + txCount * 32 + 1024;
  let locations = 4096;
  while (locations < reach * 2) locations *= 2;
  return {
    txCount,
    locations,
    keyBytes: reach * 56,
    valueBytes: reach * 64 * 2 + (1 << 20),
    versions: reach * 3,
    listWords: reach * 12 + txCount * 64,
  };
}

/** Bytes of SharedArrayBuffer an MVMemory of `layout` takes (all regions, aligned). */
export function layoutBytes(layout: MVMemoryLayout): number {
  return byteSize(layout).total;
}

function byteSize(l: MVMemoryLayout): { total: number; offsets: Record<string, number> } {
  const offsets: Record<string, number> = {};
  let at = 0;
  const take = (name: string, bytes: number) => ((offsets[name] = at), (at = alignTo8(at + bytes)));
  take('header', HEADER_WORDS * 4);
  take('locs', l.locations * LOC_WORDS * 4);
  take('versions', l.versions * VERSION_WORDS * 4);
  take('txs', l.txCount * 2 * 4); // per tx: read-set pointer, write-set pointer
  take('lists', l.listWords * 4);
  take('keys', l.keyBytes);
  take('values', l.valueBytes);
  return { total: at, offsets };
}

/** The MVMemory buffer kept for the next block ({@link SpareBuffer}). */
export const spareMVMemory = new SpareBuffer(64 << 20);

export class MVMemory {
  readonly buffer: SharedArrayBuffer;
  private readonly header: Int32Array;
  private readonly locs: Int32Array;
  private readonly versions: Int32Array;
  private readonly txs: Int32Array;
  private readonly lists: Int32Array;
  private readonly keys: Uint8Array;
  /** The value arena; a read's `offset`/`length` index into it. */
  readonly values: Uint8Array;
  private readonly mask: number;

  /**
   * Allocates and initialises a new MVMemory for `layout`.
   * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. {@link spareMVMemory}
   */
  static create(layout: MVMemoryLayout, reuse?: (bytes: number) => SharedArrayBuffer | undefined): MVMemory {
    const { total, offsets } = byteSize(layout);
    const { buffer, reused } = sharedBufferOf(total, reuse);
    // A reused buffer: clear the header and the location table (the arenas are written before
    // they are read; a location's version list head is set when it is inserted).
    if (reused) zeroShared(buffer, 0, offsets.versions!);
    const mv = new MVMemory(buffer, layout);
    mv.txs.fill(-1);
    mv.header[H_LIST_TOP] = 0;
    return mv;
  }

  /** Maps an existing buffer (in a worker). */
  constructor(
    buffer: SharedArrayBuffer,
    readonly layout: MVMemoryLayout,
  ) {
    const { offsets } = byteSize(layout);
    this.buffer = buffer;
    this.header = new Int32Array(buffer, offsets.header, HEADER_WORDS);
    this.locs = new Int32Array(buffer, offsets.locs, layout.locations * LOC_WORDS);
    this.versions = new Int32Array(buffer, offsets.versions, layout.versions * VERSION_WORDS);
    this.txs = new Int32Array(buffer, offsets.txs, layout.txCount * 2);
    this.lists = new Int32Array(buffer, offsets.lists, layout.listWords);
    this.keys = new Uint8Array(buffer, offsets.keys, layout.keyBytes);
    this.values = new Uint8Array(buffer, offsets.values, layout.valueBytes);
    this.mask = layout.locations - 1;
  }

  private keysText: Buffer | undefined;

  // --- location table ------------------------------------------------------------------------

  /**
   * The index of the location with `key` (kind byte + address [+ slot]), inserting it when
   * `insert`; -1 when absent and not inserted.
   * @throws MVMemoryFullError when the table or key arena is full
   */
  location(key: Uint8Array, insert: boolean): number {
    const hash = fnv1a(key);
    let i = hash & this.mask;
    for (let probes = 0; probes <= this.mask; probes++, i = (i + 1) & this.mask) {
      const base = i * LOC_WORDS;
      let state = Atomics.load(this.locs, base + L_STATE);
      if (state === 0) {
        if (!insert) return -1;
        if (Atomics.compareExchange(this.locs, base + L_STATE, 0, 1) === 0) {
          const at = Atomics.add(this.header, H_KEY_TOP, key.length);
          if (at + key.length > this.keys.length) {
            // Publish the claimed slot as one no key matches, so no other worker spins on it.
            this.locs[base + L_KEYLEN] = -1;
            this.locs[base + L_HEAD] = -1;
            Atomics.store(this.locs, base + L_STATE, 2);
            throw new MVMemoryFullError('key arena');
          }
          this.keys.set(key, at);
          this.locs[base + L_KEY] = at;
          this.locs[base + L_KEYLEN] = key.length;
          this.locs[base + L_HASH] = hash;
          // No version yet; set here, not for the whole table at creation (a loop over every slot).
          this.locs[base + L_HEAD] = -1;
          Atomics.store(this.locs, base + L_STATE, 2);
          return i;
        }
        state = Atomics.load(this.locs, base + L_STATE);
      }
      while (state === 1) state = Atomics.load(this.locs, base + L_STATE);
      if (this.locs[base + L_HASH] === hash && this.keyEquals(base, key)) return i;
    }
    throw new MVMemoryFullError('location table');
  }

  private keyEquals(base: number, key: Uint8Array): boolean {
    if (this.locs[base + L_KEYLEN] !== key.length) return false;
    const at = this.locs[base + L_KEY]!;
    for (let k = 0; k < key.length; k++) if (this.keys[at + k] !== key[k]) return false;
    return true;
  }

  /** The kind byte of location `loc`'s key (LOC_*). */
  keyKind(loc: number): number {
    return this.keys[this.locs[loc * LOC_WORDS + L_KEY]!]!;
  }

  /** A 32-bit hash (FNV-1a) of location `loc`'s address: key bytes 1–20 (not for a CODE location). */
  addressHash(loc: number): number {
    const at = this.locs[loc * LOC_WORDS + L_KEY]! + 1;
    return fnv1a(this.keys, at, at + 20);
  }

  /** Whether locations `a` and `b` have the same address (key bytes 1–20). */
  sameAddress(a: number, b: number): boolean {
    const x = this.locs[a * LOC_WORDS + L_KEY]! + 1;
    const y = this.locs[b * LOC_WORDS + L_KEY]! + 1;
    for (let i = 0; i < 20; i++) if (this.keys[x + i] !== this.keys[y + i]) return false;
    return true;
  }

  /** Bytes `[from, to)` of location `loc`'s key as lowercase `0x` hex (Node's encoder, no copy). */
  keyHex(loc: number, from: number, to: number): string {
    const at = this.locs[loc * LOC_WORDS + L_KEY]!;
    this.keysText ??= Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.length);
    return `0x${this.keysText.toString('hex', at + from, at + to)}`;
  }

  /** The storage slot of a LOC_STORAGE location's key. */
  keySlot(loc: number): bigint {
    return readU256(this.keys, this.locs[loc * LOC_WORDS + L_KEY]! + 21);
  }

  /**
   * Writers of one location serialise on its sequence word (odd while a writer is inside);
   * readers never write it (see {@link readVersion}), so a read leaves the cache line shared.
   */
  private lock(loc: number): void {
    const w = loc * LOC_WORDS + L_LOCK;
    for (;;) {
      const s = Atomics.load(this.locs, w);
      if ((s & 1) === 0 && Atomics.compareExchange(this.locs, w, s, s + 1) === s) return;
      /* spin: critical sections are a few dozen instructions */
    }
  }
  private unlock(loc: number): void {
    Atomics.add(this.locs, loc * LOC_WORDS + L_LOCK, 1);
  }

  private allocValue(bytes: Uint8Array): number {
    return this.allocValueOf(bytes, 0, bytes.length);
  }

  /** Copies `bytes[start, end)` into the value arena; returns its offset there. */
  private allocValueOf(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const at = Atomics.add(this.header, H_VALUE_TOP, length);
    if (at + length > this.values.length) throw new MVMemoryFullError('value arena');
    // Values are 32 or 48 bytes: a loop beats a subarray view per copy.
    if (length <= 64) for (let k = 0; k < length; k++) this.values[at + k] = bytes[start + k]!;
    else this.values.set(bytes.subarray(start, end), at);
    return at;
  }

  // --- versions ------------------------------------------------------------------------------

  /** The version the last {@link readVersion} found: its transaction, incarnation, flags, and value offset and length. */
  readTx = 0;
  readIncarnation = 0;
  readFlags = 0;
  readOffset = 0;
  readLength = 0;

  /**
   * Block-STM `read` without an object per read (the workers' hot path): the version of `loc`
   * written by the highest transaction below `txIndex`, as {@link READ_NONE}, {@link READ_VALUE}
   * (fields in {@link readTx} … {@link readLength}) or {@link READ_ESTIMATE} (blocking transaction
   * in {@link readTx}). Read the fields before the next call.
   */
  readVersion(loc: number, txIndex: number): number {
    // A sequence lock (seqlock): read the version list without taking the lock, then retry if a
    // writer was inside or came in meanwhile. Taking the lock for reads made every read a write to
    // a shared cache line: two workers read MVMemory 2–2.5× slower than one (bench/mvMemory).
    // Version entries are never freed and are fully written before being linked, so a read racing
    // a writer follows valid indices; the bound on steps guards against a torn walk.
    const seqWord = loc * LOC_WORDS + L_LOCK;
    const locs = this.locs;
    const versions = this.versions;
    for (;;) {
      const seq = Atomics.load(locs, seqWord);
      if ((seq & 1) !== 0) continue;
      let v = locs[loc * LOC_WORDS + L_HEAD]!;
      let steps = 0;
      let found = -1;
      while (v !== -1 && steps++ <= this.layout.versions) {
        const b = v * VERSION_WORDS;
        if (versions[b + V_TX]! < txIndex) {
          found = b;
          break;
        }
        v = versions[b + V_NEXT]!;
      }
      if (found < 0) {
        if (Atomics.load(locs, seqWord) === seq) return READ_NONE;
        continue;
      }
      const tx = versions[found + V_TX]!;
      const flags = versions[found + V_FLAGS]!;
      const incarnation = versions[found + V_INC]!;
      const offset = versions[found + V_OFF]!;
      const length = versions[found + V_LEN]!;
      if (Atomics.load(locs, seqWord) !== seq) continue;
      this.readTx = tx;
      this.readIncarnation = incarnation;
      this.readFlags = flags;
      this.readOffset = offset;
      this.readLength = length;
      return flags & FLAG_ESTIMATE ? READ_ESTIMATE : READ_VALUE;
    }
  }

  /** Block-STM `read`: {@link readVersion} as an object. */
  read(loc: number, txIndex: number): ReadResult {
    const kind = this.readVersion(loc, txIndex);
    if (kind === READ_NONE) return NONE;
    if (kind === READ_ESTIMATE) return { kind: 'estimate', blockingTx: this.readTx };
    return { kind: 'value', txIndex: this.readTx, incarnation: this.readIncarnation, flags: this.readFlags, offset: this.readOffset, length: this.readLength };
  }

  /**
   * Entries of the last {@link readChain}: per version (txIndex, incarnation, flags, offset,
   * length), {@link CHAIN_WORDS} words each. Reused: read before the next `readChain`.
   */
  chain = new Int32Array(CHAIN_WORDS * 64);

  /**
   * The versions of `loc` below `txIndex`, highest first, down to and including the first that is
   * not a DELTA or is an ESTIMATE, written to {@link chain}; returns how many. When the last one is
   * a DELTA (or there is none), the pre-state lies below. One walk of the version list under one
   * sequence-lock pass (see {@link readVersion}), with no allocation: a lazy sender's account read below
   * hundreds of its own nonce increments resolved them one `read` (and one walk from the head) each.
   * Its own loop: one walk shared with readVersion cost readVersion 10–15% (bench:mvmemory, alternated runs).
   */
  readChain(loc: number, txIndex: number): number {
    const seqWord = loc * LOC_WORDS + L_LOCK;
    const locs = this.locs;
    const versions = this.versions;
    for (;;) {
      const seq = Atomics.load(locs, seqWord);
      if ((seq & 1) !== 0) continue;
      let v = locs[loc * LOC_WORDS + L_HEAD]!;
      let steps = 0;
      let n = 0;
      while (v !== -1 && steps++ <= this.layout.versions) {
        const b = v * VERSION_WORDS;
        v = versions[b + V_NEXT]!;
        if (versions[b + V_TX]! >= txIndex) continue;
        if ((n + 1) * CHAIN_WORDS > this.chain.length) this.chain = grown(this.chain);
        const c = n++ * CHAIN_WORDS;
        const flags = versions[b + V_FLAGS]!;
        this.chain[c] = versions[b + V_TX]!;
        this.chain[c + 1] = versions[b + V_INC]!;
        this.chain[c + 2] = flags;
        this.chain[c + 3] = versions[b + V_OFF]!;
        this.chain[c + 4] = versions[b + V_LEN]!;
        if (flags & FLAG_ESTIMATE || !(flags & FLAG_DELTA)) break;
      }
      if (Atomics.load(locs, seqWord) === seq) return n;
    }
  }

  /**
   * All versions of `loc` below `txIndex`, highest first, down to and including the first
   * non-delta one (`none` when the pre-state lies below). Stops at an ESTIMATE. For analysis; the
   * engine's hot path reads {@link readChain}.
   */
  readDeltas(loc: number, txIndex: number): ReadResult[] {
    const n = this.readChain(loc, txIndex);
    const c = this.chain;
    const out: ReadResult[] = [];
    for (let i = 0; i < n; i++) {
      const b = i * CHAIN_WORDS;
      const flags = c[b + 2]!;
      out.push(
        flags & FLAG_ESTIMATE
          ? { kind: 'estimate', blockingTx: c[b]! }
          : { kind: 'value', txIndex: c[b]!, incarnation: c[b + 1]!, flags, offset: c[b + 3]!, length: c[b + 4]! },
      );
    }
    const last = n > 0 ? c[(n - 1) * CHAIN_WORDS + 2]! : FLAG_DELTA;
    if (!(last & FLAG_ESTIMATE) && last & FLAG_DELTA) out.push(NONE);
    return out;
  }

  /** Writes (or overwrites) the version of `loc` for `txIndex`. */
  private write(loc: number, txIndex: number, incarnation: number, flags: number, value: Uint8Array, start = 0, end = value.length): void {
    const off = this.allocValueOf(value, start, end);
    this.lock(loc);
    try {
      const headWord = loc * LOC_WORDS + L_HEAD;
      let prevWord = headWord;
      let prevIsHead = true;
      let v = this.locs[headWord]!;
      while (v !== -1 && this.versions[v * VERSION_WORDS + V_TX]! > txIndex) {
        prevWord = v * VERSION_WORDS + V_NEXT;
        prevIsHead = false;
        v = this.versions[prevWord]!;
      }
      if (v !== -1 && this.versions[v * VERSION_WORDS + V_TX] === txIndex) {
        const b = v * VERSION_WORDS;
        this.versions[b + V_INC] = incarnation;
        this.versions[b + V_FLAGS] = flags;
        this.versions[b + V_OFF] = off;
        this.versions[b + V_LEN] = end - start;
        return;
      }
      const n = Atomics.add(this.header, H_VERSION_TOP, 1);
      if (n >= this.layout.versions) throw new MVMemoryFullError('version table');
      const b = n * VERSION_WORDS;
      this.versions[b + V_TX] = txIndex;
      this.versions[b + V_INC] = incarnation;
      this.versions[b + V_FLAGS] = flags;
      this.versions[b + V_OFF] = off;
      this.versions[b + V_LEN] = end - start;
      this.versions[b + V_NEXT] = v;
      if (prevIsHead) this.locs[prevWord] = n;
      else this.versions[prevWord] = n;
    } finally {
      this.unlock(loc);
    }
  }

  private setFlag(loc: number, txIndex: number, flag: number, remove: boolean): void {
    this.lock(loc);
    try {
      let prevWord = loc * LOC_WORDS + L_HEAD;
      let prevIsHead = true;
      let v = this.locs[prevWord]!;
      while (v !== -1) {
        const b = v * VERSION_WORDS;
        if (this.versions[b + V_TX] === txIndex) {
          if (remove) {
            if (prevIsHead) this.locs[prevWord] = this.versions[b + V_NEXT]!;
            else this.versions[prevWord] = this.versions[b + V_NEXT]!;
          } else this.versions[b + V_FLAGS]! |= flag;
          return;
        }
        prevWord = b + V_NEXT;
        prevIsHead = false;
        v = this.versions[prevWord]!;
      }
    } finally {
      this.unlock(loc);
    }
  }

  // --- per-transaction read and write sets ---------------------------------------------------

  private allocList(words: number): number {
    const at = Atomics.add(this.header, H_LIST_TOP, words);
    if (at + words > this.lists.length) throw new MVMemoryFullError('read/write-set arena');
    return at;
  }

  /**
   * Block-STM `record`: publishes the writes of incarnation `incarnation` of `txIndex`, removes
   * the versions its previous incarnation wrote but this one did not, and stores its read set.
   * @param writes location, flags (FLAG_DELTA, FLAG_DEBIT) and value bytes of each write, each location once
   * @param reads flattened triples (location, version txIndex or -1 for the pre-state or -2 for
   *   a value-validated read, version incarnation or value offset)
   * @returns true when a location was written that the previous incarnation did not write
   */
  record(txIndex: number, incarnation: number, reads: Int32Array | number[], writes: WriteSet | readonly Write[]): boolean {
    const ws = writes instanceof WriteSet ? writes : WriteSet.from(writes);
    const prevAt = Atomics.load(this.txs, txIndex * 2 + 1);
    const prev = prevAt < 0 ? NO_LOCATIONS : this.lists.subarray(prevAt + 1, prevAt + 1 + this.lists[prevAt]!);
    const n = ws.count;
    // Membership by scan while the lists are short (almost always); by Set past that, never quadratic.
    const large = n * prev.length > 1024;
    const prevSet = large ? new Set(prev) : undefined;
    const nowSet = large ? new Set(Array.from({ length: n }, (_, i) => ws.loc(i))) : undefined;
    let wroteNew = false;
    for (let i = 0; i < n; i++) {
      const loc = ws.loc(i);
      this.write(loc, txIndex, incarnation, ws.flags(i), ws.bytes, ws.start(i), ws.end(i));
      if (!wroteNew && !(prevSet ? prevSet.has(loc) : prev.includes(loc))) wroteNew = true;
    }
    for (const loc of prev) if (!(nowSet ? nowSet.has(loc) : ws.has(loc))) this.setFlag(loc, txIndex, 0, true);
    const wl = this.allocList(n + 1);
    this.lists[wl] = n;
    for (let i = 0; i < n; i++) this.lists[wl + 1 + i] = ws.loc(i);
    const rl = this.allocList(reads.length + 1);
    this.lists[rl] = reads.length;
    for (let i = 0; i < reads.length; i++) this.lists[rl + 1 + i] = reads[i]!;
    Atomics.store(this.txs, txIndex * 2 + 1, wl);
    Atomics.store(this.txs, txIndex * 2, rl);
    return wroteNew;
  }

  /**
   * Marks `locs` as ESTIMATE at `txIndex` before it first executes (a known dependency, e.g. the
   * sender's nonce for its next transaction): readers wait instead of reading a stale version and
   * aborting later. The transaction's first `record` replaces or removes them.
   */
  seedEstimates(txIndex: number, locs: number[]): void {
    const empty = new Uint8Array(0);
    for (const loc of locs) this.write(loc, txIndex, 0, FLAG_ESTIMATE, empty);
    const wl = this.allocList(locs.length + 1);
    this.lists[wl] = locs.length;
    for (let i = 0; i < locs.length; i++) this.lists[wl + 1 + i] = locs[i]!;
    Atomics.store(this.txs, txIndex * 2 + 1, wl);
  }

  /** The locations the last recorded incarnation of `txIndex` wrote. */
  writtenLocations(txIndex: number): number[] {
    return Array.from(this.written(txIndex));
  }

  /** {@link writtenLocations} as a view into the shared list (valid until `txIndex` records again; no copy). */
  written(txIndex: number): Int32Array {
    const wl = Atomics.load(this.txs, txIndex * 2 + 1);
    if (wl < 0) return NO_LOCATIONS;
    return this.lists.subarray(wl + 1, wl + 1 + this.lists[wl]!);
  }

  /** The flattened read-set triples of the last recorded incarnation of `txIndex`. */
  readSet(txIndex: number): Int32Array {
    const rl = Atomics.load(this.txs, txIndex * 2);
    if (rl < 0) return new Int32Array(0);
    return this.lists.subarray(rl + 1, rl + 1 + this.lists[rl]!);
  }

  /** Block-STM `convert_writes_to_estimates`: marks the last writes of `txIndex` as ESTIMATE. */
  convertWritesToEstimates(txIndex: number): void {
    for (const loc of this.written(txIndex)) this.setFlag(loc, txIndex, FLAG_ESTIMATE, false);
  }

  /**
   * Writes the version ids of `loc` into `out` from `at` on, lowest transaction first, and returns
   * how many (the block-end merge walks each location's list once instead of searching it per
   * transaction; ids into one shared array, not an array per location). Read them with
   * {@link versionTx}, {@link versionFlags} and {@link versionValue}. `out` must have room for
   * every version of `loc` ({@link usage}`.versions` in all). Call only once the workers are done.
   */
  versionIdsInto(loc: number, out: Int32Array, at: number): number {
    let n = 0;
    for (let v = this.locs[loc * LOC_WORDS + L_HEAD]!; v !== -1; v = this.versions[v * VERSION_WORDS + V_NEXT]!) out[at + n++] = v;
    // The list runs highest transaction first.
    for (let a = at, b = at + n - 1; a < b; a++, b--) {
      const t = out[a]!;
      out[a] = out[b]!;
      out[b] = t;
    }
    return n;
  }
  versionTx(v: number): number {
    return this.versions[v * VERSION_WORDS + V_TX]!;
  }
  versionFlags(v: number): number {
    return this.versions[v * VERSION_WORDS + V_FLAGS]!;
  }
  versionValue(v: number): Uint8Array {
    const offset = this.versionOffset(v);
    return this.values.subarray(offset, offset + this.versions[v * VERSION_WORDS + V_LEN]!);
  }
  /** Where version `v`'s value starts in {@link values} (read in place, without a view per version). */
  versionOffset(v: number): number {
    return this.versions[v * VERSION_WORDS + V_OFF]!;
  }

  // --- immutable code --------------------------------------------------------------------------

  /** How much of each region is used (for sizing and metrics). */
  usage(): { keyBytes: number; valueBytes: number; versions: number; listWords: number } {
    return {
      keyBytes: Atomics.load(this.header, H_KEY_TOP),
      valueBytes: Atomics.load(this.header, H_VALUE_TOP),
      versions: Atomics.load(this.header, H_VERSION_TOP),
      listWords: Atomics.load(this.header, H_LIST_TOP),
    };
  }

  /** Stores bytecode under its CODE location once (content-addressed: later puts are no-ops). */
  putCode(loc: number, code: Uint8Array): void {
    const base = loc * LOC_WORDS;
    if (Atomics.load(this.locs, base + L_VALUELEN) !== 0) return;
    this.lock(loc);
    try {
      if (this.locs[base + L_VALUELEN] !== 0) return;
      const off = this.allocValue(code);
      this.locs[base + L_VALUE] = off;
      Atomics.store(this.locs, base + L_VALUELEN, code.length + 1);
    } finally {
      this.unlock(loc);
    }
  }

  /** Copies `bytes` into the value arena (for value-validated reads); returns the offset. */
  stash(bytes: Uint8Array): number {
    return this.allocValue(bytes);
  }

  /** Bytecode stored under a CODE location, or undefined. */
  getCode(loc: number): Uint8Array | undefined {
    const base = loc * LOC_WORDS;
    const len = Atomics.load(this.locs, base + L_VALUELEN);
    if (len === 0) return undefined;
    const off = this.locs[base + L_VALUE]!;
    return this.values.slice(off, off + len - 1);
  }
}

/** FNV-1a of `key[from, to)` (32-bit). */
function fnv1a(key: Uint8Array, from = 0, to = key.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ key[i]!, 0x01000193);
  return h | 0;
}
