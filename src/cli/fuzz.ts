import { type Command, InvalidArgumentError } from 'commander';
import { wholeNumber } from './wholeNumber.js';
import { FUZZ_HARDFORKS, type FuzzHardfork } from '../fuzz/block.js';
import { readReproducer } from '../fuzz/reproducer.js';
import { type BlockReport, checkCase, checkEngine, fuzz, type FuzzSummary } from '../fuzz/runner.js';
import { closeSharedPools } from '../parallel/pool.js';
import { formatCoverage } from './fuzzCoverage.js';
import { jsonBigint } from './run.js';

/** Options of `parevm fuzz`. */
export interface FuzzCommandOptions {
  seed: string;
  /** Blocks to run; 0 = until stopped (long mode). */
  blocks: number;
  from: number;
  concurrency: number[];
  repeats: number;
  txs: [number, number];
  hardforks?: FuzzHardfork[];
  out: string;
  minimize: boolean;
  /** Also run every block on parevm's EVM against the reference engine, with coverage (default true). */
  evm?: boolean;
  json?: boolean;
  /** Seconds between progress lines (long mode; with a block count only when given). */
  progress?: number;
  out_?: (line: string) => void;
}

/**
 * `parevm fuzz`: the differential fuzzer (src/fuzz/runner.ts). Prints one line per divergence,
 * progress (blocks/s) every `every` seconds in long mode, and a summary with parevm's EVM
 * coverage (executions per opcode, precompile calls, what stayed at zero); `--json` carries the
 * same as `evmCoverage`.
 * @returns exit status: 0 when no parallel run differed from sequential and parevm's EVM never
 *   differed from the reference engine, 1 otherwise
 */
export async function fuzzCommand(opts: FuzzCommandOptions): Promise<number> {
  const print = opts.out_ ?? ((l: string) => process.stdout.write(l + '\n'));
  const long = opts.blocks === 0;
  let stop = false;
  const onSigint = () => {
    if (stop) process.exit(130);
    stop = true;
    print('stopping after this block (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onSigint);
  const t0 = performance.now();
  let last = t0;
  let blocks = 0;
  let divergences = 0;
  const progress = (r: BlockReport) => {
    blocks++;
    if (r.divergence) {
      divergences++;
      const d = r.divergence;
      const storm = d.bound ? ` with a forced storm halt after ${d.bound.minExecutedMs} ms` : '';
      const path = d.mode === 'pipelined' ? ' on the pipelined path' : '';
      const where = d.engine ? "parevm's EVM vs the reference engine" : `at concurrency ${d.concurrency}${path}${storm}`;
      print(`DIVERGENCE seed ${d.seed} block ${d.index} ${where}: ${d.field} (${d.minimizedTxs} of ${d.txs} transactions kept)`);
      print(`  ${d.engine ? 'reference:' : 'sequential:'} ${d.sequential.slice(0, 300)}`);
      print(`  ${d.engine ? 'parevm:   ' : 'parallel:  '} ${d.parallel.slice(0, 300)}`);
      if (d.command) print(`  reproducer: ${d.reproducer}\n  replay: ${d.command}`);
    }
    const now = performance.now();
    if (!opts.json && (long || opts.progress) && now - last >= (opts.progress ?? 10) * 1000) {
      last = now;
      print(`${blocks} blocks, ${(blocks / ((now - t0) / 1000)).toFixed(2)} blocks/s, ${divergences} divergences`);
    }
  };
  let summary: FuzzSummary;
  try {
    summary = await fuzz({
      seed: opts.seed,
      blocks: long ? Infinity : opts.blocks,
      from: opts.from,
      concurrency: opts.concurrency,
      repeats: opts.repeats,
      generator: { minTxs: opts.txs[0], maxTxs: opts.txs[1], ...(opts.hardforks ? { hardforks: opts.hardforks } : {}) },
      outDir: opts.out,
      minimize: opts.minimize,
      evm: opts.evm !== false,
      onBlock: progress,
      shouldStop: () => stop,
    });
  } finally {
    process.off('SIGINT', onSigint);
    await closeSharedPools();
  }
  if (opts.json) print(JSON.stringify(summary, jsonBigint, 2));
  else {
    const s = summary;
    const reasons = Object.entries(s.fallbackReasons)
      .map(([r, n]) => `${n}× ${r}`)
      .join('; ');
    print(
      `parevm fuzz — seed ${s.seed}, blocks ${opts.from}…${opts.from + s.blocks - 1}, concurrency ${opts.concurrency.join(',')} × ${opts.repeats}\n` +
        `${s.blocks} blocks (${s.invalidBlocks} invalid), ${s.txs} transactions, ${(Number(s.gas) / 1e6).toFixed(1)} Mgas in ${(s.ms / 1000).toFixed(1)} s ` +
        `(${(s.blocks / (s.ms / 1000)).toFixed(2)} blocks/s)\n` +
        `${s.parallelRuns} Block-STM runs (${s.stormHalts} halted by the re-execution bound, most of them forced), ${s.reexecutions} re-executions, ` +
        `${s.pipelinedRuns} pipelined runs, ` +
        `${s.fallbacks} fallbacks to sequential${reasons ? ` (${reasons})` : ''}\n` +
        `generated: ${s.coverage.succeeded} successful and ${s.coverage.reverted} failed transactions, ${s.coverage.creations} creation transactions, ` +
        `${s.coverage.codeDeployed} contracts deployed, ${s.coverage.accountsDeleted} accounts deleted, ${s.coverage.storageCleared} storages wiped, ${s.coverage.logs} logs; ` +
        `${Object.entries(s.coverage.hardforks)
          .map(([h, n]) => `${n} ${h}`)
          .join(', ')}\n` +
        (s.evmCoverage ? formatCoverage(s.evmCoverage).join('\n') + '\n' : '') +
        `${s.divergences.length} divergences from sequential${s.engineRuns ? ` (${s.engineRuns} blocks also on parevm's EVM against the reference engine)` : ''}`,
    );
  }
  return summary.divergences.length === 0 ? 0 : 1;
}

/**
 * `parevm fuzz --replay DIR`: re-runs a reproducer's block `repeats` times with the run
 * configuration that diverged (worker count, forced re-execution bound) — or, for a divergence
 * of parevm's EVM, once on both engines.
 * @returns exit status: 1 when some run still differs (or DIR is not a reproducer)
 */
export async function replayCommand(dir: string, repeats: number, print: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<number> {
  try {
    const { c, divergence } = readReproducer(dir);
    if (divergence.engine) {
      const { difference } = await checkEngine(c, c.intents);
      print(`replayed ${dir}: ${c.intents.length} transactions on parevm's EVM and the reference engine`);
      if (difference)
        print(`DIVERGES in ${difference.field}\n  reference: ${difference.sequential.slice(0, 500)}\n  parevm:    ${difference.parallel.slice(0, 500)}`);
      else print("parevm's EVM equals the reference engine");
      return difference ? 1 : 0;
    }
    const config = { concurrency: divergence.concurrency, bound: divergence.bound ?? false, ...(divergence.mode ? { mode: divergence.mode } : {}) };
    const { runs } = await checkCase(c, c.intents, [config], repeats);
    const bad = runs.find((r) => r.difference);
    print(
      `replayed ${dir}: ${c.intents.length} transactions, ${runs.length} runs at concurrency ${config.concurrency}${divergence.mode === 'pipelined' ? ' pipelined' : ''}${config.bound ? ` with ${JSON.stringify(config.bound)}` : ''}`,
    );
    if (bad)
      print(
        `DIVERGES in ${bad.difference!.field}\n  sequential: ${bad.difference!.sequential.slice(0, 500)}\n  parallel:   ${bad.difference!.parallel.slice(0, 500)}`,
      );
    else print('every run equals sequential');
    return bad ? 1 : 0;
  } catch (e) {
    print(`error: ${(e as Error).message}`);
    return 1;
  } finally {
    await closeSharedPools();
  }
}

function positiveList(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isSafeInteger(n) || n < 1))
    throw new InvalidArgumentError('expected worker counts ≥ 1 separated by commas, e.g. 2,4,8');
  return list;
}

function txRange(value: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
  const lo = m ? Number(m[1]) : NaN;
  const hi = m ? Number(m[2] ?? m[1]) : NaN;
  if (!m || lo < 1 || hi < lo) throw new InvalidArgumentError('expected a count or a range, e.g. 30 or 8-40');
  return [lo, hi];
}

function forkList(value: string): FuzzHardfork[] {
  const list = value.split(',').map((s) => s.trim());
  for (const f of list)
    if (!(FUZZ_HARDFORKS as readonly string[]).includes(f)) throw new InvalidArgumentError(`unknown hardfork "${f}" (one of ${FUZZ_HARDFORKS.join(', ')})`);
  return list as FuzzHardfork[];
}

/** Registers `parevm fuzz` on the CLI program. */
export function registerFuzz(program: Command): void {
  program
    .command('fuzz')
    .description("differential fuzzer: generated blocks of conflicting transactions, parallel against sequential and parevm's EVM against the reference")
    .option('--seed <s>', 'seed (any string); the same seed generates the same blocks', '1')
    .option('--blocks <n>', 'number of blocks (0 = run until stopped, printing blocks/s)', wholeNumber(0), 100)
    .option('--from <i>', 'index of the first block (regenerate one block: --from I --blocks 1)', wholeNumber(0), 0)
    .option('--concurrency <k,k,..>', 'worker counts to run every block at', positiveList, [2, 4, 8])
    .option('--repeats <n>', 'parallel runs per block and worker count', wholeNumber(0), 1)
    .option('--txs <n|lo-hi>', 'transactions per block', txRange, [8, 40] as [number, number])
    .option('--hardforks <list>', `hardforks to draw from (${FUZZ_HARDFORKS.join(', ')})`, forkList)
    .option('--out <dir>', 'where reproducers of divergences are written', '.parevm-fuzz')
    .option('--progress <seconds>', 'seconds between progress lines (blocks/s); default 10 with --blocks 0', wholeNumber(0))
    .option('--no-minimize', 'write the whole block, without delta-debugging it')
    .option('--no-evm', "do not also run the blocks on parevm's EVM against the reference engine (no opcode coverage)")
    .option('--json', 'print the summary as JSON')
    .option('--replay <dir>', 'replay a reproducer written by an earlier run (--repeats times, default 10)')
    .action(async (o: Omit<FuzzCommandOptions, 'out_'> & { replay?: string }, cmd: Command) => {
      if (o.replay) {
        const repeats = cmd.getOptionValueSource('repeats') === 'cli' ? Math.max(1, o.repeats) : 10;
        process.exitCode = await replayCommand(o.replay, repeats);
      } else process.exitCode = await fuzzCommand({ ...o, repeats: Math.max(1, o.repeats) });
    });
}
