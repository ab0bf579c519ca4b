import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { decodeBlock } from '../block/decode.js';
import { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } from '../block/fixtures.js';
import { ecrecoverBackend } from '../crypto/ecrecover.js';
import { ParevmError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import type { BlockResult } from '../types.js';
import { type HeaderVerdict, verifyHeader } from '../verify/header.js';

/** Options of `parevm run`. */
export interface RunOptions {
  fixtures?: string;
  /** Block numbers to run; all blocks under the fixture root when absent. */
  blocks?: number[];
  json?: boolean;
  /** Show a progress bar (stderr). */
  progress?: boolean;
  out?: (line: string) => void;
}

/** One row of the run report. */
export interface RunRow {
  block: number;
  hardfork?: string;
  txs?: number;
  gasUsed?: bigint;
  senderRecoveryMs?: number;
  executionMs?: number;
  mgasPerSec?: number;
  verdict?: HeaderVerdict;
  notes?: string[];
  /** Set when the block could not be loaded or executed. */
  error?: { code: string; message: string };
}

/**
 * `parevm run`: executes fixture blocks, verifies each against its header, prints a table (or
 * JSON). A block that fails to load or execute is reported and the others still run.
 * @returns the process exit status: 0 when every block matched its header, 1 otherwise
 */
export async function runCommand(opts: RunOptions = {}): Promise<number> {
  const out = opts.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const root = opts.fixtures ?? DEFAULT_FIXTURES;
  let numbers: number[];
  try {
    const available = listFixtureBlocks(root);
    numbers = opts.blocks ?? available;
  } catch (e) {
    out(`error: ${(e as Error).message}`);
    return 1;
  }
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        { format: 'executing {bar} {value}/{total} blocks | block {block} | {duration_formatted}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(numbers.length, 0, { block: '' });
  const rows: RunRow[] = [];
  for (const n of numbers) {
    bar?.update({ block: n });
    rows.push(await runOne(root, n));
    bar?.increment();
  }
  bar?.stop();
  const failed = rows.filter((r) => r.error || !r.verdict?.ok).length;
  if (opts.json) out(JSON.stringify({ fixtures: root, ecrecover: ecrecoverBackend, blocks: rows, failed }, jsonBigint, 2));
  else out(renderTable(rows, root));
  return failed === 0 ? 0 : 1;
}

async function runOne(root: string, n: number): Promise<RunRow> {
  try {
    const fx = loadFixtureBlock(root, n);
    const decoded = decodeBlock(fx.blockJson, { file: fx.files.block });
    const result: BlockResult = await executeBlockSequential(decoded, fx.state);
    const verdict = verifyHeader(result, decoded.block.header);
    return {
      block: n,
      hardfork: result.hardfork,
      txs: result.receipts.length,
      gasUsed: result.gasUsed,
      senderRecoveryMs: result.timings.senderRecoveryMs,
      executionMs: result.timings.executionMs,
      mgasPerSec: result.timings.executionMs > 0 ? Number(result.gasUsed) / 1e3 / result.timings.executionMs : 0,
      verdict,
      notes: result.notes,
    };
  } catch (e) {
    const code = e instanceof ParevmError ? e.code : 'INTERNAL';
    return { block: n, error: { code, message: (e as Error).message } };
  }
}

const mark = (v?: { status: string }): string => (v === undefined ? '' : v.status === 'match' ? 'ok' : v.status === 'mismatch' ? 'MISMATCH' : 'n/a');

function renderTable(rows: RunRow[], root: string): string {
  const table = new Table({
    head: ['block', 'hardfork', 'txs', 'gas', 'recover ms', 'exec ms', 'Mgas/s', 'gasUsed', 'receiptsRoot', 'logsBloom', 'cum. gas'],
    colAligns: ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'left', 'left', 'left'],
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) {
    if (r.error) {
      table.push([r.block, { colSpan: 10, content: `ERROR ${r.error.code}: ${r.error.message.slice(0, 160)}` }]);
      continue;
    }
    table.push([
      r.block, r.hardfork, r.txs, r.gasUsed?.toLocaleString('en-US'),
      r.senderRecoveryMs?.toFixed(1), r.executionMs?.toFixed(1), r.mgasPerSec?.toFixed(2),
      mark(r.verdict?.gasUsed), mark(r.verdict?.receiptsRoot), mark(r.verdict?.logsBloom), mark(r.verdict?.cumulativeGas),
    ]);
  }
  const ok = rows.filter((r) => !r.error && r.verdict?.ok).length;
  const totalGas = rows.reduce((s, r) => s + Number(r.gasUsed ?? 0n), 0);
  const rec = rows.reduce((s, r) => s + (r.senderRecoveryMs ?? 0), 0);
  const exec = rows.reduce((s, r) => s + (r.executionMs ?? 0), 0);
  const lines = [
    `parevm run — sequential reference engine, fixtures ${root}`,
    table.toString(),
    `${ok}/${rows.length} blocks match their headers. Total ${(totalGas / 1e6).toFixed(1)} Mgas; sender recovery ${rec.toFixed(0)} ms (${ecrecoverBackend}), execution ${exec.toFixed(0)} ms, ${(totalGas / 1e3 / Math.max(exec, 1e-9)).toFixed(2)} Mgas/s.`,
    'n/a: pre-Byzantium receipts embed intermediate state roots, which a partial pre-state cannot give; cumulative gas is checked instead.',
  ];
  const notes = new Map<string, number[]>();
  for (const r of rows) for (const n of r.notes ?? []) notes.set(n, [...(notes.get(n) ?? []), r.block]);
  for (const [n, blocks] of notes) lines.push(`note (${blocks.length} block${blocks.length > 1 ? 's' : ''}: ${blocks.slice(0, 6).join(', ')}${blocks.length > 6 ? ', …' : ''}): ${n}`);
  return lines.join('\n');
}

/** JSON.stringify replacer writing bigints as decimal strings. */
export function jsonBigint(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}
