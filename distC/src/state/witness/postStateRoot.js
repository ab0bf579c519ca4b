import { bytesToHex, hexToBytes, KECCAK256_RLP } from '@ethereumjs/util';
import { encodeAccount, encodeStorageValue, KECCAK256_NULL, storageKey } from '../trieCodec.js';
import { ProvenTrie } from './provenTrie.js';
/**
 * `witnessPostStateRoot` on the witness's trie `nodes` rooted at `stateRoot`. The witness's
 * nodes are not modified: the updates go to `store` (default a fresh one; pass one to keep the
 * post-state's nodes).
 * @returns the root, `0x` hex (32 bytes)
 * @throws WitnessNodeMissingError when a change needs a node the witness lacks (names the trie,
 *   the key and the node's path)
 */
export async function postStateRoot(nodes, stateRoot, changes, file, store = nodes.fresh()) {
    const accounts = new ProvenTrie(store, 'account trie', stateRoot, file);
    for (const c of changes) {
        const key = hexToBytes(c.address);
        if (c.deleted) {
            await accounts.del(key);
            continue;
        }
        const before = await accounts.account(c.address);
        let storageRoot = c.storageCleared || !before ? KECCAK256_RLP : before.storageRoot;
        if (c.storage.length > 0) {
            const storage = new ProvenTrie(store, `storage trie of ${c.address}`, storageRoot, file);
            for (const [slot, value] of c.storage) {
                if (value === 0n)
                    await storage.del(storageKey(slot));
                else
                    await storage.put(storageKey(slot), encodeStorageValue(value));
            }
            storageRoot = storage.root();
        }
        await accounts.put(key, encodeAccount({
            nonce: c.nonce ?? before?.nonce ?? 0n,
            balance: c.balance ?? before?.balance ?? 0n,
            storageRoot,
            codeHash: c.codeHash !== undefined ? hexToBytes(c.codeHash) : (before?.codeHash ?? KECCAK256_NULL),
        }));
    }
    return bytesToHex(accounts.root());
}
//# sourceMappingURL=postStateRoot.js.map