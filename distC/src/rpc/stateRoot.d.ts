import type { StateChanges } from '../state/changes.js';
import { NodeStore } from '../state/witness/nodeStore.js';
import type { FieldVerdict } from '../verify/header.js';
/**
 * The header's `stateRoot` checked on trie nodes (proofs or an execution witness) rooted at the
 * parent's `parentStateRoot`: the block's `changes` are applied to that partial trie
 * (`witnessPostStateRoot`'s computation) and the root compared with `expected`. When a node the
 * update needs is not among `nodes` (a branch collapsing onto a sibling no proof covers), the
 * root is reported `not-checked` with the reason — never guessed.
 * @returns the verdict and, when computed, the store holding the post-state's nodes (the next
 *   block's pre-state trie along the paths touched)
 */
export declare function checkStateRoot(nodes: Iterable<Uint8Array>, parentStateRoot: string, changes: StateChanges, expected: string, file: string): Promise<{
    verdict: FieldVerdict;
    store?: NodeStore;
}>;
