import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { paramsBlock } from '@ethereumjs/block';
import { ChainConfigError, InvalidSignatureError, chainByName, chainFromConfigFile, createChainCommon, decodeBlock, hardforkFor, loadFixtureBlock, parseChainConfig, } from '../src/index.js';
import { runCommand } from '../src/cli/run.js';
import { FIXTURES } from './helpers.js';
// Activation timestamps from the networks' published schedules (EIP-7600 Prague, EIP-7607 Osaka,
// the BPO announcements), as `@ethereumjs/common` carries them.
test('mainnet, sepolia and hoodi by name: fork schedule and chain id', () => {
    const mainnet = chainByName('mainnet');
    assert.equal(BigInt(mainnet.chainId), 1n);
    assert.equal(hardforkFor(22000000n, 1746612311n - 1n, mainnet), 'cancun');
    assert.equal(hardforkFor(22431084n, 1746612311n, mainnet), 'prague');
    assert.equal(hardforkFor(23935694n, 1764798551n, mainnet), 'osaka');
    assert.equal(hardforkFor(23975796n, 1765290071n, mainnet), 'bpo1');
    assert.equal(hardforkFor(24000000n, 1767747671n, mainnet), 'bpo2');
    const hoodi = chainByName('Hoodi');
    assert.equal(BigInt(hoodi.chainId), 560048n);
    // The witness fixture's block: Hoodi 1,265,656 at 2025-09-22 is Prague (fixtures README).
    assert.equal(hardforkFor(1265656n, 0x68d1422cn, hoodi), 'prague');
    assert.equal(BigInt(chainByName('sepolia').chainId), 11155111n);
    assert.throws(() => chainByName('ropsten'), (e) => e instanceof ChainConfigError && /unknown chain "ropsten" \(known: mainnet, sepolia, hoodi/.test(e.message));
});
/** A devnet config in geth's format: everything at genesis up to Osaka, BPO1 at 100, BPO3 at 200. */
function devnet(edit = () => { }) {
    const config = {
        chainId: 7011893,
        homesteadBlock: 0,
        eip150Block: 0,
        eip155Block: 0,
        eip158Block: 0,
        byzantiumBlock: 0,
        constantinopleBlock: 0,
        petersburgBlock: 0,
        istanbulBlock: 0,
        berlinBlock: 0,
        londonBlock: 0,
        mergeNetsplitBlock: 0,
        terminalTotalDifficulty: 0,
        shanghaiTime: 0,
        cancunTime: 0,
        pragueTime: 0,
        osakaTime: 0,
        bpo1Time: 100,
        bpo3Time: 200,
        blobSchedule: {
            cancun: { target: 3, max: 6, baseFeeUpdateFraction: 3338477 },
            prague: { target: 6, max: 9, baseFeeUpdateFraction: 5007716 },
            osaka: { target: 6, max: 9, baseFeeUpdateFraction: 5007716 },
            bpo1: { target: 10, max: 15, baseFeeUpdateFraction: 8346193 },
            bpo3: { target: 21, max: 32, baseFeeUpdateFraction: 20000000 },
        },
        depositContractAddress: '0x4242424242424242424242424242424242424242',
    };
    edit(config);
    return { config, alloc: {}, gasLimit: '0x1c9c380', difficulty: '0x0', nonce: '0x0' };
}
test('a custom chain from a geth-style genesis: forks by timestamp, blob schedule from the config', () => {
    const chain = parseChainConfig(devnet(), 'devnet.json');
    assert.equal(BigInt(chain.chainId), 7011893n);
    assert.equal(hardforkFor(5n, 99n, chain), 'osaka');
    assert.equal(hardforkFor(6n, 100n, chain), 'bpo1');
    assert.equal(hardforkFor(7n, 250n, chain), 'bpo3');
    const gas = (hf) => {
        const common = createChainCommon(hf, chain);
        common.updateParams(paramsBlock); // blobGasPerBlob (EIP-4844), as a block header registers it
        return common.getBlobGasSchedule();
    };
    assert.deepEqual(gas('prague'), { targetBlobGasPerBlock: 6n * 131072n, maxBlobGasPerBlock: 9n * 131072n, blobGasPriceUpdateFraction: 5007716n });
    assert.deepEqual(gas('bpo3'), { targetBlobGasPerBlock: 21n * 131072n, maxBlobGasPerBlock: 32n * 131072n, blobGasPriceUpdateFraction: 20000000n });
    assert.equal(chain.depositContractAddress, '0x4242424242424242424242424242424242424242');
    // A bare chain config (no genesis around it) reads the same.
    assert.deepEqual(parseChainConfig(devnet().config), { ...chain, name: 'chain 7011893' });
});
test('bad chain configs: typed errors naming the file and field', () => {
    const bad = (edit, field, why) => assert.throws(() => parseChainConfig(devnet(edit), 'devnet.json'), (e) => {
        assert.ok(e instanceof ChainConfigError, String(e));
        assert.equal(e.code, 'CHAIN_CONFIG');
        assert.match(e.field, field);
        assert.match(e.message, /^devnet\.json: /);
        assert.match(e.message, why);
        return true;
    });
    bad((c) => ((c.pragueTime = 50), (c.osakaTime = 10)), /^config\.osakaTime$/, /forks out of order: osakaTime 10 is before pragueTime 50/);
    bad((c) => ((c.berlinBlock = 9), (c.londonBlock = 3)), /^config\.londonBlock$/, /out of order/);
    bad((c) => (c.glamsterdamTime = 300), /^config\.glamsterdamTime$/, /unknown fork/);
    bad((c) => delete c.blobSchedule.bpo3, /^config\.blobSchedule\.bpo3$/, /missing: bpo3Time activates bpo3/);
    bad((c) => (c.blobSchedule.bpo9 = { target: 1, max: 2, baseFeeUpdateFraction: 3 }), /^config\.blobSchedule\.bpo9$/, /unknown blob fork/);
    bad((c) => (c.blobSchedule.osaka.max = '9'), /^config\.blobSchedule\.osaka\.max$/, /non-negative integer/);
    bad((c) => (c.chainId = 0), /^config\.chainId$/, /positive integer/);
    bad((c) => (c.pragueTime = -1), /^config\.pragueTime$/, /non-negative integer/);
    const dir = mkdtempSync(join(tmpdir(), 'parevm-chain-'));
    writeFileSync(join(dir, 'broken.json'), '{ "config": ');
    assert.throws(() => chainFromConfigFile(join(dir, 'broken.json')), (e) => e instanceof ChainConfigError && /broken\.json: not JSON/.test(e.message));
    assert.throws(() => chainFromConfigFile(join(dir, 'absent.json')), (e) => e instanceof ChainConfigError && /absent\.json: cannot read/.test(e.message));
});
test('the chain id comes from the chain: a mainnet transaction on another chain is rejected (EIP-155)', () => {
    const fx = loadFixtureBlock(FIXTURES, 19934116);
    const other = parseChainConfig(devnet((c) => {
        c.chainId = 1337;
        delete c.osakaTime;
        delete c.bpo1Time;
        delete c.bpo3Time;
        delete c.pragueTime;
    }));
    assert.equal(decodeBlock(fx.blockJson).hardfork, 'cancun');
    assert.throws(() => decodeBlock(fx.blockJson, { chain: other }), (e) => {
        assert.ok(e instanceof InvalidSignatureError, String(e));
        assert.equal(e.reason, 'wrong-chain-id');
        assert.match(e.message, /signed for chain id 1; this block is on chain id 1337/);
        return true;
    });
});
test('parevm run: the chain and hardfork of each block in the report', async () => {
    const lines = [];
    const status = await runCommand({
        fixtures: FIXTURES,
        blocks: [19934116],
        concurrency: 0,
        json: true,
        chain: chainByName('mainnet'),
        out: (l) => lines.push(l),
    });
    assert.equal(status, 0);
    const row = JSON.parse(lines.join('\n')).blocks[0];
    assert.equal(row.chain, 'mainnet');
    assert.equal(row.chainId, 1);
    assert.equal(row.hardfork, 'cancun');
    assert.equal(row.verdict.requestsHash.status, 'not-checked');
});
//# sourceMappingURL=chains.test.js.map