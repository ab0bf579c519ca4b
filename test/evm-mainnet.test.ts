// The 43 mainnet fixture blocks through parevm's own EVM: each must match its header (gasUsed,
// logsBloom, cumulative gas; receiptsRoot from Byzantium) and equal the reference engine's result
// field for field (receipts, state changes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Common, Mainnet } from '@ethereumjs/common';
import { decodeBlock, diffResults, executeBlockSequential, listFixtureBlocks, loadFixtureBlock, verifyHeader } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const schedule = new Common({ chain: Mainnet });

test('every mainnet fixture block through parevm EVM matches its header and equals the reference engine', async (t) => {
  const numbers = listFixtureBlocks(FIXTURES);
  assert.equal(numbers.length, 43, 'the fixture set holds 43 blocks');
  for (const n of numbers) {
    await t.test(`block ${n}`, async () => {
      const fx = loadFixtureBlock(FIXTURES, n);
      const decoded = decodeBlock(fx.blockJson);
      const mine = await executeBlockSequential(decoded, fx.state, { engine: 'parevm' });
      const v = verifyHeader(mine, decoded.block.header);
      assert.equal(v.gasUsed.status, 'match', `gasUsed ${v.gasUsed.actual} != ${v.gasUsed.expected}`);
      assert.equal(v.logsBloom.status, 'match', 'logsBloom');
      assert.equal(v.cumulativeGas.status, 'match', 'cumulative gas');
      if (schedule.hardforkGteHardfork(mine.hardfork, 'byzantium')) assert.equal(v.receiptsRoot.status, 'match', 'receiptsRoot');
      assert.equal(v.ok, true);
      const ref = await executeBlockSequential(decoded, fx.state);
      const diff = diffResults(mine, ref);
      assert.equal(diff, undefined, `parevm EVM ≠ reference: ${JSON.stringify(diff)}`);
    });
  }
});
