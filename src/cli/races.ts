import Table from 'cli-table3';
import { type Command, InvalidArgumentError } from 'commander';
import { wholeNumber } from './wholeNumber.js';
import { DEFAULT_FIXTURES } from '../block/fixtures.js';
import { huntRaces, type RaceRow } from '../fuzz/races.js';
import { closeSharedPools } from '../parallel/pool.js';
import type { ParallelMode } from '../parallel/options.js';
import { modeOption } from './mode.js';

/** Options of `parevm races`. */
export interface RacesCommandOptions {
  fixtures: string;
  blocks?: number[];
  repeats: number;
  concurrency: number[];
  /** Keep the re-execution bound (default); `--no-bound` runs Block-STM to the end. */
  bound?: boolean;
  /** The parallel path (default Block-STM). */
  mode?: Exclude<ParallelMode, 'auto'>;
  json?: boolean;
  out?: (line: string) => void;
}

/**
 * `parevm races`: every fixture block `repeats` times at each concurrency on the parallel path,
 * compared with sequential (src/fuzz/races.ts). Prints a table and the totals.
 * @returns exit status: 0 when every run equalled sequential and every block loaded, 1 otherwise
 */
export async function racesCommand(opts: RacesCommandOptions): Promise<number> {
  const print = opts.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const t0 = performance.now();
  let rows: RaceRow[];
  try {
    rows = await huntRaces({
      fixtures: opts.fixtures,
      ...(opts.blocks ? { blocks: opts.blocks } : {}),
      repeats: opts.repeats,
      concurrency: opts.concurrency,
      bound: opts.bound !== false,
      ...(opts.mode ? { mode: opts.mode } : {}),
      onBlock: (r) => {
        if (!opts.json && process.stderr.isTTY) process.stderr.write(`block ${r.block}: ${r.divergences.length} divergences\n`);
      },
    });
  } catch (e) {
    print(`error: ${(e as Error).message}`);
    return 1;
  } finally {
    await closeSharedPools();
  }
  const runs = rows.reduce((s, r) => s + r.parallelRuns + r.fallbacks, 0);
  const parallel = rows.reduce((s, r) => s + r.parallelRuns, 0);
  const divergences = rows.reduce((s, r) => s + r.divergences.length, 0);
  const storms = rows.reduce((s, r) => s + r.stormHalts, 0);
  const errors = rows.filter((r) => r.error).length;
  const totals = {
    blocks: rows.length,
    repeats: opts.repeats,
    concurrency: opts.concurrency,
    mode: opts.mode ?? 'block-stm',
    runs,
    parallelRuns: parallel,
    stormHalts: storms,
    fallbacks: runs - parallel,
    divergences,
    errors,
    seconds: (performance.now() - t0) / 1000,
  };
  if (opts.json) {
    print(JSON.stringify({ totals, rows }, null, 2));
  } else {
    const table = new Table({
      head: ['block', 'txs', 'parallel runs', 'storm halts', 'fallbacks', 'max re-exec', 'divergences'],
      style: { head: [], border: [], compact: true },
    });
    for (const r of rows) {
      if (r.error) table.push([r.block, { colSpan: 6, content: `ERROR ${r.error.slice(0, 120)}` }]);
      else {
        const d = r.divergences.map((x) => `×${x.concurrency} #${x.repeat}: ${x.field}`).join('; ');
        table.push([
          r.block,
          r.txs,
          r.parallelRuns,
          r.stormHalts,
          r.fallbacks ? `${r.fallbacks} (${r.fallbackReasons[0]?.slice(0, 30)})` : 0,
          r.maxReexecutions,
          d || 0,
        ]);
      }
    }
    print(
      `parevm races — fixtures ${opts.fixtures}, ${opts.repeats} runs at concurrency ${opts.concurrency.join(', ')} per block on ${opts.mode === 'pipelined' ? 'the pipelined path' : 'Block-STM'}, each compared with sequential`,
    );
    print(table.toString());
    print(
      `${rows.length} blocks × ${opts.repeats} repeats × ${opts.concurrency.length} concurrencies = ${runs} runs (${parallel} on the ${opts.mode === 'pipelined' ? 'pipelined' : 'parallel'} path, ${storms} of them halted by the re-execution bound) in ${totals.seconds.toFixed(0)} s: ${divergences} divergences${errors ? `, ${errors} blocks failed to load` : ''}`,
    );
  }
  return divergences === 0 && errors === 0 ? 0 : 1;
}

function positiveList(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isSafeInteger(n) || n < 1))
    throw new InvalidArgumentError('expected worker counts ≥ 1 separated by commas, e.g. 2,4,8');
  return list;
}

function blockList(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isSafeInteger(n) || n < 0)) throw new InvalidArgumentError('expected block numbers separated by commas');
  return list;
}

/** Registers `parevm races` on the CLI program. */
export function registerRaces(program: Command): void {
  program
    .command('races')
    .description('race hunting: every fixture block M times at several concurrencies, compared with sequential')
    .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
    .option('--blocks <n,n,...>', 'only these block numbers', blockList)
    .option('--repeats <m>', 'runs per block and concurrency', wholeNumber(1), 3)
    .option('--concurrency <k,k,..>', 'worker counts', positiveList, [2, 4, 8])
    .option('--no-bound', 'disable the re-execution bound: Block-STM runs every block to the end')
    .option(
      '--mode <mode>',
      'the parallel path: block-stm (default) or pipelined (senders recovered on the workers, transactions executed in order)',
      modeOption(['block-stm', 'pipelined']),
    )
    .option('--json', 'print the report as JSON')
    .action(async (o: Omit<RacesCommandOptions, 'out'>) => {
      process.exitCode = await racesCommand(o);
    });
}
