// bloomHas (src/evm/bloom.ts), with which the EIP-6110 deposit search skips receipts, answers as
// @ethereumjs/vm's Bloom.check (the reference) on the receipts of a mainnet block, for every
// address and topic logged anywhere in the block: those in the receipt (true) and the others
// (mostly false).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hexToBytes } from '@ethereumjs/util';
import { Bloom } from '@ethereumjs/vm';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
import { EMPTY_BLOOM_HEX, bloomHas, bloomItem } from '../../src/evm/bloom.js';
import { executeBlockSequential } from '../../src/execute/sequential.js';
import { blockLogsBloom } from '../../src/verify/receipts.js';
import { FIXTURES } from '../helpers.js';
test('bloomHas answers as the reference Bloom.check for every address and topic of a mainnet block', async () => {
    const fx = loadFixtureBlock(FIXTURES, 12244000);
    const { receipts } = await executeBlockSequential(fx.blockJson, fx.state);
    const items = new Set();
    for (const r of receipts)
        for (const l of r.logs)
            for (const x of [l.address, ...l.topics])
                items.add(x);
    assert.ok(items.size > 100, `${items.size} items`);
    const asItem = (x) => (x.length === 42 ? x : BigInt(x));
    let has = 0;
    let hasNot = 0;
    for (const r of receipts) {
        if (r.logs.length === 0)
            continue;
        const reference = new Bloom(hexToBytes(r.logsBloom));
        for (const x of items) {
            const expected = reference.check(hexToBytes(x));
            assert.equal(bloomHas(r.logsBloom, bloomItem(asItem(x))), expected, `${x} in ${r.logsBloom.slice(0, 18)}…`);
            expected ? has++ : hasNot++;
        }
    }
    assert.ok(has > 100 && hasNot > 1000, `${has} in, ${hasNot} out`);
    // The empty bloom has nothing; a string that is not a bloom rules nothing out.
    assert.equal(bloomHas(EMPTY_BLOOM_HEX, bloomItem('0x00000000219ab540356cbb839cbe05303d7705fa')), false);
    assert.equal(bloomHas('0x', bloomItem('0x00000000219ab540356cbb839cbe05303d7705fa')), true);
    assert.equal(bloomHas(`0x${'zz'.repeat(256)}`, bloomItem('0x00000000219ab540356cbb839cbe05303d7705fa')), true);
});
test("the block bloom ORs each receipt's bloom: one of fewer bytes ORs only those, not the rest of the one before", () => {
    const full = `0x${'0f'.repeat(256)}`;
    const receipt = (logsBloom) => ({ txType: 0, gasUsed: 1n, cumulativeGasUsed: 1n, logs: [], logsBloom });
    assert.equal(blockLogsBloom([receipt(full), receipt(`0x${'f0'.repeat(256)}`)]), `0x${'ff'.repeat(256)}`);
    assert.equal(blockLogsBloom([receipt(full)]), full);
    assert.equal(blockLogsBloom([receipt('0xf0f0')]), `0x${'f0f0'}${'00'.repeat(254)}`);
    assert.equal(blockLogsBloom([receipt(EMPTY_BLOOM_HEX), receipt(`0x${'00'.repeat(256)}`)]), EMPTY_BLOOM_HEX);
});
//# sourceMappingURL=bloom.test.js.map