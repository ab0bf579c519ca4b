// The one-pass trie root equals @ethereumjs/mpt's root (the reference) on receipt-style keys,
// hashed keys, keys that are prefixes of others, replaced and deleted keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MerklePatriciaTrie } from '@ethereumjs/mpt';
import { RLP } from '@ethereumjs/rlp';
import { bytesToHex, utf8ToBytes } from '@ethereumjs/util';
import { keccak256 } from '../../src/crypto/keccak.js';
import { leafReference, shapeRoot, trieRoot, trieShape } from '../../src/state/trieRoot.js';
async function reference(entries) {
    const trie = new MerklePatriciaTrie({ useKeyHashingFunction: keccak256 });
    for (const [k, v] of entries) {
        if (v.length === 0)
            await trie.del(k);
        else
            await trie.put(k, v);
    }
    return bytesToHex(trie.root());
}
/** Deterministic bytes (xorshift). */
function bytes(seed, n) {
    let x = seed * 2654435761 + 1;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        out[i] = x & 0xff;
    }
    return out;
}
test('receipt-style keys rlp(i): every size up to 300 and 1000, short and long values', async () => {
    for (const n of [0, 1, 2, 3, 15, 16, 17, 127, 128, 129, 130, 255, 256, 257, 300, 1000]) {
        const entries = Array.from({ length: n }, (_, i) => [RLP.encode(i), bytes(i, i % 7 === 0 ? 3 : 40 + (i % 90))]);
        assert.equal(bytesToHex(trieRoot(entries)), await reference(entries), `${n} entries`);
    }
});
test('hashed 32-byte keys (state and storage tries), values of 1 to 100 bytes', async () => {
    for (const n of [1, 2, 5, 50, 500]) {
        const entries = Array.from({ length: n }, (_, i) => [keccak256(bytes(n * 1000 + i, 20)), bytes(i + 7, 1 + (i % 100))]);
        assert.equal(bytesToHex(trieRoot(entries)), await reference(entries), `${n} entries`);
    }
});
test('values on both sides of 4 KiB (leaves hashed from one buffer, or in parts), under keys of up to 80 bytes', async () => {
    for (const keyBytes of [1, 32, 80]) {
        const entries = [4000, 4095, 4096, 4097, 9000, 100].map((size, i) => [bytes(keyBytes * 100 + i, keyBytes), bytes(i + 3, size)]);
        for (const n of [1, 2, entries.length])
            assert.equal(bytesToHex(trieRoot(entries.slice(0, n))), await reference(entries.slice(0, n)), `${n} entries, ${keyBytes}-byte keys`);
    }
});
test('keys that are prefixes of others, single-byte values below 0x80, replaced and deleted keys', async () => {
    const e = (k, v) => [utf8ToBytes(k), utf8ToBytes(v)];
    const cases = [
        [e('do', 'verb'), e('dog', 'puppy'), e('doge', 'coin'), e('horse', 'stallion')],
        [e('a', 'x'), e('ab', 'y'), e('abc', 'z'), e('b', '1')],
        [e('', 'root value'), e('a', 'x')],
        [e('dog', 'puppy'), e('dog', 'hound'), e('cat', 'kitten'), e('cat', '')],
        [e('A', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')],
        [
            [new Uint8Array([0x01]), new Uint8Array([0x05])],
            [new Uint8Array([0x01, 0x02]), new Uint8Array([0x7f])],
        ],
    ];
    for (const entries of cases)
        assert.equal(bytesToHex(trieRoot(entries)), await reference(entries));
});
test('no entries: the empty-trie root', () => {
    assert.equal(bytesToHex(trieRoot([])), '0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421');
});
test('the root from leaves hashed apart (a share, or all of them) equals the one-pass root, on every key set above', () => {
    const e = (k, v) => [utf8ToBytes(k), utf8ToBytes(v)];
    const sets = [
        ...[1, 2, 3, 16, 17, 128, 129, 300].map((n) => Array.from({ length: n }, (_, i) => [RLP.encode(i), bytes(i, i % 7 === 0 ? 3 : 40 + (i % 90))])),
        Array.from({ length: 50 }, (_, i) => [keccak256(bytes(i, 20)), bytes(i + 7, 1 + (i % 100))]),
        [e('do', 'verb'), e('dog', 'puppy'), e('doge', 'coin'), e('horse', 'stallion')],
        [e('a', 'x'), e('ab', 'y'), e('abc', 'z'), e('b', '1')],
        [e('', 'root value'), e('a', 'x')],
    ];
    for (const entries of sets) {
        const expected = bytesToHex(trieRoot(entries));
        const shape = trieShape(entries);
        assert.equal(bytesToHex(shapeRoot(shape, (k) => leafReference(shape, k))), expected, `${entries.length} entries, every leaf given`);
        assert.equal(bytesToHex(shapeRoot(shape, (k) => (k % 2 ? leafReference(shape, k) : undefined))), expected, `${entries.length} entries, every other leaf given`);
        // The references given are the ones used: a wrong one changes the root.
        const k = entries.length > 1 ? shape.leafDepth.findIndex((d) => d >= 0) : -1;
        if (k >= 0)
            assert.notEqual(bytesToHex(shapeRoot(shape, (j) => (j === k ? Uint8Array.of(0xa0, ...new Uint8Array(32)) : undefined))), expected);
    }
    // A key that is a prefix of another is a branch's value, not a leaf: no reference for it.
    const prefixed = trieShape([e('do', 'verb'), e('dog', 'puppy')]);
    assert.deepEqual([...prefixed.leafDepth], [-1, 5]);
    assert.equal(leafReference(prefixed, 0), undefined);
});
//# sourceMappingURL=trie-root.test.js.map