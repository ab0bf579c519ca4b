// `parevm replay` without --queue (the local queue) gives `parevm run`'s verdicts on a range of
// the shared mainnet fixtures; `parevm report` over its records opens in headless Chromium without
// console errors (as the analyzer's report test does); bad input says what is wrong.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './helpers.js';
import { startFakeNode } from './rpc-fake-node.js';
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const REPORTS = resolve(fileURLToPath(new URL('../../reports', import.meta.url)));
const CHROMIUM = process.env.PAREVM_CHROMIUM ?? '/usr/bin/chromium';
const run = (args) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20 });
/** `run` without blocking this process (a node served from it must answer meanwhile). */
const runAsync = (args, env = {}) => new Promise((done) => {
    execFile(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20, env: { ...process.env, ...env } }, (e, stdout, stderr) => done({ status: e ? (e.code ?? 1) : 0, stdout, stderr }));
});
// Six small fixture blocks (Frontier to DAO fork, 9 to 83 transactions).
const RANGE = '930196..2675000';
const BLOCKS = [930196, 1150000, 2462997, 2641321, 2674998, 2675000];
const results = mkdtempSync(join(tmpdir(), 'parevm-replay-'));
test('parevm replay (local queue) gives the verdicts of parevm run on a fixture range; a second replay runs nothing', () => {
    const rep = run(['replay', '--blocks', RANGE, '--fixtures', FIXTURES, '--results', results, '--concurrency', '2', '--job-size', '4', '--json']);
    assert.equal(rep.status, 0, rep.stdout + rep.stderr);
    const replay = JSON.parse(rep.stdout);
    assert.equal(replay.queue, 'local');
    assert.equal(replay.jobs, 2);
    assert.deepEqual(replay.lost, []);
    const r = run(['run', '--blocks', BLOCKS.join(','), '--fixtures', FIXTURES, '--concurrency', '2', '--json']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const rows = JSON.parse(r.stdout).blocks;
    assert.deepEqual(replay.records.map((x) => x.block), BLOCKS);
    for (const [i, x] of replay.records.entries()) {
        const row = rows[i];
        assert.equal(x.block, row.block);
        assert.deepEqual(x.verdict, row.verdict, `block ${x.block}: verdict per header field`);
        assert.equal(x.status, 'match');
        assert.equal(x.path, row.path);
        assert.equal(x.txs, row.txs);
        assert.equal(x.gasUsed, row.gasUsed);
        assert.equal(x.hardfork, row.hardfork);
        assert.equal(x.equal, true, 'parallel result equals sequential');
        assert.ok(x.parallelMs > 0 && x.sequentialMs > 0);
        assert.ok(x.analysis, `block ${x.block} analyzed`);
        assert.ok(x.analysis.criticalPath.share > 0 && x.analysis.criticalPath.share <= 1);
        assert.ok(x.analysis.maxSpeedup.time >= 1 - 1e-9);
        assert.deepEqual(Object.keys(x.analysis.simulated).sort(), ['16', '32', '8']);
    }
    const again = run(['replay', '--blocks', RANGE, '--fixtures', FIXTURES, '--results', results, '--concurrency', '2', '--job-size', '4', '--json']);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    const second = JSON.parse(again.stdout);
    assert.deepEqual(second.records.map((x) => x.recordedAt), replay.records.map((x) => x.recordedAt), 'the records of the first replay stand; nothing was run again');
});
test('parevm report: JSON numbers, and an HTML report that renders in headless Chromium without console errors', async (t) => {
    const out = resolve(REPORTS, 'replay-test.html');
    const r = run(['report', '--range', RANGE, '--results', results, '--json', '--out', out]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.blocks, BLOCKS.length);
    assert.equal(s.matched, BLOCKS.length);
    assert.deepEqual(s.mismatches, []);
    assert.equal(s.criticalPathShare.bins.reduce((n, b) => n + b.blocks, 0), BLOCKS.length);
    assert.ok(s.hot.length > 0);
    assert.ok(s.gasWeighted.simulated['32'] > 0);
    assert.equal(s.report, out);
    assert.ok(statSync(out).size > 500_000, 'the charting library is inlined');
    if (!existsSync(CHROMIUM)) {
        const reason = `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium; set PAREVM_CHROMIUM)`;
        console.log(`skipping the browser check: ${reason}`);
        t.skip(reason);
        return;
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const errors = [];
        const requests = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('request', (req) => !req.url().startsWith('file:') && !req.url().startsWith('data:') && requests.push(req.url()));
        await page.goto(`file://${out}`);
        await page.waitForFunction(() => window.__parevmReport?.ready === true, null, { timeout: 60_000 });
        assert.deepEqual(errors, []);
        assert.deepEqual(requests, [], 'the report loads nothing from the network');
        assert.equal(await page.evaluate(() => window.__parevmReport.charts), 3);
        assert.equal((await page.locator('canvas').count()) >= 3, true, 'the three charts drew on canvases');
        mkdirSync(REPORTS, { recursive: true });
        const shot = resolve(REPORTS, 'replay-test.png');
        await page.screenshot({ path: shot, fullPage: true });
        console.log(`screenshot: ${shot}`);
    }
    finally {
        await browser.close();
    }
});
test("parevm replay --rpc: blocks from a node (the tests' fake node over the fixtures) through the fetch cache give the fixtures' verdicts; a block the node lacks is failed with its typed error; a second replay asks nothing", async () => {
    const node = await startFakeNode({ fixtures: FIXTURES, tracer: true });
    try {
        const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'parevm-replay-cache-')) };
        const res = mkdtempSync(join(tmpdir(), 'parevm-replay-rpc-'));
        const rep = await runAsync(['replay', '--blocks', '19426586..19426588', '--rpc', node.url, '--results', res, '--concurrency', '2', '--json'], env);
        assert.equal(rep.status, 1, 'a failed block fails the replay');
        const records = JSON.parse(rep.stdout).records;
        assert.deepEqual(records.map((x) => [x.block, x.status]), [
            [19426586, 'match'],
            [19426587, 'match'],
            [19426588, 'failed'],
        ]);
        assert.match(JSON.stringify(records[2]), /RPC_BLOCK_NOT_FOUND/);
        const fx = run(['run', '--blocks', '19426586,19426587', '--fixtures', FIXTURES, '--concurrency', '2', '--json']);
        assert.equal(fx.status, 0, fx.stdout + fx.stderr);
        const rows = JSON.parse(fx.stdout).blocks;
        for (const [i, row] of rows.entries()) {
            assert.deepEqual(records[i].verdict, row.verdict, `block ${row.block}`);
            assert.equal(records[i].txs, row.txs);
            assert.equal(records[i].gasUsed, row.gasUsed);
            assert.equal(records[i].hardfork, row.hardfork);
        }
        const calls = node.stats.calls;
        const again = await runAsync(['replay', '--blocks', '19426586..19426587', '--rpc', node.url, '--results', mkdtempSync(join(tmpdir(), 'parevm-replay-rpc-')), '--json'], env);
        assert.equal(again.status, 0, again.stdout + again.stderr);
        assert.equal(node.stats.calls, calls, 'the cached blocks are read from the cache');
    }
    finally {
        await node.close();
    }
});
test('parevm replay --rpc of a block the node serves with its execution witness (the real Hoodi one): the record carries the recomputed state root, as parevm run checks it', async (t) => {
    const witness = join(FIXTURES, '..', 'witness', 'hoodi-1265656.json');
    if (!existsSync(witness))
        return t.skip(`witness fixture ${witness} not found`);
    const node = await startFakeNode({ fixtures: FIXTURES, chainId: 560048, witnesses: [witness] });
    try {
        const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'parevm-replay-cache-')) };
        const rep = await runAsync(['replay', '--blocks', '1265656', '--rpc', node.url, '--chain', 'hoodi', '--results', mkdtempSync(join(tmpdir(), 'parevm-replay-rpc-')), '--json'], env);
        assert.equal(rep.status, 0, rep.stdout + rep.stderr);
        const [record] = JSON.parse(rep.stdout).records;
        assert.equal(record?.status, 'match');
        assert.equal(record?.stateRoot?.status, 'match');
        assert.equal(record?.stateRoot?.actual, record?.stateRoot?.expected);
    }
    finally {
        await node.close();
    }
});
test('bad input: an unreachable node, an empty range, a range backwards, an unreachable queue', () => {
    const rpc = run(['replay', '--blocks', '1..2', '--rpc', 'http://user:pw@127.0.0.1:1', '--results', mkdtempSync(join(tmpdir(), 'parevm-replay-down-'))]);
    assert.equal(rpc.status, 1);
    assert.match(rpc.stdout + rpc.stderr, /RPC_UNREACHABLE/);
    assert.doesNotMatch(rpc.stdout + rpc.stderr, /pw@/);
    const empty = run(['report', '--range', '5..6', '--results', results]);
    assert.equal(empty.status, 1);
    assert.match(empty.stdout, /no recorded block in 5\.\.6/);
    const none = run(['replay', '--blocks', '5..6', '--fixtures', FIXTURES, '--results', results]);
    assert.equal(none.status, 1);
    assert.match(none.stdout, /the source has no block in 5\.\.6/);
    const backwards = run(['replay', '--blocks', '9..3']);
    assert.notEqual(backwards.status, 0);
    assert.match(backwards.stderr, /expected a block range A\.\.B with A ≤ B/);
    const down = run(['replay', '--blocks', RANGE, '--fixtures', FIXTURES, '--queue', 'redis://127.0.0.1:1']);
    assert.equal(down.status, 1);
    assert.match(down.stdout, /REPLAY_QUEUE: replay queue redis:\/\/127\.0\.0\.1:1: cannot reach Redis/);
});
//# sourceMappingURL=replay.test.js.map