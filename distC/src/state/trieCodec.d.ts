/**
 * How accounts and storage are laid out in the state trie (Yellow Paper §4.1): one definition,
 * shared by the full-state root and the witness trie.
 */
/** keccak-256 of the empty string (the code hash of an account without code), as bytes. */
export declare const KECCAK256_NULL: Uint8Array<ArrayBufferLike>;
/** An account as the state trie holds it. Balance in wei; roots and hashes 32 bytes. */
export interface TrieAccount {
    nonce: bigint;
    balance: bigint;
    storageRoot: Uint8Array;
    codeHash: Uint8Array;
}
/** The account trie value: RLP [nonce, balance, storageRoot, codeHash], integers without leading zeros. */
export declare function encodeAccount(a: TrieAccount): Uint8Array;
/**
 * The inverse of {@link encodeAccount}.
 * @throws Error when `value` is not an RLP list of four byte strings (the caller names the trie and key)
 */
export declare function decodeAccount(value: Uint8Array): TrieAccount;
/** The key of `slot` in a storage trie before key hashing: the slot as 32 bytes, big-endian. */
export declare function storageKey(slot: bigint): Uint8Array;
/** The storage trie value of a non-zero `value`: RLP of the value without leading zeros. */
export declare function encodeStorageValue(value: bigint): Uint8Array;
/**
 * The inverse of {@link encodeStorageValue}.
 * @throws Error when `value` is not an RLP byte string
 */
export declare function decodeStorageValue(value: Uint8Array): bigint;
