// The replay's pieces without Redis or block execution: ranges and job ids, the local queue's
// idempotent enqueue and retries, the file store's first write wins, the history summary, the
// local rate limiter, URL redaction.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RpcUnreachableError } from '../../src/errors.js';
import { LocalReplayQueue } from '../../src/replay/queue.js';
import { jobId, parseRange, rangeJobs } from '../../src/replay/range.js';
import { LocalRateLimiter, parseRate } from '../../src/replay/rateLimit.js';
import { historySummary } from '../../src/replay/report.js';
import { FileResultStore } from '../../src/replay/results.js';
import { redactUrl } from '../../src/rpc/client.js';
import { RpcSource, openSource } from '../../src/replay/source.js';
const spec = { kind: 'fixtures', dir: '/x' };
const mainnet = { name: 'mainnet', chainId: 1 };
const outcome = (n) => ({ blocks: n, recorded: n, failed: 0, skipped: 0, refused: 0 });
test('ranges: A..B and N; bad ones say what was expected', () => {
    assert.deepEqual(parseRange('10..20'), { from: 10, to: 20 });
    assert.deepEqual(parseRange('7'), { from: 7, to: 7 });
    for (const bad of ['20..10', 'a..b', '1...2', '-1..3', ''])
        assert.throws(() => parseRange(bad), (e) => e instanceof RangeError && /expected a block range A\.\.B/.test(e.message));
});
test('jobs: at most job-size blocks each, ids from chain and first/last block, the same for the same range', () => {
    const jobs = rangeJobs([1, 2, 3, 5, 8, 13, 21], 3, mainnet, spec);
    assert.deepEqual(jobs.map((j) => [j.id, j.blocks]), [
        ['c1-1-3', [1, 2, 3]],
        ['c1-5-13', [5, 8, 13]],
        ['c1-21-21', [21]],
    ]);
    assert.deepEqual(rangeJobs([1, 2, 3, 5, 8, 13, 21], 3, mainnet, spec).map((j) => j.id), jobs.map((j) => j.id));
    assert.equal(jobId(11155111, [9]), 'c11155111-9-9');
    assert.throws(() => rangeJobs([1], 0, mainnet, spec), RangeError);
});
test('local queue: a job id enqueued twice runs once; a throwing job is retried, then fails for good', async () => {
    const runs = new Map();
    const q = new LocalReplayQueue(async (job, attempt) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        if (job.blocks[0] === 5 && attempt < 2)
            throw new Error('transient');
        if (job.blocks[0] === 21)
            throw new Error('always');
        return outcome(job.blocks.length);
    }, 1);
    const jobs = rangeJobs([1, 2, 3, 5, 8, 13, 21], 3, mainnet, spec);
    const first = await q.enqueue(jobs);
    const second = await q.enqueue(jobs);
    assert.equal(first.added.length, 3);
    assert.deepEqual(second.added, []);
    assert.equal(second.existing.length, 3);
    await q.close();
    const status = await q.status(jobs.map((j) => j.id));
    assert.deepEqual([...status.values()].map((s) => s.state), ['completed', 'completed', 'failed']);
    assert.equal(status.get('c1-21-21').failedReason, 'always');
    assert.deepEqual(Object.fromEntries(runs), { 'c1-1-3': 1, 'c1-5-13': 2, 'c1-21-21': 3 });
    assert.equal((await q.status(['nope'])).get('nope').state, 'unknown');
    assert.equal(await q.forget(jobs.map((j) => j.id)), 3);
    assert.equal((await q.enqueue(jobs)).added.length, 3, 'forgotten jobs can be added again');
    await q.close();
});
const record = (block, extra = {}) => ({
    chainId: 1,
    chain: 'mainnet',
    block,
    status: 'match',
    worker: 'w:1',
    jobId: 'j',
    attempt: 1,
    recordedAt: '2024-01-01T00:00:00.000Z',
    ...extra,
});
test('file store: the first write of a block wins, later ones are refused; list is by range', async () => {
    const store = new FileResultStore(mkdtempSync(join(tmpdir(), 'parevm-results-')));
    assert.deepEqual(await Promise.all([store.put(record(5, { worker: 'a:1' })), store.put(record(5, { worker: 'b:2' }))]), [true, false]);
    assert.equal((await store.getMany(1, [5]))[0].worker, 'a:1');
    await Promise.all([record(7), record(6), record(100)].map((r) => store.put(r)));
    assert.deepEqual((await store.list(1, 6, 99)).map((r) => r.block), [6, 7]);
    assert.deepEqual(await store.list(2, 0, 1e9), []);
    assert.equal(await store.has(1, 8), false);
    assert.equal(await store.remove(1, [5, 8]), 1);
    assert.equal(await store.put(record(5, { worker: 'c:3' })), true);
    store.clear();
});
test('history summary: gas-weighted speedups, mismatch list, critical-path bins, hot locations summed over blocks', () => {
    const verdict = (status) => {
        const f = { status: 'match', expected: '1', actual: '1' };
        return { ok: status === 'match', gasUsed: f, receiptsRoot: { status, expected: '0xaa', actual: '0xbb' }, logsBloom: f, cumulativeGas: f, requestsHash: f };
    };
    const analysis = (share, hot) => ({
        totalWorkMs: 10,
        criticalPath: { ms: 10 * share, share, txs: 2 },
        maxSpeedup: { time: 1 / share, gas: 1 / share },
        simulated: { '8': 2, '16': 3, '32': 4 },
        hot: hot.map((h) => ({ kind: 'storage', slot: '0x1', ...h })),
    });
    const s = historySummary([
        record(3, {
            txs: 10,
            gasUsed: '300',
            speedup: 2,
            verdict: verdict('match'),
            analysis: analysis(0.25, [{ address: '0xaa', dependencies: 5, label: 'WETH' }]),
        }),
        record(1, { txs: 10, gasUsed: '100', speedup: 1, verdict: verdict('match'), analysis: analysis(0.95, [{ address: '0xaa', dependencies: 2 }]) }),
        record(2, {
            status: 'mismatch',
            txs: 4,
            gasUsed: '100',
            speedup: 1,
            verdict: verdict('mismatch'),
            analysis: analysis(0.5, [{ address: '0xbb', dependencies: 1 }]),
        }),
        record(4, { status: 'failed', error: { code: 'FIXTURE_FORMAT', message: 'bad' } }),
    ], { from: 1, to: 4 }, 1);
    assert.deepEqual([s.blocks, s.matched, s.mismatched, s.failed], [4, 2, 1, 1]);
    assert.deepEqual(s.series.map((p) => p.block), [1, 2, 3, 4]);
    assert.equal(s.gasWeighted.blocks, 3);
    assert.equal(s.gasWeighted.measuredSpeedup, (100 * 1 + 100 * 1 + 300 * 2) / 500);
    assert.equal(s.gasWeighted.simulated['32'], 4);
    assert.deepEqual(s.mismatches, [{ block: 2, fields: [{ field: 'receiptsRoot', expected: '0xaa', actual: '0xbb', reason: undefined }] }]);
    assert.deepEqual(s.failures, [{ block: 4, code: 'FIXTURE_FORMAT', message: 'bad' }]);
    assert.deepEqual(s.criticalPathShare.bins.map((b) => b.blocks), [0, 0, 1, 0, 0, 1, 0, 0, 0, 1]);
    assert.equal(s.criticalPathShare.median, 0.5);
    assert.deepEqual(s.hot[0], { kind: 'storage', address: '0xaa', slot: '0x1', dependencies: 7, blocks: 2, label: 'WETH' });
});
test('rate limits: N or N/MS; the local limiter grants at most max per window', async () => {
    assert.deepEqual(parseRate('20'), { max: 20, windowMs: 1000 });
    assert.deepEqual(parseRate('5/250'), { max: 5, windowMs: 250 });
    assert.throws(() => parseRate('0'), RangeError);
    const l = new LocalRateLimiter({ max: 3, windowMs: 50 });
    const windows = await Promise.all(Array.from({ length: 8 }, () => l.acquire()));
    const per = new Map();
    for (const w of windows)
        per.set(w, (per.get(w) ?? 0) + 1);
    assert.ok(per.size >= 3);
    for (const n of per.values())
        assert.ok(n <= 3);
});
test('--rpc opens an RPC source: every number of the range; an unreachable node is a typed error with the password redacted', async () => {
    assert.equal(redactUrl('redis://user:secret@host:6379'), 'redis://***@host:6379');
    assert.ok(openSource({ kind: 'rpc', url: 'http://u:pw@127.0.0.1:1/v1' }) instanceof RpcSource);
    const source = new RpcSource('http://u:pw@127.0.0.1:1/v1', undefined, {}, { retryCount: 0 });
    assert.deepEqual(source.blocks({ from: 7, to: 10 }), [7, 8, 9, 10]);
    await assert.rejects(source.load(8), (e) => e instanceof RpcUnreachableError && e.code === 'RPC_UNREACHABLE' && !e.message.includes('pw'));
});
//# sourceMappingURL=replay.test.js.map