// `parevm replay --queue` with `parevm worker` processes on a Redis of the test's own (or
// PAREVM_REDIS_URL): a worker SIGKILLed in the middle of a job, every block reported exactly
// once; the same range enqueued twice runs once; a block that throws is recorded as failed with
// its typed error and the job goes on. No timing is asserted.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { BullReplayQueue } from '../src/replay/queue.js';
import { rangeJobs } from '../src/replay/range.js';
import { RedisRateLimiter } from '../src/replay/rateLimit.js';
import { RedisResultStore } from '../src/replay/results.js';
import { FixtureSource } from '../src/replay/source.js';
import { FIXTURES, tempFixtures } from './helpers.js';
import { startRedis } from './redis-helper.js';
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
// Six small fixture blocks (9 to 83 transactions), two jobs of three.
const RANGE = '930196..2675000';
let redis;
let skip = '';
const children = [];
before(async () => {
    const r = await startRedis();
    if ('skip' in r) {
        skip = r.skip;
        console.log(`skipping the distributed replay tests: ${skip}`);
    }
    else
        redis = r;
});
after(async () => {
    for (const c of children)
        if (c.exitCode === null && c.signalCode === null)
            c.kill('SIGKILL');
    await redis?.stop();
});
/** A `parevm worker` child process; `lines` collects its stdout lines. */
function startWorker(namespace, extra = []) {
    const child = spawn(process.execPath, [MAIN, 'worker', '--queue', redis.url, '--namespace', namespace, '--concurrency', '1', '--lock-duration', '2000', '--stalled-interval', '1000', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const lines = [];
    let buf = '';
    child.stdout.on('data', (d) => {
        buf += d.toString();
        const parts = buf.split('\n');
        buf = parts.pop();
        lines.push(...parts);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    const ready = new Promise((resolve, reject) => {
        const t = setInterval(() => {
            if (lines.some((l) => l.includes('waiting for jobs')))
                clearInterval(t), resolve();
            if (child.exitCode !== null)
                clearInterval(t), reject(new Error(`worker exited: ${lines.join('\n')}`));
        }, 50);
    });
    return { child, lines, ready };
}
/** `parevm <args>` as a child process: exit status and stdout. */
function cli(args) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
        children.push(child);
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.on('exit', (status) => resolve({ status, stdout }));
    });
}
async function stopWorker(w) {
    if (w.child.exitCode !== null || w.child.signalCode !== null)
        return;
    const gone = new Promise((r) => w.child.once('exit', r));
    w.child.kill('SIGTERM');
    await gone;
}
test('two workers, one SIGKILLed mid-job: every block recorded exactly once; enqueueing the range again runs nothing', async (t) => {
    if (!redis)
        return t.skip(skip);
    const ns = redis.namespace('kill');
    const blocks = new FixtureSource(FIXTURES).blocks({ from: 930196, to: 2675000 });
    assert.equal(blocks.length, 6);
    const jobs = rangeJobs(blocks, 3, { name: 'mainnet', chainId: 1 }, new FixtureSource(FIXTURES).spec);
    const a = startWorker(ns);
    const b = startWorker(ns);
    await Promise.all([a.ready, b.ready]);
    const byPid = new Map([a, b].map((w) => [w.child.pid, w]));
    // Watch the events stream: the first worker to start the second block of its job is killed at once.
    const watch = new Redis(redis.url);
    const store = new RedisResultStore(new Redis(redis.url), ns);
    const stream = store.eventsKey(1);
    const replay = cli(['replay', '--blocks', RANGE, '--fixtures', FIXTURES, '--queue', redis.url, '--namespace', ns, '--job-size', '3', '--json']);
    let killed;
    let last = '0';
    while (!killed) {
        const res = (await watch.xread('BLOCK', 30_000, 'STREAMS', stream, last));
        assert.ok(res, 'no worker started a block within 30 s');
        for (const [id, fields] of res[0][1]) {
            last = id;
            const e = {};
            for (let i = 0; i < fields.length; i += 2)
                e[fields[i]] = fields[i + 1];
            if (e.event !== 'started')
                continue;
            const job = jobs.find((j) => j.id === e.job);
            if (job.blocks.indexOf(Number(e.block)) === 1) {
                const pid = Number(e.worker.split(':').pop());
                byPid.get(pid).child.kill('SIGKILL');
                killed = { pid, block: Number(e.block), job: e.job };
                break;
            }
        }
    }
    watch.disconnect();
    const r = await replay;
    assert.equal(r.status, 0, r.stdout);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.records.map((x) => x.block), blocks);
    assert.deepEqual(out.lost, []);
    assert.deepEqual(out.failedJobs, []);
    assert.ok(out.records.every((x) => x.status === 'match'));
    // Exactly once: one field per block in the hash, one `recorded` event per block in the stream.
    const events = await store.events(1);
    const recorded = events.filter((e) => e.event === 'recorded').map((e) => Number(e.block));
    assert.deepEqual([...recorded].sort((x, y) => x - y), blocks, 'one recorded event per block, none twice');
    assert.deepEqual((await store.list(1, 0, 1e9)).map((x) => x.block), blocks);
    // The killed worker's job was finished by the other worker in a later attempt: its first block
    // was recorded by the killed worker, its last (at least) by the survivor. (The block it was killed
    // on is normally the survivor's too, unless the kill landed after its record: either way once.)
    const survivor = [a, b].find((w) => w.child.pid !== killed.pid);
    const killedJob = jobs.find((j) => j.id === killed.job);
    const pidOf = (x) => Number(x.worker.split(':').pop());
    const first = out.records.find((x) => x.block === killedJob.blocks[0]);
    assert.equal(pidOf(first), killed.pid, `block ${first.block} recorded by the worker killed later`);
    const tail = out.records.find((x) => x.block === killedJob.blocks[2]);
    assert.equal(pidOf(tail), survivor.child.pid, `block ${tail.block} recorded by the surviving worker`);
    assert.ok(tail.attempt >= 2, `block ${tail.block} recorded in a later attempt (${tail.attempt})`);
    assert.ok(events.some((e) => e.event === 'started' && Number(e.block) === killed.block && Number(e.worker.split(':').pop()) === killed.pid), 'the killed worker had started the block');
    // The same range again: the jobs exist, nothing runs.
    const startedBefore = events.filter((e) => e.event === 'started').length;
    const again = await cli(['replay', '--blocks', RANGE, '--fixtures', FIXTURES, '--queue', redis.url, '--namespace', ns, '--job-size', '3', '--json']);
    assert.equal(again.status, 0, again.stdout);
    const j2 = JSON.parse(again.stdout);
    assert.equal(j2.existingJobs, 2);
    assert.equal(j2.records.length, 6);
    await new Promise((res) => setTimeout(res, 300));
    assert.equal((await store.events(1)).filter((e) => e.event === 'started').length, startedBefore, 'no block started again');
    // The history report reads the same records from Redis.
    const rep = await cli(['report', '--range', RANGE, '--queue', redis.url, '--namespace', ns, '--json', '--out', `/tmp/parevm-report-${ns}.html`]);
    assert.equal(rep.status, 0, rep.stdout);
    const s = JSON.parse(rep.stdout);
    assert.equal(s.blocks, 6);
    assert.equal(s.matched, 6);
    assert.equal(Object.values(s.workers).reduce((x, y) => x + y, 0), 6);
    await stopWorker(survivor);
    await store.close();
});
test('the same range enqueued twice at once is one set of jobs, each retried with backoff', async (t) => {
    if (!redis)
        return t.skip(skip);
    const ns = redis.namespace('twice');
    const source = new FixtureSource(FIXTURES);
    const jobs = rangeJobs(source.blocks({ from: 930196, to: 2675000 }), 2, { name: 'mainnet', chainId: 1 }, source.spec);
    const q1 = new BullReplayQueue(redis.url, ns);
    const q2 = new BullReplayQueue(redis.url, ns);
    try {
        const [r1, r2] = await Promise.all([q1.enqueue(jobs), q2.enqueue(jobs)]);
        assert.equal(r1.added.length + r1.existing.length, 3);
        assert.equal(r2.added.length + r2.existing.length, 3);
        const counts = await q1.queue.getJobCounts();
        assert.equal(counts.waiting, 3, JSON.stringify(counts));
        // Each job is retried with exponential backoff when it throws.
        const job = await q1.queue.getJob(jobs[0].id);
        assert.equal(job.opts.attempts, 3);
        assert.deepEqual(job.opts.backoff, { type: 'exponential', delay: 1000 });
    }
    finally {
        await q1.close();
        await q2.close();
    }
});
test('a block that throws is recorded as failed with its typed error; the job goes on', async (t) => {
    if (!redis)
        return t.skip(skip);
    const ns = redis.namespace('fault');
    // A copy (in a temporary directory) of three fixture blocks, the middle one's block.json broken.
    const root = tempFixtures({ 2462997: {}, 2641321: { rawBlock: '{ not json' }, 2674998: {} });
    const w = startWorker(ns);
    await w.ready;
    const r = await cli(['replay', '--blocks', '2462997..2674998', '--fixtures', root, '--queue', redis.url, '--namespace', ns, '--job-size', '3', '--json']);
    assert.equal(r.status, 1, 'a failed block makes the exit status 1');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.failedJobs, [], 'the job itself completed');
    assert.deepEqual(out.lost, []);
    assert.deepEqual(out.records.map((x) => [x.block, x.status]), [
        [2462997, 'match'],
        [2641321, 'failed'],
        [2674998, 'match'],
    ]);
    const failed = out.records[1];
    assert.equal(failed.error?.code, 'FIXTURE_FORMAT');
    assert.match(failed.error.message, /2641321\/block\.json/);
    assert.ok(w.lines.some((l) => /block 2641321 FAILED FIXTURE_FORMAT/.test(l)), w.lines.join('\n'));
    await stopWorker(w);
});
test('the RPC rate limit is shared: no window grants more than its budget across two clients', async (t) => {
    if (!redis)
        return t.skip(skip);
    const key = `${redis.namespace('rate')}:ratelimit:rpc`;
    const c1 = new Redis(redis.url);
    const c2 = new Redis(redis.url);
    try {
        const limit = { max: 4, windowMs: 200 };
        const l1 = new RedisRateLimiter(c1, key, limit);
        const l2 = new RedisRateLimiter(c2, key, limit);
        const windows = await Promise.all(Array.from({ length: 14 }, (_, i) => (i % 2 ? l1 : l2).acquire()));
        const per = new Map();
        for (const w of windows)
            per.set(w, (per.get(w) ?? 0) + 1);
        assert.ok(per.size >= 4, `14 permits at 4 per window need at least 4 windows (got ${per.size})`);
        for (const [w, n] of per)
            assert.ok(n <= 4, `window ${w} granted ${n}`);
    }
    finally {
        c1.disconnect();
        c2.disconnect();
    }
});
//# sourceMappingURL=replay-distributed.test.js.map