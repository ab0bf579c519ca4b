import type { StateChanges } from './changes.js';
import type { SnapshotState } from './snapshot.js';
import { type ExecutionWitness } from './witness/format.js';
import { type WitnessHeader } from './witness/headers.js';
import { NodeStore } from './witness/nodeStore.js';
import { WitnessState } from './witness/witnessState.js';
export type { ExecutionWitness } from './witness/format.js';
export type { WitnessHeader } from './witness/headers.js';
export type { NodeStore } from './witness/nodeStore.js';
export { WitnessState } from './witness/witnessState.js';
/**
 * A block with its execution witness, loaded: the pre-state is the parent's state trie
 * restricted to the witness's nodes.
 */
export interface LoadedWitness {
    /** The block as RPC JSON (header fields with `transactions`, `withdrawals`, `uncles`): `decodeBlock`'s input. */
    block: Record<string, unknown>;
    witness: ExecutionWitness;
    /** The parent header, from `witness.headers`; its `stateRoot` is the witness trie's root. */
    parentHeader: WitnessHeader;
    /**
     * Every account and slot of `witness.keys`, read from the trie, and those the block names
     * (coinbase, senders, recipients, access lists, withdrawals) where the nodes prove them; with
     * the witness's codes and the ancestors' hashes. Other reads answer "absent" / zero: see `strict`.
     */
    state: SnapshotState;
    /** The same pre-state, throwing `WitnessNotCoveredError` on a read the witness does not cover. */
    strict: WitnessState;
    /** The witness's trie nodes (for {@link witnessPostStateRoot}). */
    nodes: NodeStore;
    /** The file name used in error messages. */
    file: string;
}
/**
 * Loads a block and its execution witness (geth `debug_executionWitness` shape; fixtures
 * README, `witness/`: `{ blocks: [{ header, body }], witness: { state, keys, codes, headers } }`)
 * and reads every account and slot the witness lists (`keys`) from its trie nodes, rooted at the
 * parent header's `stateRoot`, and the accounts the block names that the nodes prove (a witness's
 * `keys` may leave out accounts that do not exist).
 * @param json the parsed file; `file` names it in error messages
 * @throws FixtureFormatError on malformed input (names the field: `witness.keys[3]`,
 *   `witness.headers`, ...), also when no header is the block's parent
 * @throws WitnessRootMismatchError when the parent's state root is not among the witness's nodes
 * @throws WitnessNodeMissingError when reading a key needs a node the witness lacks
 * @throws WitnessCodeMissingError when an account's code is not in `witness.codes`
 */
export declare function loadExecutionWitness(json: unknown, file?: string): Promise<LoadedWitness>;
/**
 * The state root after the block's `changes` (an execution's `BlockResult.stateChanges`),
 * recomputed on the witness's trie (Yellow Paper §4.1): each changed account is rewritten as
 * RLP [nonce, balance, storageRoot, codeHash] (unchanged fields kept), its storage trie (keys
 * keccak-256 of the 32-byte slot, values RLP) updated first — a zero value deletes the slot,
 * `storageCleared` starts from the empty trie — and a `deleted` account removed. With no changes
 * it is the parent's state root. `loaded` is not modified.
 * @returns the root, `0x` hex (32 bytes), to compare with the block header's `stateRoot`
 * @throws WitnessNodeMissingError when a change needs a node the witness lacks (names the trie:
 *   `account trie` or `storage trie of 0x…`, the key and the node's path)
 */
export declare function witnessPostStateRoot(loaded: LoadedWitness, changes: StateChanges): Promise<string>;
