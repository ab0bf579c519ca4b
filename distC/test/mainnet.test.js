import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Common, Mainnet } from '@ethereumjs/common';
import { decodeBlock, executeBlockSequential, listFixtureBlocks, loadFixtureBlock, verifyHeader } from '../src/index.js';
import { FIXTURES } from './helpers.js';
const schedule = new Common({ chain: Mainnet });
// The header values come from mainnet, not from parevm: gasUsed everywhere, logsBloom everywhere
// (it depends only on logs), receiptsRoot from Byzantium on.
test('every mainnet fixture block matches its header (sequential)', async (t) => {
    const numbers = listFixtureBlocks(FIXTURES);
    assert.equal(numbers.length, 43, 'the fixture set holds 43 blocks');
    for (const n of numbers) {
        await t.test(`block ${n}`, async () => {
            const fx = loadFixtureBlock(FIXTURES, n);
            const decoded = decodeBlock(fx.blockJson);
            const result = await executeBlockSequential(decoded, fx.state);
            const v = verifyHeader(result, decoded.block.header);
            assert.equal(v.gasUsed.status, 'match', `gasUsed ${v.gasUsed.actual} != ${v.gasUsed.expected}`);
            assert.equal(v.logsBloom.status, 'match', 'logsBloom');
            assert.equal(v.cumulativeGas.status, 'match', 'cumulative gas');
            if (schedule.hardforkGteHardfork(result.hardfork, 'byzantium')) {
                assert.equal(v.receiptsRoot.status, 'match', `receiptsRoot ${v.receiptsRoot.actual} != ${v.receiptsRoot.expected}`);
            }
            else {
                assert.equal(v.receiptsRoot.status, 'not-checked');
            }
            assert.equal(result.receipts.length, fx.blockJson.transactions.length);
            assert.equal(v.ok, true);
        });
    }
});
//# sourceMappingURL=mainnet.test.js.map