/**
 * `node dist/bench/thread-scaling.js [--block N] [--rounds 3]`: the ceiling on 2-thread speedup
 * that the EVM itself allows. Runs the *sequential* engine on the same block in one worker thread,
 * then in two worker threads at once (independent copies, nothing shared), and reports the
 * per-run execution time of each. With perfect scaling both columns are equal.
 */
import { Worker } from 'node:worker_threads';
import { Command } from 'commander';
import { DEFAULT_FIXTURES } from '../src/block/fixtures.js';

const opts = new Command('thread-scaling')
  .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
  .option('--block <n>', 'block number', '14029313')
  .option('--rounds <n>', 'measured rounds', '3')
  .parse()
  .opts<{ fixtures: string; block: string; rounds: string }>();

const index = new URL('../src/index.js', import.meta.url).href;
const code = `
const { parentPort, workerData } = require('node:worker_threads');
let m, fx;
parentPort.on('message', async () => {
  m ??= await import(workerData.index);
  fx ??= m.loadFixtureBlock(workerData.fixtures, workerData.block);
  const r = await m.executeBlockSequential(m.decodeBlock(fx.blockJson), fx.state);
  parentPort.postMessage(r.timings.executionMs);
});`;
const spawn = () => new Worker(code, { eval: true, workerData: { index, fixtures: opts.fixtures, block: Number(opts.block) } });
const round = (ws: Worker[]) => Promise.all(ws.map((w) => new Promise<number>((res) => (w.once('message', res), w.postMessage(0)))));
const one = [spawn()];
const two = [spawn(), spawn()];
for (let i = 0; i < 3; i++) await round(one), await round(two); // warm-up
const alone: number[] = [],
  together: number[] = [];
for (let i = 0; i < Number(opts.rounds); i++) {
  alone.push(...(await round(one)));
  together.push(...(await round(two)));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
console.log(`block ${opts.block}: sequential execution, median ms per run`);
console.log(`  one thread alone:        ${median(alone).toFixed(0)} ms`);
console.log(`  two threads side by side: ${median(together).toFixed(0)} ms each`);
console.log(`  => 2-thread throughput ceiling ${((2 * median(alone)) / median(together)).toFixed(2)}× (2.00× = perfect)`);
await Promise.all([...one, ...two].map((w) => w.terminate()));
