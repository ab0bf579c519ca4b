// `parevm trace`: EIP-3155 lines from both engines on real mainnet transactions and a crafted
// exceptional halt, the comparison that finds where two traces part, and the CLI's JSON lines.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeBlock } from '../src/block/decode.js';
import { loadFixtureBlock } from '../src/block/fixtures.js';
import { firstDifference } from '../src/evm/trace/compare.js';
import { firstDifferingStep } from '../src/evm/trace/firstStep.js';
import { scheduleFor } from '../src/evm/interpreter/schedule.js';
import { traceTransactions } from '../src/evm/trace/traceTransactions.js';
import { isStep } from '../src/evm/trace/types.js';
import { asm, craftBlock } from './evm-helpers.js';
import { FIXTURES } from './helpers.js';
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
/** Transaction 0 of block 19,932,703 (Cancun): a token transfer through a proxy, 5,308 steps to depth 2, with SSTORE refunds. */
const BLOCK = 19932703;
const TX = 0;
async function trace(input, state, engine, tx) {
    const lines = [];
    await traceTransactions(input, state, { engine, tx, sink: (l) => lines.push(l) });
    return lines;
}
const fx = loadFixtureBlock(FIXTURES, BLOCK);
const mainnet = { parevm: trace(fx.blockJson, fx.state, 'parevm', TX), reference: trace(fx.blockJson, fx.state, 'reference', TX) };
// A failure is reported by the tests that await these, not as an unhandled rejection at load.
for (const p of Object.values(mainnet))
    p.catch(() => { });
test(`block ${BLOCK} tx ${TX}: parevm's and the reference engine's traces are identical`, async () => {
    const [a, b] = [await mainnet.parevm, await mainnet.reference];
    const r = firstDifference(a, b);
    assert.equal(r.identical, true, JSON.stringify(r));
    assert.ok(r.identical && r.steps > 1000, `a few thousand steps, got ${JSON.stringify(r)}`);
    const steps = a.filter(isStep);
    assert.ok(steps.some((s) => s.depth === 2), 'the trace enters a call');
    assert.ok(steps.some((s) => s.refund > 0), 'the refund counter moves');
    assert.ok(!isStep(a.at(-1)), 'the summary line comes last');
});
test('the first step of a call transaction is pc 0 at depth 1 with gas = gas limit − intrinsic gas', async () => {
    const tx = decodeBlock(fx.blockJson).block.transactions[TX];
    assert.notEqual(tx.to, undefined);
    for (const lines of [await mainnet.parevm, await mainnet.reference]) {
        const first = lines[0];
        assert.deepEqual({ pc: first.pc, depth: first.depth, stack: first.stack, memSize: first.memSize }, { pc: 0, depth: 1, stack: [], memSize: 0 });
        assert.equal(BigInt(first.gas), tx.gasLimit - tx.getIntrinsicGas());
        // gasCost is gas before − gas after: the next step at the same depth has gas − gasCost.
        const second = lines[1];
        assert.equal(BigInt(second.gas), BigInt(first.gas) - BigInt(first.gasCost));
    }
});
test('a CALL reports the gas it forwards in its cost: the callee starts with the rest of it', async () => {
    const lines = (await mainnet.parevm).filter(isStep);
    const i = lines.findIndex((s, k) => [0xf1, 0xf4, 0xfa].includes(s.op) && lines[k + 1]?.depth === s.depth + 1);
    assert.ok(i >= 0, 'a call that enters code');
    const call = lines[i];
    const callee = lines[i + 1];
    const requested = BigInt(call.stack.at(-1));
    // No value moves (no stipend): what the callee starts with was part of the CALL's cost.
    assert.ok(BigInt(callee.gas) <= requested);
    assert.ok(BigInt(call.gasCost) >= BigInt(callee.gas));
    assert.equal(callee.pc, 0);
});
test('an exceptional halt: the halting step carries the error, and so does the summary (both engines alike)', async () => {
    // PUSH1 1 · ADD: ADD finds one item where it needs two.
    const { decoded, state } = craftBlock({ code: asm('6001 01') });
    const a = await trace(decoded, state, 'parevm');
    const b = await trace(decoded, state, 'reference');
    assert.deepEqual(firstDifference(a, b), { identical: true, lines: 3, steps: 2 });
    assert.equal(a[1].error, 'stack underflow (1 <=> 2)');
    assert.equal(a[0].error, undefined);
    // All the gas the transaction frame had (limit 1,000,000 − 21,000 intrinsic) is used.
    assert.deepEqual(a[2], { output: '0x', gasUsed: '0xef038', error: 'stack underflow (1 <=> 2)' });
    // A real one: block 4,369,999 tx 12 ends in a JUMP to a non-JUMPDEST at depth 1.
    const fx2 = loadFixtureBlock(FIXTURES, 4369999);
    const c = await trace(fx2.blockJson, fx2.state, 'parevm', 12);
    const d = await trace(fx2.blockJson, fx2.state, 'reference', 12);
    assert.equal(firstDifference(c, d).identical, true);
    const halt = c.at(-2);
    assert.deepEqual([halt.opName, halt.depth, halt.error], ['JUMP', 1, 'invalid jump destination']);
    assert.equal(c.filter((l) => isStep(l) && l.error !== undefined).length, 1, 'one line carries the error');
});
test('firstDifference finds a hand-made difference at its index and names the field', async () => {
    const a = await mainnet.parevm;
    const k = 1234;
    const b = a.map((l, i) => (i === k ? { ...l, gas: '0x1' } : l));
    assert.deepEqual(firstDifference(a, b), { identical: false, index: k, a: a[k], b: b[k], fields: ['gas'] });
    const c = a.map((l, i) => (i === k + 1 && isStep(l) ? { ...l, stack: [...l.stack.slice(0, -1), '0xdead'] } : l));
    const r = firstDifference(a, c);
    assert.ok(!r.identical);
    assert.deepEqual([r.index, r.fields], [k + 1, ['stack']]);
    const shorter = a.slice(0, k);
    assert.deepEqual(firstDifference(a, shorter), { identical: false, index: k, a: a[k], b: undefined, fields: ['(missing)'] });
});
test('parevm trace: every line is JSON (stdout and --out), and --compare says identical', () => {
    const run = (args) => spawnSync(process.execPath, [MAIN, 'trace', '--block', String(BLOCK), '--fixtures', FIXTURES, ...args], { encoding: 'utf8', timeout: 120_000 });
    const out = join(mkdtempSync(join(tmpdir(), 'parevm-trace-')), 'trace.jsonl');
    const file = run(['--tx', '3', '--engine', 'reference', '--out', out]);
    assert.equal(file.status, 0, file.stderr + file.stdout);
    assert.equal(file.stdout, '');
    const stdout = run(['--tx', '3']);
    assert.equal(stdout.status, 0, stdout.stderr);
    for (const text of [readFileSync(out, 'utf8'), stdout.stdout]) {
        const lines = text
            .trimEnd()
            .split('\n')
            .map((l) => JSON.parse(l));
        assert.ok(lines.length > 1000);
        assert.deepEqual(Object.keys(lines[0]), ['pc', 'op', 'gas', 'gasCost', 'memSize', 'stack', 'depth', 'refund', 'opName']);
        assert.deepEqual(Object.keys(lines.at(-1)).slice(0, 2), ['output', 'gasUsed']);
    }
    const cmp = run(['--tx', '3', '--compare']);
    assert.equal(cmp.status, 0, cmp.stderr + cmp.stdout);
    assert.match(cmp.stdout, /^identical: \d+ steps \(block 19932703 tx 3, parevm and reference\)\n$/);
    const bad = run(['--tx', '999']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /no transaction 999/);
});
test("firstDifferingStep (the fuzzer's report): nothing when the engines agree; a planted ADD gas change in parevm's schedule is found at the first ADD", async () => {
    const fx = loadFixtureBlock(FIXTURES, 19932703);
    assert.equal(await firstDifferingStep(fx.blockJson, fx.state, 1), undefined);
    const schedule = scheduleFor(decodeBlock(fx.blockJson).common);
    const before = schedule.baseGas[0x01];
    schedule.baseGas[0x01] = before + 1;
    try {
        const d = await firstDifferingStep(fx.blockJson, fx.state, 1);
        assert.ok(d, 'a difference');
        assert.equal(d.tx, 0);
        assert.equal(d.parevm.op, 0x01, 'at an ADD');
        assert.deepEqual(d.fields, ['gasCost']);
        assert.equal(Number(d.parevm.gasCost) - Number(d.reference.gasCost), 1);
    }
    finally {
        schedule.baseGas[0x01] = before;
    }
});
//# sourceMappingURL=trace.test.js.map