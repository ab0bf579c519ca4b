import type { StateChanges } from '../changes.js';
import type { NodeStore } from './nodeStore.js';
/**
 * `witnessPostStateRoot` on the witness's trie `nodes` rooted at `stateRoot`. The witness's
 * nodes are not modified: the updates go to `store` (default a fresh one; pass one to keep the
 * post-state's nodes).
 * @returns the root, `0x` hex (32 bytes)
 * @throws WitnessNodeMissingError when a change needs a node the witness lacks (names the trie,
 *   the key and the node's path)
 */
export declare function postStateRoot(nodes: NodeStore, stateRoot: Uint8Array, changes: StateChanges, file: string, store?: NodeStore): Promise<string>;
