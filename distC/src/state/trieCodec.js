import { RLP } from '@ethereumjs/rlp';
import { bigIntToBytes, bigIntToUnpaddedBytes, bytesToBigInt, hexToBytes, setLengthLeft } from '@ethereumjs/util';
import { KECCAK256_NULL_HEX } from './snapshot.js';
/**
 * How accounts and storage are laid out in the state trie (Yellow Paper §4.1): one definition,
 * shared by the full-state root and the witness trie.
 */
/** keccak-256 of the empty string (the code hash of an account without code), as bytes. */
export const KECCAK256_NULL = hexToBytes(KECCAK256_NULL_HEX);
/** The account trie value: RLP [nonce, balance, storageRoot, codeHash], integers without leading zeros. */
export function encodeAccount(a) {
    return RLP.encode([bigIntToUnpaddedBytes(a.nonce), bigIntToUnpaddedBytes(a.balance), a.storageRoot, a.codeHash]);
}
/**
 * The inverse of {@link encodeAccount}.
 * @throws Error when `value` is not an RLP list of four byte strings (the caller names the trie and key)
 */
export function decodeAccount(value) {
    const fields = RLP.decode(value);
    if (!Array.isArray(fields) || fields.length !== 4 || !fields.every((f) => f instanceof Uint8Array)) {
        throw new Error('account value is not RLP [nonce, balance, storageRoot, codeHash]');
    }
    const [nonce, balance, storageRoot, codeHash] = fields;
    if (storageRoot.length !== 32 || codeHash.length !== 32)
        throw new Error('account storageRoot or codeHash is not 32 bytes');
    return { nonce: bytesToBigInt(nonce), balance: bytesToBigInt(balance), storageRoot: storageRoot, codeHash: codeHash };
}
/** The key of `slot` in a storage trie before key hashing: the slot as 32 bytes, big-endian. */
export function storageKey(slot) {
    return setLengthLeft(bigIntToBytes(slot), 32);
}
/** The storage trie value of a non-zero `value`: RLP of the value without leading zeros. */
export function encodeStorageValue(value) {
    return RLP.encode(bigIntToUnpaddedBytes(value));
}
/**
 * The inverse of {@link encodeStorageValue}.
 * @throws Error when `value` is not an RLP byte string
 */
export function decodeStorageValue(value) {
    const v = RLP.decode(value);
    if (!(v instanceof Uint8Array))
        throw new Error('storage value is not an RLP byte string');
    return bytesToBigInt(v);
}
//# sourceMappingURL=trieCodec.js.map