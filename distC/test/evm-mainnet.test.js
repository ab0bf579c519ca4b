// The 43 mainnet fixture blocks through parevm's own EVM: each must match its header (gasUsed,
// logsBloom, cumulative gas; receiptsRoot from Byzantium) and equal the reference engine's result
// field for field (receipts, state changes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Common, Mainnet } from '@ethereumjs/common';
import { StateReadError, decodeBlock, diffResults, executeBlockSequential, listFixtureBlocks, loadFixtureBlock, verifyHeader } from '../src/index.js';
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
            if (schedule.hardforkGteHardfork(mine.hardfork, 'byzantium'))
                assert.equal(v.receiptsRoot.status, 'match', 'receiptsRoot');
            assert.equal(v.ok, true);
            const ref = await executeBlockSequential(decoded, fx.state);
            const diff = diffResults(mine, ref);
            assert.equal(diff, undefined, `parevm EVM ≠ reference: ${JSON.stringify(diff)}`);
        });
    }
});
test("a state reader that throws: parevm EVM fails with the reference engine's StateReadError (method, key, transaction); the pre-state is not mutated", async () => {
    const fx = loadFixtureBlock(FIXTURES, 19934116);
    const decoded = decodeBlock(fx.blockJson);
    // The slots the block reads, in first-read order (the engines read slots a different number of
    // times, but the same slots, first read by the same transaction).
    const seen = [];
    await executeBlockSequential(decoded, {
        account: (a) => fx.state.account(a),
        storage: (a, s) => (seen.includes(`${a}, 0x${s.toString(16)}`) || seen.push(`${a}, 0x${s.toString(16)}`), fx.state.storage(a, s)),
        code: (h) => fx.state.code(h),
        blockHash: (n) => fx.state.blockHash(n),
    });
    const failing = (key) => ({
        account: (a) => fx.state.account(a),
        storage: (a, s) => {
            if (`${a}, 0x${s.toString(16)}` === key)
                throw new Error('disk on fire');
            return fx.state.storage(a, s);
        },
        code: (h) => fx.state.code(h),
        blockHash: (n) => fx.state.blockHash(n),
    });
    const before = JSON.stringify(fx.state.toJson());
    for (const key of [seen[0], seen[40], seen.at(-1)]) {
        const ref = await executeBlockSequential(decoded, failing(key)).then(() => undefined, (e) => e);
        const mine = await executeBlockSequential(decoded, failing(key), { engine: 'parevm' }).then(() => undefined, (e) => e);
        assert.ok(ref instanceof StateReadError && mine instanceof StateReadError, `${ref} / ${mine}`);
        assert.equal(mine.operation, 'storage');
        assert.equal(mine.key, key);
        assert.equal(mine.txIndex, ref.txIndex);
        assert.equal(mine.message, ref.message);
    }
    assert.equal(JSON.stringify(fx.state.toJson()), before);
});
//# sourceMappingURL=evm-mainnet.test.js.map