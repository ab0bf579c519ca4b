// The Ethereum consensus tests through the parallel engine: a representative slice (every directory
// of GeneralStateTests and BlockchainTests, every n-th file of each; the same for the
// execution-spec-tests state_tests and blockchain_tests, plus their fork transitions), the
// exception mapping, the state root against real genesis headers, and the skip file. The full run
// is `parevm test-vectors --suite all` (README); PAREVM_CONFORMANCE_SAMPLE=1 runs everything here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createBlockFromRLP } from '@ethereumjs/block';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { createTxCommon } from '../src/block/hardfork.js';
import { EXCEPTIONS, matchesException } from '../src/conformance/exceptions.js';
import { parseTestState } from '../src/conformance/preState.js';
import { loadSkips } from '../src/conformance/skips.js';
import { DEFAULT_EEST_VECTORS, DEFAULT_TEST_VECTORS, jsonFiles, runSuite, selectFiles } from '../src/conformance/suite.js';
import { BlockDecodeError, InvalidBlockError, InvalidTransactionError, classifyTransactionError } from '../src/errors.js';
import { closeSharedPools } from '../src/parallel/pool.js';
import { stateRoot } from '../src/state/stateRoot.js';
const ROOT = process.env.PAREVM_TEST_VECTORS ?? DEFAULT_TEST_VECTORS;
const EEST = process.env.PAREVM_EEST_VECTORS ?? DEFAULT_EEST_VECTORS;
const SAMPLE = Number(process.env.PAREVM_CONFORMANCE_SAMPLE ?? 40);
/** State test entries per sampled file (the heaviest files, e.g. vmPerformance, take seconds an entry). */
const CASES = Number(process.env.PAREVM_CONFORMANCE_CASES ?? 4);
/**
 * Left out of the slice (not skipped: the full run has them), each far slower than the rest of the
 * slice together; the slice takes the directory's next file: CALLBlake2f_MaxRounds runs 2^32−1
 * BLAKE2 rounds (EIP-152, ~40 min in @ethereumjs/evm's JS precompile); DelegateCallSpam and
 * ShanghaiLove are blocks of tens of millions of gas in hot loops (DelegateCallSpam: ~4 min at 1, 2, 4);
 * loopExp, loopMul and ContractCreationSpam are hot loops too (measured: 53 of the state slice's 62 s).
 */
const SLOW = '{GeneralStateTests/{stTimeConsuming/CALLBlake2f_MaxRounds,VMTests/vmPerformance/{loopExp,loopMul},stAttackTest/ContractCreationSpam},BlockchainTests/ValidBlocks/bcExploitTest/{DelegateCallSpam,ShanghaiLove}}.json';
after(() => closeSharedPools());
test('every exception name the blockchain tests, the sampled state tests and all execution-spec-tests expect has a mapping', () => {
    const names = new Set();
    const files = [
        ...jsonFiles(join(ROOT, 'BlockchainTests')),
        ...selectFiles({ root: ROOT, suites: ['state'], sample: 4 }).map(([, f]) => f),
        ...jsonFiles(EEST),
    ];
    for (const file of files) {
        const json = readFileSync(file, 'utf8');
        for (const m of json.matchAll(/"expectException"\s*:\s*"([^"]+)"/g))
            for (const n of m[1].split('|'))
                names.add(n);
    }
    assert.ok(names.size > 40, `found ${names.size} names`);
    assert.deepEqual([...names].filter((n) => !(n in EXCEPTIONS)), []);
});
test('exceptions match on the typed error, not on its message', () => {
    const intrinsic = new InvalidTransactionError(0, 'gas limit 21000 below 21004', { reason: 'intrinsic-gas', also: ['insufficient-funds'] });
    assert.ok(matchesException('TransactionException.INTRINSIC_GAS_TOO_LOW', intrinsic));
    assert.ok(matchesException('TransactionException.INSUFFICIENT_ACCOUNT_FUNDS', intrinsic), 'any rule the transaction breaks');
    assert.ok(matchesException('TransactionException.NONCE_MISMATCH_TOO_LOW|TransactionException.INTRINSIC_GAS_TOO_LOW', intrinsic));
    assert.ok(!matchesException('TransactionException.NONCE_MISMATCH_TOO_LOW', intrinsic));
    assert.ok(!matchesException('TransactionException.NOT_A_NAME', intrinsic), 'an unknown name never matches');
    assert.ok(matchesException('BlockException.INVALID_STATE_ROOT', new InvalidBlockError('stateRoot', 'x')));
    assert.ok(!matchesException('BlockException.INVALID_STATE_ROOT', new InvalidBlockError('receiptsRoot', 'x')));
    assert.ok(matchesException('BlockException.RLP_STRUCTURES_ENCODING', new BlockDecodeError('malformed RLP')));
    assert.ok(!matchesException('BlockException.RLP_STRUCTURES_ENCODING', new Error('malformed RLP')), 'untyped errors never match');
    // @ethereumjs/tx's construction errors for gas × price above 2^256 − 1 (legacy and EIP-1559).
    assert.equal(classifyTransactionError('gas limit * gasPrice cannot exceed MAX_INTEGER (2^256-1)'), 'insufficient-funds');
    assert.equal(classifyTransactionError('gasLimit * maxFeePerGas cannot exceed MAX_INTEGER (2^256-1)'), 'insufficient-funds');
    assert.equal(classifyTransactionError('gasPrice cannot exceed MAX_INTEGER (2^256-1), given 5'), 'other', 'a single field overflow is not the product rule');
});
test('state root of a blockchain test pre-state equals its genesis header state root (MPT, EIP-161 shape)', async () => {
    const dir = join(ROOT, 'BlockchainTests', 'ValidBlocks');
    const files = jsonFiles(dir).filter((_, i) => i % 25 === 0);
    let checked = 0;
    for (const file of files) {
        for (const [name, t] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
            const genesis = createBlockFromRLP(hexToBytes(t.genesisRLP), { common: createTxCommon('cancun'), setHardfork: false });
            assert.equal(await stateRoot(parseTestState(t.pre, name)), bytesToHex(genesis.header.stateRoot), name);
            checked++;
        }
    }
    assert.ok(checked >= 5, `${checked} genesis states`);
});
test(`consensus tests, every ${SAMPLE}th file of every directory (≤ ${CASES} entries of each state test file): state entries at 1/2/4 workers, blockchain tests at 1, 2 and 4`, async () => {
    const files = selectFiles({ root: ROOT, suites: ['state', 'blockchain'], sample: SAMPLE, exclude: SLOW });
    const dirs = (prefix) => new Set(jsonFiles(join(ROOT, prefix)).map((f) => f.slice(0, f.lastIndexOf('/'))));
    for (const d of [...dirs('GeneralStateTests'), ...dirs('BlockchainTests')]) {
        assert.ok(files.some(([, f]) => f.startsWith(`${d}/`)), `directory ${d} is represented`);
    }
    const outcomes = await runSuite({
        root: ROOT,
        suites: ['state', 'blockchain'],
        sample: SAMPLE,
        exclude: SLOW,
        casesPerFile: CASES,
        concurrency: [1, 2, 4],
        skips: loadSkips(),
    });
    const failed = outcomes.filter((o) => o.status === 'failed');
    const passed = outcomes.filter((o) => o.status === 'passed').length;
    console.log(`${files.length} files, ${outcomes.length} cases: ${passed} passed, ${failed.length} failed, ${outcomes.length - passed - failed.length} skipped`);
    assert.ok(passed > 250, `${passed} passed`);
    assert.deepEqual(failed.map((o) => `${o.id}: ${o.detail}`), []);
});
test('EIP-7610: creating a contract where storage already exists is a collision (pre-state account with storage, no code, nonce 0)', async () => {
    const outcomes = await runSuite({
        root: ROOT,
        suites: ['state'],
        filter: 'GeneralStateTests/{stCreate2/create2collisionStorageParis,stExtCodeHash/dynamicAccountOverwriteEmpty_Paris}.json',
        concurrency: [1, 2, 4],
        skips: [],
    });
    assert.equal(outcomes.length, 4);
    assert.deepEqual(outcomes.filter((o) => o.status !== 'passed').map((o) => `${o.id}: ${o.detail}`), []);
});
/** execution-spec-tests slice: every EEST_SAMPLE-th file of each directory, ≤ EEST_CASES state entries / blockchain tests of each. */
const EEST_SAMPLE = Number(process.env.PAREVM_EEST_SAMPLE ?? 4);
const EEST_CASES = Number(process.env.PAREVM_EEST_CASES ?? 5);
/** Fork transitions at timestamp 15,000 (Cancun→Prague with EIP-7002 requests, all BPO steps) and type-4 transactions before Prague. */
const TRANSITIONS = 'blockchain_tests/{prague/eip7002_el_triggerable_withdrawals/test_withdrawal_requests_during_fork,osaka/eip7918_blob_reserve_price/test_reserve_price_at_transition,prague/eip7702_set_code_tx/test_set_code_type_tx_pre_fork}.json';
test(`execution-spec-tests, every ${EEST_SAMPLE}th file of every directory (≤ ${EEST_CASES} cases each) and the fork transitions: state entries at 1/2/4 workers, blockchain tests at 1, 2 and 4`, async () => {
    const suites = ['eest-state', 'eest-blockchain'];
    const common = { root: ROOT, eestRoot: EEST, concurrency: [1, 2, 4], skips: loadSkips() };
    const files = selectFiles({ ...common, suites: [...suites], sample: EEST_SAMPLE });
    for (const d of new Set(jsonFiles(EEST).map((f) => f.slice(0, f.lastIndexOf('/'))))) {
        assert.ok(files.some(([, f]) => f.startsWith(`${d}/`)), `directory ${d} is represented`);
    }
    const sampled = await runSuite({ ...common, suites: [...suites], sample: EEST_SAMPLE, casesPerFile: EEST_CASES, testsPerFile: EEST_CASES });
    // Every test of the transition files: the BPO steps are a few tests each among 28.
    const transitions = await runSuite({ ...common, suites: ['eest-blockchain'], filter: TRANSITIONS });
    const outcomes = [...sampled, ...transitions];
    const failed = outcomes.filter((o) => o.status === 'failed');
    const passed = outcomes.filter((o) => o.status === 'passed');
    console.log(`${files.length} sampled files + transitions, ${outcomes.length} cases: ${passed.length} passed, ${failed.length} failed, ${outcomes.length - passed.length - failed.length} skipped`);
    assert.deepEqual(failed.map((o) => `${o.id}: ${o.detail}`), []);
    const forks = new Set(passed.map((o) => o.fork));
    for (const f of [
        'Cancun',
        'Prague',
        'Osaka',
        'CancunToPragueAtTime15k',
        'PragueToOsakaAtTime15k',
        'OsakaToBPO1AtTime15k',
        'BPO1ToBPO2AtTime15k',
        'BPO2ToBPO3AtTime15k',
        'BPO3ToBPO4AtTime15k',
    ]) {
        assert.ok(forks.has(f), `a ${f} case passed`);
    }
    for (const dir of [
        'state_tests/prague/eip7702_set_code_tx',
        'blockchain_tests/prague/eip7702_set_code_tx',
        'blockchain_tests/prague/eip7685_general_purpose_el_requests',
        'blockchain_tests/prague/eip7002_el_triggerable_withdrawals',
        'blockchain_tests/prague/eip6110_deposits',
    ]) {
        assert.ok(passed.some((o) => o.dir === dir), `a case of ${dir} passed`);
    }
    assert.ok(passed.length > 350, `${passed.length} passed`);
});
//# sourceMappingURL=conformance.test.js.map