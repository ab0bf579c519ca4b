/**
 * `npm run bench:incarnation`: Block-STM's path for one transaction against the sequential
 * engine, on one thread: no second worker, no validation waits, no scheduler. Per block, runs
 * alternate between `executeBlockSequential` (its execution phase) and the analyzer's trace
 * (`traceRun`), which executes every transaction in order through `IncarnationRunner` — the
 * workers' path: a TxView over MVMemory over the shared pre-state encoding, a state manager
 * reset per transaction, the write set collected and recorded. Reported: the medians of both
 * (ms a block), their ratio, the path's time in the engine's transaction call (EVM, its reads
 * through the view included; ms a block), and per transaction (µs) the path's time above the
 * sequential engine's and around the EVM call (view setup, write set, recording). The sequential
 * side's execution phase also holds its engine's setup and pre-block system calls, which the
 * path's sum leaves out (0.06 ms on mainnet 19910734, a block of no transactions), and every
 * garbage collection during the phase, where the path's sum holds only those that fall inside a
 * transaction's window (the trace's own work between transactions takes the others): "path ÷
 * seq" reads low by both. Mainnet 15537394 read 0.88× here and 1.06× in a loop (outside this
 * bench) timing the worker's path as a whole (GC 4.1 ms a run sequentially, 5.7 on the path).
 * What Block-STM's workers spend above the path is the second thread's (validation, the
 * scheduler, waiting, caches); `npm run bench:parallel` measures the whole.
 *
 *   npm run bench:incarnation -- [--fixtures DIR] [--blocks N,N] [--synthetic erc20,uniswap|none] [--txs 2000] [--runs 9] [--json]
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { median } from '../src/analyze/median.js';
import { traceRun } from '../src/analyze/trace.js';
import { decodeBlock } from '../src/block/decode.js';
import { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } from '../src/block/fixtures.js';
import { wholeNumber } from '../src/cli/wholeNumber.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import type { RpcBlockJson } from '../src/block/decode.js';
import type { SnapshotState } from '../src/state/snapshot.js';
import { type WorkloadKind, buildWorkload } from '../src/workloads/index.js';

const opts = new Command('bench:incarnation')
  .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
  .option('--blocks <list>', 'comma-separated block numbers (default: every fixture block of at least 5 Mgas)')
  .option('--synthetic <kinds>', 'synthetic blocks (comma-separated workload kinds, "none" to skip)', 'erc20,uniswap')
  .option('--txs <n>', 'transactions per synthetic block', wholeNumber(1), 2000)
  .option('--runs <n>', 'measured runs per block and path', wholeNumber(1), 9)
  .option('--json', 'JSON output')
  .parse()
  .opts<{ fixtures: string; blocks?: string; synthetic: string; txs: number; runs: number; json?: boolean }>();

const runs = opts.runs;
const txCount = opts.txs;
const HEAVY_GAS = 5_000_000;

interface Input {
  name: string;
  blockJson: RpcBlockJson;
  state: SnapshotState;
}
const inputs: Input[] = [];
for (const n of opts.blocks ? opts.blocks.split(',').map(Number) : listFixtureBlocks(opts.fixtures)) {
  const fx = loadFixtureBlock(opts.fixtures, n);
  if (opts.blocks || Number(BigInt((fx.blockJson as { gasUsed: string }).gasUsed)) >= HEAVY_GAS)
    inputs.push({ name: String(n), blockJson: fx.blockJson as RpcBlockJson, state: fx.state });
}
if (opts.synthetic !== 'none')
  for (const kind of opts.synthetic.split(',') as WorkloadKind[]) {
    const w = await buildWorkload([kind], txCount);
    inputs.push({ name: kind, blockJson: w.blockJson as RpcBlockJson, state: w.state });
  }

interface Row {
  input: string;
  /** Why the input has no figures (it failed on one of the paths). */
  failed?: string;
  txs: number;
  gas: number;
  /** Sequential engine, execution phase (ms, median). */
  seqMs: number;
  /** The incarnation path, summed over the transactions (ms, median). */
  pathMs: number;
  /** Of which the engine's transaction call (ms, median). */
  evmMs: number;
  ratio: number;
  /** (path − sequential) ÷ transactions, µs. */
  overheadUsPerTx: number;
  /** (path − EVM) ÷ transactions, µs: around the transaction call. */
  aroundUsPerTx: number;
}
const rows: Row[] = [];
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
for (const input of inputs) {
  try {
    rows.push(await measureInput(input));
  } catch (e) {
    rows.push({
      input: input.name,
      failed: String((e as Error)?.message ?? e),
      txs: 0,
      gas: 0,
      seqMs: 0,
      pathMs: 0,
      evmMs: 0,
      ratio: Number.NaN,
      overheadUsPerTx: 0,
      aroundUsPerTx: 0,
    });
  }
  if (!opts.json) process.stderr.write(`${input.name} done\n`);
}

async function measureInput(input: Input): Promise<Row> {
  const seq: number[] = [];
  const path: number[] = [];
  const evm: number[] = [];
  let txs = 0;
  let gas = 0;
  // Two unmeasured rounds (JIT), then alternated, each path first in turn.
  for (let r = -2; r < runs; r++) {
    const measure = async (which: 'seq' | 'path') => {
      if (which === 'seq') {
        const s = await executeBlockSequential(decodeBlock(input.blockJson), input.state);
        txs = s.receipts.length;
        gas = Number(s.gasUsed);
        if (r >= 0) seq.push(s.timings.executionMs);
      } else {
        const t = await traceRun(input.blockJson, input.state);
        if (r >= 0) {
          path.push(sum(t.times.exec));
          evm.push(sum(t.times.evm));
        }
      }
    };
    for (const which of r % 2 === 0 ? (['seq', 'path'] as const) : (['path', 'seq'] as const)) await measure(which);
  }
  const seqMs = median(seq);
  const pathMs = median(path);
  const evmMs = median(evm);
  return {
    input: input.name,
    txs,
    gas,
    seqMs,
    pathMs,
    evmMs,
    // No transaction: nothing to compare (NaN, printed "—").
    ratio: txs > 0 ? pathMs / seqMs : Number.NaN,
    overheadUsPerTx: txs > 0 ? ((pathMs - seqMs) * 1000) / txs : 0,
    aroundUsPerTx: txs > 0 ? ((pathMs - evmMs) * 1000) / txs : 0,
  };
}

const mainnet = rows.filter((r) => /^\d+$/.test(r.input) && r.failed === undefined && r.txs > 0);
const gasTotal = sum(mainnet.map((r) => r.gas));
const summary = {
  /** Over the mainnet blocks: summed path time ÷ summed sequential execution. */
  mainnetTimeRatio: sum(mainnet.map((r) => r.pathMs)) / Math.max(1e-9, sum(mainnet.map((r) => r.seqMs))),
  /** Over the mainnet blocks: the gas-weighted mean of the per-block ratios. */
  mainnetGasWeighted: gasTotal > 0 ? sum(mainnet.map((r) => r.gas * r.ratio)) / gasTotal : Number.NaN,
  blocks: mainnet.length,
};

if (opts.json) {
  console.log(JSON.stringify({ runs, rows, summary }, null, 2));
} else {
  const table = new Table({
    head: ['input', 'txs', 'Mgas', 'seq exec ms', 'path ms', 'path ÷ seq', 'of it EVM ms', 'µs/tx above seq', 'µs/tx around EVM'],
  });
  for (const r of rows)
    if (r.failed !== undefined) table.push([r.input, { colSpan: 8, content: `failed: ${r.failed}` }]);
    else
      table.push([
        r.input,
        r.txs,
        (r.gas / 1e6).toFixed(1),
        r.seqMs.toFixed(2),
        r.pathMs.toFixed(2),
        Number.isNaN(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`,
        r.evmMs.toFixed(2),
        r.overheadUsPerTx.toFixed(1),
        r.aroundUsPerTx.toFixed(1),
      ]);
  console.log(
    `Block-STM's incarnation path on one thread vs the sequential engine's execution phase (medians of ${runs} alternated runs after 2 unmeasured; ` +
      '"path": every transaction in order through IncarnationRunner, as a worker runs it, with no second thread, summed over the transactions\' windows, so without GC pauses between them; "EVM": the engine\'s transaction call within it, its reads through the view included):',
  );
  console.log(table.toString());
  if (mainnet.length > 0)
    console.log(
      `mainnet (${mainnet.length} blocks): path ÷ sequential ${summary.mainnetTimeRatio.toFixed(2)}× by summed time, ${summary.mainnetGasWeighted.toFixed(2)}× gas-weighted (1.00× would be no cost above the sequential engine)`,
    );
}
