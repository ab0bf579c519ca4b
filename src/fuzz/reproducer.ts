/**
 * Writes a fuzzer divergence as a fixture root that `parevm run` reads (the layout of
 * `../shared/fixtures/mainnet`, see src/block/fixtures.ts):
 *
 *   DIR/blocks/<number>/block.json      the (minimised) block, RPC JSON; its header carries the
 *                                       sequential engine's gasUsed, receiptsRoot, logsBloom and
 *                                       (Prague on) EIP-7685 requestsHash
 *   DIR/blocks/<number>/pre_state.json  the pre-state
 *   DIR/bytecodes.json, DIR/block_hashes.json
 *   DIR/case.json                       the fuzz case (seed, index, intents) and the divergence
 *   DIR/README.txt                      how to replay it
 *
 * Replay: `parevm run --fixtures DIR --compare --force [--mode pipelined] --concurrency K`, or with the exact run
 * configuration (a forced re-execution bound included) `parevm fuzz --replay DIR`; a divergence
 * of parevm's EVM from the reference engine (`divergence.engine`) replays with the latter only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureFormatError } from '../errors.js';
import type { ParallelMode } from '../parallel/options.js';
import type { ReexecutionBound } from '../parallel/storm.js';
import type { BlockResult } from '../types.js';
import { MERGE_CHECK_FIELD } from '../verify/compare.js';
import { buildBlock, type FuzzCase, type TxIntent } from './block.js';

/** What differed, for the reproducer's case.json and README. */
export interface DivergenceInfo {
  /** Set when parevm's EVM differed from the reference engine (`parallel` is then parevm's side). */
  engine?: 'parevm';
  /** Workers of the parallel run that differed; 0 for an engine divergence. */
  concurrency: number;
  /** The re-execution bound of the run: `false` (regular runs) or a forced early halt (storm runs). */
  bound?: ReexecutionBound | false;
  /** The parallel path of the run that differed (absent: Block-STM). */
  mode?: Exclude<ParallelMode, 'auto'>;
  /** First differing field (`receipts[3]`, `stateChanges[0]`, `error`, ...). */
  field: string;
  sequential: string;
  parallel: string;
  /** parevm's EVM vs the reference: the first differing EIP-3155 step, when the traces part. */
  firstStep?: string;
}

/**
 * Writes the reproducer of `c` restricted to `intents` under `dir` (created if needed).
 * @param sequential the sequential result of exactly this block, or undefined when the block is
 *   invalid (its header then keeps zero gasUsed/roots)
 * @returns the command that replays it
 */
export function writeReproducer(dir: string, c: FuzzCase, intents: TxIntent[], sequential: BlockResult | undefined, divergence: DivergenceInfo): string {
  const header: Record<string, string> = sequential
    ? {
        gasUsed: `0x${sequential.gasUsed.toString(16)}`,
        receiptsRoot: sequential.receiptsRoot,
        logsBloom: sequential.logsBloom,
        ...(sequential.requestsHash !== undefined ? { requestsHash: sequential.requestsHash } : {}),
      }
    : {};
  const { blockJson } = buildBlock(c, intents, header);
  const number = BigInt(c.number).toString();
  const blockDir = join(dir, 'blocks', number);
  mkdirSync(blockDir, { recursive: true });
  writeFileSync(join(blockDir, 'block.json'), JSON.stringify(blockJson, null, 1));
  writeFileSync(join(blockDir, 'pre_state.json'), JSON.stringify(c.preState, null, 1));
  writeFileSync(join(dir, 'bytecodes.json'), JSON.stringify(c.bytecodes, null, 1));
  writeFileSync(join(dir, 'block_hashes.json'), JSON.stringify(c.blockHashes, null, 1));
  writeFileSync(join(dir, 'case.json'), JSON.stringify({ ...c, intents, divergence }, null, 1));
  // A failed merge check leaves the result equal to sequential: only the fuzzer's own check shows it.
  const mergeCheck = divergence.field === MERGE_CHECK_FIELD;
  const command =
    divergence.bound || divergence.engine || mergeCheck
      ? `parevm fuzz --replay ${dir}`
      : `parevm run --fixtures ${dir} --compare --force${divergence.mode === 'pipelined' ? ' --mode pipelined' : ''} --concurrency ${divergence.concurrency}`;
  const run = `${divergence.mode === 'pipelined' ? 'Pipelined' : 'Parallel'} execution at concurrency ${divergence.concurrency}${divergence.bound ? ` (re-execution bound forced: ${JSON.stringify(divergence.bound)})` : ''}`;
  const what = divergence.engine
    ? `parevm's EVM differed from the reference engine (@ethereumjs/vm) in ${divergence.field}.`
    : mergeCheck
      ? `${run} fell back to sequential on a valid block: Block-STM's writes failed the block-end merge's check (metrics.mergeCheck), so a rule let through what sequential execution runs differently. The result equals sequential.`
      : `${run} differed from sequential in ${divergence.field}.`;
  writeFileSync(
    join(dir, 'README.txt'),
    [
      `parevm fuzz reproducer: seed ${c.seed}, block index ${c.index} (${c.hardfork}), ${intents.length} of ${c.intents.length} transactions kept.`,
      what,
      `  ${divergence.engine ? 'reference: ' : 'sequential:'} ${divergence.sequential.slice(0, 2000)}`,
      `  ${divergence.engine ? 'parevm:    ' : 'parallel:  '} ${divergence.parallel.slice(0, 2000)}`,
      ...(divergence.firstStep ? [`First differing step: ${divergence.firstStep.slice(0, 2000)}`] : []),
      '',
      `Replay:  ${command}`,
      `    or:  parevm fuzz --replay ${dir}   (the exact run configuration, repeated)`,
      '(a race may need several runs; the header holds the sequential gasUsed, receiptsRoot, logsBloom and requestsHash)',
      '',
      'Transactions:',
      ...intents.map((t, i) => `  ${i}: wallet ${t.from} ${t.note} value ${BigInt(t.value)} gas ${BigInt(t.gasLimit)} type ${t.type}`),
      '',
    ].join('\n'),
  );
  return command;
}

/**
 * Reads a reproducer's case.json (written by {@link writeReproducer}).
 * @throws FixtureNotFoundError / FixtureFormatError when DIR/case.json is missing or not a case
 */
export function readReproducer(dir: string): { c: FuzzCase; divergence: DivergenceInfo } {
  const file = join(dir, 'case.json');
  let json: FuzzCase & { divergence?: DivergenceInfo };
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as FuzzCase & { divergence?: DivergenceInfo };
  } catch (e) {
    throw new FixtureFormatError(file, '', (e as Error).message);
  }
  if (!json || !Array.isArray(json.intents) || !json.divergence || typeof json.divergence.concurrency !== 'number') {
    throw new FixtureFormatError(file, 'divergence', 'not a parevm fuzz reproducer (expected intents and divergence.concurrency)');
  }
  const { divergence, ...c } = json;
  return { c, divergence };
}
