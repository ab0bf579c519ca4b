// The receipts trie's layout, built from the order of the keys rlp(i) alone, equals the one the
// general trie shape gives for those keys (@ethereumjs/rlp's encoding, sorted byte-wise), and the
// receipts root through it equals @ethereumjs/mpt's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MerklePatriciaTrie } from '@ethereumjs/mpt';
import { RLP } from '@ethereumjs/rlp';
import { bytesToHex } from '@ethereumjs/util';
import { keccak256 } from '../../src/crypto/keccak.js';
import { trieShape } from '../../src/state/trieRoot.js';
import { encodedReceiptsRoot, receiptsTrieLayout } from '../../src/verify/receipts.js';

/** The layout of `count` receipts through the general shape: keys RLP.encode(i), the receipt index as each value. */
function generalLayout(count: number) {
  const shape = trieShape(
    Array.from({ length: count }, (_, i) => {
      const value = new Uint8Array(4);
      new DataView(value.buffer).setUint32(0, i);
      return [RLP.encode(i), value] as const;
    }),
  );
  const receiptAt = shape.items.map((item) => new DataView(item.value.buffer).getUint32(0));
  return { nibbles: shape.items.map((item) => [...item.nibbles]), receiptAt, leafDepth: [...shape.leafDepth] };
}

function assertSameLayout(count: number): void {
  const fast = receiptsTrieLayout(count);
  const general = generalLayout(count);
  assert.deepEqual([...fast.receiptAt], general.receiptAt, `${count} receipts: order`);
  assert.deepEqual(
    fast.nibbles.map((n) => [...n]),
    general.nibbles,
    `${count} receipts: key nibbles`,
  );
  assert.deepEqual([...fast.leafDepth], general.leafDepth, `${count} receipts: leaf depths`);
  for (let k = 0; k < count; k++) {
    const i = general.receiptAt[k]!;
    assert.equal(fast.itemOf[i], k, `${count} receipts: receipt ${i}'s item`);
    assert.equal(fast.depthOf[i], general.leafDepth[k], `${count} receipts: receipt ${i}'s depth`);
  }
}

test('every count from 0 to 520 receipts, and mainnet-sized ones: the layout equals the general shape of keys rlp(i)', () => {
  for (let count = 0; count <= 520; count++) assertSameLayout(count);
  for (const count of [724, 1100, 1346, 2000, 2048, 4095, 4096, 4097]) assertSameLayout(count);
});

test('across the 2-byte and 3-byte key boundaries (256, 65,536 receipts)', () => {
  for (const count of [255, 256, 257, 65_535, 65_536, 65_537, 65_600]) assertSameLayout(count);
});

test('the receipts root through the layout equals @ethereumjs/mpt over keys rlp(i)', async () => {
  for (const count of [0, 1, 2, 16, 17, 127, 128, 129, 130, 256, 257, 1000]) {
    const encoded = Array.from({ length: count }, (_, i) => Uint8Array.from({ length: 20 + ((i * 37) % 200) }, (_, b) => (i * 31 + b * 7) & 0xff));
    const trie = new MerklePatriciaTrie({ useKeyHashingFunction: keccak256 });
    for (let i = 0; i < count; i++) await trie.put(RLP.encode(i), encoded[i]!);
    assert.equal(encodedReceiptsRoot(encoded), bytesToHex(trie.root()), `${count} receipts`);
  }
});
