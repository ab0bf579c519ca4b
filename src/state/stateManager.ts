import type { AccountFields, StateManagerInterface } from '@ethereumjs/common';
import { OriginalStorageCache } from '@ethereumjs/statemanager';
import { Account, Address, KECCAK256_NULL, KECCAK256_RLP, bigIntToUnpaddedBytes, bytesToBigInt, bytesToHex } from '@ethereumjs/util';
import { clearIfAny } from './clearIfAny.js';
import { fromHex } from './hex.js';
import { keccak256 as keccak_256 } from '../crypto/keccak.js';
import { CodeHashError } from '../errors.js';
import type { AccountChange, StateChanges } from './changes.js';
import type { StateReader } from './reader.js';

/**
 * An account as the overlay holds it. Objects are never mutated once stored (a write stores a new
 * one), so callers may keep a reference; `codeHashHex` caches `bytesToHex(codeHash)`.
 */
export interface AccountState {
  nonce: bigint;
  balance: bigint;
  codeHash: Uint8Array;
  storageRoot: Uint8Array;
  codeHashHex?: string;
}

/** Code hashes as bytes, by hex: a state manager reset per transaction (the workers') met the same contracts' hashes again and again. Shared: never mutated. */
const codeHashCache = new Map<string, Uint8Array>();

function codeHashBytes(hex: string): Uint8Array {
  let b = codeHashCache.get(hex);
  if (!b) {
    if (codeHashCache.size >= 100_000) codeHashCache.clear();
    codeHashCache.set(hex, (b = fromHex(hex)));
  }
  return b;
}

/** `0x` hex of an account's code hash (cached on the account object). */
export function codeHashHexOf(a: AccountState): string {
  return (a.codeHashHex ??= bytesToHex(a.codeHash));
}

const KECCAK256_NULL_HEX = bytesToHex(KECCAK256_NULL);

/** An account that does not exist yet, as written when it is created (shared: never mutated, as no stored account is). */
export const EMPTY_ACCOUNT: AccountState = { nonce: 0n, balance: 0n, codeHash: KECCAK256_NULL, storageRoot: KECCAK256_RLP, codeHashHex: KECCAK256_NULL_HEX };

/**
 * `a` with its balance set to `balance` wei (`a` null: {@link EMPTY_ACCOUNT} with it), as a new
 * object of one shape: an object spread (`{ ...a, balance }`) of accounts that differ in
 * `codeHashHex` went through V8's generic clone, once per transaction for the sender's refund and
 * the beneficiary's fee. The one way an account's balance is replaced: value transfers,
 * SELFDESTRUCT, the refund and the fee, the parallel merge.
 */
export function withBalance(a: AccountState | null, balance: bigint): AccountState {
  const b = a ?? EMPTY_ACCOUNT;
  return { nonce: b.nonce, balance, codeHash: b.codeHash, storageRoot: b.storageRoot, codeHashHex: b.codeHashHex };
}

/** The account has no code (its code hash is keccak-256 of nothing). */
export function isEmptyCodeHash(a: AccountState): boolean {
  return a.codeHash === KECCAK256_NULL || codeHashHexOf(a) === KECCAK256_NULL_HEX;
}

/** EIP-161: no code, nonce 0, balance 0. */
export function isEmptyAccount(a: AccountState): boolean {
  return a.nonce === 0n && a.balance === 0n && (a.codeHash === KECCAK256_NULL || codeHashHexOf(a) === KECCAK256_NULL_HEX);
}

type JournalEntry =
  | { kind: 'account'; address: string; prev: AccountState | null | undefined }
  | { kind: 'storage'; address: string; slot: bigint; prev: bigint | undefined }
  | { kind: 'clear'; address: string; wasCleared: boolean; prevStorage: Map<bigint, bigint> | undefined };

const ZERO32 = new Uint8Array(32);
/** Stands for the storage root of an account whose pre-state storage is not empty (not a real root). */
const NON_EMPTY_STORAGE_ROOT = new Uint8Array(32).fill(0xff);
const EMPTY = new Uint8Array(0);

/**
 * An `@ethereumjs/common` StateManagerInterface that executes on top of a {@link StateReader}:
 * every read falls through an in-memory, journaled write overlay to the reader; nothing is ever
 * written to the reader. `checkpoint`/`commit`/`revert` are the EVM's call-frame journal.
 *
 * The overlay is the block's state diff ({@link BlockStateManager.changes}). It holds no Merkle
 * trie: `getStateRoot` returns 32 zero bytes (pre-Byzantium receipts embed that placeholder; the
 * header check uses cumulative gas there) and storage roots read as the empty-trie root.
 *
 * Every operation also exists synchronously (`readAccount`, `writeAccount`, `readStorage`,
 * `writeStorage`, `writeCode`, `codeByHash`, `deleteAccountNow`, `clearStorageNow`,
 * `checkpointNow`/`commitNow`/`revertNow`): parevm's own EVM (`src/evm/`) works on the same overlay
 * without promises; the async methods are those, for `@ethereumjs/vm`.
 */
export class BlockStateManager implements StateManagerInterface {
  private readonly accounts = new Map<string, AccountState | null>();
  private readonly storage = new Map<string, Map<bigint, bigint>>();
  private readonly cleared = new Set<string>();
  private readonly codes = new Map<string, Uint8Array>();
  private readonly baseAccounts = new Map<string, AccountState | null>();
  private journal: JournalEntry[] = [];
  private checkpoints: number[] = [];
  readonly originalStorageCache: OriginalStorageCache;

  constructor(public reader: StateReader) {
    this.originalStorageCache = new OriginalStorageCache(this.getStorage.bind(this));
  }

  /** Drops every write and cached read and reads from `reader` from now on (reuse across transactions). */
  reset(reader: StateReader): void {
    this.reader = reader;
    clearIfAny(this.accounts);
    clearIfAny(this.storage);
    clearIfAny(this.cleared);
    clearIfAny(this.codes);
    clearIfAny(this.baseAccounts);
    this.journal = [];
    this.checkpoints = [];
    this.originalStorageCache.clear();
  }

  /** The write overlay (read-only use): what the transactions so far changed. */
  overlay(): {
    accounts: ReadonlyMap<string, { nonce: bigint; balance: bigint; codeHash: Uint8Array } | null>;
    storage: ReadonlyMap<string, ReadonlyMap<bigint, bigint>>;
    cleared: ReadonlySet<string>;
    codes: ReadonlyMap<string, Uint8Array>;
  } {
    return { accounts: this.accounts, storage: this.storage, cleared: this.cleared, codes: this.codes };
  }

  /**
   * Applies a transaction's net effect without journaling (block-end merge of parallel results):
   * storage clear first, then account fields, balance (absolute or `delta`), storage slots.
   */
  applyAccount(address: string, account: { nonce: bigint; codeHash: Uint8Array } | null, clearStorage: boolean): void {
    if (clearStorage) this.clear(address);
    if (account === null) {
      this.accounts.set(address, null);
      return;
    }
    const a = this.current(address);
    this.accounts.set(address, {
      nonce: account.nonce,
      balance: a?.balance ?? 0n,
      codeHash: account.codeHash,
      storageRoot: clearStorage ? KECCAK256_RLP : (a?.storageRoot ?? KECCAK256_RLP),
    });
  }
  /** Sets `address`'s balance to `value` wei, or adds `value` (negative: a debit) with `delta`; returns the balance set. */
  applyBalance(address: string, value: bigint, delta: boolean): bigint {
    const a = this.current(address);
    const next = withBalance(a, delta && a ? a.balance + value : value);
    this.accounts.set(address, next);
    return next.balance;
  }
  applyStorage(address: string, slot: bigint, value: bigint): void {
    let slots = this.storage.get(address);
    if (!slots) this.storage.set(address, (slots = new Map()));
    slots.set(slot, value);
  }
  applyCode(codeHash: string, code: Uint8Array): void {
    this.codes.set(codeHash, code);
  }

  /** The overlay's entry for `address` (undefined: none), for {@link restoreAccount}. */
  saveAccount(address: string): AccountState | null | undefined {
    return this.accounts.get(address);
  }
  /** Puts back an entry from {@link saveAccount}, unjournaled (system calls, outside transactions). */
  restoreAccount(address: string, saved: AccountState | null | undefined): void {
    if (saved === undefined) this.accounts.delete(address);
    else this.accounts.set(address, saved);
  }

  // --- accounts -----------------------------------------------------------------------------
  private base(address: string): AccountState | null {
    let acc = this.baseAccounts.get(address);
    if (acc === undefined) {
      const info = this.reader.account(address);
      acc = info
        ? {
            nonce: info.nonce,
            balance: info.balance,
            codeHash: info.codeHash ? codeHashBytes(info.codeHash) : KECCAK256_NULL,
            codeHashHex: info.codeHash ?? KECCAK256_NULL_HEX,
            // Only "empty or not" matters (EIP-7610 create collision); the root itself is never read.
            storageRoot: info.hasStorage ? NON_EMPTY_STORAGE_ROOT : KECCAK256_RLP,
          }
        : null;
      this.baseAccounts.set(address, acc);
    }
    return acc;
  }

  private current(address: string): AccountState | null {
    const o = this.accounts.get(address);
    return o !== undefined ? o : this.base(address);
  }

  private setAccount(address: string, next: AccountState | null): void {
    if (this.checkpoints.length) this.journal.push({ kind: 'account', address, prev: this.accounts.get(address) });
    this.accounts.set(address, next);
  }

  // --- synchronous interface ------------------------------------------------------------------
  /** The account at `address` (lowercase `0x` hex) now, or null if it does not exist. Do not mutate. */
  readAccount(address: string): AccountState | null {
    return this.current(address);
  }

  /** Sets (null: deletes, without clearing storage) the account at `address`; journaled. */
  writeAccount(address: string, next: AccountState | null): void {
    this.setAccount(address, next);
  }

  /** Deletes the account and clears its storage (self-destruct, EIP-161 cleanup); journaled. */
  deleteAccountNow(address: string): void {
    this.setAccount(address, null);
    this.clear(address);
  }

  /** Wipes the account's storage (contract creation); journaled. */
  clearStorageNow(address: string): void {
    this.clear(address);
  }

  /** The storage value at `slot` of `address` now (0 when absent). */
  readStorage(address: string, slot: bigint): bigint {
    return this.slotValue(address, slot);
  }

  /** Sets storage `slot` of `address`; journaled. */
  writeStorage(address: string, slot: bigint, value: bigint): void {
    let slots = this.storage.get(address);
    if (!slots) this.storage.set(address, (slots = new Map()));
    if (this.checkpoints.length) this.journal.push({ kind: 'storage', address, slot, prev: slots.get(slot) });
    slots.set(slot, value);
  }

  /**
   * The bytecode whose keccak-256 is `codeHash` (`0x` hex): written in this block or held by the
   * reader. Empty for the empty code hash.
   * @throws CodeHashError when neither holds it (`address` names the account in the message)
   */
  codeByHash(codeHash: string, address: string): Uint8Array {
    if (codeHash === KECCAK256_NULL_HEX) return EMPTY;
    const code = this.codes.get(codeHash) ?? this.reader.code(codeHash);
    if (code === undefined) throw new CodeHashError(codeHash, `no bytecode for account ${address}`);
    return code;
  }

  /** The code of the account at `address` (empty when it has none or does not exist). */
  readCode(address: string): Uint8Array {
    const a = this.current(address);
    if (!a || a.codeHash === KECCAK256_NULL) return EMPTY;
    return this.codeByHash(codeHashHexOf(a), address);
  }

  /**
   * Stores `code` (whose keccak-256 is `codeHash`, computed by the caller when not given) and sets
   * it as the code of `address` (creating the account if needed); journaled.
   */
  writeCode(address: string, code: Uint8Array, codeHash: Uint8Array = keccak_256(code)): void {
    const hex = bytesToHex(codeHash);
    this.codes.set(hex, code);
    const a = this.current(address);
    this.setAccount(address, {
      nonce: a?.nonce ?? 0n,
      balance: a?.balance ?? 0n,
      codeHash,
      codeHashHex: hex,
      storageRoot: a?.storageRoot ?? KECCAK256_RLP,
    });
  }

  /** Opens a journal checkpoint (call frame). */
  checkpointNow(): void {
    this.checkpoints.push(this.journal.length);
  }

  /** Keeps the changes since the last checkpoint. */
  commitNow(): void {
    this.checkpoints.pop();
    if (this.checkpoints.length === 0) this.journal = [];
  }

  /** Undoes the changes since the last checkpoint. */
  revertNow(): void {
    const to = this.checkpoints.pop() ?? 0;
    for (let i = this.journal.length - 1; i >= to; i--) {
      const e = this.journal[i]!;
      if (e.kind === 'account') {
        if (e.prev === undefined) this.accounts.delete(e.address);
        else this.accounts.set(e.address, e.prev);
      } else if (e.kind === 'storage') {
        const slots = this.storage.get(e.address);
        if (e.prev === undefined) slots?.delete(e.slot);
        else if (slots) slots.set(e.slot, e.prev);
        else this.storage.set(e.address, new Map([[e.slot, e.prev]]));
      } else {
        if (!e.wasCleared) this.cleared.delete(e.address);
        if (e.prevStorage) this.storage.set(e.address, e.prevStorage);
        else this.storage.delete(e.address);
      }
    }
    this.journal.length = to;
  }

  // --- StateManagerInterface (async, for @ethereumjs/vm) ---------------------------------------
  async getAccount(address: Address): Promise<Account | undefined> {
    const a = this.current(address.toString());
    return a ? new Account(a.nonce, a.balance, a.storageRoot, a.codeHash) : undefined;
  }

  async putAccount(address: Address, account?: Account): Promise<void> {
    this.setAccount(
      address.toString(),
      account ? { nonce: account.nonce, balance: account.balance, codeHash: account.codeHash, storageRoot: account.storageRoot } : null,
    );
  }

  async deleteAccount(address: Address): Promise<void> {
    this.deleteAccountNow(address.toString());
  }

  async modifyAccountFields(address: Address, fields: AccountFields): Promise<void> {
    const a = this.current(address.toString());
    this.setAccount(address.toString(), {
      nonce: fields.nonce ?? a?.nonce ?? 0n,
      balance: fields.balance ?? a?.balance ?? 0n,
      codeHash: fields.codeHash ?? a?.codeHash ?? KECCAK256_NULL,
      storageRoot: fields.storageRoot ?? a?.storageRoot ?? KECCAK256_RLP,
    });
  }

  async putCode(address: Address, value: Uint8Array): Promise<void> {
    this.writeCode(address.toString(), value);
  }

  async getCode(address: Address): Promise<Uint8Array> {
    return this.readCode(address.toString());
  }

  async getCodeSize(address: Address): Promise<number> {
    return (await this.getCode(address)).length;
  }

  private slotValue(address: string, slot: bigint): bigint {
    const v = this.storage.get(address)?.get(slot);
    if (v !== undefined) return v;
    if (this.cleared.has(address)) return 0n;
    return this.reader.storage(address, slot);
  }

  async getStorage(address: Address, key: Uint8Array): Promise<Uint8Array> {
    if (key.length !== 32) throw new Error('Storage key must be 32 bytes long');
    return bigIntToUnpaddedBytes(this.slotValue(address.toString(), bytesToBigInt(key)));
  }

  async putStorage(address: Address, key: Uint8Array, value: Uint8Array): Promise<void> {
    if (key.length !== 32) throw new Error('Storage key must be 32 bytes long');
    this.writeStorage(address.toString(), bytesToBigInt(key), bytesToBigInt(value));
  }

  private clear(address: string): void {
    if (this.checkpoints.length)
      this.journal.push({
        kind: 'clear',
        address,
        wasCleared: this.cleared.has(address),
        prevStorage: this.storage.get(address),
      });
    this.cleared.add(address);
    this.storage.delete(address);
  }

  async clearStorage(address: Address): Promise<void> {
    this.clear(address.toString());
  }

  async checkpoint(): Promise<void> {
    this.checkpointNow();
  }

  async commit(): Promise<void> {
    this.commitNow();
  }

  async revert(): Promise<void> {
    this.revertNow();
  }

  // --- roots and copies ---------------------------------------------------------------------
  async getStateRoot(): Promise<Uint8Array> {
    return ZERO32;
  }
  async setStateRoot(): Promise<void> {
    throw new Error('BlockStateManager: setStateRoot is not supported (no trie)');
  }
  async hasStateRoot(): Promise<boolean> {
    return false;
  }
  clearCaches(): void {}
  shallowCopy(): StateManagerInterface {
    return new BlockStateManager(this.reader);
  }

  // --- the diff -----------------------------------------------------------------------------
  /**
   * Post-state values that differ from the reader, ascending by address and slot. Valid between
   * transactions (no open checkpoint).
   */
  changes(): StateChanges {
    const addresses = new Set<string>(this.accounts.keys());
    for (const a of this.storage.keys()) addresses.add(a);
    for (const a of this.cleared) addresses.add(a);
    const out: AccountChange[] = [];
    for (const address of [...addresses].sort()) {
      const before = this.base(address);
      const after = this.current(address);
      const change: AccountChange = { address, deleted: false, storageCleared: false, storage: [] };
      let changed = false;
      if (!after) {
        if (before) change.deleted = changed = true;
      } else {
        if (!before || before.balance !== after.balance) (change.balance = after.balance), (changed = true);
        if (!before || before.nonce !== after.nonce) (change.nonce = after.nonce), (changed = true);
        // The same hash object (a balance or nonce write keeps it) is the same hash: no hex to compare.
        if (!before || (before.codeHash !== after.codeHash && codeHashHexOf(before) !== codeHashHexOf(after))) {
          const ah = codeHashHexOf(after);
          change.codeHash = ah;
          change.code = ah === KECCAK256_NULL_HEX ? EMPTY : (this.codes.get(ah) ?? this.reader.code(ah));
          changed = true;
        }
      }
      if (after && this.cleared.has(address) && before) {
        change.storageCleared = changed = true;
      }
      if (after) {
        const slots = this.storage.get(address);
        if (slots) {
          for (const slot of [...slots.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
            const v = slots.get(slot)!;
            const prior = change.storageCleared ? 0n : this.reader.storage(address, slot);
            if (v !== prior) change.storage.push([slot, v]), (changed = true);
          }
        }
      }
      if (changed) out.push(change);
    }
    return out;
  }
}

export { Address };
