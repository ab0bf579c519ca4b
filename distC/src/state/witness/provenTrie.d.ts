import { type TrieAccount } from '../trieCodec.js';
import type { NodeStore } from './nodeStore.js';
/**
 * One secure trie (keys hashed with keccak-256) over a witness {@link NodeStore}: the account
 * trie or an account's storage trie. Every operation that needs a node the witness lacks throws
 * {@link WitnessNodeMissingError} naming this trie, the key and the missing node's path.
 */
export declare class ProvenTrie {
    private readonly store;
    readonly name: string;
    private readonly file;
    private readonly trie;
    /**
     * @param name `account trie` or `storage trie of 0x<address>` (for error messages)
     * @param root the trie's root hash (32 bytes); the empty-trie root for an empty trie
     */
    constructor(store: NodeStore, name: string, root: Uint8Array, file: string);
    /** The value at `key` (unhashed: an address or a 32-byte slot), or null when absent. */
    get(key: Uint8Array): Promise<Uint8Array | null>;
    /** Sets the value at `key` (unhashed). */
    put(key: Uint8Array, value: Uint8Array): Promise<void>;
    /** Deletes `key` (unhashed); nothing happens when it is absent. */
    del(key: Uint8Array): Promise<void>;
    /**
     * The account at `address` (`0x` hex) of this account trie, or undefined when absent.
     * @throws FixtureFormatError when the stored value is not an account
     */
    account(address: string): Promise<TrieAccount | undefined>;
    /**
     * The value of `slot` in this storage trie (zero when absent).
     * @throws FixtureFormatError when the stored value is not an RLP byte string
     */
    slot(slot: bigint): Promise<bigint>;
    /** The current root (32 bytes). */
    root(): Uint8Array;
    private decoded;
    /** Runs `op` on `key`; a node miss is rethrown with this trie's name, the key and the path. */
    private located;
    /**
     * Where `nodeHash` sits on the path of `hashedKey`, as nibbles (hex digits): the walk is
     * replayed by mpt's own `findPath` over a lenient view of the store, whose stack holds the
     * nodes above the miss. Undefined when the walk along the key misses no node or another one
     * (the op needed a node off the key's path).
     */
    private missPath;
}
