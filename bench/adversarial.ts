/**
 * `npm run bench:adversarial`: blocks built to maximise Block-STM re-execution, parallel against
 * sequential in the same process, with the re-execution bound (default) and without it.
 *
 * - adversarial: every transaction runs long, then reads and writes the slot the previous one
 *   wrote (src/fuzz/adversarial.ts);
 * - chain: the synthetic dependent chain (every transaction increments one counter), with ten
 *   times --txs transactions (they are short).
 *
 * After the EVM warm-up on the main thread and one warm-up run on each path, runs are interleaved
 * (sequential, bounded, unbounded) and the median of --runs is reported as a ratio to sequential
 * measured in the same run; nothing is asserted on time.
 *
 *   npm run bench:adversarial -- [--txs 100] [--gas 100000] [--runs 5] [--concurrency 2] [--json]
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { decodeBlock } from '../src/block/decode.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { adversarialBlock } from '../src/fuzz/adversarial.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { warmUpEvm } from '../src/evm/warmup.js';
import { closeSharedPools, sharedPool } from '../src/parallel/pool.js';
import type { StateReader } from '../src/state/reader.js';
import type { BlockResult } from '../src/types.js';
import { diffResults } from '../src/verify/compare.js';
import { buildWorkload } from '../src/workloads/index.js';
import { blockTimeMs } from '../src/execute/timings.js';
import { median } from '../src/analyze/median.js';
import { verdictFigure } from './verdictFigure.js';

const opts = new Command('bench-adversarial')
  .option('--txs <n>', 'transactions per block', '100')
  .option('--gas <n>', 'gas each adversarial transaction burns (30 % before its read, 70 % after)', '100000')
  .option('--runs <n>', 'runs (median)', '5')
  .option('--concurrency <n>', 'workers', '2')
  .option('--json', 'JSON output')
  .parse()
  .opts<{ txs: string; gas: string; runs: string; concurrency: string; json?: boolean }>();

const runs = Math.max(1, Number(opts.runs));
const concurrency = Number(opts.concurrency);
const total = (r: BlockResult) => blockTimeMs(r.timings);

interface Variant {
  ms: number[];
  executions: number[];
  sequentialFrom: (number | undefined)[];
  equal: boolean;
}
interface Row {
  name: string;
  txs: number;
  gas: number;
  seqMs: number;
  bounded: Variant;
  unbounded: Variant;
}

async function measure(name: string, json: unknown, state: StateReader): Promise<Row> {
  const seqMs: number[] = [];
  const variant = (): Variant => ({ ms: [], executions: [], sequentialFrom: [], equal: true });
  const bounded = variant(),
    unbounded = variant();
  let ref: BlockResult | undefined;
  // Warm-up: worker threads, JIT, on every path measured.
  await executeBlockSequential(decodeBlock(json), state);
  for (const bound of [undefined, false] as const) await executeBlock(decodeBlock(json), state, { concurrency, force: true, reexecutionBound: bound });
  for (let r = 0; r < runs; r++) {
    ref = await executeBlockSequential(decodeBlock(json), state);
    seqMs.push(total(ref));
    for (const [v, bound] of [
      [bounded, undefined],
      [unbounded, false],
    ] as const) {
      const par = await executeBlock(decodeBlock(json), state, { concurrency, force: true, reexecutionBound: bound });
      v.ms.push(total(par));
      v.executions.push(par.metrics?.executions ?? 0);
      v.sequentialFrom.push(par.metrics?.sequentialFrom);
      v.equal &&= diffResults(ref, par) === undefined;
    }
    if (!opts.json) process.stderr.write(`${name} run ${r + 1}/${runs}\n`);
  }
  return { name, txs: ref!.receipts.length, gas: Number(ref!.gasUsed), seqMs: median(seqMs), bounded, unbounded };
}

// Every thread gets the EVM warm-up: the pool's workers in their idle time, the main thread now.
sharedPool(concurrency).warmUpEvm();
warmUpEvm();
const txs = Number(opts.txs);
const adv = adversarialBlock(txs, Number(opts.gas));
const rows: Row[] = [await measure('adversarial', adv.blockJson, adv.state)];
const chain = await buildWorkload(['chain'], txs * 10);
rows.push(await measure('chain', chain.blockJson, chain.state));
await closeSharedPools();

const ratio = (r: Row, v: Variant) => median(v.ms) / r.seqMs;
const adversarialRatio = ratio(rows[0]!, rows[0]!.bounded);
const target = { target: 1.1, measured: adversarialRatio, met: adversarialRatio <= 1.1 };
if (opts.json) {
  console.log(
    JSON.stringify(
      { runs, concurrency, rows: rows.map((r) => ({ ...r, boundedRatio: ratio(r, r.bounded), unboundedRatio: ratio(r, r.unbounded) })), target },
      null,
      2,
    ),
  );
} else {
  const head = ['block', 'txs', 'Mgas', 'seq ms', 'bounded ms', '× seq', 'executions', 'sequential from', 'unbounded ms', '× seq', 'executions', '= seq'];
  const table = new Table({ head, style: { head: [], border: [], compact: true } });
  for (const r of rows) {
    table.push([
      r.name,
      r.txs,
      (r.gas / 1e6).toFixed(1),
      r.seqMs.toFixed(0),
      median(r.bounded.ms).toFixed(0),
      `${ratio(r, r.bounded).toFixed(2)}×`,
      median(r.bounded.executions),
      r.bounded.sequentialFrom.map((x) => x ?? '–').join(' '),
      median(r.unbounded.ms).toFixed(0),
      `${ratio(r, r.unbounded).toFixed(2)}×`,
      median(r.unbounded.executions),
      r.bounded.equal && r.unbounded.equal ? 'yes' : 'NO',
    ]);
  }
  console.log(`parevm adversarial blocks, ${concurrency} workers vs sequential — median of ${runs} interleaved runs, same process (cost: lower is better)`);
  console.log(table.toString());
  console.log(
    `target: adversarial block ≤ 1.1× sequential at ${concurrency} workers with the bound: ${target.met ? 'MET' : 'NOT MET'} (${verdictFigure(adversarialRatio, 1.1, false)}×)`,
  );
}
