/**
 * `npm run bench:memory`: peak memory of the largest synthetic blocks (10,000+ transactions),
 * sequential and parallel. Each run is a fresh child process (so the peak is the run's own, not
 * the workload builder's), reading the block and pre-state from a temporary fixture directory.
 * Reports per run: the process's peak RSS (`process.resourceUsage().maxRSS`, kernel high-water
 * mark; worker threads live in the same process, so it includes them), the peak of RSS sampled
 * every 5 ms, the heap after the run, and the wall time; and per block the shared memory the
 * parallel engine allocates: MVMemory (normal and worst-case layout, `layoutFor`), the encoded
 * pre-state snapshot, the transaction encodings, the scheduler and the sender-recovery buffer.
 * Results of both engines are compared by digest (receipts root, gas, state changes).
 * Nothing is asserted: memory is reported, bounds are tested in test/memory.test.ts.
 *
 *   npm run bench:memory -- [--txs 10000] [--kinds transfers,erc20] [--concurrency 2] [--json]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { Command } from 'commander';
import { decodeBlock } from '../src/block/decode.js';
import { loadFixtureBlock } from '../src/block/fixtures.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { MAX_MVMEMORY_BYTES } from '../src/parallel/options.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { LazyBlock } from '../src/parallel/lazyBlock.js';
import { layoutBytes, layoutFor } from '../src/parallel/mvMemory.js';
import { closeSharedPools } from '../src/parallel/pool.js';
import { RecoveryBuffer } from '../src/parallel/recovery.js';
import { Scheduler } from '../src/parallel/scheduler.js';
import { stateChangesToJSON } from '../src/state/changes.js';
import { encodeSharedSnapshot } from '../src/state/sharedSnapshot.js';
import { WORKLOAD_KINDS, buildWorkload, type WorkloadKind } from '../src/workloads/index.js';

const opts = new Command('bench-memory')
  .option('--txs <n>', 'transactions per synthetic block', '10000')
  .option('--kinds <kinds>', `synthetic workloads (${WORKLOAD_KINDS.join(', ')})`, 'transfers,erc20')
  .option('--concurrency <n>', 'workers of the parallel runs', '2')
  .option('--json', 'JSON output')
  .option('--child <mode>', '(internal) run one block in this process: sequential | parallel')
  .option('--fixtures <dir>', '(internal) fixture root of the child run')
  .parse()
  .opts<{ txs: string; kinds: string; concurrency: string; json?: boolean; child?: 'sequential' | 'parallel'; fixtures?: string }>();

const MiB = 2 ** 20;

/** What one child run reports (bytes and ms). */
interface ChildReport {
  mode: string;
  path: string;
  txs: number;
  gasUsed: string;
  ms: number;
  maxRss: number;
  sampledPeakRss: number;
  rssBefore: number;
  heapUsedAfter: number;
  digest: string;
}

if (opts.child) {
  const fx = loadFixtureBlock(opts.fixtures!, 1);
  const decoded = decodeBlock(fx.blockJson);
  const rssBefore = process.memoryUsage.rss();
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const t0 = performance.now();
  const result =
    opts.child === 'parallel'
      ? await executeBlock(decoded, fx.state, { concurrency: Number(opts.concurrency), force: true })
      : await executeBlockSequential(decoded, fx.state);
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  await closeSharedPools();
  const digest = createHash('sha256')
    .update(`${result.receiptsRoot}|${result.gasUsed}|${JSON.stringify(stateChangesToJSON(result.stateChanges))}`)
    .digest('hex')
    .slice(0, 16);
  const report: ChildReport = {
    mode: opts.child,
    path: result.metrics ? (result.metrics.path === 'parallel' ? `parallel×${result.metrics.workers}` : `sequential (${result.metrics.reason})`) : 'sequential',
    txs: result.receipts.length,
    gasUsed: result.gasUsed.toString(),
    ms,
    maxRss: process.resourceUsage().maxRSS * 1024,
    sampledPeakRss: peak,
    rssBefore,
    heapUsedAfter: process.memoryUsage().heapUsed,
    digest,
  };
  process.stdout.write(JSON.stringify(report) + '\n');
  process.exit(0);
}

const SELF = fileURLToPath(import.meta.url);
const txs = Number(opts.txs);
const blocks = [];
for (const kind of opts.kinds.split(',') as WorkloadKind[]) {
  const tBuild = performance.now();
  const w = await buildWorkload([kind], txs);
  const buildMs = performance.now() - tBuild;
  const decoded = decodeBlock(w.blockJson);
  const { block } = decoded;
  const layout = layoutFor(block.transactions.length, block.header.gasLimit);
  const shared = {
    mvMemory: layoutBytes(layout),
    mvMemoryWorstCase: layoutBytes(layoutFor(block.transactions.length, block.header.gasLimit, true)),
    snapshot: encodeSharedSnapshot(w.state).byteLength,
    transactions: LazyBlock.encodeTransactions(block.transactions).byteLength,
    scheduler: Scheduler.bytesFor(block.transactions.length),
    recovery: RecoveryBuffer.bytesFor(block.transactions.length),
  };
  const root = mkdtempSync(join(tmpdir(), 'parevm-mem-'));
  mkdirSync(join(root, 'blocks', '1'), { recursive: true });
  const snap = w.state.toJson();
  writeFileSync(join(root, 'blocks', '1', 'block.json'), JSON.stringify(w.blockJson));
  writeFileSync(join(root, 'blocks', '1', 'pre_state.json'), JSON.stringify(snap.preState));
  writeFileSync(join(root, 'bytecodes.json'), JSON.stringify(snap.bytecodes));
  writeFileSync(join(root, 'block_hashes.json'), JSON.stringify(snap.blockHashes));
  const runs: ChildReport[] = [];
  for (const mode of ['sequential', 'parallel']) {
    const r = spawnSync(process.execPath, [SELF, '--child', mode, '--fixtures', root, '--concurrency', opts.concurrency], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`${kind} ${mode} run failed (status ${r.status}): ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildReport);
    if (!opts.json) process.stderr.write(`${kind} ${mode} done\n`);
  }
  rmSync(root, { recursive: true, force: true });
  blocks.push({
    kind,
    txs: block.transactions.length,
    gasLimit: block.header.gasLimit.toString(),
    buildMs,
    layout,
    shared,
    runs,
    equal: runs[0]!.digest === runs[1]!.digest,
  });
}

if (opts.json) {
  console.log(JSON.stringify({ concurrency: Number(opts.concurrency), mvMemoryCap: MAX_MVMEMORY_BYTES, blocks }, null, 2));
} else {
  const mib = (b: number) => (b / MiB).toFixed(0);
  const t = new Table({
    head: ['block', 'txs', 'Mgas', 'engine', 'path', 'ms', 'peak RSS MiB', 'sampled peak', 'RSS before', 'heap after', '= seq'],
    style: { head: [], border: [], compact: true },
  });
  for (const b of blocks) {
    for (const r of b.runs) {
      t.push([
        b.kind,
        r.txs,
        (Number(r.gasUsed) / 1e6).toFixed(0),
        r.mode,
        r.path.slice(0, 28),
        r.ms.toFixed(0),
        mib(r.maxRss),
        mib(r.sampledPeakRss),
        mib(r.rssBefore),
        mib(r.heapUsedAfter),
        r.mode === 'parallel' ? (b.equal ? 'yes' : 'NO') : '',
      ]);
    }
  }
  console.log(`parevm memory — one child process per run, ${opts.concurrency} workers for the parallel runs; peak RSS includes the worker threads`);
  console.log(t.toString());
  const s = new Table({
    head: ['block', 'MVMemory', 'worst case', 'snapshot', 'tx encodings', 'scheduler', 'recovery', 'MVMemory locations'],
    style: { head: [], border: [], compact: true },
  });
  for (const b of blocks) {
    s.push([
      b.kind,
      mib(b.shared.mvMemory),
      mib(b.shared.mvMemoryWorstCase),
      mib(b.shared.snapshot),
      mib(b.shared.transactions),
      (b.shared.scheduler / 1024).toFixed(0) + ' KiB',
      (b.shared.recovery / 1024).toFixed(0) + ' KiB',
      b.layout.locations.toLocaleString('en-US'),
    ]);
  }
  console.log(
    `shared memory per block, MiB (SharedArrayBuffer capacity; MVMemory capped at ${mib(MAX_MVMEMORY_BYTES)} MiB, a larger layout runs sequentially)`,
  );
  console.log(s.toString());
}
