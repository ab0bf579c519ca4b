/**
 * The differential fuzzer's loop: generate block i of a seed ({@link generateCase}), execute it
 * with the sequential reference engine, then with the parallel engine (forced onto the parallel
 * path) at each concurrency, and compare the results field for field ({@link diffResults}) — or,
 * for an invalid block, the typed errors (code and message). A parallel run that fell back to
 * sequential is counted as a fallback, not as a parallel run, and as a difference too when the
 * block is valid and the merge's lazy-sender or balance check made it fall back: a rule gap the
 * check caught ({@link failedMergeCheck}). One more run per block forces the
 * re-execution bound to halt early (`wasteShare: 0`, a random `minExecutedMs`), so the
 * committed-prefix-plus-sequential-tail path is fuzzed as well, and one more runs the block on
 * the pipelined path (senders recovered by the workers, {@link RunConfig.mode}). Each block also runs on parevm's
 * own EVM, compared with the reference engine's result (or typed error: class, code,
 * transaction, reasons), with coverage counters attached ({@link EvmCoverage}). A difference is
 * minimised ({@link ddmin} over the transactions, re-signed with consecutive nonces, then the
 * withdrawals) and written as a reproducer ({@link writeReproducer}).
 */
import { firstDifferingStep } from '../evm/trace/firstStep.js';
import { join } from 'node:path';
import { ParevmError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { ParallelMode } from '../parallel/options.js';
import type { Evm } from '../evm/evm.js';
import type { ReexecutionBound } from '../parallel/storm.js';
import type { SnapshotState } from '../state/snapshot.js';
import type { BlockResult } from '../types.js';
import { diffResults, failedMergeCheck, type ResultDifference, sameErrorKey } from '../verify/compare.js';
import { buildBlock, type FuzzCase, generateCase, type GeneratorOptions, type TxIntent } from './block.js';
import { type CoverageReport, EvmCoverage } from './coverage.js';
import { ddmin } from './minimize.js';
import { type DivergenceInfo, writeReproducer } from './reproducer.js';
import { Rng } from './rng.js';
import type { RpcBlockJson } from '../block/decode.js';

/**
 * How one parallel run is made: worker count, re-execution bound — `false` (the regular
 * runs: Block-STM runs to the end however much it re-executes, the path most worth fuzzing) or
 * a forced early halt (storm runs) — and the parallel path (default Block-STM; `'pipelined'`
 * runs the sequential engine's phases on senders the workers recover, the bound unused).
 */
export interface RunConfig {
  concurrency: number;
  bound: ReexecutionBound | false;
  mode?: Exclude<ParallelMode, 'auto'>;
}

/** Executes a block on the parallel path (injectable, so tests can plant a fault). */
export type ParallelExecutor = (blockJson: RpcBlockJson, state: SnapshotState, run: RunConfig) => Promise<BlockResult>;

const defaultParallel: ParallelExecutor = (blockJson, state, run) =>
  executeBlock(blockJson, state, { concurrency: run.concurrency, force: true, mode: run.mode ?? 'block-stm', reexecutionBound: run.bound });

/**
 * Executes a block on parevm's EVM, handing the EVM to `onEvm` first (injectable, so tests can
 * plant a fault).
 */
export type EvmExecutor = (blockJson: RpcBlockJson, state: SnapshotState, onEvm?: (evm: Evm) => void) => Promise<BlockResult>;

const defaultEvm: EvmExecutor = (blockJson, state, onEvm) =>
  executeBlockSequential(blockJson, state, { engine: 'parevm', ...(onEvm ? { onParevmEvm: onEvm } : {}) });

/** Options of {@link fuzz}. */
export interface FuzzOptions {
  seed: string;
  /** Number of blocks; `Infinity` runs until `shouldStop` says so (long mode). */
  blocks: number;
  /** Index of the first block (default 0): `--from 17 --blocks 1` regenerates block 17 alone. */
  from?: number;
  /** Worker counts to run every block at (default 2, 4, 8). */
  concurrency?: number[];
  /** Parallel runs per block and concurrency (default 1). */
  repeats?: number;
  /** Add the forced-storm run to every block (default true). */
  stormRuns?: boolean;
  /** Add a run on the pipelined path to every block, at a worker count picked per block (default true). */
  pipelinedRuns?: boolean;
  /** Also run every block on parevm's EVM against the reference engine, counting coverage (default true). */
  evm?: boolean;
  generator?: GeneratorOptions;
  /** Root directory of reproducers (one subdirectory per divergence); none written when absent. */
  outDir?: string;
  /** Minimise a divergence before writing it (default true). */
  minimize?: boolean;
  /** Called after every block. */
  onBlock?: (report: BlockReport) => void;
  /** Polled between blocks; true stops the run (long mode, SIGINT). */
  shouldStop?: () => boolean;
  parallel?: ParallelExecutor;
  /** parevm's EVM (default: `executeBlockSequential` with `engine: 'parevm'`). */
  parevm?: EvmExecutor;
}

/** One parallel run of one block. */
export interface RunOutcome extends RunConfig {
  path: 'parallel' | 'pipelined' | 'sequential' | 'error';
  /** The re-execution bound halted the run: transactions from here on ran sequentially. */
  sequentialFrom?: number;
  /** Why the parallel engine fell back to sequential. */
  reason?: string;
  /** Incarnations beyond the first (Block-STM re-executions). */
  reexecutions: number;
  difference?: { field: string; sequential: string; parallel: string };
}

/** What happened to one generated block. */
export interface BlockReport {
  index: number;
  hardfork: string;
  txs: number;
  gasUsed: bigint;
  /** The block is invalid (sequential engine's typed error), e.g. a reused nonce. */
  invalid?: string;
  runs: RunOutcome[];
  /** parevm's EVM against the reference engine (absent when not run). */
  engine?: { difference?: RunOutcome['difference'] };
  divergence?: Divergence;
}

/** A difference between parallel and sequential, minimised. */
export interface Divergence extends DivergenceInfo {
  /** The forced re-execution bound of the run that differed (storm runs). */
  bound?: ReexecutionBound | false;
  seed: string;
  index: number;
  /** Transactions in the generated block and in the minimised reproducer. */
  txs: number;
  minimizedTxs: number;
  /** Reproducer directory and the command that replays it (when `outDir` was given). */
  reproducer?: string;
  command?: string;
}

/**
 * What the valid generated blocks did, from their sequential results: evidence that the
 * generator reaches the behaviours it is meant to (a test asserts each is non-zero).
 */
export interface FuzzCoverage {
  succeeded: number;
  /** Receipts with status 0 (REVERT, out of gas, invalid opcode, failed creation). */
  reverted: number;
  /** Successful contract-creation transactions. */
  creations: number;
  logs: number;
  /** Accounts that existed before the block and not after (self-destruct, EIP-161). */
  accountsDeleted: number;
  /** Accounts whose storage was wiped (self-destruct and re-creation). */
  storageCleared: number;
  /** Accounts that got code in the block (CREATE, CREATE2, creation transactions). */
  codeDeployed: number;
  /** Blocks per hardfork. */
  hardforks: Record<string, number>;
}

/** Totals of a fuzz run. */
export interface FuzzSummary {
  seed: string;
  blocks: number;
  txs: number;
  gas: bigint;
  invalidBlocks: number;
  /** Runs that took the parallel path (Block-STM), and runs that fell back (by reason). */
  parallelRuns: number;
  /** Runs that took the pipelined path. */
  pipelinedRuns: number;
  /** Parallel runs that the re-execution bound halted (forced storm runs, and natural storms). */
  stormHalts: number;
  fallbacks: number;
  fallbackReasons: Record<string, number>;
  reexecutions: number;
  coverage: FuzzCoverage;
  /** Blocks run on parevm's EVM against the reference engine. */
  engineRuns: number;
  /** Opcodes and precompiles executed by parevm's EVM in those runs (absent when `evm` is false). */
  evmCoverage?: CoverageReport;
  divergences: Divergence[];
  ms: number;
}

/**
 * A typed error: its code and message (a parallel run must match both), and the key the two
 * EVMs are compared on — class, code, transaction, reasons (not the message's wording).
 */
export type ErrorInfo = { code: string; message: string; key: string };
export type Outcome = { result: BlockResult; error?: undefined } | { result?: undefined; error: ErrorInfo };

async function attempt(run: () => Promise<BlockResult>): Promise<Outcome> {
  try {
    return { result: await run() };
  } catch (e) {
    return { error: { code: e instanceof ParevmError ? e.code : 'INTERNAL', message: (e as Error).message, key: sameErrorKey(e) } };
  }
}

const describe = (o: Outcome) => (o.error ? `${o.error.code}: ${o.error.message}` : 'a result');

/**
 * Compares a candidate outcome (a parallel run, or parevm's EVM) with the reference engine's: the
 * same result, or the same typed error (class, code, transaction, reasons — the engines word their
 * messages differently).
 */
function compare(reference: Outcome, candidate: Outcome): RunOutcome['difference'] {
  if (reference.error || candidate.error) {
    if (reference.error && candidate.error && reference.error.key === candidate.error.key) return undefined;
    return { field: 'error', sequential: describe(reference), parallel: describe(candidate) };
  }
  return asDifference(diffResults(reference.result, candidate.result));
}

/** A parallel run that failed the merge's lazy-sender or balance check ({@link failedMergeCheck}; a valid block, as `compare` found no error): a difference, minimised and written as a reproducer like one. */
function caughtByMerge(candidate: Outcome): RunOutcome['difference'] {
  return candidate.result && asDifference(failedMergeCheck(candidate.result));
}

function asDifference(d: ResultDifference | undefined): RunOutcome['difference'] {
  return d && { field: d.field, sequential: d.a, parallel: d.b };
}

/** Options of {@link checkEngine}. */
export interface EngineCheck {
  /** Counters to attach to parevm's EVM. */
  coverage?: EvmCoverage;
  /** The block of `intents`, when already built. */
  block?: { blockJson: Record<string, unknown>; state: SnapshotState };
  /** The reference engine's outcome of that block, when already run. */
  reference?: Outcome;
  parevm?: EvmExecutor;
}

/**
 * Executes `intents` of case `c` on parevm's EVM and on the reference engine (unless given) and
 * compares them: equal results, or the same typed error.
 */
export async function checkEngine(
  c: FuzzCase,
  intents: TxIntent[],
  opts: EngineCheck = {},
): Promise<{ reference: Outcome; parevm: Outcome; difference?: RunOutcome['difference'] }> {
  const { blockJson, state } = opts.block ?? buildBlock(c, intents);
  const reference = opts.reference ?? (await attempt(() => executeBlockSequential(blockJson, state, { engine: 'reference' })));
  const coverage = opts.coverage;
  const parevm = await attempt(() => (opts.parevm ?? defaultEvm)(blockJson, state, coverage && ((evm) => coverage.attach(evm))));
  const difference = compare(reference, parevm);
  return { reference, parevm, ...(difference ? { difference } : {}) };
}

/**
 * Executes `intents` of case `c` sequentially, then in parallel once per run config, each
 * `repeats` times; stops at the first difference. Returns the block it built too.
 */
export async function checkCase(
  c: FuzzCase,
  intents: TxIntent[],
  configs: RunConfig[],
  repeats: number,
  parallel: ParallelExecutor = defaultParallel,
): Promise<{ sequential: Outcome; runs: RunOutcome[]; block: { blockJson: Record<string, unknown>; state: SnapshotState } }> {
  const block = buildBlock(c, intents);
  const { blockJson, state } = block;
  const sequential = await attempt(() => executeBlockSequential(blockJson, state, { engine: 'reference' }));
  const runs: RunOutcome[] = [];
  for (const config of configs) {
    for (let r = 0; r < repeats; r++) {
      const par = await attempt(() => parallel(blockJson, state, config));
      const m = par.result?.metrics;
      const difference = compare(sequential, par) ?? caughtByMerge(par);
      runs.push({
        ...config,
        path: par.error ? 'error' : (m?.path ?? 'sequential'),
        ...(m?.reason ? { reason: m.reason } : {}),
        ...(m?.sequentialFrom !== undefined ? { sequentialFrom: m.sequentialFrom } : {}),
        reexecutions: (m?.incarnations ?? []).reduce((s, x) => s + x - 1, 0),
        ...(difference ? { difference } : {}),
      });
      if (difference) return { sequential, runs, block };
    }
  }
  return { sequential, runs, block };
}

/** The pipelined run of block `index`, at a worker count picked from `concurrency`. */
export function pipelinedConfig(seed: string, index: number, concurrency: number[]): RunConfig {
  const rng = new Rng(`parevm-fuzz/${seed}/${index}/pipelined`);
  return { concurrency: rng.pick(concurrency), bound: false, mode: 'pipelined' };
}

/** The forced-storm run of block `index`: halt after a random 0–8 ms of execution. */
export function stormConfig(seed: string, index: number, concurrency: number[]): RunConfig {
  const rng = new Rng(`parevm-fuzz/${seed}/${index}/storm`);
  return { concurrency: rng.pick(concurrency), bound: { wasteShare: 0, minExecutedMs: rng.pick([0, 0.5, 2, 8]) } };
}

/**
 * Minimises a divergence of case `c`: drops transactions (ddmin), then withdrawals, while the
 * parallel result under run config `config` still differs in some of `tries` runs — or, with
 * `config` 'engine', while parevm's EVM still differs from the reference engine.
 */
export async function minimizeCase(
  c: FuzzCase,
  config: RunConfig | 'engine',
  parallel: ParallelExecutor = defaultParallel,
  tries = 3,
  parevm: EvmExecutor = defaultEvm,
): Promise<{ c: FuzzCase; intents: TxIntent[]; checks: number }> {
  let current = c;
  const fails = async (cc: FuzzCase, intents: TxIntent[]) =>
    config === 'engine'
      ? (await checkEngine(cc, intents, { parevm })).difference !== undefined
      : (await checkCase(cc, intents, [config], tries, parallel)).runs.some((r) => r.difference);
  const { items, checks } = await ddmin(c.intents, (candidate) => fails(current, candidate), 150);
  let n = checks;
  for (let i = current.withdrawals.length - 1; i >= 0; i--) {
    const fewer = { ...current, withdrawals: current.withdrawals.filter((_, j) => j !== i) };
    n++;
    if (await fails(fewer, items)) current = fewer;
  }
  return { c: current, intents: items, checks: n };
}

/**
 * Runs the differential fuzzer: blocks `from` … `from + blocks - 1` of `seed` (deterministic).
 * @returns totals; `divergences` is empty when every parallel run equalled sequential
 */
export async function fuzz(opts: FuzzOptions): Promise<FuzzSummary> {
  const t0 = performance.now();
  const concurrency = opts.concurrency ?? [2, 4, 8];
  const repeats = opts.repeats ?? 1;
  const parallel = opts.parallel ?? defaultParallel;
  const summary: FuzzSummary = {
    seed: opts.seed,
    blocks: 0,
    txs: 0,
    gas: 0n,
    invalidBlocks: 0,
    parallelRuns: 0,
    pipelinedRuns: 0,
    stormHalts: 0,
    fallbacks: 0,
    fallbackReasons: {},
    reexecutions: 0,
    divergences: [],
    ms: 0,
    coverage: { succeeded: 0, reverted: 0, creations: 0, logs: 0, accountsDeleted: 0, storageCleared: 0, codeDeployed: 0, hardforks: {} },
    engineRuns: 0,
  };
  const evmCoverage = opts.evm === false ? undefined : new EvmCoverage();
  const cov = summary.coverage;
  const from = opts.from ?? 0;
  for (let index = from; index < from + opts.blocks && !opts.shouldStop?.(); index++) {
    const c = generateCase(opts.seed, index, opts.generator);
    const configs: RunConfig[] = concurrency.map((k) => ({ concurrency: k, bound: false }));
    if (opts.stormRuns !== false) configs.push(stormConfig(opts.seed, index, concurrency));
    if (opts.pipelinedRuns !== false) configs.push(pipelinedConfig(opts.seed, index, concurrency));
    const { sequential, runs, block } = await checkCase(c, c.intents, configs, repeats, parallel);
    const engine = evmCoverage
      ? await checkEngine(c, c.intents, { coverage: evmCoverage, block, reference: sequential, ...(opts.parevm ? { parevm: opts.parevm } : {}) })
      : undefined;
    const report: BlockReport = {
      index,
      hardfork: c.hardfork,
      txs: c.intents.length,
      gasUsed: sequential.result?.gasUsed ?? 0n,
      runs,
      ...(sequential.error ? { invalid: `${sequential.error.code}: ${sequential.error.message}` } : {}),
      ...(engine ? { engine: engine.difference ? { difference: engine.difference } : {} } : {}),
    };
    if (engine) summary.engineRuns++;
    summary.blocks++;
    summary.txs += c.intents.length;
    summary.gas += report.gasUsed;
    if (sequential.error) summary.invalidBlocks++;
    cov.hardforks[c.hardfork] = (cov.hardforks[c.hardfork] ?? 0) + 1;
    for (const r of sequential.result?.receipts ?? []) {
      if (r.status === 0) cov.reverted++;
      else cov.succeeded++;
      if (r.contractAddress) cov.creations++;
      cov.logs += r.logs.length;
    }
    for (const ch of sequential.result?.stateChanges ?? []) {
      if (ch.deleted) cov.accountsDeleted++;
      if (ch.storageCleared) cov.storageCleared++;
      if (ch.code && ch.code.length > 0) cov.codeDeployed++;
    }
    for (const r of runs) {
      summary.reexecutions += r.reexecutions;
      if (r.path === 'parallel') summary.parallelRuns++;
      if (r.path === 'pipelined') summary.pipelinedRuns++;
      if (r.sequentialFrom !== undefined) summary.stormHalts++;
      else if (r.path === 'sequential') {
        summary.fallbacks++;
        const reason = (r.reason ?? 'unknown').replace(/[0-9]+/g, 'N');
        summary.fallbackReasons[reason] = (summary.fallbackReasons[reason] ?? 0) + 1;
      }
    }
    const bad = runs.find((r) => r.difference);
    if (!bad && engine?.difference) {
      report.divergence = await engineDivergence(opts, c, index, engine.difference);
      summary.divergences.push(report.divergence);
    }
    if (bad) {
      const config: RunConfig = { concurrency: bad.concurrency, bound: bad.bound, ...(bad.mode ? { mode: bad.mode } : {}) };
      const minimized = opts.minimize === false ? { c, intents: c.intents } : await minimizeCase(c, config, parallel);
      const again = await checkCase(minimized.c, minimized.intents, [config], 3, parallel);
      const shown = again.runs.find((r) => r.difference)?.difference ?? bad.difference!;
      const divergence: Divergence = {
        seed: opts.seed,
        index,
        concurrency: bad.concurrency,
        bound: bad.bound,
        ...(bad.mode ? { mode: bad.mode } : {}),
        field: shown.field,
        sequential: shown.sequential,
        parallel: shown.parallel,
        txs: c.intents.length,
        minimizedTxs: minimized.intents.length,
      };
      if (opts.outDir) {
        const dir = join(opts.outDir, `seed-${opts.seed.replace(/[^A-Za-z0-9_.-]/g, '_')}-block-${index}`);
        divergence.reproducer = dir;
        divergence.command = writeReproducer(dir, minimized.c, minimized.intents, again.sequential.result, divergence);
      }
      report.divergence = divergence;
      summary.divergences.push(divergence);
    }
    opts.onBlock?.(report);
  }
  if (evmCoverage) summary.evmCoverage = evmCoverage.report();
  summary.ms = performance.now() - t0;
  return summary;
}

/** Minimises and writes a difference between parevm's EVM and the reference engine on block `index`. */
async function engineDivergence(opts: FuzzOptions, c: FuzzCase, index: number, first: NonNullable<RunOutcome['difference']>): Promise<Divergence> {
  const parevm = opts.parevm ?? defaultEvm;
  const minimized = opts.minimize === false ? { c, intents: c.intents } : await minimizeCase(c, 'engine', undefined, undefined, parevm);
  const again = await checkEngine(minimized.c, minimized.intents, { parevm });
  const shown = again.difference ?? first;
  const divergence: Divergence = {
    seed: opts.seed,
    index,
    engine: 'parevm',
    concurrency: 0,
    field: shown.field,
    sequential: shown.sequential,
    parallel: shown.parallel,
    txs: c.intents.length,
    minimizedTxs: minimized.intents.length,
  };
  // The first EIP-3155 step where the engines part, as `parevm trace --compare` shows it.
  const { blockJson, state } = buildBlock(minimized.c, minimized.intents);
  const step = await firstDifferingStep(blockJson, state, minimized.intents.length);
  if (step)
    divergence.firstStep = `transaction ${step.tx}, step ${step.index} (${step.fields.join(', ')}): reference ${JSON.stringify(step.reference)} / parevm ${JSON.stringify(step.parevm)}`;
  if (opts.outDir) {
    const dir = join(opts.outDir, `seed-${opts.seed.replace(/[^A-Za-z0-9_.-]/g, '_')}-block-${index}-evm`);
    divergence.reproducer = dir;
    divergence.command = writeReproducer(dir, minimized.c, minimized.intents, again.reference.result, divergence);
  }
  return divergence;
}
