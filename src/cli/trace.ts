import { closeSync, openSync } from 'node:fs';
import type { Command } from 'commander';
import { wholeNumber } from './wholeNumber.js';
import { DEFAULT_FIXTURES, loadFixtureBlock } from '../block/fixtures.js';
import { firstDifference } from '../evm/trace/compare.js';
import { type TraceEngine, traceTransactions } from '../evm/trace/traceTransactions.js';
import type { TraceLine } from '../evm/trace/types.js';
import { JsonLinesWriter, TraceOutputClosedError } from '../evm/trace/writer.js';
import type { RpcBlockJson } from '../block/decode.js';

/** Options of `parevm trace`. */
export interface TraceCommandOptions {
  fixtures: string;
  block: number;
  tx?: number;
  engine: string;
  /** File for the lines (default stdout). */
  out?: string;
  /** Trace `tx` on both engines and print their first difference instead of the lines. */
  compare?: boolean;
  /** Where messages go (default stdout). */
  print?: (line: string) => void;
}

/** True when `e` or an error it wraps (`cause`) is the reader closing the output. */
function outputClosed(e: unknown): boolean {
  for (let x = e; x instanceof Error; x = x.cause) if (x instanceof TraceOutputClosedError) return true;
  return false;
}

/**
 * `parevm trace`: EIP-3155 lines of a fixture block's transactions (or of transaction `tx`) from
 * one engine, or with `compare` the first step where parevm's EVM and the reference differ.
 * @returns exit status: 0 when traced (compare: identical), 1 on an error (compare: a difference)
 */
export async function traceCommand(o: TraceCommandOptions): Promise<number> {
  const print = o.print ?? ((l: string) => process.stdout.write(`${l}\n`));
  if (o.engine !== 'parevm' && o.engine !== 'reference') {
    print(`error: --engine must be parevm or reference, not ${o.engine}`);
    return 1;
  }
  if (o.compare && o.tx === undefined) {
    print('error: --compare needs --tx I');
    return 1;
  }
  try {
    const fx = loadFixtureBlock(o.fixtures, o.block);
    if (o.compare) return await compare(fx.blockJson, fx.state, o, print);
    const fd = o.out !== undefined ? openSync(o.out, 'w') : 1;
    const w = new JsonLinesWriter(fd);
    try {
      await traceTransactions(fx.blockJson, fx.state, { engine: o.engine, tx: o.tx, sink: (l) => w.write(l) });
      w.flush();
    } finally {
      if (fd !== 1) closeSync(fd);
    }
    return 0;
  } catch (e) {
    if (outputClosed(e)) return 0;
    print(`error: ${(e as Error).message}`);
    return 1;
  }
}

async function compare(
  blockJson: RpcBlockJson,
  state: Parameters<typeof traceTransactions>[1],
  o: TraceCommandOptions,
  print: (l: string) => void,
): Promise<number> {
  const run = async (engine: TraceEngine) => {
    const lines: TraceLine[] = [];
    await traceTransactions(blockJson, state, { engine, tx: o.tx, sink: (l) => lines.push(l) });
    return lines;
  };
  const mine = await run('parevm');
  const ref = await run('reference');
  const r = firstDifference(mine, ref);
  const where = `block ${o.block} tx ${o.tx}`;
  if (r.identical) {
    print(`identical: ${r.steps} steps (${where}, parevm and reference)`);
    return 0;
  }
  print(`first difference at line ${r.index} (${where}): ${r.fields.join(', ')}`);
  if (r.index > 0) print(`  before:    ${JSON.stringify(mine[r.index - 1])}`);
  print(`  parevm:    ${r.a === undefined ? '(trace ended)' : JSON.stringify(r.a)}`);
  print(`  reference: ${r.b === undefined ? '(trace ended)' : JSON.stringify(r.b)}`);
  return 1;
}

/** Registers `parevm trace` on the CLI program. */
export function registerTrace(program: Command): void {
  program
    .command('trace')
    .description("EIP-3155 JSON lines of a fixture block's transactions, or (--compare) the first step where the engines differ")
    .requiredOption('--block <n>', 'fixture block number', wholeNumber(0))
    .option('--tx <i>', 'only this transaction (0-based); earlier ones still run, untraced', wholeNumber(0))
    .option('--engine <engine>', 'parevm or reference', 'parevm')
    .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
    .option('--out <file>', 'write the lines to this file instead of stdout')
    .option('--compare', 'trace --tx on both engines and print the first differing step (exit 1 when they differ)')
    .action(async (opts: Omit<TraceCommandOptions, 'print'>) => {
      process.exitCode = await traceCommand(opts);
    });
}
