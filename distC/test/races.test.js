import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { closeSharedPools } from '../src/index.js';
import { huntRaces } from '../src/fuzz/races.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { FIXTURES } from './helpers.js';
after(() => closeSharedPools());
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
// Fast settings: a block with many re-executions at 2 workers (sender chains, hot contracts)
// and a small one, twice at 2, 4 and 8 workers, Block-STM to the end. `parevm races` runs all 43.
test('race hunting: conflict-heavy fixture blocks repeatedly at 2, 4 and 8 workers equal sequential', async () => {
    const rows = await huntRaces({ fixtures: FIXTURES, blocks: [6196166, 19933122], repeats: 2, concurrency: [2, 4, 8], bound: false });
    assert.equal(rows.length, 2);
    for (const r of rows) {
        assert.equal(r.error, undefined, r.error);
        assert.deepEqual(r.divergences.map((d) => `×${d.concurrency} #${d.repeat}: ${d.field}`), [], `block ${r.block}`);
        assert.equal(r.parallelRuns + r.fallbacks, 6);
        assert.ok(r.txs > 0);
    }
    assert.ok(rows.some((r) => r.maxReexecutions > 0), 'the hunt exercised re-executions');
});
// The pipelined path's races: workers and the coordinator claiming senders (compare-and-swap)
// from both ends of the block, on a block of many senders, at more workers than cores too.
test('race hunting on the pipelined path: a block of 1,346 senders repeatedly at 2, 4 and 8 workers equals sequential', async () => {
    const rows = await huntRaces({ fixtures: FIXTURES, blocks: [14396881], repeats: 2, concurrency: [2, 4, 8], mode: 'pipelined' });
    const r = rows[0];
    assert.equal(r.error, undefined, r.error);
    assert.deepEqual(r.divergences.map((d) => `×${d.concurrency} #${d.repeat}: ${d.field}`), []);
    assert.equal(r.parallelRuns, 6, `every run pipelined (fallbacks: ${r.fallbackReasons.join('; ')})`);
});
test('parevm races: CLI table and totals; exit 1 on a fixture root without blocks', () => {
    const r = spawnSync(process.execPath, [MAIN, 'races', '--fixtures', FIXTURES, '--blocks', '46147', '--repeats', '1', '--concurrency', '2,4'], {
        encoding: 'utf8',
        timeout: 300_000,
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /│ 46147 +│ 1 +│ 2 +│ 0 +│ 0 +│ 0 +│ 0 +│/);
    assert.match(r.stdout, /1 blocks × 1 repeats × 2 concurrencies = 2 runs \(2 on the parallel path, 0 of them halted by the re-execution bound\) in \d+ s: 0 divergences/);
    const piped = spawnSync(process.execPath, [MAIN, 'races', '--fixtures', FIXTURES, '--blocks', '46147', '--repeats', '1', '--concurrency', '2', '--mode', 'pipelined'], {
        encoding: 'utf8',
        timeout: 300_000,
    });
    assert.equal(piped.status, 0, piped.stdout + piped.stderr);
    assert.match(piped.stdout, /per block on the pipelined path/);
    assert.match(piped.stdout, /= 1 runs \(1 on the pipelined path, 0 of them halted/);
    const badMode = spawnSync(process.execPath, [MAIN, 'races', '--mode', 'auto'], { encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(badMode.status, 0);
    assert.match(badMode.stderr, /expected block-stm, pipelined/);
    const missing = spawnSync(process.execPath, [MAIN, 'races', '--fixtures', '/definitely/not/here'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /\/definitely\/not\/here\/blocks/);
});
test("a run that failed the merge's lazy-sender or balance check is a divergence; a balance overflow is a fallback only", async () => {
    const planted = (mergeCheck) => async (input, state, options) => {
        const r = await executeBlock(input, state, options);
        return { ...r, metrics: { path: 'sequential', workers: 0, reason: `planted ${mergeCheck}`, mergeCheck } };
    };
    const hunt = (mergeCheck) => huntRaces({ fixtures: FIXTURES, blocks: [19933122], repeats: 1, concurrency: [2], parallel: planted(mergeCheck) });
    const [caught] = await hunt('negative-balance');
    assert.deepEqual(caught.divergences.map((d) => `${d.field}: ${d.parallel}`), ['mergeCheck: negative-balance: planted negative-balance']);
    const [overflow] = await hunt('balance-overflow');
    assert.deepEqual(overflow.divergences, []);
    assert.deepEqual(overflow.fallbackReasons, ['planted balance-overflow']);
});
//# sourceMappingURL=races.test.js.map