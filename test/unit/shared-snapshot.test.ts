// The workers' shared snapshot (src/state/sharedSnapshot.ts) reads what the in-memory pre-state
// holds: every account and slot of mainnet pre-states, slots next to them and absent ones, and
// the same again from its caches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
import { SpareBuffer } from '../../src/parallel/spareBuffer.js';
import { SharedSnapshotReader, encodeSharedSnapshot } from '../../src/state/sharedSnapshot.js';
import { FIXTURES } from '../helpers.js';

test('every account and slot of mainnet pre-states, their neighbours and absent ones', () => {
  let slots = 0;
  for (const number of [4370000, 14029313, 19426586]) {
    const state = loadFixtureBlock(FIXTURES, number).state;
    const shared = new SharedSnapshotReader(encodeSharedSnapshot(state));
    for (let pass = 0; pass < 2; pass++) {
      for (const address of state.addresses()) {
        const a = state.account(address)!;
        const b = shared.account(address)!;
        assert.deepEqual([b.balance, b.nonce, b.codeHash], [a.balance, a.nonce, a.codeHash], `${number} ${address}`);
        for (const [slot, value] of state.storageOf(address)) {
          assert.equal(shared.storage(address, slot), value, `${number} ${address} slot ${slot}`);
          for (const near of [slot - 1n, slot + 1n, slot ^ (1n << 255n)]) {
            if (near >= 0n) assert.equal(shared.storage(address, near), state.storage(address, near), `${number} ${address} slot ${near}`);
          }
          slots++;
        }
        assert.equal(shared.storage(address, 2n ** 256n - 1n), state.storage(address, 2n ** 256n - 1n));
      }
    }
    assert.equal(shared.account(`0x${'ee'.repeat(20)}`), undefined);
    assert.equal(shared.storage(`0x${'ee'.repeat(20)}`, 1n), 0n);
  }
  assert.ok(slots > 3000, `${slots} slots`);
});

test("a reused buffer reads only the new pre-state, and code read before stays intact after the buffer's reuse", () => {
  const big = loadFixtureBlock(FIXTURES, 14029313).state;
  const small = loadFixtureBlock(FIXTURES, 4370000).state;
  const first = encodeSharedSnapshot(big);
  const readerOfBig = new SharedSnapshotReader(first);
  const [hash, original] = big.codeEntries()[0]!;
  const code = readerOfBig.code(hash)!;
  assert.deepEqual(code, original);
  let offered = -1;
  const second = encodeSharedSnapshot(small, (bytes) => ((offered = bytes), first));
  assert.equal(second, first, 'encoded into the offered buffer');
  assert.ok(offered > 0 && offered <= first.byteLength);
  const shared = new SharedSnapshotReader(second);
  for (const address of small.addresses()) {
    const a = small.account(address)!;
    const b = shared.account(address)!;
    assert.deepEqual([b.balance, b.nonce, b.codeHash], [a.balance, a.nonce, a.codeHash], address);
    for (const [slot, value] of small.storageOf(address)) assert.equal(shared.storage(address, slot), value);
  }
  // Accounts of the earlier pre-state are gone from the table, not left behind.
  for (const address of big.addresses()) if (!small.account(address)) assert.equal(shared.account(address), undefined, address);
  // Code handed out before the reuse is a copy, not a view into the buffer: still the original bytes.
  assert.ok(!(code.buffer instanceof SharedArrayBuffer));
  assert.deepEqual(code, original);
  // A buffer smaller than the encoding is not used.
  const third = encodeSharedSnapshot(big, () => new SharedArrayBuffer(64));
  assert.notEqual(third, first);
  assert.equal(new SharedSnapshotReader(third).account(big.addresses().next().value!)?.balance, big.account(big.addresses().next().value!)!.balance);
});

test('a spare buffer is handed out once, only when large enough, and the larger of two is kept', () => {
  const spare = new SpareBuffer(1024);
  const small = new SharedArrayBuffer(100);
  const large = new SharedArrayBuffer(500);
  spare.keep(small);
  assert.equal(spare.take(200), undefined, 'too small: not handed out, still kept');
  assert.equal(spare.take(100), small);
  assert.equal(spare.take(1), undefined, 'handed out once');
  spare.keep(large);
  spare.keep(small);
  assert.equal(spare.take(1), large, 'the larger is kept');
  spare.keep(new SharedArrayBuffer(2048));
  assert.equal(spare.take(1), undefined, 'beyond the cap: not kept');
});

test('code is copied out of snapshot buffers once per thread, and only a snapshot that holds it hands it out', () => {
  const big = loadFixtureBlock(FIXTURES, 14029313).state;
  const small = loadFixtureBlock(FIXTURES, 4370000).state;
  const smallCodes = new Set(small.codeEntries().map(([h]) => h));
  const [hash, original] = big.codeEntries().find(([h]) => !smallCodes.has(h))!;
  const first = new SharedSnapshotReader(encodeSharedSnapshot(big)).code(hash)!;
  assert.deepEqual(first, original);
  // Another block's buffer: the copy made before is handed out again, not a new one.
  assert.equal(new SharedSnapshotReader(encodeSharedSnapshot(big)).code(hash), first);
  // A snapshot without that code does not have it, though a copy exists.
  assert.equal(new SharedSnapshotReader(encodeSharedSnapshot(small)).code(hash), undefined);
});

test('every code blob sits at a multiple of 8 and holds its code; the ancestor hashes after them read back', () => {
  let odd = 0;
  for (const number of [4370000, 14029313, 19426586]) {
    const state = loadFixtureBlock(FIXTURES, number).state;
    const buffer = encodeSharedSnapshot(state);
    // The layout of sharedSnapshot.ts's docstring: header, table, storage, code directory and blobs, hashes.
    const dv = new DataView(buffer);
    const [, capacity, storageCount, codeCount] = [0, 1, 2, 3].map((i) => dv.getInt32(i * 4, true)) as [number, number, number, number];
    const codeDirAt = 32 + capacity * 80 + storageCount * 64;
    const byHash = new Map(state.codeEntries().map(([h, c]) => [h, c]));
    assert.equal(codeCount, byHash.size);
    const u8 = new Uint8Array(buffer);
    for (let i = 0; i < codeCount; i++) {
      const d = codeDirAt + i * 40;
      const hash = `0x${Buffer.from(u8.subarray(d, d + 32)).toString('hex')}`;
      const offset = dv.getUint32(d + 32, true);
      const length = dv.getUint32(d + 36, true);
      assert.equal(offset % 8, 0, `${number} code ${hash} at ${offset}`);
      assert.deepEqual(u8.subarray(offset, offset + length), byHash.get(hash), `${number} code ${hash}`);
      if (length % 8 !== 0) odd++;
    }
    const reader = new SharedSnapshotReader(buffer);
    const hashes = state.blockHashEntries();
    assert.ok(hashes.length > 0, `${number} has ancestor hashes`);
    for (const [n, h] of hashes) assert.deepEqual(reader.blockHash(n), h, `${number} hash of ${n}`);
  }
  assert.ok(odd > 10, `${odd} codes of a length not a multiple of 8`);
});
