import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './helpers.js';
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const run = (args, cwd) => spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
test('parevm run with a missing --fixtures directory names the path and the flag, exit 1', () => {
    const r = run(['run', '--fixtures', '/definitely/not/here', '--concurrency', '0']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /\/definitely\/not\/here\/blocks/);
    assert.match(r.stdout, /--fixtures DIR/);
});
test('without the default fixture directory, parevm run runs the synthetic mix and says so', () => {
    const cwd = join(mkdtempSync(join(tmpdir(), 'parevm-nofx-')), 'project');
    mkdirSync(cwd);
    const r = run(['run', '--txs', '40', '--concurrency', '2'], cwd);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /not found \(set it with --fixtures DIR\): running the synthetic mix instead/);
    assert.match(r.stdout, /│ mix .*│ yes/);
});
test('parevm run --synthetic takes --mode and --engine: each workload on the path asked for, equal to sequential', () => {
    const rows = (args) => {
        const r = run(['run', '--synthetic', 'transfers,erc20', '--txs', '40', '--concurrency', '2', '--json', ...args]);
        assert.equal(r.status, 0, r.stderr);
        return JSON.parse(r.stdout).rows.map((x) => `${x.kind} ${x.path} ${x.equal}`);
    };
    // Light transactions: the default mode runs them pipelined, even below the size rules (40 transactions).
    assert.deepEqual(rows([]), ['transfers pipelined×2 true', 'erc20 pipelined×2 true']);
    assert.deepEqual(rows(['--mode', 'block-stm', '--engine', 'reference']), ['transfers parallel×2 true', 'erc20 parallel×2 true']);
});
test('parevm run --synthetic rejects an unknown workload', () => {
    const r = run(['run', '--synthetic', 'nonsense']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /unknown workload "nonsense"/);
});
test('parevm run --mode: the path each mode takes is in the JSON report (mainnet 14396881: pipelined by default, Block-STM when asked); an unknown mode is rejected', () => {
    const paths = (args) => {
        const r = run(['run', '--fixtures', FIXTURES, '--blocks', '14396881', '--concurrency', '2', '--json', ...args]);
        assert.equal(r.status, 0, r.stderr);
        return JSON.parse(r.stdout).blocks.map((b) => b.path);
    };
    assert.deepEqual(paths([]), ['pipelined×2']);
    assert.deepEqual(paths(['--mode', 'block-stm']), ['parallel×2']);
    assert.deepEqual(paths(['--mode', 'pipelined']), ['pipelined×2']);
    const bad = run(['run', '--mode', 'fastest']);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /expected auto, block-stm, pipelined/);
});
//# sourceMappingURL=cli.test.js.map