// Lazy senders on the parallel path (RISE pevm's LazySender): a sender's nonce and debit are
// DELTAs checked at the block-end merge, so its transactions do not wait for each other. Every
// block here runs sequentially and in parallel at 1, 2 and 4 workers: parallel must equal
// sequential — the result, or for an invalid block the typed error — and the sequential result is
// checked against what the transactions must do.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { bytesToHex } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { InvalidTransactionError, closeSharedPools, diffResults, executeBlock, executeBlockSequential } from '../src/index.js';
import { parseSnapshot } from '../src/state/snapshot.js';
import { decodeBlock } from '../src/block/decode.js';
import { Fallback } from '../src/parallel/fallback.js';
import { lazySenderFallback } from '../src/parallel/merge.js';
import { BlockStateManager } from '../src/state/stateManager.js';
import { SyntheticChain, wallets } from '../src/workloads/chain.js';
after(() => closeSharedPools());
const ETH = 10n ** 18n;
/** What one 21,000-gas transfer can cost at the synthetic chain's fee cap (100 gwei). */
const TRANSFER_COST = 21000n * 100000000000n;
const [PAYER, OTHER, POOR] = wallets('parevm/lazy-sender-test', 3);
const RECIPIENTS = wallets('parevm/lazy-sender-test/recipients', 40);
// ORIGIN BALANCE PUSH0 SSTORE STOP: stores the sender's balance in slot 0 (a real read of the sender).
const ORIGIN_PROBE = '0x' + '4d'.repeat(20);
const ORIGIN_PROBE_CODE = '0x32315f5500';
const ORIGIN_PROBE_HASH = bytesToHex(keccak_256(Buffer.from(ORIGIN_PROBE_CODE.slice(2), 'hex')));
function chain(balances = {}) {
    const funded = (balance) => ({ balance: `0x${balance.toString(16)}`, nonce: 0, storage: {} });
    const preState = {
        [PAYER.address]: funded(balances.payer ?? 100n * ETH),
        [OTHER.address]: funded(100n * ETH),
        [POOR.address]: funded(balances.poor ?? 0n),
        [ORIGIN_PROBE]: { balance: '0x0', nonce: 1, code_hash: ORIGIN_PROBE_HASH, storage: {} },
    };
    return new SyntheticChain(parseSnapshot({ preState, bytecodes: { [ORIGIN_PROBE_HASH]: ORIGIN_PROBE_CODE }, blockHashes: {} }));
}
const pay = (from, i, value = ETH, nonce) => ({
    from,
    to: RECIPIENTS[i % RECIPIENTS.length].address,
    value,
    gasLimit: 21000n,
    ...(nonce !== undefined ? { nonce } : {}),
});
const changeOf = (r, address) => r.stateChanges.find((c) => c.address === address);
/** Runs `calls` as one block on every path; returns the sequential result after checking parallel equals it. */
async function onEveryPath(c, calls) {
    const json = c.blockJson(c.sign(calls));
    const seq = await executeBlockSequential(json, c.state);
    for (const concurrency of [1, 2, 4]) {
        const par = await executeBlock(json, c.state, { concurrency, force: true });
        assert.equal(par.metrics?.path, 'parallel', `concurrency ${concurrency}: ${par.metrics?.reason}`);
        assert.deepEqual(diffResults(seq, par), undefined, `concurrency ${concurrency}`);
    }
    return seq;
}
/** Runs an invalid block on every path: each throws the same typed error as the sequential engine. */
async function rejectedOnEveryPath(c, calls) {
    const json = c.blockJson(c.sign(calls));
    const seq = await executeBlockSequential(json, c.state).then(() => assert.fail('the sequential engine accepted an invalid block'), (e) => e);
    assert.ok(seq instanceof InvalidTransactionError, String(seq));
    for (const concurrency of [1, 2, 4]) {
        const par = await executeBlock(json, c.state, { concurrency, force: true }).then(() => assert.fail(`concurrency ${concurrency} accepted an invalid block`), (e) => e);
        assert.ok(par instanceof InvalidTransactionError, String(par));
        assert.equal(par.txIndex, seq.txIndex, `concurrency ${concurrency}`);
        assert.equal(par.reason, seq.reason, `concurrency ${concurrency}`);
    }
    return seq;
}
test('a payout block (one sender, 40 transfers, others between): parallel equals sequential, nonces and balance exact', async () => {
    const calls = RECIPIENTS.map((_, i) => pay(PAYER, i));
    calls.splice(10, 0, pay(OTHER, 0), pay(OTHER, 1));
    const seq = await onEveryPath(chain(), calls);
    const payer = changeOf(seq, PAYER.address);
    assert.equal(payer.nonce, 40n);
    const fees = seq.receipts.filter((_, i) => i < 10 || i > 11).reduce((s, r) => s + r.gasUsed, 0n);
    assert.ok(payer.balance !== undefined && payer.balance < 60n * ETH && payer.balance > 60n * ETH - fees * 100000000000n);
});
test("a sender whose balance its own transaction reads (BALANCE of ORIGIN): that transaction's envelope is real", async () => {
    const probe = { from: PAYER, to: ORIGIN_PROBE, gasLimit: 100000n };
    const seq = await onEveryPath(chain(), [pay(PAYER, 0), pay(PAYER, 1), probe, pay(PAYER, 2), probe]);
    // The probe stored the balance it saw: after the prepayment of the last probe's gas.
    const stored = changeOf(seq, ORIGIN_PROBE).storage.find(([slot]) => slot === 0n)?.[1];
    assert.ok(stored !== undefined && stored > 96n * ETH && stored < 97n * ETH, String(stored));
});
test('a sender funded earlier in the block: its debits are checked against the balance after the funding', async () => {
    const c = chain({ poor: 0n });
    const fund = { from: OTHER, to: POOR.address, value: 3n * TRANSFER_COST + 3n, gasLimit: 21000n };
    const seq = await onEveryPath(c, [fund, ...[0, 1, 2].map((i) => pay(POOR, i, 1n))]);
    assert.equal(changeOf(seq, POOR.address).nonce, 3n);
});
test("bad input: a nonce gap in a lazy sender's transactions is the sequential engine's typed error", async () => {
    const e = await rejectedOnEveryPath(chain(), [pay(PAYER, 0), pay(PAYER, 1), pay(PAYER, 2, ETH, 3n), pay(OTHER, 3)]);
    assert.equal(e.txIndex, 2);
    assert.equal(e.reason, 'nonce-too-high');
});
test("bad input: a lazy sender that runs out of funds mid-block is the sequential engine's typed error", async () => {
    // Each transfer needs value + gas limit × fee cap = 11 × TRANSFER_COST up front: two fit, not three.
    const value = 10n * TRANSFER_COST;
    const c = chain({ poor: 2n * value + 3n * TRANSFER_COST });
    const e = await rejectedOnEveryPath(c, [pay(POOR, 0, value), pay(OTHER, 1), pay(POOR, 2, value), pay(POOR, 3, value)]);
    assert.equal(e.txIndex, 3);
    assert.equal(e.reason, 'insufficient-funds');
});
test("the merge's lazy-sender check: a sender whose real nonce differs runs the block sequentially, tagged metrics.mergeCheck 'lazy-sender'", () => {
    const c = chain();
    // The payer's real nonce is 0: a transaction signed with nonce 5 breaks the lazy sender's assumption.
    const { block } = decodeBlock(c.blockJson(c.sign([pay(PAYER, 0, ETH, 5n), pay(OTHER, 1)])));
    const check = lazySenderFallback(new BlockStateManager(c.state), block, [PAYER.address, OTHER.address]);
    assert.throws(() => check(0, PAYER.address), (e) => {
        assert.ok(e instanceof Fallback, String(e));
        assert.equal(e.metrics.mergeCheck, 'lazy-sender');
        assert.match(e.reason, new RegExp(`^transaction 0's lazy sender ${PAYER.address} breaks nonce-too-high against the state before it$`));
        return true;
    });
    // The other sender's nonce holds: no violation.
    check(1, OTHER.address);
});
//# sourceMappingURL=lazy-sender.test.js.map