/**
 * `npm run bench:parallel`: the parallel engine at --concurrency workers against the sequential
 * engine on the same EVM (`--engine`, default parevm's), per mainnet block and per synthetic workload, in the same process. Median of
 * --runs runs. Speed is a ratio from the same run; no timing is asserted anywhere.
 *
 *   npm run bench:parallel -- [--fixtures DIR] [--blocks N,N] [--runs 3] [--concurrency 2] [--txs 2000] [--json]
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { decodeBlock } from '../src/block/decode.js';
import { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } from '../src/block/fixtures.js';
import { DEFAULT_ENGINE, type EngineName } from '../src/execute/engine.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { closeSharedPools } from '../src/parallel/pool.js';
import type { StateReader } from '../src/state/reader.js';
import type { BlockResult } from '../src/types.js';
import { diffResults } from '../src/verify/compare.js';
import { WORKLOAD_KINDS, buildWorkload, type WorkloadKind } from '../src/workloads/index.js';
import { blockTimeMs } from '../src/execute/timings.js';

const opts = new Command('bench-parallel')
  .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
  .option('--blocks <list>', 'comma-separated block numbers (default: all)')
  .option('--runs <n>', 'runs per block', '3')
  .option('--concurrency <n>', 'workers', '2')
  .option('--txs <n>', 'transactions per synthetic block', '2000')
  .option('--synthetic <kinds>', 'synthetic workloads (comma-separated, "none" to skip)', WORKLOAD_KINDS.join(','))
  .option('--engine <name>', 'the EVM of both engines: parevm or reference', DEFAULT_ENGINE)
  .option('--json', 'JSON output')
  .parse()
  .opts<{ fixtures: string; blocks?: string; runs: string; concurrency: string; txs: string; synthetic: string; engine: EngineName; json?: boolean }>();

const runs = Math.max(1, Number(opts.runs));
const concurrency = Number(opts.concurrency);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const total = (r: BlockResult) => blockTimeMs(r.timings);

interface Row {
  name: string; txs: number; gas: number; seqMs: number; parMs: number; speedup: number; reexec: number;
  path: string; equal: boolean; recoverMs: number; executeMs: number; validateMs: number; idleMs: number; setupMs: number;
}

async function measure(name: string, json: unknown, state: StateReader): Promise<Row> {
  const seq: number[] = [], par: number[] = [];
  let last: BlockResult | undefined, ref: BlockResult | undefined;
  for (let r = 0; r < runs; r++) {
    ref = await executeBlockSequential(decodeBlock(json), state, { engine: opts.engine });
    seq.push(total(ref));
    last = await executeBlock(decodeBlock(json), state, { concurrency, engine: opts.engine });
    par.push(total(last));
  }
  const m = last!.metrics!;
  return {
    name, txs: ref!.receipts.length, gas: Number(ref!.gasUsed), seqMs: median(seq), parMs: median(par), speedup: median(seq) / median(par),
    reexec: (m.incarnations ?? []).reduce((s, x) => s + x - 1, 0), path: m.path === 'parallel' ? (m.sequentialFrom !== undefined ? `storm: seq from ${m.sequentialFrom}` : 'parallel') : `seq: ${m.reason}`,
    equal: diffResults(ref!, last!) === undefined, recoverMs: last!.timings.senderRecoveryMs,
    executeMs: m.workerExecuteMs ?? 0, validateMs: m.workerValidateMs ?? 0, idleMs: m.workerIdleMs ?? 0, setupMs: m.workerSetupMs ?? 0,
  };
}

const rows: Row[] = [];
const numbers = opts.blocks ? opts.blocks.split(',').map(Number) : listFixtureBlocks(opts.fixtures);
for (const n of numbers) {
  const fx = loadFixtureBlock(opts.fixtures, n);
  rows.push(await measure(String(n), fx.blockJson, fx.state));
  if (!opts.json) process.stderr.write(`block ${n} done\n`);
}
const synthetic: Row[] = [];
if (opts.synthetic !== 'none') {
  for (const kind of opts.synthetic.split(',') as WorkloadKind[]) {
    const w = await buildWorkload([kind], Number(opts.txs));
    synthetic.push(await measure(kind, w.blockJson, w.state));
    if (!opts.json) process.stderr.write(`synthetic ${kind} done\n`);
  }
}
await closeSharedPools();

const big = rows.filter((r) => r.gas >= 5e6);
const weighted = big.reduce((s, r) => s + r.gas * r.speedup, 0) / Math.max(1, big.reduce((s, r) => s + r.gas, 0));
const worst = rows.reduce((w, r) => (r.speedup < w.speedup ? r : w), rows[0] ?? ({ speedup: NaN, name: '-' } as Row));
const independent = synthetic.filter((r) => r.name === 'transfers' || r.name === 'erc20');
const targets = {
  independentSynthetic: { target: 1.9, measured: Math.min(...independent.map((r) => r.speedup)), met: independent.every((r) => r.speedup >= 1.9) },
  mainnetGasWeighted5Mgas: { target: 1.8, measured: weighted, met: weighted >= 1.8 },
  noBlockBelow: { target: 0.95, measured: worst.speedup, block: worst.name, met: worst.speedup >= 0.95 },
};
if (opts.json) {
  console.log(JSON.stringify({ runs, concurrency, rows, synthetic, targets }, null, 2));
} else {
  const head = ['block', 'txs', 'Mgas', 'seq ms', `par ms (${concurrency})`, 'speedup', 'Mgas/s par', 're-exec', 'path', '= seq', 'recover', 'execute', 'validate', 'idle', 'setup'];
  const table = new Table({ head, style: { head: [], border: [], compact: true } });
  const share = (r: Row, v: number) => `${((100 * v) / Math.max(1, r.recoverMs + r.executeMs + r.validateMs + r.idleMs + r.setupMs)).toFixed(0)}%`;
  for (const r of [...rows, ...synthetic]) {
    table.push([r.name, r.txs, (r.gas / 1e6).toFixed(1), r.seqMs.toFixed(0), r.parMs.toFixed(0), `${r.speedup.toFixed(2)}×`, (r.gas / 1e3 / r.parMs).toFixed(1),
      r.reexec, r.path.slice(0, 24), r.equal ? 'yes' : 'NO', share(r, r.recoverMs), share(r, r.executeMs), share(r, r.validateMs), share(r, r.idleMs), share(r, r.setupMs)]);
  }
  console.log(`parevm parallel (${concurrency} workers) vs sequential, both on the ${opts.engine} EVM — median of ${runs} runs, same process; time shares are of summed worker time`);
  console.log(table.toString());
  console.log(`targets: independent synthetic ≥1.9× ${targets.independentSynthetic.met ? 'MET' : 'NOT MET'} (${targets.independentSynthetic.measured.toFixed(2)}×); ` +
    `gas-weighted mainnet ≥5 Mgas ≥1.8× ${targets.mainnetGasWeighted5Mgas.met ? 'MET' : 'NOT MET'} (${weighted.toFixed(2)}×); ` +
    `no block below 0.95× ${targets.noBlockBelow.met ? 'MET' : 'NOT MET'} (worst ${worst.name}: ${worst.speedup.toFixed(2)}×)`);
}
