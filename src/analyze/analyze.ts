/**
 * `analyzeBlock`: the parallelism of one block — trace (model), dependency graph, critical paths
 * and waves, hot locations, the simulated engine at 1…64 threads, and the measured point.
 */
import { loadavg } from 'node:os';
import { decodeBlock } from '../block/decode.js';
import type { StateReader } from '../state/reader.js';
import { SnapshotState } from '../state/snapshot.js';
import { type CriticalPath, type Waves, criticalPath, waves } from './criticalPath.js';
import { type DependencyGraph, type HotLocation, WriterIndex, dependencyGraph, hotLocations } from './dependencies.js';
import { labelFor } from './labels.js';
import { type MeasureSample, type Measurement, combineSamples, measureRound } from './measure.js';
import type { BlockModel, LocationInfo, ModelSystem } from './model.js';
import { type SimResult, simulateBlockSTM } from './simulate.js';
import { ThroughputProbe, type ThroughputSample, slowdownOf } from './throughput.js';
import { type TraceRun, combineRuns, traceRun } from './trace.js';
import type { RpcBlockJson } from '../block/decode.js';

/** Thread counts simulated by default. */
export const SIM_THREADS = [1, 2, 4, 8, 16, 32, 64] as const;

/**
 * Delay before an idle worker notices new work (ms): the worker loop yields with `setImmediate`
 * when it has no task, a turn of its event loop (tens of microseconds).
 */
export const IDLE_POLL_MS = 0.02;

/** Options of {@link analyzeBlock}. */
export interface AnalyzeOptions {
  /** Measured runs of the trace and of each engine (default 3). */
  runs?: number;
  /** Thread counts to simulate (default {@link SIM_THREADS}). */
  threads?: number[];
  /** Measure the engines on this machine (default true); without it no fixed cost is modelled. */
  measure?: boolean;
  /** Worker threads of the measured parallel run (default 2). */
  concurrency?: number;
  /** Keep the simulated timeline at this thread count (default 8). */
  timelineThreads?: number;
  /** A warm probe to reuse across blocks (default: one per call, closed at its end). */
  probe?: ThroughputProbe;
}

/** One transaction of the analysis. Times in ms, gas in gas units. */
export interface TxAnalysis {
  index: number;
  sender: string;
  gas: number;
  execMs: number;
  validateMs: number;
  readSet: number;
  writeSet: number;
  deps: number[];
  wave: number;
}

/** A hot location with its contract label (when the address is well known) and its role. */
export interface LabelledHotLocation extends HotLocation {
  label?: string;
}

/** The system work of a block in its dependency picture (see {@link ModelSystem}). */
export interface SystemAnalysis {
  pre: string[];
  /** Locations the pre-block work wrote. */
  preWrites: LocationInfo[];
  /** Transactions that read a pre-block write. */
  preReaders: number[];
  post: string[];
  /** How many locations the post-block work read. */
  postReads: number;
  /** Transactions whose writes the post-block work read. */
  postDeps: number[];
  /** Transactions with EIP-6110 deposit logs. */
  depositTxs: number[];
}

/** Everything `parevm analyze` shows for one block. */
export interface BlockAnalysis {
  block: number;
  txCount: number;
  gasUsed: number;
  beneficiary: string;
  txs: TxAnalysis[];
  graph: DependencyGraph;
  critical: { time: CriticalPath; gas: CriticalPath };
  waves: Waves;
  hot: LabelledHotLocation[];
  simulations: SimResult[];
  /** The block's system work and the transactions it depends on or that depend on it (traced blocks). */
  system?: SystemAnalysis;
  measured?: Measurement;
  /**
   * The simulation at the measured thread count on this machine: tasks stretched by the measured
   * two-thread slowdown (`throughput.ts`; 1 when not measured). `simulations` assume a core each.
   */
  onMachine?: SimResult;
  /** `onMachine` speedup minus measured, over measured (signed). */
  simulationError?: number;
  notes: string[];
}

/**
 * Analyzes `blockJson` (RPC JSON) on `state`: see {@link BlockAnalysis}.
 * @throws the typed errors of decoding and executing the block (only valid blocks are analyzed)
 */
export async function analyzeBlock(blockJson: RpcBlockJson | Uint8Array, state: StateReader, options: AnalyzeOptions = {}): Promise<BlockAnalysis> {
  const runs = Math.max(1, options.runs ?? 3);
  const concurrency = options.concurrency ?? 2;
  // Rounds interleave the trace and the measurements, so that both see the machine alike; the
  // first round warms up the JIT and the worker pool and is not counted.
  const loadAverage = loadavg()[0]!;
  const measure = options.measure !== false;
  // Measuring also runs the block without its transactions: that needs the JSON form. Checked
  // before the probe's workers start, which only the `finally` below closes.
  const json = blockJson instanceof Uint8Array ? undefined : blockJson;
  if (!json && measure) throw new TypeError('measuring the engines needs the block as RPC JSON, not RLP (pass measure: false)');
  const probe = measure && state instanceof SnapshotState ? (options.probe ?? new ThroughputProbe()) : undefined;
  const traces: TraceRun[] = [];
  const samples: MeasureSample[] = [];
  const throughput: ThroughputSample[] = [];
  try {
    for (let r = 0; r <= runs; r++) {
      const t = await traceRun(blockJson, state);
      const m = measure ? await measureRound(json!, state, concurrency) : undefined;
      const p = probe ? await probe.round(json!, state as SnapshotState) : undefined;
      if (r === 0) continue;
      traces.push(t);
      if (m) samples.push(m);
      if (p) throughput.push(p);
    }
  } finally {
    if (probe && probe !== options.probe) await probe.close();
  }
  const trace = combineRuns(traces);
  const measured = samples.length > 0 ? combineSamples(samples, concurrency, loadAverage) : undefined;
  const analysis = analyzeModel(trace.model, {
    threads: options.threads,
    timelineThreads: options.timelineThreads,
    measured,
    slowdown: throughput.length > 0 ? slowdownOf(throughput) : undefined,
  });
  analysis.gasUsed = Number(decodeBlock(blockJson).block.header.gasUsed);
  analysis.notes.push(...trace.notes);
  return analysis;
}

/**
 * The analysis of a block model (hand-built or traced). With `measured`, the simulation's
 * sequential time and fixed cost are the measured ones and the error at the measured thread count
 * is reported.
 */
export function analyzeModel(
  model: BlockModel,
  options: { threads?: number[]; timelineThreads?: number; measured?: Measurement; slowdown?: number } = {},
): BlockAnalysis {
  const index = new WriterIndex(model);
  const graph = dependencyGraph(model, index);
  const time = criticalPath(
    graph.deps,
    model.txs.map((t) => t.execMs),
  );
  const gas = criticalPath(
    graph.deps,
    model.txs.map((t) => t.gas),
  );
  const w = waves(graph.deps);
  const sent = new Map<string, number>();
  for (const t of model.txs) sent.set(t.sender, (sent.get(t.sender) ?? 0) + 1);
  const hot = hotLocations(model, graph, index).map((h) => {
    const n = sent.get(h.info.address) ?? 0;
    const role = n > 1 && h.info.kind !== 'storage' ? `sender of ${n} transactions` : undefined;
    const known = labelFor(h.info.address, model.beneficiary);
    const label = known && role ? `${known}, ${role}` : (known ?? role);
    return label ? { ...h, label } : h;
  });
  const measured = options.measured;
  const costs = { fixedMs: measured?.fixedMs ?? 0, pollMs: IDLE_POLL_MS };
  const timelineThreads = options.timelineThreads ?? 8;
  const threads = [...new Set([...(options.threads ?? SIM_THREADS), ...(measured ? [measured.concurrency] : [])])].sort((a, b) => a - b);
  const simulations = threads.map((t) => simulateBlockSTM(model, { threads: t, costs, sequentialMs: measured?.sequentialMs, timeline: t === timelineThreads }));
  // The measured thread count on this machine: every task stretched by its measured slowdown.
  const onMachine = measured
    ? simulateBlockSTM(model, { threads: measured.concurrency, costs, sequentialMs: measured.sequentialMs, slowdown: options.slowdown ?? 1 })
    : undefined;
  const notes: string[] = [];
  if (measured && measured.path !== 'parallel') notes.push(`the measured parallel run fell back to ${measured.path}`);
  return {
    block: model.number,
    txCount: model.txs.length,
    gasUsed: model.txs.reduce((s, t) => s + t.gas, 0),
    beneficiary: model.beneficiary,
    txs: model.txs.map((t, i) => ({
      index: i,
      sender: t.sender,
      gas: t.gas,
      execMs: t.execMs,
      validateMs: t.validateMs,
      readSet: t.reads.length,
      writeSet: t.writes.length,
      deps: graph.deps[i]!,
      wave: w.level[i]!,
    })),
    graph,
    critical: { time, gas },
    waves: w,
    hot,
    simulations,
    ...(model.system ? { system: systemAnalysis(model) } : {}),
    ...(measured ? { measured } : {}),
    ...(onMachine ? { onMachine } : {}),
    ...(onMachine && measured && measured.speedup > 0 ? { simulationError: (onMachine.speedup - measured.speedup) / measured.speedup } : {}),
    notes,
  };
}

function systemAnalysis(model: BlockModel): SystemAnalysis {
  const s = model.system!;
  return {
    pre: s.pre,
    preWrites: s.preWrites.map((l) => model.locations[l]!),
    preReaders: s.preReaders,
    post: s.post,
    postReads: s.postReads.length,
    postDeps: s.postDeps,
    depositTxs: s.depositTxs,
  };
}
