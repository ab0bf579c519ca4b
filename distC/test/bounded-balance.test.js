// Bounded contract balances on the Block-STM path: a contract's balance is read as a bound on its
// value, its change written as a DELTA, so transactions that pay into a contract (WETH's deposit,
// mainnet's hottest dependency) or out of it do not depend on each other; a payment refused, an
// observed balance (BALANCE, SELFBALANCE) or a credit near an overflow makes the read exact.
// Every block runs sequentially and on Block-STM at 1, 2 and 4 workers: parallel must equal
// sequential, the sequential result is checked against what the transactions must do, and the
// analyzer (the engine's own incarnation path) shows which transactions still depend on which.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { bytesToHex } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { closeSharedPools, diffResults, executeBlock, executeBlockSequential } from '../src/index.js';
import { traceBlock } from '../src/analyze/trace.js';
import { dependencyGraph } from '../src/analyze/dependencies.js';
import { parseSnapshot } from '../src/state/snapshot.js';
import { FLAG_DEBIT, LOC_BALANCE } from '../src/parallel/mvMemory.js';
import { parseLocation } from '../src/parallel/txView.js';
import { readU256 } from '../src/state/u256.js';
import { SyntheticChain, wallets } from '../src/workloads/chain.js';
import { onIncarnationPath } from './incarnation-helper.js';
after(() => closeSharedPools());
const ETH = 10n ** 18n;
const USERS = wallets('parevm/bounded-balance-test', 24);
const RICH = wallets('parevm/bounded-balance-test/rich', 1)[0];
// STOP: takes any value, reads nothing (WETH's deposit as far as ether goes).
const VAULT = '0x' + 'a1'.repeat(20);
const VAULT_CODE = '0x00';
// Pays calldata word 0 (wei) to the caller, stores the CALL's success flag under the caller's slot:
// PUSH0×4 (no data, no return) PUSH0 CALLDATALOAD (value) CALLER GAS CALL CALLER SSTORE STOP.
const BANK = '0x' + 'b2'.repeat(20);
const BANK_CODE = '0x5f5f5f5f5f35335af1335500';
// SELFBALANCE PUSH0 SSTORE STOP: stores its own balance (value received included) in slot 0.
const SELF_PROBE = '0x' + 'c3'.repeat(20);
const SELF_PROBE_CODE = '0x475f5500';
// PUSH20 VAULT BALANCE PUSH0 SSTORE STOP: stores the vault's balance in slot 0.
const VAULT_PROBE = '0x' + 'd4'.repeat(20);
const VAULT_PROBE_CODE = `0x73${'a1'.repeat(20)}315f5500`;
// No calldata: STOP (takes a deposit); with calldata: SELFDESTRUCT to the caller (its whole balance).
const KILL = '0x' + 'e5'.repeat(20);
const KILL_CODE = '0x3615600757' + '33ff' + '5b00';
// No calldata: STOP; with calldata: CREATE with calldata word 0 (wei) as endowment, empty initcode.
const FACTORY = '0x' + 'f6'.repeat(20);
const FACTORY_CODE = '0x3615600b57' + '5f5f5f35f000' + '5b00';
const RICH2 = wallets('parevm/bounded-balance-test/rich', 2)[1];
const PLAIN = wallets('parevm/bounded-balance-test/plain', 1)[0];
const hashOf = (code) => bytesToHex(keccak_256(Buffer.from(code.slice(2), 'hex')));
const MAX_U256 = (1n << 256n) - 1n;
function chain(balances = {}) {
    const account = (balance, code) => ({
        balance: `0x${balance.toString(16)}`,
        nonce: code ? 1 : 0,
        ...(code ? { code_hash: hashOf(code) } : {}),
        storage: {},
    });
    const preState = {
        [VAULT]: account(balances.vault ?? 7n, VAULT_CODE),
        [BANK]: account(balances.bank ?? 100n * ETH, BANK_CODE),
        [SELF_PROBE]: account(balances.selfProbe ?? 5n, SELF_PROBE_CODE),
        [VAULT_PROBE]: account(0n, VAULT_PROBE_CODE),
        [RICH.address]: account(balances.rich ?? 10n * ETH),
        [RICH2.address]: account(balances.rich2 ?? 10n * ETH),
        [KILL]: account(balances.kill ?? 5n, KILL_CODE),
        [FACTORY]: account(balances.factory ?? 0n, FACTORY_CODE),
        [PLAIN.address]: account(balances.plain ?? 1n),
    };
    for (const u of USERS)
        preState[u.address] = account(10n * ETH);
    // The beneficiary exists: its creation by the first fee would make every transaction depend on the first.
    preState['0x' + 'c0'.repeat(20)] = account(1n);
    const bytecodes = Object.fromEntries([VAULT_CODE, BANK_CODE, SELF_PROBE_CODE, VAULT_PROBE_CODE, KILL_CODE, FACTORY_CODE].map((c) => [hashOf(c), c]));
    return new SyntheticChain(parseSnapshot({ preState, bytecodes, blockHashes: {} }));
}
const word = (v) => `0x${v.toString(16).padStart(64, '0')}`;
const deposit = (i, to, value) => ({ from: USERS[i], to, value, data: '0x', gasLimit: 60000n });
const withdraw = (i, amount) => ({ from: USERS[i], to: BANK, data: word(amount), gasLimit: 100000n });
/** Runs `calls` as one block sequentially and on Block-STM at 1, 2 and 4 workers; returns the sequential result after checking each equals it. */
async function onEveryPath(c, calls) {
    const json = c.blockJson(c.sign(calls));
    const seq = await executeBlockSequential(json, c.state);
    for (const concurrency of [1, 2, 4]) {
        const par = await executeBlock(json, c.state, { concurrency, force: true, mode: 'block-stm' });
        assert.equal(par.metrics?.path, 'parallel', `concurrency ${concurrency}: ${par.metrics?.reason}`);
        assert.deepEqual(diffResults(seq, par), undefined, `concurrency ${concurrency}`);
    }
    return { seq, json };
}
/** The block's dependency edges as the analyzer traces them through the engine's incarnation path. */
async function edgesOf(c, json) {
    const { model } = await traceBlock(json, c.state, { runs: 1, warmup: 0 });
    return dependencyGraph(model).edges.map(({ from, to }) => ({ from, to }));
}
const balanceOf = (r, address) => r.stateChanges.find((ch) => ch.address === address)?.balance;
const slotOf = (r, address, slot) => r.stateChanges.find((ch) => ch.address === address)?.storage.find(([s]) => s === slot)?.[1];
test('deposits into a contract that never reads its balance: no transaction depends on another, its balance is the sum', async () => {
    const c = chain({ vault: 7n });
    const calls = USERS.map((_, i) => deposit(i, VAULT, BigInt(i + 1) * 1000n));
    const { seq, json } = await onEveryPath(c, calls);
    assert.ok(seq.receipts.every((r) => r.status === 1));
    assert.equal(balanceOf(seq, VAULT), 7n + 1000n * ((24n * 25n) / 2n));
    // Each deposit read the vault's balance: as versions, deposit i would depend on deposit i − 1.
    assert.deepEqual(await edgesOf(c, json), []);
});
test('payments out of a funded contract between deposits into it: every payment made, no dependency between them', async () => {
    const c = chain({ bank: 100n * ETH });
    const calls = USERS.map((_, i) => (i % 2 === 0 ? withdraw(i, 3n * ETH) : deposit(i, BANK, 2n * ETH)));
    const { seq, json } = await onEveryPath(c, calls);
    assert.ok(seq.receipts.every((r) => r.status === 1));
    // 12 payments of 3 ETH made, 12 deposits of 2 ETH taken.
    assert.equal(balanceOf(seq, BANK), 100n * ETH - 12n * 3n * ETH + 12n * 2n * ETH);
    for (let i = 0; i < USERS.length; i += 2)
        assert.equal(slotOf(seq, BANK, BigInt(USERS[i].address)), 1n, `payment to user ${i}`);
    assert.deepEqual(await edgesOf(c, json), []);
});
test('a contract that runs out: the payments it refuses turn on its real balance, as sequentially', async () => {
    const c = chain({ bank: 2n * ETH });
    const { seq } = await onEveryPath(c, [0, 1, 2, 3, 4].map((i) => withdraw(i, ETH)));
    assert.equal(balanceOf(seq, BANK), 0n);
    const paid = [0, 1, 2, 3, 4].map((i) => slotOf(seq, BANK, BigInt(USERS[i].address)) ?? 0n);
    assert.deepEqual(paid, [1n, 1n, 0n, 0n, 0n]);
});
test('SELFBALANCE of a contract paid into: the read is exact, each call stores the balance before it plus its value', async () => {
    const c = chain({ selfProbe: 5n });
    const { seq, json } = await onEveryPath(c, [0, 1, 2, 3].map((i) => deposit(i, SELF_PROBE, 10n ** BigInt(i + 1))));
    assert.equal(slotOf(seq, SELF_PROBE, 0n), 5n + 10n + 100n + 1000n + 10000n);
    // Each call observed the balance every earlier one changed (their DELTAs): it depends on each of them.
    const pairs = [0, 1, 2, 3].flatMap((to) => [0, 1, 2].filter((from) => from < to).map((from) => ({ from, to })));
    assert.deepEqual(await edgesOf(c, json), pairs);
});
test('BALANCE of a contract that others pay into, read by another contract: exact, the stored balance counts every deposit before it', async () => {
    const c = chain({ vault: 7n });
    const probe = (i) => ({ from: USERS[i], to: VAULT_PROBE, gasLimit: 60000n });
    const { seq, json } = await onEveryPath(c, [deposit(0, VAULT, 100n), deposit(1, VAULT, 200n), probe(2), deposit(3, VAULT, 400n), probe(4)]);
    assert.equal(slotOf(seq, VAULT_PROBE, 0n), 7n + 100n + 200n + 400n);
    const edges = await edgesOf(c, json);
    // The probes depend on the deposits before them; the deposits on nothing.
    assert.ok(edges.every((e) => e.to === 2 || e.to === 4), JSON.stringify(edges));
    assert.ok(edges.some((e) => e.from === 3 && e.to === 4));
});
test('a credit that would overflow a contract balance: the read is exact, the transfer fails as sequentially', async () => {
    // The vault holds 2^254 − 1 wei, then 2^254 (the most a bounded read allows): this value takes it past 2^256 − 1.
    const c = chain({ vault: (1n << 254n) - 1n, rich: MAX_U256 });
    const huge = { from: RICH, to: VAULT, value: MAX_U256 - (1n << 254n) + 1n, data: '0x', gasLimit: 60000n };
    const { seq } = await onEveryPath(c, [deposit(0, VAULT, 1n), huge, deposit(1, VAULT, 1n)]);
    assert.deepEqual(seq.receipts.map((r) => r.status), [1, 0, 1]);
    assert.equal(balanceOf(seq, VAULT), (1n << 254n) + 1n);
});
/**
 * Block-STM's out-of-order case, made deterministic: the engine's incarnation path
 * (IncarnationRunner on MVMemory, as a worker runs it) runs transaction 1 before transaction 0,
 * then transaction 0, then validates transaction 1 as the scheduler would.
 */
async function outOfOrder(c, calls, contract = BANK) {
    const path = await onIncarnationPath(c.state, c.blockJson(c.sign(calls)));
    /** Per transaction, its last incarnation's writes to `contract`'s balance, signed (a DEBIT negative), and its receipt's status. */
    const bankWrites = [[], []];
    const statuses = [-1, -1];
    const run = async (i) => {
        const r = await path.run(i);
        assert.equal(r.error, null, `transaction ${i}: ${r.error?.message}`);
        statuses[i] = r.receipt.status ?? -1;
        const w = r.writes;
        bankWrites[i] = [];
        for (let k = 0; k < w.count; k++) {
            if (path.mv.keyKind(w.loc(k)) !== LOC_BALANCE || parseLocation(path.mv, w.loc(k)).address !== contract)
                continue;
            const v = readU256(w.bytes, w.start(k));
            bankWrites[i].push(w.flags(k) & FLAG_DEBIT ? -v : v);
        }
    };
    await run(1);
    await run(0);
    const validAfterTx0 = path.valid(1);
    return {
        validAfterTx0,
        rerun: async () => {
            await run(1);
            return path.valid(1);
        },
        bankWrites,
        statuses,
    };
}
test('out of order: a payment refused on a balance not yet funded is an exact read, invalid once the funding lands', async () => {
    // Sequentially the deposit lands first and the payment is made; run first, it is refused.
    const c = chain({ bank: 0n });
    const r = await outOfOrder(c, [deposit(0, BANK, ETH), withdraw(1, ETH)]);
    assert.equal(r.validAfterTx0, false);
    assert.equal(await r.rerun(), true);
    assert.deepEqual(r.bankWrites[1], [-ETH]);
});
test('out of order: a payment made on a balance that an earlier payment drains is bounded, invalid once that payment lands', async () => {
    const c = chain({ bank: 2n * ETH });
    const r = await outOfOrder(c, [withdraw(0, 2n * ETH), withdraw(1, ETH)]);
    assert.equal(r.validAfterTx0, false);
    // Re-run on the drained balance: refused, nothing written to the bank's balance.
    assert.equal(await r.rerun(), true);
    assert.deepEqual(r.bankWrites[1], []);
});
test('out of order: a deposit below another deposit leaves its bounded read valid', async () => {
    const c = chain({ bank: 0n });
    const r = await outOfOrder(c, [deposit(0, BANK, ETH), deposit(1, BANK, 2n * ETH)]);
    assert.equal(r.validAfterTx0, true);
    assert.deepEqual(r.bankWrites, [[ETH], [2n * ETH]]);
});
test('out of order: a credit that overflows only on the funded balance is an exact read, invalid once the funding lands', async () => {
    // Run first, the transfer lands exactly on 2^256 − 1; after the 1-wei deposit below it, it overflows and fails.
    const c = chain({ vault: (1n << 254n) - 1n, rich: MAX_U256 });
    const huge = { from: RICH, to: VAULT, value: MAX_U256 - (1n << 254n) + 1n, data: '0x', gasLimit: 60000n };
    const r = await outOfOrder(c, [deposit(0, VAULT, 1n), huge], VAULT);
    assert.equal(r.validAfterTx0, false);
    assert.equal(await r.rerun(), true);
    assert.deepEqual(r.statuses, [1, 0]);
    assert.deepEqual(r.bankWrites, [[1n], []]);
});
test('out of order: a credit that leaves the bound (the balance below went past 2^254) is invalid', async () => {
    // Sequentially the second 2^255 wei overflows the vault; run first, it lands on an empty vault.
    const c = chain({ vault: 0n, rich: MAX_U256, rich2: MAX_U256 });
    const send = (from) => ({ from, to: VAULT, value: 1n << 255n, data: '0x', gasLimit: 60000n });
    const r = await outOfOrder(c, [send(RICH), send(RICH2)], VAULT);
    assert.equal(r.validAfterTx0, false);
    assert.equal(await r.rerun(), true);
    assert.deepEqual(r.statuses, [1, 0]);
});
test('out of order: SELFDESTRUCT pays out the balance it observed, an exact read invalid once a deposit lands below it', async () => {
    const c = chain({ kill: 5n });
    const kill = { from: USERS[1], to: KILL, data: '0x01', gasLimit: 100000n };
    const r = await outOfOrder(c, [deposit(0, KILL, ETH), kill], KILL);
    assert.equal(r.validAfterTx0, false);
    assert.equal(await r.rerun(), true);
    assert.deepEqual(r.bankWrites, [[ETH], [-(ETH + 5n)]]);
});
test("out of order: a CREATE's endowment refused on a balance not yet funded is an exact read, invalid once the funding lands", async () => {
    const c = chain({ factory: 0n });
    const create = { from: USERS[1], to: FACTORY, data: word(ETH), gasLimit: 200000n };
    const r = await outOfOrder(c, [deposit(0, FACTORY, ETH), create], FACTORY);
    assert.equal(r.validAfterTx0, false);
    assert.equal(await r.rerun(), true);
    assert.deepEqual(r.bankWrites, [[ETH], [-ETH]]);
});
// The older lazy credits' placeholder is 2^255 wei: near 2^256 it must not decide an overflow.
test('a plain transfer of 2^255 wei to an account without code: not a lazy credit, it lands as sequentially', async () => {
    const c = chain({ rich: (1n << 255n) + ETH, plain: 1n });
    const { seq } = await onEveryPath(c, [{ from: RICH, to: PLAIN.address, value: 1n << 255n, gasLimit: 21000n }]);
    assert.deepEqual(seq.receipts.map((r) => r.status), [1]);
    assert.equal(balanceOf(seq, PLAIN.address), (1n << 255n) + 1n);
});
test('a lazy credit that overflows a balance near 2^256: the merge runs the block sequentially, the transfer fails as there', async () => {
    const c = chain({ plain: MAX_U256 - 10n });
    const json = c.blockJson(c.sign([deposit(0, VAULT, 1n), { from: RICH, to: PLAIN.address, value: 100n, gasLimit: 21000n }]));
    const seq = await executeBlockSequential(json, c.state);
    assert.deepEqual(seq.receipts.map((r) => r.status), [1, 0]);
    const par = await executeBlock(json, c.state, { concurrency: 2, force: true, mode: 'block-stm' });
    assert.deepEqual(diffResults(seq, par), undefined);
    assert.equal(par.metrics?.path, 'sequential');
    assert.match(par.metrics?.reason ?? '', /leaves 0 … 2\^256 − 1/);
    assert.equal(par.metrics?.mergeCheck, 'balance-overflow');
});
test('a lazy sender paid more than 2^254 wei by a contract: its placeholder does not decide the overflow, the payment lands', async () => {
    const amount = (1n << 255n) + 5n * 10n ** 16n;
    const c = chain({ bank: amount + ETH });
    const { seq } = await onEveryPath(c, [withdraw(0, amount)]);
    assert.equal(slotOf(seq, BANK, BigInt(USERS[0].address)), 1n);
    assert.equal(balanceOf(seq, BANK), ETH);
});
//# sourceMappingURL=bounded-balance.test.js.map