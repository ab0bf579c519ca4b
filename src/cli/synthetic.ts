import Table from 'cli-table3';
import { availableParallelism } from 'node:os';
import { decodeBlock } from '../block/decode.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { ParallelMode } from '../parallel/options.js';
import { diffResults } from '../verify/compare.js';
import { buildWorkload, type WorkloadKind } from '../workloads/index.js';
import { jsonBigint, pathLabel } from './run.js';
import { blockTimeMs } from '../execute/timings.js';
import { median } from '../analyze/median.js';
import { DEFAULT_ENGINE, type EngineName } from '../execute/engine.js';
import type { BlockResult } from '../types.js';

/** Timed runs of each engine per block, after one untimed run of each (the pool's start, V8's warm-up). */
const RUNS = 3;

/** Options of `parevm run --synthetic`. */
export interface SyntheticOptions {
  kinds: WorkloadKind[];
  txs: number;
  concurrency?: number;
  /** The EVM both engines run (default parevm's). */
  engine?: EngineName;
  /** The parallel path (`executeBlock`'s `mode`, default auto); a block below the size rules still runs in parallel. */
  mode?: ParallelMode;
  json?: boolean;
  out?: (line: string) => void;
}

/**
 * Runs synthetic blocks (one per kind) through the parallel engine and the sequential engine
 * (same EVM), and checks they are equal (a synthetic block has no real header to verify). Times
 * are medians of {@link RUNS} alternated runs after one untimed run of each.
 * @returns exit status: 0 when every parallel result equals the sequential one
 */
export async function syntheticCommand(opts: SyntheticOptions): Promise<number> {
  const out = opts.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const concurrency = opts.concurrency || availableParallelism();
  const rows = [];
  const engine = opts.engine ?? DEFAULT_ENGINE;
  const mode = opts.mode ?? 'auto';
  for (const kind of opts.kinds) {
    const w = await buildWorkload([kind], opts.txs);
    const runSeq = () => executeBlockSequential(decodeBlock(w.blockJson), w.state, { engine });
    const runPar = () => executeBlock(decodeBlock(w.blockJson), w.state, { concurrency, force: true, mode, engine });
    let seq: BlockResult = await runSeq();
    let par: BlockResult = await runPar();
    // Every parallel result is compared (the untimed one too), not only the last.
    let diff = diffResults(seq, par);
    const seqMs: number[] = [];
    const parMs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      seq = await runSeq();
      seqMs.push(blockTimeMs(seq.timings));
      par = await runPar();
      parMs.push(blockTimeMs(par.timings));
      diff ??= diffResults(seq, par);
    }
    rows.push({
      kind,
      txs: seq.receipts.length,
      gasUsed: seq.gasUsed,
      sequentialMs: median(seqMs),
      parallelMs: median(parMs),
      speedup: median(seqMs) / median(parMs),
      reexecutions: (par.metrics?.incarnations ?? []).reduce((s, x) => s + x - 1, 0),
      path: pathLabel(par),
      equal: diff === undefined,
      difference: diff?.field,
    });
  }
  if (opts.json) out(JSON.stringify({ concurrency, rows }, jsonBigint, 2));
  else {
    const t = new Table({
      head: ['workload', 'txs', 'Mgas', 'seq ms', `par ms (${concurrency})`, 'speedup', 'path', 're-exec', '= seq'],
      style: { head: [], border: [], compact: true },
    });
    for (const r of rows) {
      t.push([
        r.kind,
        r.txs,
        (Number(r.gasUsed) / 1e6).toFixed(1),
        r.sequentialMs.toFixed(0),
        r.parallelMs.toFixed(0),
        `${r.speedup.toFixed(2)}×`,
        r.path,
        r.reexecutions,
        r.equal ? 'yes' : `NO (${r.difference})`,
      ]);
    }
    out(
      `parevm run --synthetic — parallel (${concurrency} workers, mode ${mode}) against sequential on ${engine}'s EVM, median of ${RUNS} runs each, same process`,
    );
    out(t.toString());
  }
  return rows.every((r) => r.equal) ? 0 : 1;
}
