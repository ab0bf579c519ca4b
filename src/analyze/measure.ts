/**
 * The measured point the simulation is checked against: the parallel engine at `concurrency`
 * workers against the sequential engine, in this process, on this machine, median of `runs`
 * after a warm-up run of each.
 *
 * What is compared (the span the simulation models): the sequential engine's sender recovery
 * plus execution (pre-block work and the transactions; `timings.senderRecoveryMs +
 * timings.executionMs`) against the parallel engine's worker phase (`timings.executionMs`: from
 * encoding the job to the last worker's reply — sender recovery, Block-STM, dispatch and setup).
 * Post-block work (rewards, the block-end merge, receipts root, state diff) is left out of both.
 *
 * The engine's fixed per-block cost is measured the same way on the block with its transactions
 * removed (same header, same pre-state): encoding the pre-state, dispatch, worker setup and
 * replies, with no transaction to run. The simulation adds it to its Block-STM time.
 */
import { loadavg } from 'node:os';
import { decodeBlock } from '../block/decode.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { StateReader } from '../state/reader.js';

/** Options of {@link measureBlock}. */
export interface MeasureOptions {
  /** Worker threads of the parallel run (default 2). */
  concurrency?: number;
  /** Measured runs of each engine (default 3). */
  runs?: number;
}

/** Measured times (ms, medians) and the speedup of the parallel engine over the sequential one. */
export interface Measurement {
  concurrency: number;
  runs: number;
  sequentialMs: number;
  parallelMs: number;
  /** `sequentialMs / parallelMs`. */
  speedup: number;
  /** The parallel engine's worker phase on the block without its transactions. */
  fixedMs: number;
  /** `parallel`, or `sequential: <reason>` when the engine fell back. */
  path: string;
  /** Block-STM re-executions of the last parallel run. */
  reexecutions: number;
  /** One-minute load average when the measurement started (this machine's other load). */
  loadAverage: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;

/** The RPC JSON of `blockJson` with no transactions (for the engine's fixed cost). */
function withoutTransactions(blockJson: unknown): unknown {
  return { ...(blockJson as Record<string, unknown>), transactions: [] };
}

/**
 * Measures the parallel engine against the sequential one on a block (see the module comment).
 * @throws the typed errors of both engines for an invalid block
 */
export async function measureBlock(blockJson: unknown, state: StateReader, options: MeasureOptions = {}): Promise<Measurement> {
  const concurrency = options.concurrency ?? 2;
  const runs = Math.max(1, options.runs ?? 3);
  const loadAverage = loadavg()[0]!;
  const empty = withoutTransactions(blockJson);
  const seq: number[] = [];
  const par: number[] = [];
  const fixed: number[] = [];
  let path = '';
  let reexecutions = 0;
  for (let r = 0; r <= runs; r++) {
    const s = await executeBlockSequential(decodeBlock(blockJson), state);
    const p = await executeBlock(decodeBlock(blockJson), state, { concurrency, force: true });
    const f = await executeBlock(decodeBlock(empty), state, { concurrency, force: true });
    if (r === 0) continue; // warm-up
    seq.push(s.timings.senderRecoveryMs + s.timings.executionMs);
    par.push(p.timings.executionMs);
    fixed.push(f.timings.executionMs);
    const m = p.metrics;
    path = m?.path === 'parallel' ? 'parallel' : `sequential: ${m?.reason ?? 'unknown'}`;
    reexecutions = (m?.incarnations ?? []).reduce((a, x) => a + x - 1, 0);
  }
  const sequentialMs = median(seq);
  const parallelMs = median(par);
  return {
    concurrency, runs, sequentialMs, parallelMs, speedup: parallelMs > 0 ? sequentialMs / parallelMs : 1,
    fixedMs: median(fixed), path, reexecutions, loadAverage,
  };
}
