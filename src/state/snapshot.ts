import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import { fromHexPadded } from './hex.js';
import { CodeHashError, FixtureFormatError } from '../errors.js';
import { asAddress, asHash, asHex, asObject, asQuantity } from '../block/json.js';
import type { StateChanges } from './changes.js';
import type { AccountInfo, StateReader } from './reader.js';

/** keccak-256 of the empty string: the code hash of an account without code. */
export const KECCAK256_NULL_HEX = '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470';

/** An account of a {@link SnapshotState}: its fields and the storage held (slot → non-zero value). */
export interface SnapshotAccount extends AccountInfo {
  storage: Map<bigint, bigint>;
}

/**
 * In-memory {@link StateReader} over a pre-state snapshot. An account absent from the snapshot
 * does not exist; a slot absent from an account's storage is zero (see {@link StateReader}).
 */
export class SnapshotState implements StateReader {
  constructor(
    private readonly accounts: Map<string, SnapshotAccount>,
    private readonly codes: Map<string, Uint8Array>,
    private readonly blockHashes: Map<bigint, Uint8Array>,
  ) {}

  account(address: string): AccountInfo | undefined {
    const a = this.accounts.get(address);
    if (a && a.nonce === 0n && a.codeHash === undefined && a.storage.size > 0 && hasNonZero(a.storage)) {
      return { balance: a.balance, nonce: a.nonce, hasStorage: true };
    }
    return a;
  }
  storage(address: string, slot: bigint): bigint {
    return this.accounts.get(address)?.storage.get(slot) ?? 0n;
  }
  code(codeHash: string): Uint8Array | undefined {
    return this.codes.get(codeHash);
  }
  blockHash(number: bigint): Uint8Array | undefined {
    return this.blockHashes.get(number);
  }
  /** Addresses held by the snapshot, in insertion order. */
  addresses(): IterableIterator<string> {
    return this.accounts.keys();
  }
  /** Storage held for `address` (slot → value), for encoding and state roots. */
  storageOf(address: string): ReadonlyMap<bigint, bigint> {
    return this.accounts.get(address)?.storage ?? new Map();
  }
  /**
   * The snapshot in the fixture JSON format ({@link SnapshotJson}), for handing to worker threads;
   * `parseSnapshot(json, { trusted: true })` rebuilds it without re-hashing the code.
   */
  toJson(): SnapshotJson {
    const preState: Record<string, unknown> = {};
    const bytecodes: Record<string, string> = {};
    const hex = (v: bigint) => `0x${v.toString(16)}`;
    for (const [address, a] of this.accounts) {
      const storage: Record<string, string> = {};
      for (const [k, v] of a.storage) storage[hex(k)] = hex(v);
      preState[address] = { balance: hex(a.balance), nonce: hex(a.nonce), ...(a.codeHash ? { code_hash: a.codeHash } : {}), storage };
    }
    for (const [h, code] of this.codes) bytecodes[h] = bytesToHex(code);
    const blockHashes: Record<string, string> = {};
    for (const [n, h] of this.blockHashes) blockHashes[n.toString()] = bytesToHex(h);
    return { preState, bytecodes, blockHashes };
  }

  /** Every bytecode held, as [code hash, code]. */
  codeEntries(): [string, Uint8Array][] {
    return [...this.codes];
  }
  /** Every ancestor hash held, as [number, hash]. */
  blockHashEntries(): [bigint, Uint8Array][] {
    return [...this.blockHashes];
  }

  /**
   * A new snapshot: this one with a block's `changes` applied (deleted accounts removed, wiped
   * storage cleared, zero slots dropped) and `blockHashes` added. This snapshot is not modified;
   * unchanged accounts' storage maps are shared with it.
   */
  withChanges(changes: StateChanges, blockHashes: [bigint, Uint8Array][] = []): SnapshotState {
    const accounts = new Map(this.accounts);
    const codes = new Map(this.codes);
    for (const c of changes) {
      if (c.deleted) {
        accounts.delete(c.address);
        continue;
      }
      const before = accounts.get(c.address);
      const storage = c.storageCleared || !before ? new Map<bigint, bigint>() : new Map(before.storage);
      for (const [slot, value] of c.storage) {
        if (value === 0n) storage.delete(slot);
        else storage.set(slot, value);
      }
      let codeHash = before?.codeHash;
      if (c.codeHash !== undefined) {
        codeHash = c.codeHash === KECCAK256_NULL_HEX ? undefined : c.codeHash;
        if (codeHash !== undefined && c.code) codes.set(codeHash, c.code);
      }
      accounts.set(c.address, { balance: c.balance ?? before?.balance ?? 0n, nonce: c.nonce ?? before?.nonce ?? 0n, codeHash, storage });
    }
    return new SnapshotState(accounts, codes, new Map([...this.blockHashes, ...blockHashes]));
  }

  get accountCount(): number {
    return this.accounts.size;
  }
}

/** Inputs of {@link parseSnapshot}: the three JSON documents of the fixture format, parsed. */
export interface SnapshotJson {
  preState: unknown;
  /** `{ code_hash: "0x<bytecode>" }`; may hold more codes than the pre-state references. */
  bytecodes: unknown;
  /** `{ "<number>": "0x<hash>" }` */
  blockHashes: unknown;
  /** File names used in error messages. */
  files?: { preState?: string; bytecodes?: string; blockHashes?: string };
}

/**
 * Builds a {@link SnapshotState} from the fixture JSON (fixtures README, mainnet/).
 * Each referenced code hash is checked: it must have bytecode, and keccak-256(bytecode) must equal it.
 * Zero storage values are dropped (absent = zero); storage keys may be minimal hex.
 * @throws FixtureFormatError on a field of the wrong type or non-hex value (names file and field)
 * @throws CodeHashError on a code_hash without bytecode or with mismatching bytecode
 */
export function parseSnapshot(input: SnapshotJson, options: { trusted?: boolean } = {}): SnapshotState {
  const f = { preState: 'pre_state.json', bytecodes: 'bytecodes.json', blockHashes: 'block_hashes.json', ...input.files };
  const pre = asObject(input.preState, f.preState, '');
  const codeTable = asObject(input.bytecodes, f.bytecodes, '');
  const accounts = new Map<string, SnapshotAccount>();
  const codes = new Map<string, Uint8Array>();
  for (const [rawAddress, rawAccount] of Object.entries(pre)) {
    const address = asAddress(rawAddress, f.preState, `key ${rawAddress}`);
    const where = `${rawAddress}`;
    const acc = asObject(rawAccount, f.preState, where);
    const balance = asQuantity(acc.balance, f.preState, `${where}.balance`);
    const nonce = asQuantity(acc.nonce, f.preState, `${where}.nonce`);
    let codeHash: string | undefined;
    if (acc.code_hash !== undefined && acc.code_hash !== null) {
      codeHash = asHash(acc.code_hash, f.preState, `${where}.code_hash`);
      if (codeHash === KECCAK256_NULL_HEX) codeHash = undefined;
    }
    if (codeHash !== undefined && !codes.has(codeHash)) {
      const raw = codeTable[codeHash] ?? findCaseInsensitive(codeTable, codeHash);
      codes.set(codeHash, options.trusted ? hexToBytes(raw as `0x${string}`) : checkedCode(codeHash, raw, f.bytecodes));
    }
    const storage = new Map<bigint, bigint>();
    if (acc.storage !== undefined) {
      for (const [k, v] of Object.entries(asObject(acc.storage, f.preState, `${where}.storage`))) {
        const slot = asQuantity(k, f.preState, `${where}.storage key ${k}`);
        const value = asQuantity(v, f.preState, `${where}.storage[${k}]`);
        if (value !== 0n) storage.set(slot, value);
      }
    }
    accounts.set(address, { balance, nonce, codeHash, storage });
  }
  const hashes = new Map<bigint, Uint8Array>();
  for (const [k, v] of Object.entries(asObject(input.blockHashes, f.blockHashes, ''))) {
    if (!/^[0-9]+$/.test(k)) throw new FixtureFormatError(f.blockHashes, `key ${k}`, 'expected a decimal block number');
    hashes.set(BigInt(k), hexToBytes(asHash(v, f.blockHashes, k) as `0x${string}`));
  }
  return new SnapshotState(accounts, codes, hashes);
}

function checkedCode(codeHash: string, raw: unknown, file: string): Uint8Array {
  if (raw === undefined) throw new CodeHashError(codeHash, 'no bytecode for this hash', file);
  const hex = asHex(raw, file, codeHash);
  // Hex checked just above, so through Node's decoder (into a plain Uint8Array); an odd digit count
  // is padded at the front, as @ethereumjs/util's hexToBytes does. Its second regular expression
  // and @noble/hashes' keccak took half the time of loading the mainnet fixtures.
  const code = new Uint8Array(fromHexPadded(hex));
  const actual = bytesToHex(keccak256(code));
  if (actual !== codeHash) throw new CodeHashError(codeHash, `bytecode hashes to ${actual}`, file);
  return code;
}

function findCaseInsensitive(table: Record<string, unknown>, key: string): unknown {
  for (const [k, v] of Object.entries(table)) if (k.toLowerCase() === key) return v;
  return undefined;
}

function hasNonZero(storage: Map<bigint, bigint>): boolean {
  for (const v of storage.values()) if (v !== 0n) return true;
  return false;
}
