import type { StateChanges } from '../state/changes.js';
import type { AccountInfo, StateReader } from '../state/reader.js';
import { SnapshotState } from '../state/snapshot.js';
/**
 * An account as far as it is known: balance (wei), nonce, code hash (`0x` hex, absent for no
 * code), the slots fetched so far (slot → value, zeros included: a zero here is known zero) and
 * whether its whole storage is known to be empty (an account created in the run, or a proof's
 * `storageHash` was the empty-trie root).
 */
export interface KnownAccount {
    balance: bigint;
    nonce: bigint;
    codeHash?: string;
    /** EIP-7610: non-empty storage (from a proof's `storageHash`). */
    hasStorage?: boolean;
    storage: Map<bigint, bigint>;
    storageEmpty: boolean;
}
/**
 * The state at one block as far as the fetcher has learnt it: accounts (`null` = known not to
 * exist), bytecodes by code hash, ancestor hashes by number. Addresses lowercase `0x` hex.
 */
export declare class KnownState {
    readonly accounts: Map<string, KnownAccount | null>;
    readonly codes: Map<string, Uint8Array<ArrayBufferLike>>;
    readonly blockHashes: Map<bigint, Uint8Array<ArrayBufferLike>>;
    /**
     * Advances this state by a block's `changes` (its post-state becomes the next block's
     * pre-state); `hash` is the block's own hash at `number`.
     */
    applyChanges(changes: StateChanges, number: bigint, hash: Uint8Array): void;
}
/** What a {@link RecordingReader} was asked for and did not know. */
export interface Misses {
    accounts: Set<string>;
    /** address → slots. */
    slots: Map<string, Set<bigint>>;
    codes: Set<string>;
    blockHashes: Set<bigint>;
}
/** The number of missing items. */
export declare function missCount(m: Misses): number;
/**
 * A {@link StateReader} over a {@link KnownState} that answers what is not known as absent /
 * zero — so that one execution finds as many unknowns as it can — and records each such miss, and
 * every account and slot read (the block's pre-state, to write to the cache).
 */
export declare class RecordingReader implements StateReader {
    readonly known: KnownState;
    readonly misses: Misses;
    /** Accounts read (address → slots read). */
    readonly touched: Map<string, Set<bigint>>;
    readonly hashesRead: Set<bigint>;
    constructor(known: KnownState);
    account(address: string): AccountInfo | undefined;
    storage(address: string, slot: bigint): bigint;
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
    /**
     * The block's pre-state as a {@link SnapshotState}: every existing account read, with the
     * non-zero slots read, the codes they use and the ancestor hashes read.
     */
    preState(): SnapshotState;
    private touch;
}
