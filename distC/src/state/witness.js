import { hexToBytes } from '@ethereumjs/util';
import { asHash, asQuantity } from '../block/json.js';
import { FixtureFormatError, WitnessRootMismatchError } from '../errors.js';
import { parseWitnessFile } from './witness/format.js';
import { blockAddresses } from './witness/blockAddresses.js';
import { ancestorHeaders } from './witness/headers.js';
import { NodeStore } from './witness/nodeStore.js';
import { postStateRoot } from './witness/postStateRoot.js';
import { prefetch } from './witness/prefetch.js';
import { WitnessState } from './witness/witnessState.js';
export { WitnessState } from './witness/witnessState.js';
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
export async function loadExecutionWitness(json, file = 'witness.json') {
    const { block, witness } = parseWitnessFile(json, file);
    const parentHash = asHash(block.parentHash, file, 'blocks[0].header.parentHash');
    const { parent, hashes } = ancestorHeaders(witness.headers, parentHash, file);
    const number = asQuantity(block.number, file, 'blocks[0].header.number');
    if (number !== parent.number + 1n)
        throw new FixtureFormatError(file, 'blocks[0].header.number', `block ${number} does not follow its parent header, block ${parent.number}`);
    const nodes = NodeStore.fromNodes(witness.state, file);
    if (!nodes.hasNode(parent.stateRoot))
        throw new WitnessRootMismatchError(parent.stateRoot, parent.number, file);
    const named = blockAddresses(block, file);
    const { state, coverage } = await prefetch(nodes, hexToBytes(parent.stateRoot), witness, named, hashes, file);
    return { block, witness, parentHeader: parent, state, strict: new WitnessState(state, coverage), nodes, file };
}
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
export function witnessPostStateRoot(loaded, changes) {
    return postStateRoot(loaded.nodes, hexToBytes(loaded.parentHeader.stateRoot), changes, loaded.file);
}
//# sourceMappingURL=witness.js.map