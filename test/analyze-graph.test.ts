// Dependency graph, critical paths, waves, hot locations and the Block-STM simulation on
// hand-built block models whose answers follow from their construction.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeModel } from '../src/analyze/analyze.js';
import { criticalPath, waves } from '../src/analyze/criticalPath.js';
import { dependencyGraph, hotLocations } from '../src/analyze/dependencies.js';
import { labelFor } from '../src/analyze/labels.js';
import type { BlockModel, LocationInfo, ModelTx } from '../src/analyze/model.js';
import { simulateBlockSTM } from '../src/analyze/simulate.js';
import { type TraceRun, combineRuns } from '../src/analyze/trace.js';

/** A transaction of a hand-built model: reads at `at` (default half-way), unit time unless given. */
function tx(spec: {
  reads?: number[];
  writes?: number[];
  deltas?: number[];
  ms?: number;
  gas?: number;
  sender?: string;
  seeded?: number[];
  at?: number;
}): ModelTx {
  return {
    gas: spec.gas ?? 21_000,
    execMs: spec.ms ?? 1,
    validateMs: 0,
    recoverMs: 0,
    sender: spec.sender ?? '0x' + Math.random().toString(16).slice(2).padEnd(40, '0').slice(0, 40),
    reads: (spec.reads ?? []).map((loc) => ({ loc, at: spec.at ?? 0.5 })),
    writes: [...(spec.writes ?? []).map((loc) => ({ loc, delta: false })), ...(spec.deltas ?? []).map((loc) => ({ loc, delta: true }))],
    seeded: spec.seeded ?? [],
  };
}

function model(txs: ModelTx[], locations = 16): BlockModel {
  const locs: LocationInfo[] = Array.from({ length: locations }, (_, i) => ({ kind: 'storage', address: `0x${'ab'.repeat(20)}`, slot: BigInt(i) }));
  return { number: 1, beneficiary: `0x${'c0'.repeat(20)}`, txs, locations: locs };
}

/** n transactions, each reading and writing a location of its own. */
const independent = (n: number) =>
  model(
    Array.from({ length: n }, (_, i) => tx({ reads: [i], writes: [i] })),
    n,
  );
/** n transactions, each reading what the previous one wrote (one storage slot). */
const chained = (n: number) =>
  model(
    Array.from({ length: n }, () => tx({ reads: [0], writes: [0] })),
    1,
  );
/** 0 writes A and B; 1 reads A writes C; 2 reads B writes D; 3 reads C and D. */
const diamond = (ms = [1, 1, 1, 1], gas = [1, 1, 1, 1]) =>
  model([
    tx({ writes: [0, 1], ms: ms[0], gas: gas[0] }),
    tx({ reads: [0], writes: [2], ms: ms[1], gas: gas[1] }),
    tx({ reads: [1], writes: [3], ms: ms[2], gas: gas[2] }),
    tx({ reads: [2, 3], writes: [4], ms: ms[3], gas: gas[3] }),
  ]);

test('independent transactions: no dependencies, one wave, bound = number of transactions', () => {
  const m = independent(6);
  const g = dependencyGraph(m);
  assert.deepEqual(g.deps, [[], [], [], [], [], []]);
  assert.equal(g.edges.length, 0);
  assert.deepEqual(waves(g.deps), { count: 1, level: [0, 0, 0, 0, 0, 0], widths: [6] });
  const cp = criticalPath(g.deps, [1, 2, 3, 1, 1, 1]);
  assert.deepEqual(cp, { length: 3, path: [2], total: 9, bound: 3 });
  assert.deepEqual(hotLocations(m, g), []);
});

test('a fully chained block: each transaction depends on the previous one, the path is the block', () => {
  const m = chained(5);
  const g = dependencyGraph(m);
  assert.deepEqual(g.deps, [[], [0], [1], [2], [3]]);
  assert.deepEqual(waves(g.deps).widths, [1, 1, 1, 1, 1]);
  const cp = criticalPath(g.deps, [1, 2, 3, 4, 5]);
  assert.deepEqual(cp, { length: 15, path: [0, 1, 2, 3, 4], total: 15, bound: 1 });
  const hot = hotLocations(m, g);
  assert.equal(hot.length, 1);
  assert.equal(hot[0]!.dependencies, 4);
  assert.equal(hot[0]!.writers, 5);
});

test('a diamond: the critical path follows the heavier branch, by time and by gas separately', () => {
  const m = diamond([1, 2, 3, 1], [10, 50, 5, 10]);
  const g = dependencyGraph(m);
  assert.deepEqual(g.deps, [[], [0], [0], [1, 2]]);
  assert.deepEqual(
    g.edges.map((e) => [e.from, e.to, e.locs]),
    [
      [0, 1, [0]],
      [0, 2, [1]],
      [1, 3, [2]],
      [2, 3, [3]],
    ],
  );
  assert.deepEqual(waves(g.deps), { count: 3, level: [0, 1, 1, 2], widths: [1, 2, 1] });
  const a = analyzeModel(m, { threads: [1] });
  assert.deepEqual(a.critical.time.path, [0, 2, 3]);
  assert.equal(a.critical.time.length, 5);
  assert.equal(a.critical.time.bound, 7 / 5);
  assert.deepEqual(a.critical.gas.path, [0, 1, 3]);
  assert.equal(a.critical.gas.length, 70);
  assert.equal(a.critical.gas.bound, 75 / 70);
});

test('lazy DELTA credits: a reader depends on every delta writer down to the last absolute write', () => {
  // Location 0 is a balance: 0 writes it absolutely, 1 and 2 credit it, 3 reads it;
  // 4 writes it absolutely again (after reading it), 5 credits it, 6 reads it.
  const m = model([
    tx({ writes: [0] }),
    tx({ deltas: [0] }),
    tx({ deltas: [0] }),
    tx({ reads: [0] }),
    tx({ reads: [0], writes: [0] }),
    tx({ deltas: [0] }),
    tx({ reads: [0] }),
  ]);
  const g = dependencyGraph(m);
  assert.deepEqual(g.deps, [[], [], [], [0, 1, 2], [0, 1, 2], [], [4, 5]]);
  // Credits alone never depend on anything: 0, 1, 2 and 5 are in the first wave.
  assert.deepEqual(waves(g.deps).level, [0, 0, 0, 1, 1, 0, 2]);
});

test('simulation, independent block: speedup = min(threads, transactions), no re-execution', () => {
  const m = independent(8);
  for (const [threads, expected] of [
    [1, 1],
    [2, 2],
    [4, 4],
    [8, 8],
    [16, 8],
  ] as const) {
    const s = simulateBlockSTM(m, { threads });
    assert.equal(s.speedup, expected, `${threads} threads`);
    assert.equal(s.reexecutions, 0);
    assert.equal(s.aborts, 0);
  }
});

test('simulation, a nonce chain (seeded ESTIMATEs): speedup 1 at any thread count, waits instead of aborts', () => {
  // One sender: each transaction reads and writes the sender's ACCOUNT (location 0) first thing;
  // the engine seeds ESTIMATEs at every transaction that has a later one from the same sender.
  const n = 5;
  const m = model(
    Array.from({ length: n }, (_, i) => tx({ reads: [0], writes: [0], at: 0, sender: `0x${'11'.repeat(20)}`, seeded: i < n - 1 ? [0] : [] })),
    1,
  );
  for (const threads of [1, 2, 4, 8]) {
    const s = simulateBlockSTM(m, { threads });
    assert.equal(s.speedup, 1, `${threads} threads`);
    assert.equal(s.aborts, 0, 'a seeded dependency waits, it never aborts');
    if (threads > 1) assert.ok(s.estimateWaits > 0);
  }
});

test('simulation, diamond on 4 threads: optimistic execution reaches the critical-path bound after re-executions', () => {
  // All four start at 0 and read stale versions; at 1, validation aborts 1, 2 and 3; 1 and 2
  // re-execute over [1, 2]; 3 hits their ESTIMATEs, waits, and runs again over [2, 3].
  const s = simulateBlockSTM(diamond(), { threads: 4 });
  assert.equal(s.blockStmMs, 3);
  assert.equal(s.speedup, 4 / 3);
  assert.equal(s.aborts, 3);
  assert.equal(s.reexecutions, 4);
  // One thread executes in order: no conflict, no re-execution.
  const one = simulateBlockSTM(diamond(), { threads: 1 });
  assert.equal(one.speedup, 1);
  assert.equal(one.reexecutions, 0);
});

test('simulation costs: fixed cost and strided sender recovery are added; the sequential time is the numerator', () => {
  const m = independent(4);
  m.txs.forEach((t) => {
    t.recoverMs = 0.5;
  });
  const s = simulateBlockSTM(m, { threads: 2, costs: { fixedMs: 3 }, sequentialMs: 12 });
  assert.equal(s.recoveryMs, 1); // two recoveries of 0.5 ms per worker
  assert.equal(s.blockStmMs, 2);
  assert.equal(s.totalMs, 6);
  assert.equal(s.speedup, 2);
  assert.throws(() => simulateBlockSTM(m, { threads: 0 }), RangeError);
});

test('simulation timeline: every transaction has exactly one standing execution, on valid threads', () => {
  const s = simulateBlockSTM(diamond(), { threads: 2, timeline: true });
  const finals = s
    .timeline!.filter((e) => e.kind === 'execute' && e.outcome === 'final')
    .map((e) => e.tx)
    .sort();
  assert.deepEqual(finals, [0, 1, 2, 3]);
  for (const e of s.timeline!) {
    assert.ok(e.thread >= 0 && e.thread < 2);
    assert.ok(e.end >= e.start && e.end <= s.blockStmMs);
  }
  assert.ok(s.speedup <= 4 / 3 + 1e-12, 'never faster than the critical-path bound');
});

test('labels: well-known contracts (any case) and the beneficiary', () => {
  assert.equal(labelFor('0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'), 'WETH');
  assert.equal(labelFor('0xdac17f958d2ee523a2206206994597c13d831ec7'), 'USDT (Tether)');
  assert.equal(labelFor('0x' + '12'.repeat(20)), undefined);
  assert.equal(labelFor('0x' + '12'.repeat(20), '0x' + '12'.repeat(20)), 'beneficiary (fee recipient)');
  assert.equal(labelFor('0xea674fdde714fd979de3edf0f56aa9716b898ec8', '0xea674fdde714fd979de3edf0f56aa9716b898ec8'), 'beneficiary (Ethermine (mining pool))');
});

test('trace runs combine to per-transaction medians scaled to the median run total', () => {
  const run = (exec: number[]): TraceRun => ({
    model: model(exec.map(() => tx({}))),
    observed: exec.map(() => []),
    notes: [],
    times: { exec, evm: exec, validate: exec.map(() => 0), recover: exec.map(() => 1) },
  });
  // A pause lands on a different transaction in each run: medians [1, 1, 1] sum to 3, while the
  // runs took 5, 5 and 3 ms; the median run took 5 ms, so every transaction is scaled by 5/3.
  const { model: m } = combineRuns([run([3, 1, 1]), run([1, 3, 1]), run([1, 1, 1])]);
  assert.deepEqual(
    m.txs.map((t) => Number(t.execMs.toFixed(12))),
    [5 / 3, 5 / 3, 5 / 3].map((x) => Number(x.toFixed(12))),
  );
  assert.deepEqual(
    m.txs.map((t) => t.recoverMs),
    [1, 1, 1],
  );
  assert.deepEqual(
    m.txs.map((t) => t.validateMs),
    [0, 0, 0],
  );
});
