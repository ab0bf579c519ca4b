// The execution-spec-tests networks as chains (fork names, AtTime15k transitions, blob schedules
// from the fixture's config) and the EIP-7934 block size rule. Expected values are the EIPs'
// and the fixtures' own numbers, never parevm output.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paramsBlock } from '@ethereumjs/block';
import { createChainCommon, hardforkFor } from '../src/block/hardfork.js';
import { checkBlockSize, MAX_RLP_BLOCK_SIZE } from '../src/block/limits.js';
import { parseBlobSchedule, testNetwork } from '../src/conformance/hardforks.js';
import { FixtureFormatError, InvalidBlockError } from '../src/errors.js';
/** `config.blobSchedule` of blockchain_tests/…/BPO3ToBPO4AtTime15k fixtures (tests-v5.4.0). */
const BPO_SCHEDULE = {
    Cancun: { baseFeeUpdateFraction: '0x32f0ed', max: '0x06', target: '0x03' },
    Prague: { baseFeeUpdateFraction: '0x4c6964', max: '0x09', target: '0x06' },
    Osaka: { baseFeeUpdateFraction: '0x4c6964', max: '0x09', target: '0x06' },
    BPO1: { baseFeeUpdateFraction: '0x7f5a51', max: '0x0f', target: '0x0a' },
    BPO2: { baseFeeUpdateFraction: '0xb24b3f', max: '0x15', target: '0x0e' },
    BPO3: { baseFeeUpdateFraction: '0x013a7aa1', max: '0x20', target: '0x15' },
    BPO4: { baseFeeUpdateFraction: '0xd1a66e', max: '0x15', target: '0x0e' },
};
test('a transition network switches fork at timestamp 15,000: the first fork before, the second from it', () => {
    for (const [name, before, after] of [
        ['CancunToPragueAtTime15k', 'cancun', 'prague'],
        ['PragueToOsakaAtTime15k', 'prague', 'osaka'],
        ['OsakaToBPO1AtTime15k', 'osaka', 'bpo1'],
        ['BPO3ToBPO4AtTime15k', 'bpo3', 'bpo4'],
    ]) {
        const network = testNetwork(name, parseBlobSchedule(BPO_SCHEDULE, 'fixture', 'config.blobSchedule'));
        assert.ok(network, name);
        assert.equal(network.genesis, before);
        assert.equal(network.hardfork, after);
        assert.equal(hardforkFor(0n, 0n, network.chain), before, `${name} genesis`);
        assert.equal(hardforkFor(3n, 14999n, network.chain), before, `${name} at 14,999`);
        assert.equal(hardforkFor(4n, 15000n, network.chain), after, `${name} at 15,000`);
    }
});
test('a fork network has every fork up to it from genesis; unknown names and backwards transitions are no network', () => {
    const osaka = testNetwork('Osaka');
    assert.equal(hardforkFor(1n, 1n, osaka.chain), 'osaka');
    assert.equal(createChainCommon('osaka', osaka.chain).isActivatedEIP(7702), true, 'Prague EIPs are active on Osaka');
    assert.equal(testNetwork('Amsterdam'), undefined);
    assert.equal(testNetwork('OsakaToPragueAtTime15k'), undefined);
    assert.equal(testNetwork('Osaka'), osaka, 'one object per (name, schedule): Commons built from it are cached');
});
test("blob parameters come from the fixture's blob schedule (EIP-7840), BPO3/BPO4 only from it", () => {
    const network = testNetwork('BPO3ToBPO4AtTime15k', parseBlobSchedule(BPO_SCHEDULE, 'fixture', 'config.blobSchedule'));
    const perBlob = 131072n;
    // The blob parameters as @ethereumjs/block reads them (its EIP-4844 parameters registered).
    const schedule = (fork) => {
        const common = createChainCommon(fork, network.chain);
        common.updateParams(paramsBlock);
        return common.getBlobGasSchedule();
    };
    const bpo3 = schedule('bpo3');
    assert.deepEqual(bpo3, { targetBlobGasPerBlock: 21n * perBlob, maxBlobGasPerBlock: 32n * perBlob, blobGasPriceUpdateFraction: 0x013a7aa1n });
    const bpo4 = schedule('bpo4');
    assert.deepEqual(bpo4, { targetBlobGasPerBlock: 14n * perBlob, maxBlobGasPerBlock: 21n * perBlob, blobGasPriceUpdateFraction: 0xd1a66en });
    const prague = schedule('prague');
    assert.deepEqual(prague, { targetBlobGasPerBlock: 6n * perBlob, maxBlobGasPerBlock: 9n * perBlob, blobGasPriceUpdateFraction: 0x4c6964n });
    assert.throws(() => testNetwork('BPO2ToBPO3AtTime15k', {}), (e) => e instanceof FixtureFormatError && /blobSchedule\.BPO3/.test(e.message));
    assert.throws(() => parseBlobSchedule({ Amsterdam: BPO_SCHEDULE.Osaka }, 'f.json', 'config.blobSchedule'), /f\.json: field config\.blobSchedule\.Amsterdam: unknown fork/);
    assert.throws(() => parseBlobSchedule({ Osaka: { max: '0x09', target: '0x06' } }, 'f.json', 'config.blobSchedule'), /config\.blobSchedule\.Osaka\.baseFeeUpdateFraction/);
});
test('EIP-7934: from Osaka a block of more than 8,388,608 RLP bytes is invalid; before Osaka there is no limit', () => {
    assert.equal(MAX_RLP_BLOCK_SIZE, 8_388_608);
    const osaka = createChainCommon('osaka', testNetwork('Osaka').chain);
    assert.doesNotThrow(() => checkBlockSize(8_388_608, osaka));
    assert.throws(() => checkBlockSize(8_388_609, osaka), (e) => e instanceof InvalidBlockError && e.field === 'blockSize');
    assert.doesNotThrow(() => checkBlockSize(20_000_000, createChainCommon('prague', testNetwork('Prague').chain)));
});
//# sourceMappingURL=eest-networks.test.js.map