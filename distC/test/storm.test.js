import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { after, test } from 'node:test';
import { closeSharedPools, decodeBlock, diffResults, executeBlock, executeBlockSequential, loadFixtureBlock } from '../src/index.js';
import { ADVERSARY, adversarialBlock } from '../src/fuzz/adversarial.js';
import { Scheduler, TASK_EXECUTE, TASK_VALIDATE } from '../src/parallel/scheduler.js';
import { STORM_MIN_BLOCK_SHARE, STORM_MIN_EXECUTED_MS, STORM_MIN_EXECUTIONS_PER_WORKER, STORM_MIN_WASTED_INCARNATIONS, stormParameters, } from '../src/parallel/storm.js';
import { buildWorkload } from '../src/workloads/index.js';
import { FIXTURES } from './helpers.js';
after(() => closeSharedPools());
const make = (n) => new Scheduler(new SharedArrayBuffer(Scheduler.bytesFor(n)), n, true);
test('scheduler bound: halts once enough execution ran and the wasted share reaches the bound', () => {
    const s = make(4);
    s.configureStorm({ permille: 400, countPermille: 500, minMicros: 10_000, minExecutions: 0 }); // 40 % wasted, after 10 ms
    s.recordWaste(3_000); // 3 of 3 ms wasted, but below the minimum
    assert.equal(s.stormed(), false);
    const t = s.nextTask();
    assert.equal(t.kind, TASK_EXECUTE);
    s.recordExecution(t.txIndex, 4_000); // 3 of 7 ms
    s.finishExecution(t.txIndex, t.incarnation, true);
    assert.equal(s.stormed(), false);
    s.recordExecution(1, 5_000); // 3 of 12 ms: past the minimum, 25 % wasted
    assert.equal(s.stormed(), false);
    assert.equal(s.done(), false);
    // Validation aborts transaction 0: its 4 ms become waste, 7 of 12 ms.
    assert.equal(s.tryValidationAbort(0, 0), true);
    assert.equal(s.stormed(), true);
    assert.equal(s.done(), true, 'a storm halts every worker loop');
    assert.deepEqual([s.counters().executedMicros, s.counters().wastedMicros], [12_000, 7_000]);
});
test('scheduler bound: no halt before the minimum number of incarnations started', () => {
    const s = make(4);
    s.configureStorm({ permille: 400, countPermille: 500, minMicros: 0, minExecutions: 2 });
    const t = s.nextTask();
    s.recordExecution(t.txIndex, 5_000);
    s.finishExecution(t.txIndex, t.incarnation, true);
    assert.equal(s.tryValidationAbort(t.txIndex, t.incarnation), true); // 100 % wasted, one incarnation started
    assert.equal(s.stormed(), false);
    s.finishValidation(t.txIndex, true);
    for (let guard = 0; guard < 10 && s.counters().executions < 2; guard++) {
        const n = s.nextTask(); // the second incarnation starts
        if (n.kind === TASK_VALIDATE)
            s.finishValidation(n.txIndex, false);
    }
    assert.equal(s.counters().executions, 2);
    s.recordWaste(1);
    assert.equal(s.stormed(), true);
});
test('scheduler bound: a few long wasted incarnations among many are no storm; many wasted ones are', () => {
    const s = make(64);
    s.configureStorm({ permille: 400, countPermille: 500, minMicros: 0, minExecutions: 16 }); // 40 % of the time and half of the incarnations
    const started = [];
    for (let guard = 0; guard < 200 && started.length < 20; guard++) {
        const t = s.nextTask();
        if (t.kind === TASK_EXECUTE) {
            started.push(t.txIndex);
            s.recordExecution(t.txIndex, t.txIndex === 0 ? 40_000 : 100);
            s.finishExecution(t.txIndex, t.incarnation, false);
        }
        else if (t.kind === TASK_VALIDATE)
            s.finishValidation(t.txIndex, false);
    }
    // One incarnation of 40 ms aborted: 95 % of the time wasted, 1 of 20 incarnations.
    assert.equal(s.tryValidationAbort(0, 0), true);
    assert.ok(s.counters().wastedMicros * 10 > s.counters().executedMicros * 9);
    assert.equal(s.stormed(), false, 'one long incarnation is no storm');
    // Eight more aborted: 9 of 20 incarnations (45 %) and most of the time, still none.
    for (const i of started.slice(1, 9))
        assert.equal(s.tryValidationAbort(i, 0), true);
    assert.equal(s.stormed(), false, '9 of 20 incarnations wasted');
    // The tenth: half of the incarnations.
    assert.equal(s.tryValidationAbort(started[9], 0), true);
    assert.equal(s.stormed(), true);
});
test('scheduler bound: disabled by default and by configureStorm without a permille; share 0 halts after the minimum', () => {
    const a = make(2);
    a.recordWaste(1e6);
    assert.equal(a.stormed(), false);
    const b = make(2);
    b.configureStorm({ permille: undefined, countPermille: 0, minMicros: 0, minExecutions: 0 });
    b.recordWaste(1e6);
    assert.equal(b.stormed(), false);
    const c = make(2);
    c.configureStorm({ permille: 0, countPermille: 0, minMicros: 2_000, minExecutions: 0 });
    c.recordExecution(0, 1_000);
    assert.equal(c.stormed(), false);
    c.recordExecution(1, 1_000);
    assert.equal(c.stormed(), true);
});
test('stormParameters: 1 − 1.2 / effective workers (at least 25 %), none for one worker or when disabled', () => {
    const effective = Math.min(4, availableParallelism());
    assert.deepEqual(stormParameters(4, undefined), {
        permille: Math.round(Math.max(0.25, 1 - 1.2 / effective) * 1000),
        minMicros: STORM_MIN_EXECUTED_MS * 1000,
        countPermille: Math.round(Math.max(STORM_MIN_WASTED_INCARNATIONS, (Math.max(0.25, 1 - 1.2 / effective) * 3) / 4) * 1000),
        minExecutions: 4 * STORM_MIN_EXECUTIONS_PER_WORKER,
    });
    assert.deepEqual(stormParameters(1, undefined), { permille: undefined, countPermille: 0, minMicros: 0, minExecutions: 0 });
    assert.deepEqual(stormParameters(4, false), { permille: undefined, countPermille: 0, minMicros: 0, minExecutions: 0 });
    assert.deepEqual(stormParameters(2, { wasteShare: 0, minExecutedMs: 3 }), { permille: 0, countPermille: 0, minMicros: 3000, minExecutions: 0 });
    // Half of the incarnations wasted at least; 3/4 of a larger time share; or as given.
    assert.equal(STORM_MIN_WASTED_INCARNATIONS, 0.5);
    assert.equal(stormParameters(2, { wasteShare: 0.4 }).countPermille, 500);
    assert.equal(stormParameters(2, { wasteShare: 0.8 }).countPermille, 600);
    assert.equal(stormParameters(2, { wasteShare: 0.4, incarnationShare: 0.3 }).countPermille, 300);
    // A large block: the waste is judged over half of its transactions at least.
    assert.equal(STORM_MIN_BLOCK_SHARE, 0.5);
    assert.equal(stormParameters(2, undefined, 155).minExecutions, 78); // half of 155, rounded up
    assert.equal(stormParameters(2, undefined, 20).minExecutions, 16); // 8 per worker: more than half of 20
});
test('adversarial block: every transaction increments the shared counter; parallel equals sequential with and without the bound', async () => {
    const { blockJson, state } = adversarialBlock(24, 20_000);
    const seq = await executeBlockSequential(decodeBlock(blockJson), state);
    assert.equal(seq.receipts.length, 24);
    assert.ok(seq.receipts.every((r) => r.status === 1));
    const counter = seq.stateChanges.find((c) => c.address === ADVERSARY).storage;
    assert.deepEqual(counter, [[0n, 25n]], 'slot 0: 1 + 24 increments');
    for (const concurrency of [2, 4]) {
        for (const reexecutionBound of [undefined, false]) {
            const par = await executeBlock(decodeBlock(blockJson), state, { concurrency, force: true, reexecutionBound });
            assert.equal(par.metrics?.path, 'parallel', par.metrics?.reason);
            assert.deepEqual(diffResults(seq, par), undefined, `concurrency ${concurrency}, bound ${String(reexecutionBound)}`);
            if (reexecutionBound === false)
                assert.equal(par.metrics?.sequentialFrom, undefined);
        }
    }
});
// A halt forced early (share 0) at whatever point the workers reached: the committed prefix is
// merged and the rest runs sequentially on the coordinator — the result must not change.
test('forced storm halt: committed prefix plus sequential tail equals sequential (adversarial, synthetic, mainnet)', async () => {
    const adversarial = adversarialBlock(24, 20_000);
    const erc20 = await buildWorkload(['erc20'], 40);
    const mainnet = loadFixtureBlock(FIXTURES, 12047794);
    /** Per run: receipt leaves the workers hashed beyond the committed prefix's (the tail's, published as they ran). */
    const tailLeavesOnWorkers = [];
    for (const [name, b] of [
        ['adversarial', adversarial],
        ['erc20', erc20],
        ['12047794', mainnet],
    ]) {
        const seq = await executeBlockSequential(decodeBlock(b.blockJson), b.state);
        // Halted after a number of incarnations, not of milliseconds: every transaction executes at
        // least once, so the halt comes before the end however fast the machine runs the block.
        for (const [concurrency, minExecutions] of [
            [2, 1],
            [2, 8],
            [4, 4],
        ]) {
            {
                const par = await executeBlock(decodeBlock(b.blockJson), b.state, {
                    concurrency,
                    force: true,
                    reexecutionBound: { wasteShare: 0, minExecutedMs: 0, minExecutions },
                });
                const m = par.metrics;
                assert.equal(m.path, 'parallel');
                assert.ok(m.sequentialFrom !== undefined && m.sequentialFrom < seq.receipts.length, `${name}: halted before the end (${m.sequentialFrom})`);
                assert.match(m.reason ?? '', /re-execution storm .*: transactions \d+… ran sequentially/);
                assert.deepEqual(diffResults(seq, par), undefined, `${name} ×${concurrency} after ${minExecutions} incarnations (from ${m.sequentialFrom})`);
                tailLeavesOnWorkers.push((m.receiptLeavesOnWorkers ?? 0) - m.sequentialFrom);
            }
        }
    }
    assert.ok(tailLeavesOnWorkers.some((n) => n > 0), `the workers hashed a leaf of the sequential tail in some run: ${tailLeavesOnWorkers.join(', ')}`);
});
test("a storm halt in an invalid block still reports the sequential engine's typed error", async () => {
    // Transaction 30 reuses the nonce of transaction 29 (same sender, same nonce): the block is invalid.
    const { blockJson, state } = adversarialBlock(40, 5_000);
    const txs = blockJson.transactions;
    txs[30] = { ...txs[29], transactionIndex: '0x1e' };
    const seqError = await executeBlockSequential(decodeBlock(blockJson), state).then(() => undefined, (e) => e);
    assert.ok(seqError, 'the sequential engine rejects the block');
    const parError = await executeBlock(decodeBlock(blockJson), state, {
        concurrency: 2,
        force: true,
        reexecutionBound: { wasteShare: 0, minExecutedMs: 0 },
    }).then(() => undefined, (e) => e);
    assert.equal(parError?.constructor, seqError.constructor);
    assert.equal(parError?.message, seqError.message);
});
//# sourceMappingURL=storm.test.js.map