// executeBlockSequentialFrom's observer (bench/longestTransaction.ts times transactions with it):
// called before and after each transaction, in block order, with each transaction's receipt, and
// the block's result is the sequential engine's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
import { executeBlockSequential, executeBlockSequentialFrom } from '../../src/execute/sequential.js';
import type { Receipt } from '../../src/types.js';
import { diffResults } from '../../src/verify/compare.js';
import { FIXTURES } from '../helpers.js';

test('executeBlockSequentialFrom: the observer sees each transaction once, before then after, in order, with its receipt; the result is unchanged', async () => {
  const fx = loadFixtureBlock(FIXTURES, 2641321);
  const events: string[] = [];
  const receipts: Receipt[] = [];
  const observed = await executeBlockSequentialFrom(
    performance.now(),
    fx.blockJson,
    fx.state,
    {},
    {
      before: (i) => events.push(`before ${i}`),
      after: (i, receipt) => {
        events.push(`after ${i}`);
        receipts.push(receipt);
      },
    },
  );
  const plain = await executeBlockSequential(fx.blockJson, fx.state);
  const n = plain.receipts.length;
  assert.ok(n > 10, `${n} transactions`);
  assert.deepEqual(events, Array.from({ length: n }, (_, i) => [`before ${i}`, `after ${i}`]).flat());
  assert.deepEqual(receipts, observed.receipts);
  assert.equal(diffResults(plain, observed), undefined);
});
