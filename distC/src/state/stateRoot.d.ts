import type { Log } from '../types.js';
import type { SnapshotState } from './snapshot.js';
/**
 * Root of one account's storage trie (Yellow Paper §4.1, "storageRoot"): key keccak-256 of the
 * 32-byte slot, value the RLP of the value without leading zeros; zero values are absent.
 * `storage`: slot → value (u256).
 */
export declare function storageRoot(storage: ReadonlyMap<bigint, bigint>): Promise<Uint8Array>;
/**
 * The state root (Yellow Paper §4.1) of a full state: the secure trie of every account,
 * key keccak-256(address), value RLP [nonce, balance (wei), storageRoot, codeHash].
 * Only meaningful when `state` holds the whole state (a genesis, a consensus test's `pre`, or
 * one of them with blocks' changes applied: {@link SnapshotState.withChanges}) — the mainnet
 * fixtures' partial pre-states cannot give it.
 * `storageRoots`: storage roots already computed (e.g. on worker threads), by address.
 * @returns the root, `0x` hex (32 bytes)
 */
export declare function stateRoot(state: SnapshotState, storageRoots?: ReadonlyMap<string, Uint8Array>): Promise<string>;
/**
 * The logs hash that state tests check (ethereum/tests "General State Tests", `post[].logs`):
 * keccak-256 of the RLP list of every log as [address, [topics], data], in execution order.
 * @returns `0x` hex (32 bytes)
 */
export declare function logsHash(logs: Log[]): string;
