// The analyzer on real EVM blocks: hand-built blocks whose dependency structure and gas follow from
// their transactions, and mainnet fixture blocks, where the graph must equal the versions the
// engine's MVMemory returned to each read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesToHex } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { analyzeBlock } from '../src/analyze/analyze.js';
import { dependencyGraph } from '../src/analyze/dependencies.js';
import { simulateBlockSTM } from '../src/analyze/simulate.js';
import { traceBlock } from '../src/analyze/trace.js';
import { loadFixtureBlock } from '../src/index.js';
import { parseSnapshot } from '../src/state/snapshot.js';
import { SyntheticChain, wallets } from '../src/workloads/chain.js';
import { FIXTURES } from './helpers.js';
const ETH = 10n ** 18n;
const [A, B, C, D, F] = wallets('parevm/analyze-test', 5);
const R = wallets('parevm/analyze-test/recipients', 4);
const COINBASE = '0x' + 'c0'.repeat(20);
const PROBE = '0x' + '4b'.repeat(20);
// PUSH20 C BALANCE PUSH20 D BALANCE ADD POP STOP: reads the balances of C and D.
const PROBE_CODE = `0x73${C.address.slice(2)}3173${D.address.slice(2)}31015000`;
const PROBE_HASH = bytesToHex(keccak_256(Buffer.from(PROBE_CODE.slice(2), 'hex')));
// ORIGIN BALANCE POP STOP: reads the balance of the transaction's sender.
const ORIGIN_PROBE = '0x' + '4c'.repeat(20);
const ORIGIN_PROBE_CODE = '0x32315000';
const ORIGIN_PROBE_HASH = bytesToHex(keccak_256(Buffer.from(ORIGIN_PROBE_CODE.slice(2), 'hex')));
// Protocol gas (Berlin and later): transfer 21,000; the probe: 21,000 + PUSH20 3 + cold BALANCE 2,600
// + PUSH20 3 + cold BALANCE 2,600 + ADD 3 + POP 2.
const TRANSFER_GAS = 21_000;
const PROBE_GAS = 21_000 + 3 + 2_600 + 3 + 2_600 + 3 + 2;
/** A chain whose genesis holds the wallets, existing recipients, the beneficiary and the probe. */
function chain() {
    const funded = (balance) => ({ balance: `0x${balance.toString(16)}`, nonce: 0, storage: {} });
    const preState = {
        [COINBASE]: funded(1n),
        [PROBE]: { balance: '0x0', nonce: 1, code_hash: PROBE_HASH, storage: {} },
        [ORIGIN_PROBE]: { balance: '0x0', nonce: 1, code_hash: ORIGIN_PROBE_HASH, storage: {} },
    };
    for (const w of [A, B, C, D, F])
        preState[w.address] = funded(10n * ETH);
    for (const r of R)
        preState[r.address] = funded(1n);
    return new SyntheticChain(parseSnapshot({ preState, bytecodes: { [PROBE_HASH]: PROBE_CODE, [ORIGIN_PROBE_HASH]: ORIGIN_PROBE_CODE }, blockHashes: {} }));
}
async function analyzeCalls(calls) {
    const c = chain();
    const blockJson = c.blockJson(c.sign(calls));
    const a = await analyzeBlock(blockJson, c.state, { runs: 1, measure: false, threads: [1, 2] });
    return a;
}
const transfer = (from, to) => ({ from, to, value: ETH, gasLimit: 21000n });
test('hand-built EVM block, independent transfers: no dependencies, one wave', async () => {
    const a = await analyzeCalls([transfer(A, R[0].address), transfer(B, R[1].address), transfer(C, R[2].address), transfer(D, R[3].address)]);
    assert.deepEqual(a.graph.deps, [[], [], [], []]);
    assert.equal(a.waves.count, 1);
    assert.deepEqual(a.txs.map((t) => t.gas), [TRANSFER_GAS, TRANSFER_GAS, TRANSFER_GAS, TRANSFER_GAS]);
    assert.equal(a.critical.gas.bound, 4);
    // The beneficiary's fee credits are lazy deltas: no transaction reads them, so no hot location.
    assert.deepEqual(a.hot, []);
});
test('hand-built EVM block, one sender four times: lazy sender, no dependencies until its balance is read', async () => {
    // 0–3: A pays four recipients (a lazy sender: nonce and debit are DELTAs, checked at the merge).
    // 4: F calls a contract that reads BALANCE(ORIGIN) = F's own balance: F's envelope becomes real.
    // 5: A calls the origin probe: A's real balance, below A's four debits.
    const a = await analyzeCalls([
        ...[0, 1, 2, 3].map((i) => transfer(A, R[i].address)),
        { from: F, to: ORIGIN_PROBE, gasLimit: 100000n },
        { from: A, to: ORIGIN_PROBE, gasLimit: 100000n },
    ]);
    assert.deepEqual(a.graph.deps, [[], [], [], [], [], [0, 1, 2, 3]]);
    assert.equal(a.waves.count, 2);
    const top = a.hot.map((h) => `${h.info.kind} ${h.info.address}`).sort();
    assert.deepEqual(top, [`account ${A.address}`, `balance ${A.address}`]);
    assert.deepEqual(a.hot.map((h) => h.label), ['sender of 5 transactions', 'sender of 5 transactions']);
});
test('hand-built EVM block, a diamond: credits and a contract reading two balances', async () => {
    // 0: A pays B. 1: B pays C. 2: A pays D. Senders are lazy (their envelopes are checked at the
    // merge), so 1 and 2 read nothing 0 wrote. 3: F calls the probe, which reads the balances of C
    // and D, credited by 1 and 2.
    const a = await analyzeCalls([transfer(A, B.address), transfer(B, C.address), transfer(A, D.address), { from: F, to: PROBE, gasLimit: 100000n }]);
    assert.deepEqual(a.graph.deps, [[], [], [], [1, 2]]);
    assert.deepEqual(a.waves.widths, [3, 1]);
    assert.deepEqual(a.txs.map((t) => t.gas), [TRANSFER_GAS, TRANSFER_GAS, TRANSFER_GAS, PROBE_GAS]);
    assert.deepEqual(a.critical.gas.path, [1, 3]); // equal branches: the lower index
    assert.equal(a.critical.gas.length, TRANSFER_GAS + PROBE_GAS);
    assert.equal(a.critical.gas.bound, (3 * TRANSFER_GAS + PROBE_GAS) / (TRANSFER_GAS + PROBE_GAS));
    const edge3 = a.graph.edges.filter((e) => e.to === 3).map((e) => a.hot.find((h) => h.loc === e.locs[0]).info);
    assert.deepEqual(edge3.map((l) => `${l.kind} ${l.address}`), [`balance ${C.address}`, `balance ${D.address}`]);
});
test('mainnet fixtures: the graph equals the versions MVMemory returned to every read', async () => {
    for (const n of [2641321, 4330482, 19933122]) {
        const fx = loadFixtureBlock(FIXTURES, n);
        const trace = await traceBlock(fx.blockJson, fx.state, { runs: 1, warmup: 0 });
        const g = dependencyGraph(trace.model);
        assert.deepEqual(g.deps, trace.observed, `block ${n}`);
        assert.ok(trace.model.txs.every((t) => t.execMs > 0 && t.reads.length > 0), `block ${n}: every transaction timed and read something`);
    }
});
test('mainnet 4370000: one sender’s ERC-20 transfers wait for the previous one (chain hints), and the simulation re-executes less with them', async () => {
    const fx = loadFixtureBlock(FIXTURES, 4370000);
    const { model } = await traceBlock(fx.blockJson, fx.state);
    // From the block: transactions 39, 53, 57, 61, 63, 65, … 75, 76, … 96 are 0x683797ec…'s
    // transfer calls to the token 0x72adadb4…; 62 is another sender's plain value transfer.
    assert.equal(model.txs[53].waitsFor, 39);
    assert.equal(model.txs[57].waitsFor, 53);
    assert.equal(model.txs[61].waitsFor, 57);
    assert.equal(model.txs[63].waitsFor, 61);
    assert.equal(model.txs[76].waitsFor, 75);
    assert.equal(model.txs[39].waitsFor, undefined, 'the sender’s first call there waits for nothing');
    assert.equal(model.txs[62].waitsFor, undefined);
    const withHints = simulateBlockSTM(model, { threads: 2 });
    const without = simulateBlockSTM({ ...model, txs: model.txs.map(({ waitsFor: _, ...t }) => t) }, { threads: 2 });
    assert.ok(withHints.reexecutions < without.reexecutions, `${withHints.reexecutions} re-executions with hints, ${without.reexecutions} without`);
});
//# sourceMappingURL=analyze-blocks.test.js.map