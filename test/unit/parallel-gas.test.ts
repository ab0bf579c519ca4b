import assert from 'node:assert/strict';
import test from 'node:test';
import { MIN_PARALLEL_GAS, belowParallelGas } from '../../src/parallel/route.js';

test('the parallel path gas rule: a declared gasUsed below the minimum sends a block to the sequential path; a header declaring 0 is exempt', () => {
  assert.equal(belowParallelGas(3_400_000n), true);
  assert.equal(belowParallelGas(MIN_PARALLEL_GAS), false);
  assert.equal(belowParallelGas(MIN_PARALLEL_GAS - 1n), true);
  assert.equal(belowParallelGas(0n), false);
  assert.equal(belowParallelGas(3_400_000n, 1_000_000n), false);
});
