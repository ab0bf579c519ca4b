import { SnapshotState } from '../snapshot.js';
import type { ExecutionWitness } from './format.js';
import type { NodeStore } from './nodeStore.js';
/**
 * What a witness proves about one account: the slots read from its storage trie, and whether
 * its storage is empty (or the account absent), in which case every slot is proven zero.
 */
export interface CoveredAccount {
    slots: ReadonlySet<bigint>;
    storageEmpty: boolean;
}
/**
 * Reads every address and slot of `witness.keys` from the witness trie rooted at `stateRoot`
 * into a {@link SnapshotState}: balance, nonce, code hash, non-zero slots, and `hasStorage` for
 * an account whose storage root is not the empty-trie root. The snapshot holds every code of
 * `witness.codes` and the ancestors' hashes `blockHashes`.
 *
 * `keys` need not list accounts that do not exist (ethrex's do not: a transaction's fresh `to`
 * is missing), so the accounts in `extra` (those the block names) are read too when the nodes
 * prove them; one they do not prove is left out, not an error.
 * @returns the snapshot and, by address (lowercase `0x` hex), what the witness covers
 * @throws WitnessNodeMissingError when a key's path needs a node the witness lacks
 * @throws WitnessCodeMissingError when a listed account's code is not in `witness.codes`
 */
export declare function prefetch(store: NodeStore, stateRoot: Uint8Array, witness: ExecutionWitness, extra: Map<string, Set<bigint>>, blockHashes: Map<bigint, Uint8Array>, file: string): Promise<{
    state: SnapshotState;
    coverage: Map<string, CoveredAccount>;
}>;
