/**
 * `npm run bench:evm`: parevm's own EVM (`engine: 'parevm'`) against the reference engine
 * (`@ethereumjs/vm`) on the mainnet fixture blocks, one thread, same process. Per block, runs
 * alternate between the engines (after one warm-up pass over all blocks); the median of --runs
 * is reported for execution alone (pre-block system work + transactions) and for the whole block
 * (sender recovery + execution + receipts root, bloom, state diff). Every result is checked
 * equal (diffResults) to the reference's. Totals: time ratio and gas-weighted mean of the
 * per-block ratios; target ≥ 6× on execution.
 *
 * Then synthetic blocks (`--synthetic`, default erc20,uniswap,compute; `--txs` each): the same
 * two engines and ethereumjs's own `runBlock` on a MerkleStateManager; target ≥ 10× on the
 * compute-bound contract (`Compute.work`, compiled with solc).
 *
 *   npm run bench:evm -- [--fixtures DIR] [--blocks N,N] [--runs 3] [--synthetic K,K|none] [--txs 200] [--json]
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { decodeBlock } from '../src/block/decode.js';
import { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } from '../src/block/fixtures.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { sharedAnalysisCache } from '../src/evm/interpreter/analysis.js';
import type { BlockResult } from '../src/types.js';
import { diffResults } from '../src/verify/compare.js';
import { type WorkloadKind, buildWorkload } from '../src/workloads/index.js';
import { runBlockBaseline } from './ethereumjs-baseline.js';
import { blockTimeMs } from '../src/execute/timings.js';
import { median } from '../src/analyze/median.js';
import { verdictFigure } from './verdictFigure.js';

const opts = new Command('bench:evm')
  .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
  .option('--blocks <list>', 'comma-separated block numbers')
  .option('--runs <n>', 'measured runs per block and engine', '3')
  .option('--synthetic <kinds>', 'synthetic blocks (comma-separated workload kinds, "none" to skip)', 'erc20,uniswap,compute')
  .option('--txs <n>', 'transactions per synthetic block', '200')
  .option('--json', 'JSON output')
  .parse()
  .opts<{ fixtures: string; blocks?: string; runs: string; synthetic: string; txs: string; json?: boolean }>();

const TARGET = 6;
const COMPUTE_TARGET = 10;
const whole = (r: BlockResult): number => blockTimeMs(r.timings);

const runs = Math.max(1, Number(opts.runs));
const numbers = opts.blocks ? opts.blocks.split(',').map(Number) : listFixtureBlocks(opts.fixtures);
const fixtures = numbers.map((n) => loadFixtureBlock(opts.fixtures, n));

// Warm-up: both engines once over every block (JIT, code analysis cache, schedules).
for (const fx of fixtures) {
  await executeBlockSequential(decodeBlock(fx.blockJson), fx.state, { engine: 'reference' });
  await executeBlockSequential(decodeBlock(fx.blockJson), fx.state, { engine: 'parevm' });
}

interface Row {
  block: number;
  hardfork: string;
  txs: number;
  gas: number;
  refExecMs: number;
  newExecMs: number;
  refWholeMs: number;
  newWholeMs: number;
}
const rows: Row[] = [];
for (const fx of fixtures) {
  const refExec: number[] = [],
    newExec: number[] = [],
    refWhole: number[] = [],
    newWhole: number[] = [];
  let last: BlockResult | undefined;
  for (let r = 0; r < runs; r++) {
    // A fresh decode each run: senders are cached on transactions once recovered.
    const ref = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state, { engine: 'reference' });
    const mine = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state, { engine: 'parevm' });
    const diff = diffResults(mine, ref);
    if (diff) throw new Error(`block ${fx.number}: parevm EVM ≠ reference at ${diff.field}`);
    refExec.push(ref.timings.executionMs);
    newExec.push(mine.timings.executionMs);
    refWhole.push(whole(ref));
    newWhole.push(whole(mine));
    last = mine;
  }
  rows.push({
    block: fx.number,
    hardfork: last!.hardfork,
    txs: last!.receipts.length,
    gas: Number(last!.gasUsed),
    refExecMs: median(refExec),
    newExecMs: median(newExec),
    refWholeMs: median(refWhole),
    newWholeMs: median(newWhole),
  });
  if (!opts.json) process.stderr.write(`block ${fx.number} done\n`);
}

const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
const gasTotal = sum((r) => r.gas);
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
// Gas-weighted mean of per-block speedups (blocks without gas carry no weight).
const weighted = (f: (r: Row) => number) => (gasTotal > 0 ? sum((r) => r.gas * f(r)) / gasTotal : 0);
const totals = {
  gas: gasTotal,
  refExecMs: sum((r) => r.refExecMs),
  newExecMs: sum((r) => r.newExecMs),
  refWholeMs: sum((r) => r.refWholeMs),
  newWholeMs: sum((r) => r.newWholeMs),
  execTimeRatio: 0,
  execGasWeighted: weighted((r) => ratio(r.refExecMs, r.newExecMs)),
  wholeTimeRatio: 0,
  wholeGasWeighted: weighted((r) => ratio(r.refWholeMs, r.newWholeMs)),
  newMgasPerS: 0,
  refMgasPerS: 0,
  analysisCache: {
    entries: sharedAnalysisCache.size,
    codeBytes: sharedAnalysisCache.codeBytes,
    hits: sharedAnalysisCache.hits,
    misses: sharedAnalysisCache.misses,
  },
};
totals.execTimeRatio = ratio(totals.refExecMs, totals.newExecMs);
totals.wholeTimeRatio = ratio(totals.refWholeMs, totals.newWholeMs);
totals.newMgasPerS = gasTotal / 1e3 / totals.newExecMs;
totals.refMgasPerS = gasTotal / 1e3 / totals.refExecMs;
const verdict = totals.execGasWeighted >= TARGET ? 'MET' : 'NOT MET';

if (!opts.json) {
  const table = new Table({
    head: ['block', 'fork', 'txs', 'Mgas', 'ref exec ms', 'parevm exec ms', 'exec ×', 'ref whole ms', 'parevm whole ms', 'whole ×'],
    style: { head: [], border: [], compact: true },
    colAligns: ['right', 'left', ...Array(8).fill('right')],
  });
  for (const r of rows) {
    table.push([
      r.block,
      r.hardfork,
      r.txs,
      (r.gas / 1e6).toFixed(2),
      r.refExecMs.toFixed(1),
      r.newExecMs.toFixed(1),
      ratio(r.refExecMs, r.newExecMs).toFixed(2),
      r.refWholeMs.toFixed(1),
      r.newWholeMs.toFixed(1),
      ratio(r.refWholeMs, r.newWholeMs).toFixed(2),
    ]);
  }
  table.push([
    'total',
    '',
    sum((r) => r.txs),
    (gasTotal / 1e6).toFixed(1),
    totals.refExecMs.toFixed(0),
    totals.newExecMs.toFixed(0),
    totals.execTimeRatio.toFixed(2),
    totals.refWholeMs.toFixed(0),
    totals.newWholeMs.toFixed(0),
    totals.wholeTimeRatio.toFixed(2),
  ]);
  console.log(table.toString());
  console.log(`median of ${runs} runs per block and engine, one thread, same process, engines alternating; every result equal to the reference's`);
  console.log(`execution (system work + transactions): parevm EVM ${totals.newMgasPerS.toFixed(1)} Mgas/s, reference ${totals.refMgasPerS.toFixed(1)} Mgas/s`);
  console.log(
    `  speedup: ${totals.execTimeRatio.toFixed(2)}× by total time, ${verdictFigure(totals.execGasWeighted, TARGET)}× gas-weighted mean of blocks — target ≥ ${TARGET}×: ${verdict}`,
  );
  console.log(
    `whole block (recovery + execution + receipts root, bloom, state diff): ${totals.wholeTimeRatio.toFixed(2)}× by total time, ${totals.wholeGasWeighted.toFixed(2)}× gas-weighted`,
  );
  console.log(
    `code analysis cache: ${totals.analysisCache.entries} codes, ${(totals.analysisCache.codeBytes / 1024).toFixed(0)} KiB, ${totals.analysisCache.hits} hits / ${totals.analysisCache.misses} misses`,
  );
}

// --- synthetic blocks: the two engines and ethereumjs runBlock -----------------------------------
interface SynthRow {
  kind: string;
  txs: number;
  gas: number;
  refExecMs: number;
  newExecMs: number;
  runBlockMs: number;
}
const kinds = opts.synthetic === 'none' ? [] : (opts.synthetic.split(',') as WorkloadKind[]);
const synth: SynthRow[] = [];
for (const kind of kinds) {
  const w = await buildWorkload([kind], Number(opts.txs));
  const ref: number[] = [],
    mine: number[] = [],
    base: number[] = [];
  let gas = 0;
  for (let r = 0; r <= runs; r++) {
    const a = await executeBlockSequential(decodeBlock(w.blockJson), w.state, { engine: 'reference' });
    const b = await executeBlockSequential(decodeBlock(w.blockJson), w.state, { engine: 'parevm' });
    const diff = diffResults(b, a);
    if (diff) throw new Error(`${kind}: parevm EVM ≠ reference at ${diff.field}`);
    if (!b.receipts.every((x) => x.status === 1)) throw new Error(`${kind}: a synthetic transaction failed`);
    const c = await runBlockBaseline(decodeBlock(w.blockJson).block, w.state);
    if (c.gasUsed !== b.gasUsed) throw new Error(`${kind}: runBlock gasUsed ${c.gasUsed} ≠ ${b.gasUsed}`);
    gas = Number(b.gasUsed);
    if (r === 0) continue; // warm-up
    ref.push(a.timings.executionMs);
    mine.push(b.timings.executionMs);
    base.push(c.ms);
  }
  synth.push({ kind, txs: Number(opts.txs), gas, refExecMs: median(ref), newExecMs: median(mine), runBlockMs: median(base) });
  if (!opts.json) process.stderr.write(`synthetic ${kind} done\n`);
}
const compute = synth.find((r) => r.kind === 'compute');
const computeVerdict = compute ? (ratio(compute.refExecMs, compute.newExecMs) >= COMPUTE_TARGET ? 'MET' : 'NOT MET') : 'not measured';
if (opts.json) {
  console.log(JSON.stringify({ runs, target: TARGET, verdict, rows, totals, synthetic: synth, computeTarget: COMPUTE_TARGET, computeVerdict }, null, 2));
} else if (synth.length > 0) {
  const table = new Table({
    head: ['workload', 'txs', 'Mgas', 'ref exec ms', 'parevm exec ms', 'parevm ×ref', 'runBlock ms', 'parevm ×runBlock', 'parevm Mgas/s'],
    style: { head: [], border: [], compact: true },
    colAligns: ['left', ...Array(8).fill('right')],
  });
  for (const r of synth) {
    table.push([
      r.kind,
      r.txs,
      (r.gas / 1e6).toFixed(2),
      r.refExecMs.toFixed(1),
      r.newExecMs.toFixed(1),
      ratio(r.refExecMs, r.newExecMs).toFixed(2),
      r.runBlockMs.toFixed(1),
      ratio(r.runBlockMs, r.newExecMs).toFixed(2),
      (r.gas / 1e3 / r.newExecMs).toFixed(1),
    ]);
  }
  console.log(table.toString());
  console.log(`synthetic blocks: median of ${runs} runs after one warm-up; runBlock on a MerkleStateManager (no validation)`);
  console.log(
    `compute-bound contract (Compute.work, solc): target ≥ ${COMPUTE_TARGET}× the reference engine: ${computeVerdict}${compute ? ` (${verdictFigure(ratio(compute.refExecMs, compute.newExecMs), COMPUTE_TARGET)}×)` : ''}`,
  );
}
