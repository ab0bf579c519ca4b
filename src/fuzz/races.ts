/**
 * Race hunting on real blocks: every fixture block executed on a parallel path (forced, so
 * small blocks count too; Block-STM, or the pipelined path with `mode`) `repeats` times at each concurrency, each result compared field for
 * field with the block's sequential result. Scheduling differs from run to run (worker start
 * times, the OS), so repeats explore different interleavings of the same block. A run that fell
 * back because Block-STM's writes failed the merge's lazy-sender or balance check counts as a
 * divergence too ({@link failedMergeCheck}): the blocks are valid, so a rule let something through.
 */
import { decodeBlock } from '../block/decode.js';
import { listFixtureBlocks, loadFixtureBlock } from '../block/fixtures.js';
import { ParevmError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { ParallelMode } from '../parallel/options.js';
import { diffResults, failedMergeCheck } from '../verify/compare.js';

/** Options of {@link huntRaces}. */
export interface RaceOptions {
  fixtures: string;
  /** Block numbers (default: every block under `fixtures`). */
  blocks?: number[];
  /** Parallel runs per block and concurrency (default 3). */
  repeats?: number;
  /** Worker counts (default 2, 4, 8). */
  concurrency?: number[];
  /** Keep the re-execution bound (default true); false lets Block-STM run every block to the end. */
  bound?: boolean;
  /** The parallel path (default Block-STM); the pipelined path has no re-execution bound. */
  mode?: Exclude<ParallelMode, 'auto'>;
  /** Called after each block. */
  onBlock?: (row: RaceRow) => void;
  /** The parallel engine (default {@link executeBlock}; tests plant faults here). */
  parallel?: typeof executeBlock;
}

/** One fixture block's runs. */
export interface RaceRow {
  block: number;
  txs: number;
  /** Runs on the path asked for (Block-STM or pipelined), and runs that fell back to sequential (with the reasons). */
  parallelRuns: number;
  fallbacks: number;
  fallbackReasons: string[];
  /** Parallel runs halted by the re-execution bound (finished sequentially from their committed prefix). */
  stormHalts: number;
  /** Most Block-STM re-executions seen in one run. */
  maxReexecutions: number;
  divergences: { concurrency: number; repeat: number; field: string; sequential: string; parallel: string }[];
  /** The block could not be loaded or its sequential execution failed. */
  error?: string;
}

/**
 * Runs the race hunt. Blocks are independent; a block whose sequential run throws is reported
 * with `error` and skipped.
 */
export async function huntRaces(opts: RaceOptions): Promise<RaceRow[]> {
  const repeats = opts.repeats ?? 3;
  const concurrency = opts.concurrency ?? [2, 4, 8];
  const rows: RaceRow[] = [];
  for (const n of opts.blocks ?? listFixtureBlocks(opts.fixtures)) {
    const row: RaceRow = { block: n, txs: 0, parallelRuns: 0, fallbacks: 0, fallbackReasons: [], stormHalts: 0, maxReexecutions: 0, divergences: [] };
    try {
      const fx = loadFixtureBlock(opts.fixtures, n);
      const seq = await executeBlockSequential(decodeBlock(fx.blockJson, { file: fx.files.block }), fx.state, { engine: 'reference' });
      row.txs = seq.receipts.length;
      for (const k of concurrency) {
        for (let r = 0; r < repeats; r++) {
          const par = await (opts.parallel ?? executeBlock)(decodeBlock(fx.blockJson, { file: fx.files.block }), fx.state, {
            concurrency: k,
            force: true,
            mode: opts.mode ?? 'block-stm',
            ...(opts.bound === false ? { reexecutionBound: false as const } : {}),
          });
          const m = par.metrics;
          if (m?.sequentialFrom !== undefined) row.stormHalts++;
          if (m?.path === (opts.mode === 'pipelined' ? 'pipelined' : 'parallel')) row.parallelRuns++;
          else {
            row.fallbacks++;
            if (m?.reason && !row.fallbackReasons.includes(m.reason)) row.fallbackReasons.push(m.reason);
          }
          row.maxReexecutions = Math.max(
            row.maxReexecutions,
            (m?.incarnations ?? []).reduce((s, x) => s + x - 1, 0),
          );
          const d = diffResults(seq, par) ?? failedMergeCheck(par);
          if (d) row.divergences.push({ concurrency: k, repeat: r, field: d.field, sequential: d.a, parallel: d.b });
        }
      }
    } catch (e) {
      row.error = `${e instanceof ParevmError ? e.code : 'INTERNAL'}: ${(e as Error).message}`;
    }
    rows.push(row);
    opts.onBlock?.(row);
  }
  return rows;
}
