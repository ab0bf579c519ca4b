// The differential fuzzer reaches every opcode and every precompile of the fuzzed hardfork on
// parevm's EVM, with the reference engine agreeing; its precompile inputs are the consensus
// tests'; the interpreter's counters count what executes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getActivePrecompiles, getOpcodesForHF, NobleBLS, NobleBN254, paramsEVM } from '@ethereumjs/evm';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { createMainnetCommon } from '../src/block/hardfork.js';
import { DEFAULT_TEST_VECTORS } from '../src/conformance/suite.js';
import { closeSharedPools, executeBlockSequential } from '../src/index.js';
import { Asm } from '../src/fuzz/asm.js';
import { buildBlock, FUZZ_HARDFORKS } from '../src/fuzz/block.js';
import { EvmCoverage } from '../src/fuzz/coverage.js';
import { PRECOMPILE_VECTORS, vectorAt } from '../src/fuzz/precompileVectors.js';
import { readReproducer } from '../src/fuzz/reproducer.js';
import { fuzz } from '../src/fuzz/runner.js';
import { replayCommand } from '../src/cli/fuzz.js';
import { wallets } from '../src/workloads/chain.js';
after(() => closeSharedPools());
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const cli = (args) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 300_000 });
/** A hardfork's Common with the EVM's parameters (getOpcodesForHF needs them). */
function referenceCommon(hardfork) {
    const common = createMainnetCommon(hardfork);
    common.updateParams(paramsEVM);
    return common;
}
const EEST = process.env.PAREVM_EEST ?? '../shared/fixtures/eest';
test('precompile vectors: copied from the consensus tests, accepted by the reference precompiles exactly when marked ok, at the recorded gas', async (t) => {
    const host = { _bn254: new NobleBN254(), _bls: new NobleBLS() };
    const precompiles = new Set();
    for (const hardfork of FUZZ_HARDFORKS) {
        const common = referenceCommon(hardfork);
        const active = getActivePrecompiles(common);
        for (const v of PRECOMPILE_VECTORS) {
            const run = active.get(v.precompile.toString(16).padStart(40, '0'));
            if (!run)
                continue; // point evaluation before Cancun, BLS before Prague, P256VERIFY before Osaka
            precompiles.add(v.precompile);
            const r = await run({ data: hexToBytes(v.input), gasLimit: 10000000n, common, _EVM: host });
            const at = `${hardfork}: ${v.precompile} ${v.label}`;
            const expected = vectorAt(v, hardfork);
            assert.equal(r.exceptionError === undefined, expected.ok, at);
            if (expected.ok)
                assert.equal(r.executionGasUsed, BigInt(expected.gas), at);
        }
    }
    // Every vector ran on some fuzzed fork; BLS12-381 (EIP-2537) and P256VERIFY (EIP-7951) have some.
    assert.deepEqual([...new Set(PRECOMPILE_VECTORS.map((v) => v.precompile))].filter((p) => !precompiles.has(p)), []);
    for (const p of [0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x100]) {
        assert.ok(PRECOMPILE_VECTORS.some((v) => v.precompile === p && v.ok), `0x${p.toString(16)}: no accepted vector`);
    }
    const root = join(process.env.PAREVM_TEST_VECTORS ?? DEFAULT_TEST_VECTORS, 'GeneralStateTests');
    const roots = [
        { prefix: '', dir: root },
        { prefix: 'eest/', dir: EEST },
    ];
    const missing = roots.filter((r) => !existsSync(r.dir)).map((r) => r.dir);
    for (const v of PRECOMPILE_VECTORS) {
        const { prefix, dir } = v.source.startsWith('eest/') ? roots[1] : roots[0];
        if (!existsSync(dir))
            continue;
        const [file, id] = [v.source.split(' ')[0].slice(prefix.length), v.source.split(' ').slice(1).join(' ')];
        const text = readFileSync(join(dir, file), 'utf8');
        // An execution-spec-tests source names its test: the input is that test's transaction data.
        const scope = id && prefix ? eestTestText(text, id, v.source) : text.toLowerCase();
        const hex = v.input.slice(2);
        // ecrecover's words are stored by the test's code (PUSH32 each); the others are transaction data.
        const parts = v.precompile === 1 ? [0, 2, 3].map((w) => hex.slice(64 * w, 64 * w + 64)) : [hex];
        for (const p of parts)
            assert.ok(scope.includes(p), `${v.source}: input of ${v.label} not found`);
    }
    if (missing.length)
        t.skip(`no consensus-test fixtures at ${missing.join(', ')}: sources not checked there`);
});
/** The JSON text (lowercase) of the fixture `id` (its full key) in an execution-spec-tests file. */
function eestTestText(text, id, source) {
    const fixture = JSON.parse(text)[id];
    assert.ok(fixture, `${source}: no test with this id`);
    return JSON.stringify(fixture).toLowerCase();
}
// Per fuzzed hardfork a fixed seed of modest size: every block runs on the reference engine, on
// parevm's EVM and in parallel at 2 workers (the probe's blocks on the Block-STM path too).
const SEED = process.env.PAREVM_COVERAGE_SEED ?? 'coverage-1';
const BLOCKS = Number(process.env.PAREVM_COVERAGE_BLOCKS ?? 10);
for (const hardfork of FUZZ_HARDFORKS) {
    test(`coverage ${hardfork}: seed ${SEED} × ${BLOCKS} blocks execute every opcode and call every precompile of the fork on parevm's EVM, equal to the reference engine and to parallel`, async () => {
        const out = mkdtempSync(join(tmpdir(), 'parevm-coverage-'));
        const s = await fuzz({
            seed: `${SEED}/${hardfork}`,
            blocks: BLOCKS,
            concurrency: [2],
            stormRuns: false,
            outDir: out,
            generator: { hardforks: [hardfork] },
        });
        const shown = (d) => `${d.index} ${d.engine ?? `×${d.concurrency}`}: ${d.field} → ${d.reproducer}\n  ${d.sequential.slice(0, 300)}\n  ${d.parallel.slice(0, 300)}`;
        assert.deepEqual(s.divergences.map(shown), []);
        assert.equal(s.engineRuns, BLOCKS);
        assert.deepEqual(s.coverage.hardforks, { [hardfork]: BLOCKS });
        assert.ok(s.parallelRuns >= BLOCKS - s.invalidBlocks, `${s.parallelRuns} parallel runs`);
        const report = s.evmCoverage;
        assert.deepEqual(report.hardforks, [hardfork]);
        // The expected lists come from the reference engine, not from the fuzzer.
        const common = referenceCommon(hardfork);
        const expected = [...getOpcodesForHF(common).opcodes.values()];
        // A check that the reference's lists are the fork's: CLZ (EIP-7939) from Osaka, MCOPY (EIP-5656) from Cancun.
        assert.equal(expected.some((o) => o.fullName === 'CLZ'), hardfork === 'osaka');
        assert.equal(expected.some((o) => o.fullName === 'MCOPY'), ['cancun', 'prague', 'osaka'].includes(hardfork));
        const executed = new Map(report.opcodes.map((o) => [o.code, o.executions]));
        const missing = expected.filter((o) => !(executed.get(o.code) > 0)).map((o) => o.fullName);
        assert.deepEqual(missing, [], 'opcodes never executed');
        assert.deepEqual(report.opcodesAtZero, []);
        const calls = new Map(report.precompiles.map((p) => [p.address, p]));
        const active = [...getActivePrecompiles(common).keys()];
        assert.equal(active.includes('0000000000000000000000000000000000000100'), hardfork === 'osaka', 'P256VERIFY (EIP-7951) from Osaka');
        for (const key of active) {
            const p = calls.get(`0x${key}`);
            assert.ok(p && p.ok > 0, `0x${key}: no successful call`);
            assert.ok(p.failed > 0, `0x${key}: no failed call (out of gas or bad input)`);
        }
        assert.deepEqual(report.precompilesAtZero, []);
    });
}
/** A one-transaction Cancun case: wallet 0 calls `code` at 0x…c0de. */
function oneCall(code) {
    const ws = wallets('parevm-coverage', 1);
    const hash = bytesToHex(keccak_256(code));
    const number = 19600000n;
    const blockHashes = {};
    for (let k = 1n; k <= 256n; k++)
        blockHashes[(number - k).toString()] = bytesToHex(keccak_256(new TextEncoder().encode(String(number - k))));
    return {
        seed: 'coverage',
        index: 0,
        hardfork: 'cancun',
        number: `0x${number.toString(16)}`,
        timestamp: '0x66000000',
        baseFee: '0x3b9aca00',
        coinbase: '0x00000000000000000000000000000000c0ffee05',
        blockHashes,
        walletSeed: 'parevm-coverage',
        walletCount: 1,
        withdrawals: [],
        preState: {
            [ws[0].address]: { balance: '0x3635c9adc5dea00000', nonce: '0x0', storage: {} },
            '0x000000000000000000000000000000000000c0de': { balance: '0x0', nonce: '0x1', code_hash: hash, storage: {} },
        },
        bytecodes: { [hash]: bytesToHex(code) },
        intents: [
            {
                from: 0,
                to: '0x000000000000000000000000000000000000c0de',
                data: '0x',
                value: '0x0',
                gasLimit: '0x30d40',
                type: 2,
                priorityFee: '0x1',
                note: 'coverage',
            },
        ],
    };
}
test('counters: each opcode that executes counts once (INVALID when it halts), precompile calls by outcome; an EVM not attached counts nothing', async () => {
    // ADD of two PUSH1s, STATICCALL of SHA-256 (ok) and of ecrecover with 10 gas (fails), INVALID.
    const a = new Asm().push(1).push(2).op('ADD', 'POP');
    a.push(0).push(0).push(0).push(0).push(2).push(100_000).raw(0xfa).op('POP');
    a.push(0).push(0).push(0).push(0).push(1).push(10).raw(0xfa).op('POP');
    a.op('INVALID');
    const { blockJson, state } = buildBlock(oneCall(a.build()));
    const cov = new EvmCoverage();
    const r = await executeBlockSequential(blockJson, state, { engine: 'parevm', onParevmEvm: (evm) => cov.attach(evm) });
    assert.equal(r.receipts[0].status, 0);
    const count = (name) => cov.report().opcodes.find((o) => o.name === name).executions;
    assert.equal(count('PUSH1'), 13);
    assert.equal(count('PUSH3'), 1);
    assert.equal(count('ADD'), 1);
    assert.equal(count('POP'), 3);
    assert.equal(count('STATICCALL'), 2);
    assert.equal(count('INVALID'), 1);
    assert.equal(count('STOP'), 0);
    const report = cov.report();
    const calls = () => cov
        .report()
        .precompiles.filter((p) => p.ok + p.failed > 0)
        .map((p) => [p.address.slice(-2), p.ok, p.failed]);
    assert.deepEqual(calls(), [
        ['01', 0, 1],
        ['02', 1, 0],
    ]);
    assert.equal(report.blocks, 1);
    assert.ok(report.opcodesAtZero.includes('MCOPY'));
    // The same block without the hook: the EVM keeps no counters, and its precompile calls count
    // nowhere (each EVM wraps its own copy of the fork's precompiles).
    let seen;
    await executeBlockSequential(blockJson, state, { engine: 'parevm', onParevmEvm: (evm) => (seen = evm.opCounts) });
    assert.equal(seen, null);
    assert.deepEqual(calls(), [
        ['01', 0, 1],
        ['02', 1, 0],
    ]);
    // Attached again: each call counts once more.
    await executeBlockSequential(blockJson, state, { engine: 'parevm', onParevmEvm: (evm) => cov.attach(evm) });
    assert.deepEqual(calls(), [
        ['01', 0, 2],
        ['02', 2, 0],
    ]);
    assert.equal(count('ADD'), 2);
});
test("a planted fault of parevm's EVM is found, minimised to the transaction that triggers it, and written as a reproducer", async () => {
    // Faulty "parevm EVM": the real one, but it miscounts gas when the block has a blob transaction.
    const planted = async (blockJson, state, onEvm) => {
        const r = await executeBlockSequential(blockJson, state, { engine: 'parevm', ...(onEvm ? { onParevmEvm: onEvm } : {}) });
        const blobs = blockJson.transactions.some((t) => t.type === '0x3');
        return blobs ? { ...r, gasUsed: r.gasUsed + 1n } : r;
    };
    const out = mkdtempSync(join(tmpdir(), 'parevm-evm-planted-'));
    let found;
    for (let i = 0; i < 40 && found === undefined; i++) {
        const generator = { invalidRate: 0, hardforks: ['cancun'], probes: false, minTxs: 4, maxTxs: 10 };
        const s = await fuzz({ seed: 'planted-evm', from: i, blocks: 1, concurrency: [], stormRuns: false, parevm: planted, outDir: out, generator });
        if (s.divergences.length)
            found = i;
        else
            continue;
        const d = s.divergences[0];
        assert.equal(d.engine, 'parevm');
        assert.equal(d.field, 'gasUsed');
        assert.equal(d.minimizedTxs, 1);
        const { c, divergence } = readReproducer(d.reproducer);
        assert.equal(divergence.engine, 'parevm');
        assert.equal(c.intents.length, 1);
        assert.equal(c.intents[0].type, 3, 'the kept transaction is the blob transaction');
        assert.match(readFileSync(join(d.reproducer, 'README.txt'), 'utf8'), /parevm's EVM differed from the reference engine/);
        // The real engine replays it without a difference.
        const lines = [];
        assert.equal(await replayCommand(d.reproducer, 1, (l) => lines.push(l)), 0, lines.join('\n'));
        assert.match(lines.join('\n'), /parevm's EVM equals the reference engine/);
    }
    assert.notEqual(found, undefined, 'no block of 40 had a blob transaction');
});
test('parevm fuzz --json carries the coverage: every expected opcode with its executions, and what stayed at zero', () => {
    const r = cli([
        'fuzz',
        '--seed',
        'cli-cov-2',
        '--blocks',
        '1',
        '--concurrency',
        '2',
        '--txs',
        '4-6',
        '--hardforks',
        'cancun',
        '--json',
        '--out',
        mkdtempSync(join(tmpdir(), 'parevm-cli-cov-')),
    ]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const s = JSON.parse(r.stdout);
    // A valid block (the seed's block 0 is; an invalid one stops early and may leave ADD at zero).
    assert.equal(s.invalidBlocks, 0);
    assert.equal(s.engineRuns, 1);
    assert.equal(s.evmCoverage.opcodes.length, 149);
    assert.deepEqual(s.evmCoverage.opcodesAtZero, s.evmCoverage.opcodes.filter((o) => o.executions === 0).map((o) => o.name));
    assert.equal(s.evmCoverage.precompiles.length, 10);
    assert.ok(s.evmCoverage.opcodes.find((o) => o.name === 'ADD').executions > 0);
});
//# sourceMappingURL=fuzz-coverage.test.js.map