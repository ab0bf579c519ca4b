import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { BlockDecodeError, CodeHashError, FixtureFormatError, FixtureNotFoundError, InvalidTransactionError, MissingBlockHashError, SenderMismatchError, UnsupportedHardforkError, decodeBlock, executeBlockSequential, listFixtureBlocks, loadFixtureBlock, } from '../src/index.js';
import { MAINNET } from '../src/block/chains.js';
import { runCommand } from '../src/cli/run.js';
import { FIXTURES, readFixtureJson, tempFixtures } from './helpers.js';
const SMALL = 930196; // 18 transactions, frontier
const WITH_CODE = 1150000; // 9 transactions, 3 contracts in the pre-state
const firstAccount = (p) => Object.keys(p)[0];
test('missing fixture directory: error names the path and the --fixtures flag', () => {
    assert.throws(() => listFixtureBlocks('/definitely/not/here'), (e) => {
        assert.ok(e instanceof FixtureNotFoundError);
        assert.match(e.message, /\/definitely\/not\/here\/blocks/);
        assert.match(e.message, /--fixtures/);
        return true;
    });
    assert.throws(() => loadFixtureBlock(FIXTURES, 1), FixtureNotFoundError);
});
test('missing file in a block directory names the file', () => {
    const root = tempFixtures({ [SMALL]: { omit: 'pre_state.json' } });
    assert.throws(() => loadFixtureBlock(root, SMALL), (e) => {
        assert.ok(e instanceof FixtureNotFoundError);
        assert.match(e.message, new RegExp(`${SMALL}/pre_state\\.json`));
        return true;
    });
});
test('malformed JSON names the file', () => {
    const root = tempFixtures({ [SMALL]: { rawBlock: '{"number": "0x1", ' } });
    assert.throws(() => loadFixtureBlock(root, SMALL), (e) => {
        assert.ok(e instanceof FixtureFormatError);
        assert.match(e.message, /block\.json: malformed JSON/);
        return true;
    });
});
test('a field of the wrong type names file and field', () => {
    const root = tempFixtures({
        [SMALL]: { preState: (p) => ((p[firstAccount(p)].balance = true), p) },
    });
    assert.throws(() => loadFixtureBlock(root, SMALL), (e) => {
        assert.ok(e instanceof FixtureFormatError);
        assert.match(e.message, /pre_state\.json: field 0x[0-9a-f]{40}\.balance: expected a hex string, got boolean/);
        return true;
    });
});
test('hex that is not hex names file and field', () => {
    const root = tempFixtures({
        [SMALL]: { preState: (p) => ((p[firstAccount(p)].storage = { '0x1': '0xZZ' }), p) },
    });
    assert.throws(() => loadFixtureBlock(root, SMALL), (e) => {
        assert.ok(e instanceof FixtureFormatError);
        assert.match(e.message, /storage\[0x1\]: not hex/);
        return true;
    });
    const fx = loadFixtureBlock(FIXTURES, SMALL);
    const json = structuredClone(fx.blockJson);
    json.gasUsed = '0xnothex';
    assert.throws(() => decodeBlock(json), /field gasUsed: not hex/);
});
test('a code_hash with no bytecode', () => {
    const pre = readFixtureJson(`blocks/${WITH_CODE}/pre_state.json`);
    const withCode = Object.keys(pre).find((a) => pre[a].code_hash);
    const hash = pre[withCode].code_hash;
    const root = tempFixtures({ [WITH_CODE]: {} }, { bytecodes: (b) => (delete b[hash], b) });
    assert.throws(() => loadFixtureBlock(root, WITH_CODE), (e) => {
        assert.ok(e instanceof CodeHashError);
        assert.match(e.message, new RegExp(`bytecodes\\.json: code_hash ${hash}: no bytecode`));
        return true;
    });
});
test('a code whose keccak does not match its hash', () => {
    const pre = readFixtureJson(`blocks/${WITH_CODE}/pre_state.json`);
    const hash = pre[Object.keys(pre).find((a) => pre[a].code_hash)].code_hash;
    const root = tempFixtures({ [WITH_CODE]: {} }, { bytecodes: (b) => ((b[hash] = b[hash] + '00'), b) });
    assert.throws(() => loadFixtureBlock(root, WITH_CODE), (e) => {
        assert.ok(e instanceof CodeHashError);
        assert.match(e.message, /bytecode hashes to 0x/);
        return true;
    });
});
test('a transaction whose recovered sender differs from "from"', async () => {
    const fx = loadFixtureBlock(FIXTURES, SMALL);
    const json = structuredClone(fx.blockJson);
    const real = json.transactions[3].from.toLowerCase();
    json.transactions[3].from = '0x' + '11'.repeat(20);
    await assert.rejects(executeBlockSequential(json, fx.state), (e) => {
        assert.ok(e instanceof SenderMismatchError);
        assert.equal(e.txIndex, 3);
        assert.equal(e.recovered, real);
        return true;
    });
});
test('a block with no hardfork parevm executes (a chain that schedules amsterdam)', () => {
    const fx = loadFixtureBlock(FIXTURES, 19934116);
    const json = structuredClone(fx.blockJson);
    json.timestamp = '0x7fffffff'; // year 2038
    // Mainnet schedules no fork after BPO2 yet; a chain that schedules Amsterdam (not executed) does.
    const chain = {
        ...MAINNET,
        name: 'future',
        hardforks: [...MAINNET.hardforks.filter((h) => h.name !== 'amsterdam'), { name: 'amsterdam', block: null, timestamp: 2000000000 }],
    };
    assert.equal(decodeBlock(json).hardfork, 'bpo2');
    assert.throws(() => decodeBlock(json, { chain }), (e) => {
        assert.ok(e instanceof UnsupportedHardforkError);
        assert.match(e.message, /future schedules hardfork "amsterdam", which parevm does not execute/);
        return true;
    });
});
test('a transaction that cannot be decoded', () => {
    const fx = loadFixtureBlock(FIXTURES, SMALL);
    const json = structuredClone(fx.blockJson);
    json.transactions[0].type = '0x7f';
    assert.throws(() => decodeBlock(json), (e) => e instanceof InvalidTransactionError && e.reason === 'unknown-type' && e.txIndex === 0);
    assert.throws(() => decodeBlock(new Uint8Array([0xc3, 0x01])), BlockDecodeError);
});
test('BLOCKHASH of an ancestor missing from block_hashes.json is an error, never zero', async () => {
    const root = tempFixtures({ 2462997: {} }, { blockHashes: () => ({}) });
    const fx = loadFixtureBlock(root, 2462997);
    await assert.rejects(executeBlockSequential(fx.blockJson, fx.state), (e) => {
        assert.ok(e instanceof MissingBlockHashError);
        assert.equal(e.blockNumber, 2462996n);
        return true;
    });
});
test('parevm run on a root with one bad block reports the others and exits 1', async () => {
    const root = tempFixtures({ 46147: {}, [SMALL]: { rawBlock: 'not json' } });
    const lines = [];
    const status = await runCommand({ fixtures: root, json: true, out: (l) => lines.push(l) });
    assert.equal(status, 1);
    const report = JSON.parse(lines.join('\n'));
    assert.equal(report.blocks.length, 2);
    const good = report.blocks.find((b) => b.block === 46147);
    const bad = report.blocks.find((b) => b.block === SMALL);
    assert.equal(good.verdict.ok, true);
    assert.equal(bad.error.code, 'FIXTURE_FORMAT');
    assert.match(bad.error.message, new RegExp(join('blocks', String(SMALL), 'block.json')));
});
test('the pre-state passed in is never mutated by execution', async () => {
    const fx = loadFixtureBlock(FIXTURES, SMALL);
    const before = [...fx.state.addresses()].map((a) => [a, fx.state.account(a), [...fx.state.storageOf(a)]]);
    const snapshot = JSON.stringify(before, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    const result = await executeBlockSequential(fx.blockJson, fx.state);
    assert.ok(result.stateChanges.length > 0);
    const after = [...fx.state.addresses()].map((a) => [a, fx.state.account(a), [...fx.state.storageOf(a)]]);
    assert.equal(JSON.stringify(after, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)), snapshot);
});
//# sourceMappingURL=bad-input.test.js.map