/**
 * `parevm replay`, `parevm worker` and `parevm report`: block ranges replayed in this process or
 * on BullMQ workers (any number of machines sharing one Redis), and the history report of what
 * they recorded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { type Command, InvalidArgumentError } from 'commander';
import { wholeNumber } from './wholeNumber.js';
import { chainByName } from '../block/chains.js';
import { DEFAULT_FIXTURES } from '../block/fixtures.js';
import { ParevmError } from '../errors.js';
import { closeSharedPools } from '../parallel/pool.js';
import { replayRange } from '../replay/driver.js';
import { type JobContext, runRangeJob, workerName } from '../replay/job.js';
import { BullReplayQueue, LocalReplayQueue, type ReplayQueue, startBullWorker } from '../replay/queue.js';
import { type BlockRange, DEFAULT_JOB_SIZE, parseRange, type RangeJob } from '../replay/range.js';
import { type RateLimit, RedisRateLimiter, parseRate } from '../replay/rateLimit.js';
import { openRedis } from '../replay/redis.js';
import { historySummary, renderHistoryReport } from '../replay/report.js';
import { FileResultStore, RedisResultStore, type ReplayRecord, type ResultStore, VERDICT_FIELDS } from '../replay/results.js';
import { type BlockSource, FixtureSource, openSource } from '../replay/source.js';
import { redactUrl } from '../rpc/client.js';

/** Where a run without `--queue` keeps its records (git ignores `.parevm-*`). */
export const DEFAULT_RESULTS = '.parevm-replay';

/** Options of `parevm replay`. */
export interface ReplayCommandOptions {
  blocks: BlockRange;
  fixtures?: string;
  rpc?: string;
  /** `redis://HOST:PORT`: enqueue for `parevm worker`s; absent: run here. */
  queue?: string;
  /** Key prefix in Redis (default `parevm`). */
  namespace?: string;
  /** Record directory without `--queue` (default {@link DEFAULT_RESULTS}). */
  results?: string;
  jobSize?: number;
  /** Engine threads when running here. */
  concurrency?: number;
  chain?: string;
  fresh?: boolean;
  analyze?: boolean;
  json?: boolean;
  progress?: boolean;
  /** Stop waiting after this many seconds. */
  timeout?: number;
  print?: (line: string) => void;
}

const x = (v: number | undefined) => (v === undefined ? '' : `${v.toFixed(2)}×`);
const mark = (s?: string) => (s === undefined ? '' : s === 'match' ? 'ok' : s === 'mismatch' ? 'MISMATCH' : 'n/a');

/**
 * `parevm replay`: see the module comment.
 * @returns the exit status: 0 when every block of the range was recorded and matched its header
 */
export async function replayCommand(o: ReplayCommandOptions): Promise<number> {
  const print = o.print ?? ((l: string) => process.stdout.write(l + '\n'));
  const chainSpec = chainByName(o.chain ?? 'mainnet');
  const chain = { name: o.chain ?? 'mainnet', chainId: Number(chainSpec.chainId) };
  let queue: ReplayQueue | undefined;
  let store: ResultStore | undefined;
  const bar = o.progress
    ? new cliProgress.SingleBar(
        {
          format: 'replay {bar} {value}/{total} blocks | failed {failed} | in flight {inflight} | jobs {jobsDone}/{jobs} | ETA {eta_formatted}',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  try {
    const source: BlockSource =
      o.rpc !== undefined ? openSource({ kind: 'rpc', url: o.rpc }, { chain: chainSpec }) : new FixtureSource(o.fixtures ?? DEFAULT_FIXTURES);
    if (o.queue !== undefined) {
      const redis = await openRedis(o.queue);
      store = new RedisResultStore(redis, o.namespace);
      queue = new BullReplayQueue(o.queue, o.namespace);
    } else {
      const local = new FileResultStore(o.results ?? DEFAULT_RESULTS);
      store = local;
      const ctx = { source, store: local, concurrency: o.concurrency ?? availableParallelism(), analyze: o.analyze };
      queue = new LocalReplayQueue((job, attempt) => runRangeJob(job, { ...ctx, attempt }));
    }
    if (source.blocks(o.blocks).length === 0) {
      print(`error: the source has no block in ${o.blocks.from}..${o.blocks.to}${source.spec.kind === 'fixtures' ? ` (fixtures ${source.spec.dir})` : ''}`);
      return 1;
    }
    let started = false;
    let hinted = false;
    const t0 = Date.now();
    const outcome = await replayRange({
      range: o.blocks,
      source,
      chain,
      queue,
      store,
      jobSize: o.jobSize ?? DEFAULT_JOB_SIZE,
      fresh: o.fresh,
      ...(o.timeout !== undefined ? { timeoutMs: o.timeout * 1000 } : {}),
      onProgress: (p) => {
        if (o.queue !== undefined && !hinted && Date.now() - t0 > 10_000 && p.inFlight + p.done + p.failed + p.jobsFinished === 0) {
          hinted = true;
          process.stderr.write(
            `no worker has taken a job in 10 s: start \`parevm worker --queue ${redactUrl(o.queue)}\` on a machine that reaches this Redis\n`,
          );
        }
        if (!bar) return;
        const payload = { failed: p.failed, inflight: p.inFlight, jobsDone: p.jobsFinished, jobs: p.jobs };
        if (!started) bar.start(p.total, 0, payload), (started = true);
        bar.update(p.done + p.failed, payload);
      },
    });
    bar?.stop();
    const failedJobs = [...outcome.status].filter(([, s]) => s.state === 'failed').map(([id, s]) => ({ id, reason: s.failedReason ?? '' }));
    const bad = outcome.records.filter((r) => r.status !== 'match').length;
    if (o.json) {
      print(
        JSON.stringify(
          {
            chainId: chain.chainId,
            range: o.blocks,
            queue: o.queue === undefined ? 'local' : redactUrl(o.queue),
            jobs: outcome.jobs.length,
            existingJobs: outcome.existing.length,
            failedJobs,
            records: outcome.records,
            lost: outcome.lost,
          },
          null,
          2,
        ),
      );
    } else {
      print(
        `parevm replay — blocks ${o.blocks.from}..${o.blocks.to} on ${chain.name}, ${o.queue === undefined ? 'in this process' : `queue ${redactUrl(o.queue)}`}`,
      );
      print(renderRecords(outcome.records));
      print(
        `${outcome.records.length - bad}/${outcome.jobs.reduce((s, j) => s + j.blocks.length, 0)} blocks match their headers; ${outcome.records.filter((r) => r.status === 'mismatch').length} mismatch, ${outcome.records.filter((r) => r.status === 'failed').length} failed, ${outcome.lost.length} without a record; ${outcome.jobs.length} jobs (${outcome.existing.length} already queued before).`,
      );
      for (const f of failedJobs) print(`job ${f.id} failed after its retries: ${f.reason}`);
      if (outcome.lost.length) print(`no record for blocks ${outcome.lost.slice(0, 20).join(', ')}${outcome.lost.length > 20 ? ', …' : ''}`);
    }
    return bad === 0 && outcome.lost.length === 0 ? 0 : 1;
  } catch (e) {
    bar?.stop();
    print(`error: ${e instanceof ParevmError ? `${e.code}: ` : ''}${(e as Error).message}`);
    return 1;
  } finally {
    await queue?.close();
    await store?.close();
  }
}

/** The replay table: one row per record. */
export function renderRecords(records: readonly ReplayRecord[]): string {
  const head = ['block', 'txs', 'gas', 'path', 're-exec', 'par ms', 'seq ms', 'speedup', ...VERDICT_FIELDS, 'crit. path', 'max', 'sim 8', 'sim 32', 'worker'];
  const table = new Table({ head, style: { head: [], border: [], compact: true } });
  for (const r of records) {
    if (r.status === 'failed') {
      table.push([r.block, { colSpan: head.length - 1, content: `FAILED ${r.error?.code}: ${(r.error?.message ?? '').slice(0, 160)}` }]);
      continue;
    }
    const a = r.analysis;
    table.push([
      r.block,
      r.txs ?? '',
      Number(r.gasUsed ?? 0).toLocaleString('en-US'),
      (r.path ?? '').replace(/^sequential \((.{0,20}).*\)$/, 'seq: $1'),
      r.reexecutions ?? '',
      r.parallelMs?.toFixed(1) ?? '',
      r.sequentialMs?.toFixed(1) ?? '',
      x(r.speedup),
      ...VERDICT_FIELDS.map((f) => mark(r.verdict?.[f].status)),
      a ? `${(100 * a.criticalPath.share).toFixed(1)}%` : '',
      x(a?.maxSpeedup.time),
      x(a?.simulated['8']),
      x(a?.simulated['32']),
      r.worker,
    ]);
  }
  return table.toString();
}

/** Options of `parevm worker`. */
export interface WorkerCommandOptions {
  queue: string;
  namespace?: string;
  /** Engine threads per block. */
  concurrency?: number;
  /** Read fixtures from this directory instead of the one in the job (another machine's path). */
  fixtures?: string;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  /** RPC requests allowed, shared by all workers of the namespace. */
  rpcRate?: RateLimit;
  analyze?: boolean;
  print?: (line: string) => void;
}

/**
 * `parevm worker`: takes range jobs from the queue until SIGINT/SIGTERM (then lets the running job
 * finish). Prints one line per block: `block N STATUS (job ID, attempt K)`.
 * @returns the exit status (1 when Redis cannot be reached at start)
 */
export async function workerCommand(o: WorkerCommandOptions): Promise<number> {
  const print = o.print ?? ((l: string) => process.stdout.write(l + '\n'));
  let redis: Awaited<ReturnType<typeof openRedis>>;
  try {
    redis = await openRedis(o.queue, false);
  } catch (e) {
    print(`error: ${(e as Error).message}`);
    return 1;
  }
  const namespace = o.namespace ?? 'parevm';
  const store = new RedisResultStore(redis, namespace);
  const limiter = new RedisRateLimiter(redis, `${namespace}:ratelimit:rpc`, o.rpcRate ?? { max: 50, windowMs: 1000 });
  const me = workerName();
  const sourceFor = (job: RangeJob): BlockSource => {
    if (o.fixtures !== undefined && job.source.kind === 'fixtures') return new FixtureSource(o.fixtures);
    try {
      return openSource(job.source, { limiter, chain: chainByName(job.chain) });
    } catch (e) {
      // Every block of the job is recorded as failed with the source's typed error.
      return { spec: job.source, blocks: () => job.blocks, load: () => Promise.reject(e) };
    }
  };
  const worker = startBullWorker(
    async (job, attempt) => {
      print(`job ${job.id} (${job.blocks.length} blocks, attempt ${attempt})`);
      const ctx: JobContext = {
        source: sourceFor(job),
        store,
        concurrency: o.concurrency ?? availableParallelism(),
        attempt,
        worker: me,
        analyze: o.analyze,
        onStart: (n) => store.started(job.chainId, n, me, job.id, attempt),
        onBlock: (r, wrote) =>
          print(
            `block ${r.block} ${r.status.toUpperCase()}${r.error ? ` ${r.error.code}` : ''}${wrote ? '' : ' (already recorded: not reported again)'} (job ${job.id}, attempt ${attempt})`,
          ),
      };
      return await runRangeJob(job, ctx);
    },
    { url: o.queue, namespace, lockDurationMs: o.lockDurationMs, stalledIntervalMs: o.stalledIntervalMs },
  );
  worker.on('error', (e) => print(`worker error: ${e.message}`));
  worker.on('failed', (job, e) => print(`job ${job?.id} failed (attempt ${job?.attemptsMade}): ${e.message}`));
  await worker.waitUntilReady();
  print(`parevm worker ${me} on ${redactUrl(o.queue)} (namespace ${namespace}, ${o.concurrency ?? availableParallelism()} engine threads): waiting for jobs`);
  await new Promise<void>((done) => {
    const stop = () => {
      print('stopping: the running job finishes first');
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await worker.close();
  await store.close();
  return 0;
}

/** Options of `parevm report`. */
export interface ReportCommandOptions {
  range: BlockRange;
  queue?: string;
  namespace?: string;
  results?: string;
  chain?: string;
  out?: string;
  json?: boolean;
  print?: (line: string) => void;
}

/**
 * `parevm report`: the HTML history report of the recorded blocks of a range (and `--json`).
 * @returns the exit status: 1 when the range has no record or the store cannot be read
 */
export async function reportCommand(o: ReportCommandOptions): Promise<number> {
  const print = o.print ?? ((l: string) => process.stdout.write(l + '\n'));
  let store: ResultStore | undefined;
  try {
    const chainId = Number(chainByName(o.chain ?? 'mainnet').chainId);
    store = o.queue !== undefined ? new RedisResultStore(await openRedis(o.queue), o.namespace) : new FileResultStore(o.results ?? DEFAULT_RESULTS);
    const records = await store.list(chainId, o.range.from, o.range.to);
    if (records.length === 0) {
      print(
        `error: no recorded block in ${o.range.from}..${o.range.to} on chain ${chainId} (${o.queue ? redactUrl(o.queue) : resolve(o.results ?? DEFAULT_RESULTS)}): run parevm replay first`,
      );
      return 1;
    }
    const summary = historySummary(records, o.range, chainId);
    const out = resolve(o.out ?? `reports/replay-${o.range.from}-${o.range.to}.html`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderHistoryReport(summary));
    if (o.json) print(JSON.stringify({ ...summary, report: out }, null, 2));
    else {
      const g = summary.gasWeighted;
      print(`parevm report — blocks ${o.range.from}..${o.range.to}, chain ${chainId}`);
      print(`  ${summary.blocks} blocks recorded: ${summary.matched} match, ${summary.mismatched} mismatch, ${summary.failed} failed`);
      print(
        `  gas-weighted over ${g.blocks} blocks: measured ${x(g.measuredSpeedup)}, max ${x(g.maxSpeedup)}, simulated 8/16/32 threads ${x(g.simulated['8'])} / ${x(g.simulated['16'])} / ${x(g.simulated['32'])}`,
      );
      for (const m of summary.mismatches) print(`  mismatch: block ${m.block}: ${m.fields.map((f) => f.field).join(', ')}`);
      for (const f of summary.failures) print(`  failed: block ${f.block}: ${f.code}: ${f.message.slice(0, 160)}`);
      print(`report: ${out}`);
    }
    return 0;
  } catch (e) {
    print(`error: ${e instanceof ParevmError ? `${e.code}: ` : ''}${(e as Error).message}`);
    return 1;
  } finally {
    await store?.close();
  }
}

function range(value: string): BlockRange {
  try {
    return parseRange(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function rate(value: string): RateLimit {
  try {
    return parseRate(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

/** Registers `parevm replay`, `parevm worker` and `parevm report`. */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('execute, verify and analyze a range of blocks: here, or on parevm workers through a BullMQ queue on Redis')
    .requiredOption('--blocks <A..B>', 'block range (inclusive); over fixtures, the fixture blocks within it', range)
    .option('--fixtures <dir>', 'fixture root to read blocks from', DEFAULT_FIXTURES)
    .option('--rpc <url>', 'read blocks from a JSON-RPC node through the fetch cache of parevm fetch (each block verified against its header when fetched)')
    .option('--queue <redis-url>', 'enqueue range jobs on this Redis (redis://HOST:PORT) for parevm worker processes, and wait for them')
    .option('--namespace <ns>', 'key prefix in Redis', 'parevm')
    .option('--results <dir>', 'where records are kept without --queue', DEFAULT_RESULTS)
    .option('--job-size <n>', 'blocks per job', wholeNumber(1), DEFAULT_JOB_SIZE)
    .option('--concurrency <n>', 'engine threads without --queue (0 = sequential engine only)', wholeNumber(0), availableParallelism())
    .option('--chain <name>', 'the chain of the blocks: mainnet, sepolia or hoodi', 'mainnet')
    .option('--fresh', 'delete the range’s records and finished jobs first, so it runs again')
    .option('--no-analyze', 'without --queue: skip the analyzer (critical path, simulated speedup)')
    .option('--timeout <s>', 'stop waiting after this many seconds', wholeNumber(1))
    .option('--json', 'print the records as JSON')
    .action(async (opts: Omit<ReplayCommandOptions, 'progress'>) => {
      try {
        process.exitCode = await replayCommand({ ...opts, progress: !opts.json && process.stderr.isTTY });
      } finally {
        await closeSharedPools();
      }
    });
  program
    .command('worker')
    .description('take range jobs from the BullMQ queue on Redis and execute, verify, analyze and record their blocks (until SIGINT/SIGTERM)')
    .requiredOption('--queue <redis-url>', 'the Redis of the queue (redis://HOST:PORT)')
    .option('--namespace <ns>', 'key prefix in Redis', 'parevm')
    .option('--concurrency <n>', 'engine threads per block (0 = sequential engine only)', wholeNumber(0), availableParallelism())
    .option('--fixtures <dir>', "read fixture blocks from this directory instead of the path in the job (this machine's copy)")
    .option('--lock-duration <ms>', "a job's lock; a dead worker's job goes to another worker after it", wholeNumber(1000), 60_000)
    .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died', wholeNumber(500))
    .option('--rpc-rate <n[/ms]>', 'RPC requests per second (or per ms window), shared by every worker on this Redis', rate, { max: 50, windowMs: 1000 })
    .option('--no-analyze', 'skip the analyzer (critical path, simulated speedup)')
    .action(
      async (opts: {
        queue: string;
        namespace: string;
        concurrency: number;
        fixtures?: string;
        lockDuration: number;
        stalledInterval?: number;
        rpcRate: RateLimit;
        analyze: boolean;
      }) => {
        try {
          process.exitCode = await workerCommand({ ...opts, lockDurationMs: opts.lockDuration, stalledIntervalMs: opts.stalledInterval });
        } finally {
          await closeSharedPools();
        }
      },
    );
  program
    .command('report')
    .description('HTML history report of a replayed range: speedup over block number, header mismatches, critical-path share, hot contracts')
    .requiredOption('--range <A..B>', 'block range (inclusive)', range)
    .option('--queue <redis-url>', 'read the records from this Redis (as written by parevm worker)')
    .option('--namespace <ns>', 'key prefix in Redis', 'parevm')
    .option('--results <dir>', 'read the records from this directory (parevm replay without --queue)', DEFAULT_RESULTS)
    .option('--chain <name>', 'the chain of the blocks', 'mainnet')
    .option('--out <file>', 'report path (default reports/replay-<A>-<B>.html)')
    .option('--json', 'print the numbers as JSON')
    .action(async (opts: Omit<ReportCommandOptions, 'print'>) => {
      process.exitCode = await reportCommand(opts);
    });
}
