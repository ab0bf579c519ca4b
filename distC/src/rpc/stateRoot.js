import { hexToBytes } from '@ethereumjs/util';
import { WitnessNodeMissingError } from '../errors.js';
import { NodeStore } from '../state/witness/nodeStore.js';
import { postStateRoot } from '../state/witness/postStateRoot.js';
/**
 * The header's `stateRoot` checked on trie nodes (proofs or an execution witness) rooted at the
 * parent's `parentStateRoot`: the block's `changes` are applied to that partial trie
 * (`witnessPostStateRoot`'s computation) and the root compared with `expected`. When a node the
 * update needs is not among `nodes` (a branch collapsing onto a sibling no proof covers), the
 * root is reported `not-checked` with the reason — never guessed.
 * @returns the verdict and, when computed, the store holding the post-state's nodes (the next
 *   block's pre-state trie along the paths touched)
 */
export async function checkStateRoot(nodes, parentStateRoot, changes, expected, file) {
    const proven = NodeStore.fromNodes([...nodes], file);
    if (!proven.hasNode(parentStateRoot) && changes.length > 0)
        return { verdict: { status: 'not-checked', expected, reason: `no trie node of the parent's state root ${parentStateRoot} was fetched` } };
    const store = proven.fresh();
    try {
        const actual = await postStateRoot(proven, hexToBytes(parentStateRoot), changes, file, store);
        return { verdict: { status: actual === expected ? 'match' : 'mismatch', expected, actual }, store };
    }
    catch (e) {
        if (!(e instanceof WitnessNodeMissingError))
            throw e;
        return { verdict: { status: 'not-checked', expected, reason: `a trie node the update needs was not fetched: ${e.message}` } };
    }
}
//# sourceMappingURL=stateRoot.js.map