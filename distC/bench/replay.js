/**
 * `npm run bench:replay -- [--blocks A..B] [--job-size 1] [--rounds 2] [--jobs 200] [--no-analyze] [--json]`:
 * blocks per second of `parevm replay --queue` over a fixture range on this machine with one
 * worker process of 2 engine threads against two worker processes of 1 engine thread each (the
 * same 2 cores), alternated over rounds, each round on a fresh namespace of one Redis; then the
 * queue's overhead per job: the round trip (enqueue, take, lock, complete, seen by the replay) of
 * jobs whose block is already recorded, so nothing executes. Redis: PAREVM_REDIS_URL, or a
 * redis-server child process on 127.0.0.1 at a free port. Worker start-up is not timed (workers
 * are waiting before the range is enqueued). Speed is reported as ratios from the same run.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { DEFAULT_FIXTURES } from '../src/block/fixtures.js';
import { replayRange } from '../src/replay/driver.js';
import { BullReplayQueue } from '../src/replay/queue.js';
import { parseRange } from '../src/replay/range.js';
import { openRedis } from '../src/replay/redis.js';
import { RedisResultStore } from '../src/replay/results.js';
import { FixtureSource } from '../src/replay/source.js';
import { startRedis } from '../test/redis-helper.js';
import { median } from '../src/analyze/median.js';
const opts = new Command('bench:replay')
    .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
    .option('--blocks <A..B>', 'fixture range (default: ten blocks of 6–9 Mgas, 3–237 transactions)', '4330482..9069000')
    .option('--job-size <n>', 'blocks per job', '1')
    .option('--rounds <n>', 'rounds of each configuration (alternated)', '2')
    .option('--jobs <n>', 'jobs of the queue-overhead measurement', '200')
    .option('--no-analyze', 'workers skip the analyzer (execution and verification only)')
    .option('--json', 'print the figures as JSON')
    .parse()
    .opts();
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const r = await startRedis();
if ('skip' in r) {
    console.log(`bench:replay needs Redis: ${r.skip}`);
    process.exit(1);
}
const redisUrl = r.url;
const source = new FixtureSource(opts.fixtures);
const range = parseRange(opts.blocks);
const blocks = source.blocks(range);
const chain = { name: 'mainnet', chainId: 1 };
/** Starts `n` worker processes of `threads` engine threads each; resolves when all wait for jobs. */
async function workers(namespace, n, threads) {
    const started = Array.from({ length: n }, () => {
        const args = [MAIN, 'worker', '--queue', redisUrl, '--namespace', namespace, '--concurrency', String(threads), ...(opts.analyze ? [] : ['--no-analyze'])];
        const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
        return new Promise((resolve, reject) => {
            let out = '';
            child.stdout.on('data', (d) => {
                out += d.toString();
                if (out.includes('waiting for jobs'))
                    resolve(child);
            });
            child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
        });
    });
    return Promise.all(started);
}
async function stop(children) {
    await Promise.all(children.map((c) => {
        const gone = new Promise((res) => c.once('exit', res));
        c.kill('SIGTERM');
        return gone;
    }));
}
let round = 0;
/** One timed replay of the range on a fresh namespace: wall ms and the records. */
async function measure(processes, threads) {
    const namespace = `parevm-bench-${process.pid}-${round++}`;
    const children = await workers(namespace, processes, threads);
    const store = new RedisResultStore(await openRedis(redisUrl), namespace);
    const queue = new BullReplayQueue(redisUrl, namespace);
    try {
        const t0 = performance.now();
        const out = await replayRange({ range, source, chain, queue, store, jobSize: Number(opts.jobSize), pollMs: 20 });
        const ms = performance.now() - t0;
        if (out.lost.length || out.records.some((x) => x.status !== 'match'))
            throw new Error(`blocks lost or not matching: ${JSON.stringify(out.lost)}`);
        return { ms, records: out.records };
    }
    finally {
        await queue.close();
        await store.close();
        await stop(children);
    }
}
/** The queue's round trip per job: jobs of one already-recorded block each, one worker. */
async function overhead(jobs) {
    const namespace = `parevm-bench-${process.pid}-overhead`;
    const store = new RedisResultStore(await openRedis(redisUrl), namespace);
    // Fake block numbers, recorded beforehand: the job only checks the store and completes.
    const fake = Array.from({ length: jobs }, (_, i) => 1_000_000_000 + i);
    for (const b of fake)
        await store.put({ chainId: 1, chain: 'mainnet', block: b, status: 'match', worker: 'bench', jobId: 'bench', attempt: 1, recordedAt: '' });
    const children = await workers(namespace, 1, 1);
    const queue = new BullReplayQueue(redisUrl, namespace);
    const fakeSource = { spec: source.spec, blocks: () => fake, load: () => Promise.reject(new Error('not loaded')) };
    try {
        const t0 = performance.now();
        await replayRange({ range: { from: fake[0], to: fake.at(-1) }, source: fakeSource, chain, queue, store, jobSize: 1, pollMs: 5 });
        return { perJobMs: (performance.now() - t0) / jobs, jobs };
    }
    finally {
        await queue.close();
        await store.close();
        await stop(children);
    }
}
const configs = [
    { name: '1 worker × 2 engine threads', processes: 1, threads: 2 },
    { name: '2 workers × 1 engine thread', processes: 2, threads: 1 },
];
const times = configs.map(() => []);
const loadBefore = loadavg()[0];
const samples = configs.map(() => []);
try {
    for (let i = 0; i < Number(opts.rounds); i++) {
        for (const [k, c] of configs.entries()) {
            const m = await measure(c.processes, c.threads);
            times[k].push(m.ms);
            samples[k].push(m.records);
        }
    }
    const ov = await overhead(Number(opts.jobs));
    const rows = configs.map((c, k) => {
        const ms = median(times[k]);
        // The parallel engine's time per block in the middle round by time (the lower one of an even
        // count: the median of two rounds is no round's), as the workers measured it.
        const byTime = times[k].map((t, i) => [t, i]).sort((a, b) => a[0] - b[0]);
        const middle = byTime[Math.floor((byTime.length - 1) / 2)][1];
        const engineMs = samples[k][middle].reduce((s, x) => s + (x.parallelMs ?? 0), 0);
        return { ...c, medianMs: ms, blocksPerSecond: blocks.length / (ms / 1000), workerParallelMsPerBlock: engineMs / blocks.length };
    });
    const ratio = rows[1].blocksPerSecond / rows[0].blocksPerSecond;
    const meanWorkMs = rows[0].medianMs / Math.max(1, blocks.length / Number(opts.jobSize));
    const load = { before: loadBefore, after: loadavg()[0] };
    if (opts.json)
        console.log(JSON.stringify({ blocks, jobSize: Number(opts.jobSize), analyze: opts.analyze, rounds: Number(opts.rounds), rows, ratio, overhead: ov, load }, null, 2));
    else {
        console.log(`bench:replay — ${blocks.length} fixture blocks (${range.from}..${range.to}), ${opts.jobSize} block(s) per job, analyzer ${opts.analyze ? 'on' : 'off'}, median of ${opts.rounds} round(s), Redis ${redisUrl}`);
        for (const x of rows)
            console.log(`  ${x.name.padEnd(28)} ${x.blocksPerSecond.toFixed(2)} blocks/s (${(x.medianMs / 1000).toFixed(2)} s; parallel engine ${x.workerParallelMsPerBlock.toFixed(1)} ms per block)`);
        console.log(`  2 workers × 1 thread ÷ 1 worker × 2 threads: ${ratio.toFixed(2)}× the blocks per second`);
        console.log(`  queue overhead: ${ov.perJobMs.toFixed(2)} ms per job (${ov.jobs} jobs with nothing to execute, one worker), ${((100 * ov.perJobMs) / meanWorkMs).toFixed(1)}% of a job's wall time above`);
        console.log(`  load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, on 2 cores (other processes skew every figure above)`);
    }
}
finally {
    await r.stop();
}
//# sourceMappingURL=replay.js.map