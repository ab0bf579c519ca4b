import Table from 'cli-table3';
import { availableParallelism } from 'node:os';
import { decodeBlock } from '../block/decode.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import { diffResults } from '../verify/compare.js';
import { buildWorkload, type WorkloadKind } from '../workloads/index.js';
import { jsonBigint } from './run.js';
import { blockTimeMs } from '../execute/timings.js';

/** Options of `parevm run --synthetic`. */
export interface SyntheticOptions {
  kinds: WorkloadKind[];
  txs: number;
  concurrency?: number;
  json?: boolean;
  out?: (line: string) => void;
}

/**
 * Runs synthetic blocks (one per kind) through the parallel engine and the sequential
 * reference, and checks they are equal (a synthetic block has no real header to verify).
 * @returns exit status: 0 when every parallel result equals the sequential one
 */
export async function syntheticCommand(opts: SyntheticOptions): Promise<number> {
  const out = opts.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const concurrency = opts.concurrency || availableParallelism();
  const rows = [];
  for (const kind of opts.kinds) {
    const w = await buildWorkload([kind], opts.txs);
    const seq = await executeBlockSequential(decodeBlock(w.blockJson), w.state);
    const par = await executeBlock(decodeBlock(w.blockJson), w.state, { concurrency, force: true });
    const diff = diffResults(seq, par);
    const ms = (r: typeof seq) => blockTimeMs(r.timings);
    rows.push({
      kind,
      txs: seq.receipts.length,
      gasUsed: seq.gasUsed,
      sequentialMs: ms(seq),
      parallelMs: ms(par),
      speedup: ms(seq) / ms(par),
      reexecutions: (par.metrics?.incarnations ?? []).reduce((s, x) => s + x - 1, 0),
      path: par.metrics?.path,
      equal: diff === undefined,
      difference: diff?.field,
    });
  }
  if (opts.json) out(JSON.stringify({ concurrency, rows }, jsonBigint, 2));
  else {
    const t = new Table({
      head: ['workload', 'txs', 'Mgas', 'seq ms', `par ms (${concurrency})`, 'speedup', 're-exec', '= seq'],
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
        r.reexecutions,
        r.equal ? 'yes' : `NO (${r.difference})`,
      ]);
    }
    out(`parevm run --synthetic — parallel (${concurrency} workers) against sequential, same run`);
    out(t.toString());
  }
  return rows.every((r) => r.equal) ? 0 : 1;
}
