// `parevm analyze` end to end: one block's report opened in headless Chromium (a screenshot is
// kept under reports/, which git ignores), the --all table over the fixtures, bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { listFixtureBlocks } from '../src/index.js';
import { FIXTURES, readFixtureJson } from './helpers.js';
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const REPORTS = resolve(fileURLToPath(new URL('../../reports', import.meta.url)));
const CHROMIUM = process.env.PAREVM_CHROMIUM ?? '/usr/bin/chromium';
const run = (args) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 1_200_000, maxBuffer: 64 << 20 });
test('parevm analyze without --block or --all, or with a missing block, says what is wrong (exit 1)', () => {
    const none = run(['analyze', '--fixtures', FIXTURES]);
    assert.equal(none.status, 1);
    assert.match(none.stdout, /give either --block N or --all/);
    const missing = run(['analyze', '--block', '424242', '--fixtures', FIXTURES, '--no-measure']);
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /blocks\/424242/);
    const bad = run(['analyze', '--block', 'twelve']);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /expected a block number/);
});
test('parevm analyze --block: JSON numbers, and a report that renders in headless Chromium', async (t) => {
    const block = 19933122;
    const out = resolve(REPORTS, `analyze-${block}.html`);
    const r = run(['analyze', '--block', String(block), '--fixtures', FIXTURES, '--runs', '1', '--json', '--out', out]);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const j = JSON.parse(r.stdout);
    const fixture = readFixtureJson(`blocks/${block}/block.json`);
    assert.equal(j.txs, fixture.transactions.length);
    assert.equal(j.gasUsed, Number(BigInt(fixture.gasUsed)));
    assert.deepEqual(Object.keys(j.simulated).map(Number), [1, 2, 4, 8, 16, 32, 64]);
    assert.ok(j.criticalPath.share > 0 && j.criticalPath.share <= 1);
    assert.ok(j.maxSpeedup.time >= 1 && j.maxSpeedup.time <= j.txs);
    assert.ok(j.waves >= 1 && j.waves <= j.txs);
    assert.ok(j.measured.speedup > 0 && typeof j.simulationError === 'number');
    assert.equal(j.report, out);
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
        const shot = resolve(REPORTS, `analyze-${block}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        assert.ok(statSync(shot).size > 20_000);
        console.log(`screenshot: ${shot}`);
    }
    finally {
        await browser.close();
    }
});
// Without measurement (the measured column and its error are covered by --block above, and the
// full measured table is minutes long: it is in the closing note, not in the suite).
test('parevm analyze --all --no-measure prints one row per block of its fixture root', () => {
    // A root of four fixture blocks (linked, not copied): the JSON test below runs all of them.
    const root = mkdtempSync(join(tmpdir(), 'parevm-analyze-'));
    mkdirSync(join(root, 'blocks'));
    for (const f of ['bytecodes.json', 'block_hashes.json'])
        symlinkSync(resolve(FIXTURES, f), join(root, f));
    const blocks = listFixtureBlocks(FIXTURES).filter((n) => [46147, 4330482, 12520364, 14029313].includes(n));
    assert.equal(blocks.length, 4);
    for (const n of blocks)
        symlinkSync(resolve(FIXTURES, 'blocks', String(n)), join(root, 'blocks', String(n)));
    const r = run(['analyze', '--all', '--fixtures', root, '--runs', '1', '--no-measure']);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    for (const n of blocks)
        assert.match(r.stdout, new RegExp(`^│\\s*${n} │`, 'm'), `row of block ${n}`);
    assert.equal(r.stdout.match(/^│\s*\d+ │/gm)?.length, blocks.length, 'one row per block');
    assert.match(r.stdout, /crit\. path: share of the execution time on the critical path/);
    assert.match(r.stdout, /simulated speedup, gas-weighted over \d+ blocks with transactions: 8 threads [\d.]+×, 16 threads [\d.]+×, 32 threads [\d.]+×/);
    assert.match(r.stdout, /dependency bound on 2 threads, execution only .*: [\d.]+×/);
});
test("parevm analyze --all --json: the gas-weighted simulated speedup is the gas-weighted mean of the blocks' own simulations", () => {
    const r = run(['analyze', '--all', '--fixtures', FIXTURES, '--runs', '1', '--no-measure', '--json']);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const out = JSON.parse(r.stdout);
    const used = out.blocks.filter((b) => b.txs > 0 && BigInt(b.gasUsed) > 0n);
    assert.equal(out.simulatedGasWeighted.blocks, used.length);
    const gas = used.reduce((s, b) => s + Number(BigInt(b.gasUsed)), 0);
    for (const t of ['8', '16', '32']) {
        const expected = used.reduce((s, b) => s + Number(BigInt(b.gasUsed)) * b.simulated[t].speedup, 0) / gas;
        assert.ok(Math.abs(out.simulatedGasWeighted.speedup[t] - expected) < 1e-9, `${t} threads`);
        assert.ok(out.simulatedGasWeighted.speedup[t] >= 1, `${t} threads: no slower than one thread`);
    }
    // The dependency bound on 2 threads: work ÷ max(critical path, work ÷ 2), over the blocks of ≥ 5 Mgas.
    const big = used.filter((b) => BigInt(b.gasUsed) >= 5000000n);
    assert.equal(out.dependencyBound2.blocks, big.length);
    const bigGas = big.reduce((s, b) => s + Number(BigInt(b.gasUsed)), 0);
    const bound = big.reduce((s, b) => s + Number(BigInt(b.gasUsed)) * (b.totalWorkMs / Math.max(b.criticalPath.ms, b.totalWorkMs / 2)), 0) / bigGas;
    assert.ok(Math.abs(out.dependencyBound2.speedup - bound) < 1e-9, `${out.dependencyBound2.speedup} vs ${bound}`);
    assert.ok(bound > 1 && bound <= 2);
});
//# sourceMappingURL=analyze-cli.test.js.map