// The workers' shared snapshot (src/state/sharedSnapshot.ts) reads what the in-memory pre-state
// holds: every account and slot of mainnet pre-states, slots next to them and absent ones, and
// the same again from its caches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
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
