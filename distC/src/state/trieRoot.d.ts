/**
 * The root of a Merkle Patricia trie (Yellow Paper appendix D) over a complete set of entries,
 * computed in one pass over the sorted keys, with no node store: the receipts root of a block
 * (keys `rlp(index)`) and a state or storage root (keys already hashed). `@ethereumjs/mpt`
 * stays the reference (test/unit/trie-root.test.ts compares the two); it inserts one key at a
 * time through an async node database, which cost ~110 µs per receipt here against a few µs.
 *
 * Keys and values are bytes; a later entry with the same key replaces an earlier one; an empty
 * value is an absent key. Returns the 32-byte root (keccak-256 of the empty RLP string for no
 * entries).
 */
export declare function trieRoot(entries: Iterable<readonly [key: Uint8Array, value: Uint8Array]>): Uint8Array;
/**
 * A trie's entries sorted by key, each with the depth (in nibbles) of the leaf that holds it: the
 * trie's shape, from which its leaves can be hashed apart — in other threads ({@link leafRef},
 * `parallel/receiptStream.ts`) — and its root computed from them ({@link shapeRoot}). Leaf hashing is
 * most of a receipts root's work: a log-heavy block's receipts hold megabytes.
 */
export interface TrieShape {
    readonly items: readonly TrieItem[];
    /** Per sorted item, the depth of its leaf; −1 when it is a branch's value (its key a prefix of another's). */
    readonly leafDepth: Int32Array;
}
/** The {@link TrieShape} of `entries` (as {@link trieRoot} takes them: a later key replaces an earlier one, an empty value deletes it). */
export declare function trieShape(entries: Iterable<readonly [key: Uint8Array, value: Uint8Array]>): TrieShape;
/**
 * How the trie's branch holds sorted item `k`'s leaf: its encoding when under 32 bytes, else
 * `0xa0 ‖ keccak256(encoding)` (Yellow Paper appendix D); undefined for a branch's value.
 */
export declare function leafReference(shape: TrieShape, k: number): Uint8Array | undefined;
/**
 * How a branch holds the leaf of `item` at `depth` ({@link reference} of {@link leafNode}): a
 * value of {@link HASH_IN_PARTS} bytes or more is hashed in parts, read in place, not copied into
 * the node's encoding first (a log-heavy receipt is megabytes: two copies of it, and the garbage
 * collections they brought, took longer than its hash).
 */
export declare function leafRef(item: TrieItem, depth: number): Uint8Array;
/**
 * The root of the trie of `shape` (32 bytes; keccak-256 of the empty RLP string for no entries).
 * @param given - sorted item `k`'s {@link leafReference}, when already computed (elsewhere); undefined: computed here
 */
export declare function shapeRoot(shape: TrieShape, given?: (k: number) => Uint8Array | undefined): Uint8Array;
/** An entry of a {@link TrieShape}: its key's nibbles and its value. */
export interface TrieItem {
    nibbles: Uint8Array;
    value: Uint8Array;
}
