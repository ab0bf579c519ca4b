import type { AccountFields, StateManagerInterface } from '@ethereumjs/common';
import { OriginalStorageCache } from '@ethereumjs/statemanager';
import { Account, Address } from '@ethereumjs/util';
import type { StateChanges } from './changes.js';
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
/** `0x` hex of an account's code hash (cached on the account object). */
export declare function codeHashHexOf(a: AccountState): string;
/** The account has no code (its code hash is keccak-256 of nothing). */
export declare function isEmptyCodeHash(a: AccountState): boolean;
/** EIP-161: no code, nonce 0, balance 0. */
export declare function isEmptyAccount(a: AccountState): boolean;
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
export declare class BlockStateManager implements StateManagerInterface {
    reader: StateReader;
    private readonly accounts;
    private readonly storage;
    private readonly cleared;
    private readonly codes;
    private readonly baseAccounts;
    private journal;
    private checkpoints;
    readonly originalStorageCache: OriginalStorageCache;
    constructor(reader: StateReader);
    /** Drops every write and cached read and reads from `reader` from now on (reuse across transactions). */
    reset(reader: StateReader): void;
    /** The write overlay (read-only use): what the transactions so far changed. */
    overlay(): {
        accounts: ReadonlyMap<string, {
            nonce: bigint;
            balance: bigint;
            codeHash: Uint8Array;
        } | null>;
        storage: ReadonlyMap<string, ReadonlyMap<bigint, bigint>>;
        cleared: ReadonlySet<string>;
        codes: ReadonlyMap<string, Uint8Array>;
    };
    /**
     * Applies a transaction's net effect without journaling (block-end merge of parallel results):
     * storage clear first, then account fields, balance (absolute or `delta`), storage slots.
     */
    applyAccount(address: string, account: {
        nonce: bigint;
        codeHash: Uint8Array;
    } | null, clearStorage: boolean): void;
    /** Sets `address`'s balance to `value` wei, or adds `value` (negative: a debit) with `delta`; returns the balance set. */
    applyBalance(address: string, value: bigint, delta: boolean): bigint;
    applyStorage(address: string, slot: bigint, value: bigint): void;
    applyCode(codeHash: string, code: Uint8Array): void;
    /** The overlay's entry for `address` (undefined: none), for {@link restoreAccount}. */
    saveAccount(address: string): AccountState | null | undefined;
    /** Puts back an entry from {@link saveAccount}, unjournaled (system calls, outside transactions). */
    restoreAccount(address: string, saved: AccountState | null | undefined): void;
    private base;
    private current;
    private setAccount;
    /** The account at `address` (lowercase `0x` hex) now, or null if it does not exist. Do not mutate. */
    readAccount(address: string): AccountState | null;
    /** Sets (null: deletes, without clearing storage) the account at `address`; journaled. */
    writeAccount(address: string, next: AccountState | null): void;
    /** Deletes the account and clears its storage (self-destruct, EIP-161 cleanup); journaled. */
    deleteAccountNow(address: string): void;
    /** Wipes the account's storage (contract creation); journaled. */
    clearStorageNow(address: string): void;
    /** The storage value at `slot` of `address` now (0 when absent). */
    readStorage(address: string, slot: bigint): bigint;
    /** Sets storage `slot` of `address`; journaled. */
    writeStorage(address: string, slot: bigint, value: bigint): void;
    /**
     * The bytecode whose keccak-256 is `codeHash` (`0x` hex): written in this block or held by the
     * reader. Empty for the empty code hash.
     * @throws CodeHashError when neither holds it (`address` names the account in the message)
     */
    codeByHash(codeHash: string, address: string): Uint8Array;
    /** The code of the account at `address` (empty when it has none or does not exist). */
    readCode(address: string): Uint8Array;
    /**
     * Stores `code` (whose keccak-256 is `codeHash`, computed by the caller when not given) and sets
     * it as the code of `address` (creating the account if needed); journaled.
     */
    writeCode(address: string, code: Uint8Array, codeHash?: Uint8Array): void;
    /** Opens a journal checkpoint (call frame). */
    checkpointNow(): void;
    /** Keeps the changes since the last checkpoint. */
    commitNow(): void;
    /** Undoes the changes since the last checkpoint. */
    revertNow(): void;
    getAccount(address: Address): Promise<Account | undefined>;
    putAccount(address: Address, account?: Account): Promise<void>;
    deleteAccount(address: Address): Promise<void>;
    modifyAccountFields(address: Address, fields: AccountFields): Promise<void>;
    putCode(address: Address, value: Uint8Array): Promise<void>;
    getCode(address: Address): Promise<Uint8Array>;
    getCodeSize(address: Address): Promise<number>;
    private slotValue;
    getStorage(address: Address, key: Uint8Array): Promise<Uint8Array>;
    putStorage(address: Address, key: Uint8Array, value: Uint8Array): Promise<void>;
    private clear;
    clearStorage(address: Address): Promise<void>;
    checkpoint(): Promise<void>;
    commit(): Promise<void>;
    revert(): Promise<void>;
    getStateRoot(): Promise<Uint8Array>;
    setStateRoot(): Promise<void>;
    hasStateRoot(): Promise<boolean>;
    clearCaches(): void;
    shallowCopy(): StateManagerInterface;
    /**
     * Post-state values that differ from the reader, ascending by address and slot. Valid between
     * transactions (no open checkpoint).
     */
    changes(): StateChanges;
}
export { Address };
