import { BytesBoundedMap } from './bytesBoundedMap.js';
import { fromHex, fromHexInto, toHex } from './hex.js';
import type { AccountInfo, StateReader } from './reader.js';
import type { SnapshotState } from './snapshot.js';
import { readU256, writeU256 } from './u256.js';
import { alignTo8, sharedBufferOf, zeroShared } from './sharedBuffer.js';

/**
 * A pre-state encoded once per block into a SharedArrayBuffer that every worker reads in place
 * (no parse, no copy per worker): an open-addressing table of accounts, each pointing at its
 * storage slots sorted by slot (binary search), the code blobs, and the ancestor hashes.
 *
 * Layout (little-endian Int32 header, then regions):
 *   header   [accounts, capacity, storageCount, codeCount, hashCount, codeBytes]
 *   table    capacity × 80 B: used u8 · address 20 · balance 32 · nonce u64 · codeIdx i32 · storageStart i32 · storageCount i32
 *   storage  storageCount × 64 B: slot 32 · value 32 (big-endian)
 *   codes    codeCount × 40 B: hash 32 · offset u32 · length u32, then the code bytes, each
 *            blob starting at a multiple of 8 ({@link alignTo8}: a block's pre-state holds
 *            0.5–1.6 MB of code, copied in by the coordinator and out by each worker; mainnet
 *            19426586's 1.6 MB took 0.44–0.80 ms to copy in unaligned, 0.10–0.14 ms aligned)
 *   hashes   hashCount × 40 B: number f64 · hash 32
 */
const HEADER = 32;
const ENTRY = 80;

function hashAddress(bytes: Uint8Array, at: number): number {
  // Addresses are already uniformly distributed: use four of their bytes.
  return ((bytes[at + 16]! << 24) | (bytes[at + 17]! << 16) | (bytes[at + 18]! << 8) | bytes[at + 19]!) >>> 0;
}

/**
 * Encodes `state` into a SharedArrayBuffer for {@link SharedSnapshotReader}.
 * @param reuse - a buffer of at least the given bytes to encode into instead of a new one (or
 *   undefined): a fresh buffer page-faults on the first touch of each page, 8.6 ms for 2 MB here
 */
export function encodeSharedSnapshot(state: SnapshotState, reuse?: (bytes: number) => SharedArrayBuffer | undefined): SharedArrayBuffer {
  const addresses = [...state.addresses()];
  let capacity = 16;
  while (capacity < addresses.length * 2) capacity *= 2;
  let storageCount = 0;
  for (const a of addresses) storageCount += state.storageOf(a).size;
  const codes = state.codeEntries();
  const codeIndex = new Map<string, number>();
  let codeBytes = 0;
  codes.forEach(([h, c], i) => {
    codeIndex.set(h, i), (codeBytes += alignTo8(c.length));
  });
  const hashes = state.blockHashEntries();

  const tableAt = HEADER;
  const storageAt = tableAt + capacity * ENTRY;
  const codeDirAt = storageAt + storageCount * 64;
  const codeBlobAt = codeDirAt + codes.length * 40;
  const hashesAt = codeBlobAt + codeBytes;
  const total = hashesAt + hashes.length * 40;
  const { buffer, reused } = sharedBufferOf(total, reuse);
  const u8 = new Uint8Array(buffer);
  // Probing reads each entry's used byte: a reused table starts empty. Every other byte read is written below.
  if (reused) zeroShared(buffer, 0, storageAt);
  const dv = new DataView(buffer);
  [addresses.length, capacity, storageCount, codes.length, hashes.length, codeBytes].forEach((v, i) => {
    dv.setInt32(i * 4, v, true);
  });

  let slotAt = 0;
  for (const address of addresses) {
    const addr = fromHex(address);
    let i = hashAddress(addr, 0) & (capacity - 1);
    while (u8[tableAt + i * ENTRY] === 1) i = (i + 1) & (capacity - 1);
    const e = tableAt + i * ENTRY;
    const info = state.account(address)!;
    u8[e] = 1;
    u8.set(addr, e + 1);
    writeU256(u8, e + 21, info.balance);
    dv.setBigUint64(e + 53, info.nonce, true);
    dv.setInt32(e + 61, info.codeHash ? codeIndex.get(info.codeHash)! : -1, true);
    const slots = [...state.storageOf(address)].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    dv.setInt32(e + 65, slotAt, true);
    dv.setInt32(e + 69, slots.length, true);
    for (const [k, v] of slots) {
      writeU256(u8, storageAt + slotAt * 64, k);
      writeU256(u8, storageAt + slotAt * 64 + 32, v);
      slotAt++;
    }
  }
  let blob = codeBlobAt;
  codes.forEach(([h, c], i) => {
    const d = codeDirAt + i * 40;
    u8.set(fromHex(h), d);
    dv.setUint32(d + 32, blob, true);
    dv.setUint32(d + 36, c.length, true);
    u8.set(c, blob);
    blob += alignTo8(c.length);
  });
  hashes.forEach(([n, h], i) => {
    dv.setFloat64(hashesAt + i * 40, Number(n), true);
    u8.set(h, hashesAt + i * 40 + 8);
  });
  return buffer;
}

/** Most bytes of code {@link copiedCodes} keeps: 32 MiB, about 1,300 contracts of the 24 KiB maximum (EIP-170). */
export const MAX_COPIED_CODE_BYTES = 32 << 20;

/**
 * Code copied out of snapshot buffers, by code hash, kept across blocks (code is immutable under
 * its hash): a worker reads a new buffer every block, and copying each contract out of it again
 * was 4–5% of a worker's CPU profile on mainnet 13217637 (`code` here: 160 ms of self time in 60
 * blocks, beside 716 in the interpreter), and as many off-heap allocations to free.
 */
const copiedCodes = new BytesBoundedMap<Uint8Array>(MAX_COPIED_CODE_BYTES, (code) => code.length);

/**
 * A {@link StateReader} over an encoded snapshot, read in place. Same meaning as the snapshot it
 * was encoded from: an absent account does not exist, an absent slot is zero.
 */
export class SharedSnapshotReader implements StateReader {
  private readonly u8: Uint8Array;
  private readonly dv: DataView;
  private readonly capacity: number;
  private readonly storageAt: number;
  /** Code hash → offset of its directory entry. */
  private readonly codeDir = new Map<string, number>();
  private readonly codes = new Map<string, Uint8Array>();
  private readonly hashes = new Map<bigint, Uint8Array>();
  private readonly entries = new Map<string, number>();
  /** Decoded reads, kept for the block: a worker reads the same hot accounts and slots in many transactions. */
  private readonly accounts = new Map<string, AccountInfo | undefined>();
  private readonly slots = new Map<string, Map<bigint, bigint>>();
  private readonly slotKey = new Uint8Array(32);
  private readonly addressScratch = Buffer.alloc(20);
  private readonly slotKeyView = new DataView(this.slotKey.buffer);

  constructor(buffer: SharedArrayBuffer) {
    this.u8 = new Uint8Array(buffer);
    this.dv = new DataView(buffer);
    const [, capacity, storageCount, codeCount, hashCount, codeBytes] = [0, 1, 2, 3, 4, 5].map((i) => this.dv.getInt32(i * 4, true));
    this.capacity = capacity!;
    this.storageAt = HEADER + this.capacity * ENTRY;
    const codeDirAt = this.storageAt + storageCount! * 64;
    for (let i = 0; i < codeCount!; i++) this.codeDir.set(toHex(this.u8.subarray(codeDirAt + i * 40, codeDirAt + i * 40 + 32)), codeDirAt + i * 40);
    const hashesAt = codeDirAt + codeCount! * 40 + codeBytes!;
    for (let i = 0; i < hashCount!; i++) {
      const at = hashesAt + i * 40;
      this.hashes.set(BigInt(this.dv.getFloat64(at, true)), this.u8.slice(at + 8, at + 40));
    }
  }

  /** Table offset of `address`'s entry, or -1. */
  private entry(address: string): number {
    let e = this.entries.get(address);
    if (e !== undefined) return e;
    // Decoded into a scratch buffer: no allocation per address.
    const addr = this.addressScratch;
    e = -1;
    // Not 40 hex digits (never from parevm itself): no account, rather than a stale scratch byte.
    if (fromHexInto(address, addr) !== 20) {
      this.entries.set(address, e);
      return e;
    }
    for (let i = hashAddress(addr, 0) & (this.capacity - 1); ; i = (i + 1) & (this.capacity - 1)) {
      const at = HEADER + i * ENTRY;
      if (this.u8[at] !== 1) break;
      let same = true;
      for (let k = 0; k < 20 && same; k++) same = this.u8[at + 1 + k] === addr[k];
      if (same) {
        e = at;
        break;
      }
    }
    this.entries.set(address, e);
    return e;
  }

  /** The account at `address` (shared between calls: do not mutate). */
  account(address: string): AccountInfo | undefined {
    let info = this.accounts.get(address);
    if (info === undefined && !this.accounts.has(address)) this.accounts.set(address, (info = this.decodeAccount(address)));
    return info;
  }

  private decodeAccount(address: string): AccountInfo | undefined {
    const e = this.entry(address);
    if (e < 0) return undefined;
    const codeIdx = this.dv.getInt32(e + 61, true);
    const nonce = this.dv.getBigUint64(e + 53, true);
    const info: AccountInfo = {
      balance: readU256(this.u8, e + 21),
      nonce,
      codeHash: codeIdx < 0 ? undefined : this.codeHashAt(codeIdx),
    };
    if (nonce === 0n && codeIdx < 0 && this.hasNonZeroSlot(e)) info.hasStorage = true;
    return info;
  }

  private hasNonZeroSlot(e: number): boolean {
    const from = this.dv.getInt32(e + 65, true);
    const to = from + this.dv.getInt32(e + 69, true);
    for (let i = from; i < to; i++) if (readU256(this.u8, this.storageAt + i * 64 + 32) !== 0n) return true;
    return false;
  }

  private codeHashAt(i: number): string {
    const storageCount = this.dv.getInt32(8, true);
    const d = this.storageAt + storageCount * 64 + i * 40;
    return toHex(this.u8.subarray(d, d + 32));
  }

  storage(address: string, slot: bigint): bigint {
    let slots = this.slots.get(address);
    if (!slots) this.slots.set(address, (slots = new Map()));
    let value = slots.get(slot);
    if (value === undefined) slots.set(slot, (value = this.findSlot(address, slot)));
    return value;
  }

  /** Binary search of `address`'s sorted slots in the table. */
  private findSlot(address: string, slot: bigint): bigint {
    const e = this.entry(address);
    if (e < 0) return 0n;
    let lo = this.dv.getInt32(e + 65, true);
    let hi = lo + this.dv.getInt32(e + 69, true) - 1;
    // Keys compared as 32 big-endian bytes, word by word: no bigint per probe.
    const target = this.slotKey;
    writeU256(target, 0, slot);
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.storageAt + mid * 64;
      let cmp = 0;
      for (let w = 0; w < 32 && cmp === 0; w += 4) cmp = this.dv.getUint32(at + w) - this.slotKeyView.getUint32(w);
      if (cmp === 0) return readU256(this.u8, at + 32);
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0n;
  }

  /**
   * The code with hash `codeHash` if the snapshot holds it, copied out of the buffer (the EVM
   * keeps code by hash beyond the block, in its analysis cache, and the buffer may be reused for
   * the next block) once per thread: copies are kept across blocks ({@link copiedCodes}).
   */
  code(codeHash: string): Uint8Array | undefined {
    let code = this.codes.get(codeHash);
    if (code === undefined) {
      const d = this.codeDir.get(codeHash);
      if (d === undefined) return undefined;
      code = copiedCodes.get(codeHash);
      if (code === undefined) {
        const off = this.dv.getUint32(d + 32, true);
        copiedCodes.set(codeHash, (code = this.u8.slice(off, off + this.dv.getUint32(d + 36, true))));
      }
      this.codes.set(codeHash, code);
    }
    return code;
  }

  blockHash(number: bigint): Uint8Array | undefined {
    return this.hashes.get(number);
  }
}
