import { DEFAULT_ENGINE, type EngineName } from '../execute/engine.js';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { checkStateRoot } from '../rpc/stateRoot.js';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAINNET, chainByName, type ChainSpec } from '../block/chains.js';
import { decodeBlock } from '../block/decode.js';
import { DEFAULT_FIXTURES, DEFAULT_WITNESSES, type FixtureBlock, listFixtureBlocks, loadFixtureBlock } from '../block/fixtures.js';
import { readJsonFile } from '../block/json.js';
import { ecrecoverBackend } from '../crypto/ecrecover.js';
import { ParevmError } from '../errors.js';
import { availableParallelism } from 'node:os';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { ParallelMode } from '../parallel/options.js';
import { warmUpEvm } from '../evm/warmup.js';
import { sharedPool } from '../parallel/pool.js';
import type { SnapshotState } from '../state/snapshot.js';
import { loadExecutionWitness, witnessPostStateRoot } from '../state/witness.js';
import { diffResults } from '../verify/compare.js';
import type { BlockResult } from '../types.js';
import { type FieldVerdict, type HeaderVerdict, verifyHeader } from '../verify/header.js';
import { blockTimeMs } from '../execute/timings.js';
import type { RpcBlockJson } from '../block/decode.js';

/** Options of `parevm run`. */
export interface RunOptions {
  fixtures?: string;
  /** Block numbers to run; all blocks under the fixture root when absent. */
  blocks?: number[];
  json?: boolean;
  /** Worker threads for the parallel engine; 0 = the sequential reference engine. */
  concurrency?: number;
  /**
   * Also run the sequential engine (same EVM): show the speedup; check the result equals it and,
   * with parevm's EVM, the reference engine's (`@ethereumjs/vm`).
   */
  compare?: boolean;
  /**
   * With `compare`: also run the reference engine (`@ethereumjs/vm`) and check equality with it
   * (default true; `parevm replay` turns it off: it wants the two timings, not a third engine).
   */
  reference?: boolean;
  /** The EVM (default parevm's own). */
  engine?: EngineName;
  /** Take the parallel path even where it would fall back for size or a sender chain. */
  force?: boolean;
  /** The parallel path (`executeBlock`'s `mode`): auto (default), block-stm or pipelined. */
  mode?: ParallelMode;
  /** Show a progress bar (stderr). */
  progress?: boolean;
  /** The chain whose rules the blocks run under (default mainnet). */
  chain?: ChainSpec;
  /**
   * An execution witness file (fixtures README, `witness/`): run its one block on the witness's
   * pre-state instead of fixture blocks, and check the header's `stateRoot` as well.
   */
  witness?: string;
  out?: (line: string) => void;
}

/** One row of the run report. */
export interface RunRow {
  block: number;
  /** Chain name and id (EIP-155). */
  chain?: string;
  chainId?: number;
  hardfork?: string;
  txs?: number;
  gasUsed?: bigint;
  senderRecoveryMs?: number;
  executionMs?: number;
  mgasPerSec?: number;
  verdict?: HeaderVerdict;
  /**
   * With a witness, or a block `parevm fetch` cached with proofs: the header's `stateRoot` against
   * the root recomputed on the trie nodes (`not-checked` with the reason when they lack one).
   */
  stateRoot?: FieldVerdict;
  notes?: string[];
  /** 'parallel×N' (Block-STM on N workers), 'pipelined×N' (senders recovered on N workers, executed in order) or 'sequential' (and why). */
  path?: string;
  /** Block-STM re-executions (incarnations beyond the first). */
  reexecutions?: number;
  /** With --compare: sequential total ms, speedup (each path timed after an untimed run of the block), and whether the results were equal. */
  sequentialMs?: number;
  speedup?: number;
  equal?: boolean;
  difference?: string;
  /**
   * Set when the block could not be loaded or executed: the typed error's `code` and message, and
   * for an invalid transaction its `reason` and `txIndex`.
   */
  error?: { code: string; message: string; reason?: string; txIndex?: number };
}

/**
 * `parevm run`: executes fixture blocks (or the block of an execution witness), verifies each
 * against its header, prints a table (or JSON). A block that fails to load or execute is
 * reported and the others still run.
 * @returns the process exit status: 0 when every block matched its header, 1 otherwise
 */
export async function runCommand(opts: RunOptions = {}): Promise<number> {
  const out = opts.out ?? ((l: string) => process.stdout.write(l + '\n'));
  if (opts.witness !== undefined) {
    startPool(opts);
    return report([await runWitness(opts.witness, opts)], { witness: opts.witness }, opts, out);
  }
  const root = opts.fixtures ?? DEFAULT_FIXTURES;
  let numbers: number[];
  try {
    const available = listFixtureBlocks(root);
    numbers = opts.blocks ?? available;
  } catch (e) {
    out(`error: ${(e as Error).message}`);
    return 1;
  }
  startPool(opts);
  // Many blocks: the main thread's EVM (sequential runs, the coordinator's system calls) gets its
  // type feedback first, as the pool's workers do meanwhile (src/evm/warmup.ts).
  if (numbers.length > 1 && (opts.engine ?? DEFAULT_ENGINE) === 'parevm') warmUpEvm();
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
    rows.push(await runOne(root, n, opts));
    bar?.increment();
  }
  bar?.stop();
  // The default run also replays the real post-Cancun block of the witness fixtures (Hoodi, Prague).
  if (opts.fixtures === undefined || opts.fixtures === DEFAULT_FIXTURES) {
    if (opts.blocks === undefined && existsSync(DEFAULT_WITNESSES)) {
      for (const f of readdirSync(DEFAULT_WITNESSES)
        .filter((f) => f.endsWith('.json'))
        .sort())
        rows.push(await runWitness(join(DEFAULT_WITNESSES, f), opts));
    }
  }
  return report(rows, { fixtures: root }, opts, out);
}

/**
 * Starts the workers now: they load their modules while the first block's input is read. Those
 * that will run Block-STM on parevm's EVM (`--mode block-stm`, or `--force` without a mode) also
 * load and warm it up meanwhile; otherwise a worker does so after its first Block-STM block, if one
 * comes, or once the pool has been idle for 2 s (`IDLE_WARM_UP_MS`; the fixtures run back to back).
 */
function startPool(opts: RunOptions): void {
  const concurrency = opts.concurrency ?? availableParallelism();
  if (concurrency <= 0) return;
  const pool = sharedPool(concurrency);
  const blockStm = opts.mode === 'block-stm' || (opts.force === true && opts.mode === undefined);
  if (blockStm && (opts.engine ?? DEFAULT_ENGINE) === 'parevm') pool.warmUpEvm();
}

/** True when the row's block loaded, executed and matched every checked header field. */
export const matched = (r: RunRow): boolean => !r.error && r.verdict?.ok === true && r.stateRoot?.status !== 'mismatch';

/** Prints the rows (table or JSON; `source` names the input) and returns the exit status. */
function report(rows: RunRow[], source: { fixtures: string } | { witness: string }, opts: RunOptions, out: (line: string) => void): number {
  const failed = rows.filter((r) => !matched(r) || r.equal === false).length;
  if (opts.json) out(JSON.stringify({ ...source, ecrecover: ecrecoverBackend, blocks: rows, failed }, jsonBigint, 2));
  else
    out(
      renderTable(
        rows,
        'witness' in source ? `witness ${source.witness}` : `fixtures ${source.fixtures}`,
        opts.compare === true && (opts.concurrency ?? 1) !== 0,
      ),
    );
  return failed === 0 ? 0 : 1;
}

async function runOne(root: string, n: number, opts: RunOptions): Promise<RunRow> {
  try {
    return (await executeAndVerifyFixture(loadFixtureBlock(root, n), opts)).row;
  } catch (e) {
    return errorRow(n, e);
  }
}

/** The witness's block, run on its pre-state; the row adds the recomputed `stateRoot`. */
async function runWitness(file: string, opts: RunOptions): Promise<RunRow> {
  let n = 0;
  try {
    const json = readJsonFile(file) as { network?: { PublicNetwork?: string } };
    const loaded = await loadExecutionWitness(json, file);
    // The witness names its network (ethrex-replay's `network`); --chain overrides it.
    const network = json.network?.PublicNetwork;
    if (opts.chain === undefined && network !== undefined) opts = { ...opts, chain: chainByName(network) };
    n = Number(loaded.parentHeader.number + 1n);
    const { row, result, header } = await executeAndVerify(n, loaded.block, file, loaded.state, opts);
    const expected = bytesToHex(header.stateRoot);
    const actual = await witnessPostStateRoot(loaded, result.stateChanges);
    return { ...row, stateRoot: { status: expected === actual ? 'match' : 'mismatch', expected, actual } };
  } catch (e) {
    return errorRow(n, e);
  }
}

/**
 * {@link executeAndVerify} on a fixture block, and when `parevm fetch` cached it with trie nodes
 * (proofs or a witness: `state_proof.json`) its recomputed state root too (`row.stateRoot`): what
 * `parevm run` and `parevm replay` check for a fixture block.
 * @throws as {@link executeAndVerify}, and FixtureFormatError for an unreadable `state_proof.json` (a node the update needs
 *   but the proofs lack gives a `not-checked` verdict, never an error)
 */
export async function executeAndVerifyFixture(fx: FixtureBlock, opts: RunOptions) {
  const out = await executeAndVerify(fx.number, fx.blockJson, fx.files.block, fx.state, opts);
  const proofFile = join(dirname(fx.files.block), 'state_proof.json');
  if (!existsSync(proofFile)) return out;
  const proof = readJsonFile(proofFile) as { parentStateRoot: string; nodes?: string[]; nodesFrom?: string };
  const nodes = proof.nodes ?? (readJsonFile(join(dirname(proofFile), proof.nodesFrom ?? 'execution_witness.json')) as { state: string[] }).state;
  const { verdict } = await checkStateRoot(
    nodes.map((h) => hexToBytes(h as `0x${string}`)),
    proof.parentStateRoot,
    out.result.stateChanges,
    bytesToHex(out.header.stateRoot),
    proofFile,
  );
  return { ...out, row: { ...out.row, stateRoot: verdict } };
}

/**
 * Decodes and executes one block on `state` and verifies it against its header: the one step that
 * `parevm run` and `parevm replay` share (same verdicts by construction).
 * @returns the report row, the engine's result and the decoded header
 * @throws the typed errors of decoding and executing the block ({@link ParevmError} subclasses)
 */
export async function executeAndVerify(n: number, blockJson: RpcBlockJson, file: string, state: SnapshotState, opts: RunOptions) {
  const chain = opts.chain ?? MAINNET;
  // Each run on a block decoded for it (a decoded block is not reused across runs).
  const fresh = () => decodeBlock(blockJson, { file, chain });
  const decoded = fresh();
  const concurrency = opts.concurrency ?? availableParallelism();
  const engine = opts.engine ?? DEFAULT_ENGINE;
  const parallel = (d = fresh()) => executeBlock(d, state, { concurrency, force: opts.force === true, engine, ...(opts.mode ? { mode: opts.mode } : {}) });
  const sequential = (d = fresh(), on: EngineName = engine) => executeBlockSequential(d, state, { engine: on });
  const compare = opts.compare === true && concurrency > 0;
  // Timed after an untimed run of each path: whichever ran a block first paid its JIT warm-up
  // (both run parevm's EVM on this thread). With the parallel run first, three blocks in a fresh
  // process read 0.52x overall (0.35-0.95x per block, two processes). The untimed parallel result
  // is compared too.
  let untimedParallel: BlockResult | undefined;
  if (compare) {
    await sequential();
    untimedParallel = await parallel();
  }
  const result: BlockResult = concurrency > 0 ? await parallel(decoded) : await sequential(decoded);
  const verdict = verifyHeader(result, decoded.block.header);
  const m = result.metrics;
  const extra: Partial<RunRow> = {
    path: pathLabel(result),
    reexecutions: m?.incarnations ? m.incarnations.reduce((s, x) => s + x - 1, 0) : 0,
  };
  if (compare) {
    const seq = await sequential();
    const seqMs = blockTimeMs(seq.timings);
    const parMs = blockTimeMs(result.timings);
    const reference = engine === 'reference' || opts.reference === false ? seq : await sequential(fresh(), 'reference');
    const diff = diffResults(seq, result) ?? diffResults(reference, result) ?? diffResults(seq, untimedParallel!);
    Object.assign(extra, { sequentialMs: seqMs, speedup: seqMs / parMs, equal: diff === undefined, difference: diff ? `${diff.field}` : undefined });
  }
  const row: RunRow = {
    ...extra,
    block: n,
    chain: chain.name,
    chainId: Number(chain.chainId),
    hardfork: result.hardfork,
    txs: result.receipts.length,
    gasUsed: result.gasUsed,
    senderRecoveryMs: result.timings.senderRecoveryMs,
    executionMs: result.timings.executionMs,
    mgasPerSec: result.timings.executionMs > 0 ? Number(result.gasUsed) / 1e3 / result.timings.executionMs : 0,
    verdict,
    notes: result.notes,
  };
  return { row, result, header: decoded.block.header };
}

/** The row of a block that could not be loaded or executed: the typed error's code and message. */
export function errorRow(n: number, e: unknown): RunRow {
  const code = e instanceof ParevmError ? e.code : 'INTERNAL';
  const { reason, txIndex } = e as { reason?: string; txIndex?: number };
  return {
    block: n,
    error: { code, message: (e as Error).message, ...(reason !== undefined ? { reason } : {}), ...(txIndex !== undefined ? { txIndex } : {}) },
  };
}

const mark = (v?: { status: string }): string => (v === undefined ? '' : v.status === 'match' ? 'ok' : v.status === 'mismatch' ? 'MISMATCH' : 'n/a');

/** The `parevm run` table of `rows` with its summary lines (`source` names the input). */
export function renderTable(rows: RunRow[], source: string, compare: boolean): string {
  const witness = rows.some((r) => r.stateRoot);
  const head = [
    'block',
    'chain',
    'hardfork',
    'txs',
    'gas',
    'recover ms',
    'exec ms',
    'Mgas/s',
    'path',
    're-exec',
    'gasUsed',
    'receiptsRoot',
    'logsBloom',
    'cum. gas',
    'requestsHash',
  ];
  if (witness) head.push('stateRoot');
  if (compare) head.push('seq ms', 'speedup', '= seq');
  const table = new Table({
    head,
    colAligns: head.map((h) => (['block', 'txs', 'gas', 'recover ms', 'exec ms', 'Mgas/s', 're-exec', 'seq ms', 'speedup'].includes(h) ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) {
    if (r.error) {
      const { code, reason, txIndex, message } = r.error;
      const what = [reason, txIndex !== undefined ? `transaction ${txIndex}` : undefined].filter(Boolean).join(', ');
      table.push([r.block, { colSpan: head.length - 1, content: `ERROR ${code}${what ? ` (${what})` : ''}: ${message.slice(0, 200)}` }]);
      continue;
    }
    table.push([
      r.block,
      r.chain,
      r.hardfork,
      r.txs,
      r.gasUsed?.toLocaleString('en-US'),
      r.senderRecoveryMs?.toFixed(1),
      r.executionMs?.toFixed(1),
      r.mgasPerSec?.toFixed(2),
      (r.path ?? '').replace(/^sequential \((.{0,28}).*\)$/, 'seq: $1'),
      r.reexecutions ?? 0,
      mark(r.verdict?.gasUsed),
      mark(r.verdict?.receiptsRoot),
      mark(r.verdict?.logsBloom),
      mark(r.verdict?.cumulativeGas),
      mark(r.verdict?.requestsHash),
      ...(witness ? [mark(r.stateRoot)] : []),
      ...(compare
        ? [
            r.sequentialMs?.toFixed(1) ?? '',
            r.speedup !== undefined ? `${r.speedup.toFixed(2)}×` : '',
            r.equal === undefined ? '' : r.equal ? 'yes' : `NO (${r.difference})`,
          ]
        : []),
    ]);
  }
  const ok = rows.filter(matched).length;
  const totalGas = rows.reduce((s, r) => s + Number(r.gasUsed ?? 0n), 0);
  const rec = rows.reduce((s, r) => s + (r.senderRecoveryMs ?? 0), 0);
  const exec = rows.reduce((s, r) => s + (r.executionMs ?? 0), 0);
  const lines = [
    `parevm run — ${source}`,
    table.toString(),
    `${ok}/${rows.length} blocks match their headers. Total ${(totalGas / 1e6).toFixed(1)} Mgas; sender recovery ${rec.toFixed(0)} ms (${ecrecoverBackend}), execution ${exec.toFixed(0)} ms, ${(totalGas / 1e3 / Math.max(exec, 1e-9)).toFixed(2)} Mgas/s.`,
    'n/a: pre-Byzantium receipts embed intermediate state roots, which a partial pre-state cannot give; cumulative gas is checked instead.',
  ];
  if (compare) {
    const cmp = rows.filter((r) => r.speedup !== undefined);
    const seqMs = cmp.reduce((s, r) => s + (r.sequentialMs ?? 0), 0);
    const parMs = cmp.reduce((s, r) => s + (r.sequentialMs ?? 0) / (r.speedup ?? 1), 0);
    lines.push(
      `speedup over sequential (same run, each path timed after an untimed run of the block): ${(seqMs / Math.max(parMs, 1e-9)).toFixed(2)}× overall; ${cmp.filter((r) => r.equal).length}/${cmp.length} results equal to sequential.`,
    );
  }
  const notes = new Map<string, number[]>();
  for (const r of rows) for (const n of r.notes ?? []) notes.set(n, [...(notes.get(n) ?? []), r.block]);
  for (const [n, blocks] of notes)
    lines.push(`note (${blocks.length} block${blocks.length > 1 ? 's' : ''}: ${blocks.slice(0, 6).join(', ')}${blocks.length > 6 ? ', …' : ''}): ${n}`);
  return lines.join('\n');
}

/** The path a result took, as the reports show it: `parallel×2`, `pipelined×2`, or `sequential (why)`. */
export function pathLabel(result: BlockResult): string {
  const m = result.metrics;
  return m ? (m.path === 'sequential' ? `sequential (${m.reason})` : `${m.path}×${m.workers}`) : 'sequential';
}

/** JSON.stringify replacer writing bigints as decimal strings. */
export function jsonBigint(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}
