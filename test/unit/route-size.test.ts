import assert from 'node:assert/strict';
import test from 'node:test';
import { sizeRoute } from '../../src/parallel/route.js';

const HEAVY = 300_000n;
const LIGHT = 21_000n;

test('the size rules: pipelined from MIN_PIPELINED_TXS transactions in modes auto and pipelined, Block-STM from MIN_PARALLEL_TXS; below, sequentially', () => {
  // Below the pipelined minimum: sequential in every mode without force.
  assert.deepEqual(sizeRoute(11, 11n * LIGHT, {}), { path: 'sequential', reason: 'fewer than 12 transactions' });
  assert.deepEqual(sizeRoute(11, 11n * LIGHT, { mode: 'pipelined' }), { path: 'sequential', reason: 'fewer than 12 transactions' });
  assert.deepEqual(sizeRoute(12, 12n * HEAVY, { mode: 'pipelined' }), { path: 'pipelined' });
  // From it on, auto takes a small block pipelined, light or heavy: too few for Block-STM.
  assert.equal(sizeRoute(12, 12n * LIGHT, {})?.path, 'pipelined');
  assert.match((sizeRoute(12, 12n * LIGHT, {}) as { reason: string }).reason, /^light transactions/);
  assert.deepEqual(sizeRoute(22, 22n * HEAVY, {}), { path: 'pipelined', reason: 'fewer than 32 transactions for Block-STM' });
  assert.deepEqual(sizeRoute(31, 31n * HEAVY, { mode: 'auto' }), { path: 'pipelined', reason: 'fewer than 32 transactions for Block-STM' });
  // A heavy block of 32 or more: the rest of the block decides (Block-STM's rules).
  assert.equal(sizeRoute(32, 32n * HEAVY, {}), undefined);
  // Mode block-stm keeps its own minimum, and runs smaller blocks sequentially.
  assert.deepEqual(sizeRoute(31, 31n * HEAVY, { mode: 'block-stm' }), { path: 'sequential', reason: 'fewer than 32 transactions' });
  assert.equal(sizeRoute(32, 32n * HEAVY, { mode: 'block-stm' }), undefined);
  // An explicit minimum replaces the default; force skips the size rules (Block-STM unless a mode says otherwise).
  assert.deepEqual(sizeRoute(20, 20n * LIGHT, { minTransactions: 21 }), { path: 'sequential', reason: 'fewer than 21 transactions' });
  // In auto, a lower minimum does not take a small heavy block to Block-STM: pipelined still.
  assert.deepEqual(sizeRoute(20, 20n * HEAVY, { minTransactions: 2 }), { path: 'pipelined', reason: 'fewer than 32 transactions for Block-STM' });
  assert.equal(sizeRoute(1, HEAVY, { force: true }), undefined);
  assert.deepEqual(sizeRoute(1, HEAVY, { force: true, mode: 'pipelined' }), { path: 'pipelined' });
});
