/**
 * `npm run bench:convergence`: how the parallel path's speed depends on how often its worker
 * threads have already executed the block — the JIT's convergence. Fresh worker pools (at
 * --concurrency and at 1 worker) and the EVM warm-up (src/evm/warmup.ts) on every thread first,
 * then --rounds rounds of the same block, each on the sequential engine, the parallel path at
 * --concurrency and the parallel path forced at 1 worker (the sequential run first in odd
 * rounds, last in even ones); medians per window of rounds. No timing is asserted (speed is a
 * ratio within each window of the same run); a result that differs from the sequential one, or a
 * forced run that fell back to the sequential path, stops it.
 *
 *   npm run bench:convergence -- [--fixtures DIR] [--block 12459406] [--rounds 30] [--concurrency 2]
 *
 * Why: a Block-STM worker executes about 1/N of each block, so its JIT sees each code path later
 * than the sequential engine's single thread; every path it meets first deoptimises the code
 * compiled so far, and the interpreter's `run` takes 100–600 ms of background compilation each
 * time, on cores the workers need (`node --trace-opt --trace-deopt` shows the recompilations).
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { median } from '../src/analyze/median.js';
import { decodeBlock } from '../src/block/decode.js';
import { DEFAULT_FIXTURES, loadFixtureBlock } from '../src/block/fixtures.js';
import { warmUpEvm } from '../src/evm/warmup.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { blockTimeMs } from '../src/execute/timings.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { WorkerPool } from '../src/parallel/pool.js';
import { diffResults } from '../src/verify/compare.js';

const opts = new Command('bench-convergence')
  .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
  .option('--block <n>', 'fixture block', '12459406')
  .option('--rounds <n>', 'rounds of the block on each path', '30')
  .option('--concurrency <n>', 'workers', '2')
  .parse()
  .opts<{ fixtures: string; block: string; rounds: string; concurrency: string }>();

const rounds = Math.max(1, Number(opts.rounds));
const concurrency = Math.max(1, Number(opts.concurrency));
const fx = loadFixtureBlock(opts.fixtures, Number(opts.block));
const pool = new WorkerPool(concurrency);
const single = new WorkerPool(1);
// Every thread gets the EVM warm-up before the first round: the main thread here, the workers in
// their idle time (18 steps of 10–40 ms, up to ~170 ms the first time on a thread; three workers
// and the main thread share the cores: the pause leaves them the time).
pool.warmUpEvm();
single.warmUpEvm();
warmUpEvm();
await new Promise((resolve) => setTimeout(resolve, 5000));

interface Round {
  seq: number;
  par: number;
  one: number;
}
const measured: Round[] = [];
/** Runs (at --concurrency or at 1 worker) that a re-execution storm halted: their tail ran sequentially, as the engine does. */
let stormHalts = 0;
try {
  for (let r = 0; r < rounds; r++) {
    const sequential = () => executeBlockSequential(decodeBlock(fx.blockJson), fx.state);
    const first = r % 2 === 0 ? await sequential() : undefined;
    const par = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, force: true });
    const one = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool: single, force: true });
    const seq = first ?? (await sequential());
    for (const [name, res] of [
      ['parallel', par],
      ['1 worker', one],
    ] as const) {
      if (res.metrics?.path !== 'parallel') throw new Error(`round ${r + 1}: the ${name} run fell back to the sequential path (${res.metrics?.reason})`);
      if (res.metrics.sequentialFrom !== undefined) stormHalts++;
      const diff = diffResults(seq, res);
      if (diff !== undefined) throw new Error(`round ${r + 1}: the ${name} result differs from the sequential one: ${JSON.stringify(diff).slice(0, 300)}`);
    }
    measured.push({ seq: blockTimeMs(seq.timings), par: blockTimeMs(par.timings), one: blockTimeMs(one.timings) });
    process.stderr.write(`round ${r + 1} of ${rounds} done\n`);
  }
} finally {
  await pool.close();
  await single.close();
}

// Windows of rounds: the first one alone, then growing spans.
const bounds = [1, 2, 4, 8, 16, 32, 64, 128, 256].filter((b) => b < rounds).concat(rounds);
const table = new Table({
  head: ['rounds', 'seq ms', `par ms (${concurrency})`, 'speedup', '1 worker ms', '1 worker'],
  style: { head: [], border: [], compact: true },
});
let from = 0;
for (const to of bounds) {
  const w = measured.slice(from, to);
  const seq = median(w.map((x) => x.seq));
  const par = median(w.map((x) => x.par));
  const one = median(w.map((x) => x.one));
  table.push([
    from + 1 === to ? `${to}` : `${from + 1}–${to}`,
    seq.toFixed(0),
    par.toFixed(0),
    `${(seq / par).toFixed(2)}×`,
    one.toFixed(0),
    `${(seq / one).toFixed(2)}×`,
  ]);
  from = to;
}
console.log(
  `parevm: block ${opts.block} executed ${rounds} times on fresh worker pools, after the EVM warm-up on every thread; medians per window of rounds (speedup: sequential ÷ parallel within the window; every result equal to the sequential one; ${stormHalts} parallel runs finished sequentially after a re-execution storm halt)`,
);
console.log(table.toString());
