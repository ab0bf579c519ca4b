import { bytesToHex } from '@ethereumjs/util';
import { keccak256, keccak256Of } from '../crypto/keccak.js';
import { rlpFrame, rlpFramedLength, writeRlpHeader } from './rlp.js';

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
export function trieRoot(entries: Iterable<readonly [key: Uint8Array, value: Uint8Array]>): Uint8Array {
  return shapeRoot(trieShape(entries));
}

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
export function trieShape(entries: Iterable<readonly [key: Uint8Array, value: Uint8Array]>): TrieShape {
  const byKey = new Map<string, TrieItem>();
  for (const [key, value] of entries) {
    const id = bytesToHex(key);
    if (value.length === 0) byKey.delete(id);
    else byKey.set(id, { nibbles: nibblesOf(key), value });
  }
  const items = [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
  return { items, leafDepth: leafDepths(items.map((item) => item.nibbles)) };
}

/**
 * The leaf depth ({@link TrieShape.leafDepth}) of each of `keys` (nibbles, sorted, distinct): an
 * item is alone below the branch where it parts from its closest sorted neighbour, so its leaf
 * sits one nibble below their common prefix (the root itself when it is the only one); −1 when
 * its key is a prefix of a neighbour's (a branch's value).
 */
export function leafDepths(keys: readonly Uint8Array[]): Int32Array {
  const leafDepth = new Int32Array(keys.length);
  let before = -1;
  for (let k = 0; k < keys.length; k++) {
    const after = k + 1 < keys.length ? commonPrefix(keys[k]!, keys[k + 1]!) : -1;
    const shared = Math.max(before, after);
    leafDepth[k] = keys[k]!.length <= shared ? -1 : shared + 1;
    before = after;
  }
  return leafDepth;
}

/**
 * How the trie's branch holds sorted item `k`'s leaf: its encoding when under 32 bytes, else
 * `0xa0 ‖ keccak256(encoding)` (Yellow Paper appendix D); undefined for a branch's value.
 */
export function leafReference(shape: TrieShape, k: number): Uint8Array | undefined {
  const depth = shape.leafDepth[k]!;
  return depth < 0 ? undefined : leafRef(shape.items[k]!, depth);
}

/**
 * How a branch holds the leaf of `item` at `depth` ({@link reference} of {@link leafNode}): a
 * value of {@link HASH_IN_PARTS} bytes or more is hashed in parts, read in place, not copied into
 * the node's encoding first (a log-heavy receipt is megabytes: two copies of it, and the garbage
 * collections they brought, took longer than its hash).
 */
export function leafRef(item: TrieItem, depth: number): Uint8Array {
  const { value } = item;
  const buffer = leafBuffer(item);
  const head = leafHead(buffer, item, depth);
  // Small leaves: one copy and one hash call cost less than a call per part.
  if (value.length < HASH_IN_PARTS) {
    buffer.set(value, head);
    return reference(buffer.subarray(0, head + value.length));
  }
  const out = new Uint8Array(33);
  out[0] = 0xa0;
  out.set(keccak256Of(buffer.subarray(0, head), value), 1);
  return out;
}

/** Values from this many bytes are hashed in parts by {@link leafRef} (a typical receipt, ~300 bytes, hashed slower that way). */
const HASH_IN_PARTS = 4096;

/**
 * The root of the trie of `shape` (32 bytes; keccak-256 of the empty RLP string for no entries).
 * @param given - sorted item `k`'s {@link leafReference}, when already computed (elsewhere); undefined: computed here
 */
export function shapeRoot(shape: TrieShape, given?: (k: number) => Uint8Array | undefined): Uint8Array {
  const { items } = shape;
  if (items.length === 0) return keccak256(EMPTY_STRING);
  // The root is hashed whatever its size: a lone leaf is not a child reference.
  return keccak256(node(items, 0, items.length, 0, given));
}

/** Nibbles `a` and `b` share from the start. */
function commonPrefix(a: Uint8Array, b: Uint8Array): number {
  const end = Math.min(a.length, b.length);
  let i = 0;
  while (i < end && a[i] === b[i]) i++;
  return i;
}

/** An entry of a {@link TrieShape}: its key's nibbles and its value. */
export interface TrieItem {
  nibbles: Uint8Array;
  value: Uint8Array;
}

const EMPTY_STRING = new Uint8Array([0x80]);

/** RLP of the subtrie of `items[lo, hi)` (sorted, all sharing their first `depth` nibbles). */
function node(items: readonly TrieItem[], lo: number, hi: number, depth: number, given: ((k: number) => Uint8Array | undefined) | undefined): Uint8Array {
  const first = items[lo]!;
  if (hi - lo === 1) return leafNode(first, depth);
  // Sorted: the prefix all share is the one the first and the last share.
  const last = items[hi - 1]!;
  const end = Math.min(first.nibbles.length, last.nibbles.length);
  let shared = depth;
  while (shared < end && first.nibbles[shared] === last.nibbles[shared]) shared++;
  if (shared > depth) return rlpList([rlpString(hexPrefix(first.nibbles, depth, shared, false)), reference(node(items, lo, hi, shared, given))]);
  const slots: Uint8Array[] = new Array(17);
  let i = lo;
  // A key that ends here sorts first: it is the branch's value.
  if (items[i]!.nibbles.length === depth) slots[16] = rlpString(items[i++]!.value);
  else slots[16] = EMPTY_STRING;
  for (let n = 0; n < 16; n++) {
    let j = i;
    while (j < hi && items[j]!.nibbles[depth] === n) j++;
    slots[n] = j === i ? EMPTY_STRING : j - i === 1 ? (given?.(i) ?? leafRef(items[i]!, depth + 1)) : reference(node(items, i, j, depth + 1, given));
    i = j;
  }
  return rlpList(slots);
}

/** RLP of the leaf holding `item` at `depth`, in a new array. */
function leafNode(item: TrieItem, depth: number): Uint8Array {
  const buffer = leafBuffer(item);
  const head = leafHead(buffer, item, depth);
  const out = new Uint8Array(head + item.value.length);
  out.set(buffer.subarray(0, head));
  out.set(item.value, head);
  return out;
}

/**
 * Where a leaf is written ({@link leafHead}, and by {@link leafRef} its value under
 * {@link HASH_IN_PARTS} bytes), then hashed or copied at once: a new array per leaf of over 64
 * bytes is allocated outside V8's heap, and a receipt's leaf took two (~3 µs of ~4.5 per leaf).
 */
const LEAF_SCRATCH = new Uint8Array(HASH_IN_PARTS + 64);

/** {@link LEAF_SCRATCH}, or a new array when `item`'s leaf would not fit (a key of more than 32 bytes): a head is at most its path and 28 bytes. */
function leafBuffer(item: TrieItem): Uint8Array {
  const need = (item.nibbles.length >> 1) + 32 + Math.min(item.value.length, HASH_IN_PARTS);
  return need <= LEAF_SCRATCH.length ? LEAF_SCRATCH : new Uint8Array(need);
}

/**
 * Writes at the start of `out` the RLP of the leaf holding `item` at `depth` up to its value
 * (Yellow Paper appendix D: `[hex-prefix(path, leaf), value]`: the list header, the path, the
 * value's header); returns its length. The value follows it (a single byte below 0x80 has no header).
 */
function leafHead(out: Uint8Array, item: TrieItem, depth: number): number {
  const { nibbles, value } = item;
  const n = nibbles.length - depth;
  const pathLength = (n >> 1) + 1;
  // A leaf's hex-prefix starts 0x2_ or 0x3_: one byte alone is its own RLP.
  const pathEncoded = pathLength === 1 ? 1 : rlpFramedLength(pathLength);
  const valueEncoded = value.length === 1 && value[0]! < 0x80 ? 1 : rlpFramedLength(value.length);
  let at = writeRlpHeader(out, 0, 0xc0, pathEncoded + valueEncoded);
  if (pathLength > 1) at = writeRlpHeader(out, at, 0x80, pathLength);
  const odd = n & 1;
  let k = depth;
  out[at++] = ((2 + odd) << 4) | (odd ? nibbles[k++]! : 0);
  for (; k < nibbles.length; k += 2) out[at++] = (nibbles[k]! << 4) | nibbles[k + 1]!;
  return valueEncoded > 1 ? writeRlpHeader(out, at, 0x80, value.length) : at;
}

/** How a parent holds a child node: inline below 32 bytes (a copy), else its hash. */
function reference(encoded: Uint8Array): Uint8Array {
  if (encoded.length < 32) return encoded.slice();
  const out = new Uint8Array(33);
  out[0] = 0xa0;
  out.set(keccak256(encoded), 1);
  return out;
}

/** Hex-prefix encoding of `nibbles[from, to)` (Yellow Paper appendix C), leaf flag `leaf`. */
function hexPrefix(nibbles: Uint8Array, from: number, to: number, leaf: boolean): Uint8Array {
  const n = to - from;
  const odd = n & 1;
  const out = new Uint8Array((n >> 1) + 1);
  out[0] = ((leaf ? 2 : 0) + odd) << 4;
  let k = from;
  if (odd) out[0] |= nibbles[k++]!;
  for (let b = 1; k < to; b++, k += 2) out[b] = (nibbles[k]! << 4) | nibbles[k + 1]!;
  return out;
}

function nibblesOf(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length * 2);
  for (let i = 0; i < key.length; i++) {
    out[2 * i] = key[i]! >> 4;
    out[2 * i + 1] = key[i]! & 15;
  }
  return out;
}

/** RLP of a byte string. */
function rlpString(b: Uint8Array): Uint8Array {
  if (b.length === 1 && b[0]! < 0x80) return b;
  return rlpFrame(0x80, [b]);
}

/** RLP of a list whose items are already RLP-encoded. */
function rlpList(items: Uint8Array[]): Uint8Array {
  return rlpFrame(0xc0, items);
}
