import { keccak256 } from '../../crypto/keccak.js';
import { BranchMPTNode, MerklePatriciaTrie } from '@ethereumjs/mpt';
import { bytesToHex, hexToBytes, ValueEncoding } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { FixtureFormatError, WitnessNodeMissingError } from '../../errors.js';
import { decodeAccount, decodeStorageValue, storageKey } from '../trieCodec.js';
/**
 * One secure trie (keys hashed with keccak-256) over a witness {@link NodeStore}: the account
 * trie or an account's storage trie. Every operation that needs a node the witness lacks throws
 * {@link WitnessNodeMissingError} naming this trie, the key and the missing node's path.
 */
export class ProvenTrie {
    store;
    name;
    file;
    trie;
    /**
     * @param name `account trie` or `storage trie of 0x<address>` (for error messages)
     * @param root the trie's root hash (32 bytes); the empty-trie root for an empty trie
     */
    constructor(store, name, root, file) {
        this.store = store;
        this.name = name;
        this.file = file;
        this.trie = new MerklePatriciaTrie({ db: store, valueEncoding: ValueEncoding.Bytes, useKeyHashing: true, useKeyHashingFunction: keccak256, root });
    }
    /** The value at `key` (unhashed: an address or a 32-byte slot), or null when absent. */
    get(key) {
        return this.located(key, () => this.trie.get(key));
    }
    /** Sets the value at `key` (unhashed). */
    put(key, value) {
        return this.located(key, () => this.trie.put(key, value));
    }
    /** Deletes `key` (unhashed); nothing happens when it is absent. */
    del(key) {
        return this.located(key, () => this.trie.del(key));
    }
    /**
     * The account at `address` (`0x` hex) of this account trie, or undefined when absent.
     * @throws FixtureFormatError when the stored value is not an account
     */
    async account(address) {
        const raw = await this.get(hexToBytes(address));
        return raw === null ? undefined : this.decoded(raw, address, decodeAccount);
    }
    /**
     * The value of `slot` in this storage trie (zero when absent).
     * @throws FixtureFormatError when the stored value is not an RLP byte string
     */
    async slot(slot) {
        const raw = await this.get(storageKey(slot));
        return raw === null ? 0n : this.decoded(raw, `0x${slot.toString(16)}`, decodeStorageValue);
    }
    /** The current root (32 bytes). */
    root() {
        return this.trie.root();
    }
    decoded(raw, key, decode) {
        try {
            return decode(raw);
        }
        catch (e) {
            throw new FixtureFormatError(this.file, 'witness.state', `${this.name}, key ${key}: ${e.message}`);
        }
    }
    /** Runs `op` on `key`; a node miss is rethrown with this trie's name, the key and the path. */
    async located(key, op) {
        const rootBefore = this.trie.root();
        try {
            return await op();
        }
        catch (e) {
            if (!(e instanceof WitnessNodeMissingError))
                throw e;
            const path = await this.missPath(rootBefore, keccak_256(key), e.nodeHash);
            throw new WitnessNodeMissingError(e.nodeHash, { trie: this.name, key: bytesToHex(key), path, file: this.file }, { cause: e });
        }
    }
    /**
     * Where `nodeHash` sits on the path of `hashedKey`, as nibbles (hex digits): the walk is
     * replayed by mpt's own `findPath` over a lenient view of the store, whose stack holds the
     * nodes above the miss. Undefined when the walk along the key misses no node or another one
     * (the op needed a node off the key's path).
     */
    async missPath(root, hashedKey, nodeHash) {
        const db = this.store.lenient();
        const probe = new MerklePatriciaTrie({ db, valueEncoding: ValueEncoding.Bytes, useKeyHashingFunction: keccak256, root });
        const { stack } = await probe.findPath(hashedKey);
        if (db.missed === undefined || `0x${db.missed}` !== nodeHash)
            return undefined;
        // Each branch above the miss consumed one nibble of the key, each extension its key length.
        const depth = stack.reduce((n, node) => n + (node instanceof BranchMPTNode ? 1 : node.key().length), 0);
        return bytesToHex(hashedKey).slice(2, 2 + depth);
    }
}
//# sourceMappingURL=provenTrie.js.map