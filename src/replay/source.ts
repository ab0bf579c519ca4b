/**
 * Where `parevm replay` and `parevm worker` read blocks from. A source lists the blocks of a range
 * and loads one block in the fixture loader's shape ({@link FixtureBlock}: block JSON and
 * pre-state), so the RPC source of issue 14 (its fetch cache writes the same fixture layout)
 * plugs in here without touching the job.
 */
import { resolve } from 'node:path';
import { type FixtureBlock, listFixtureBlocks, loadFixtureBlock } from '../block/fixtures.js';
import { SourceNotAvailableError } from '../errors.js';
import type { BlockRange, SourceSpec } from './range.js';
import type { RequestLimiter } from './rateLimit.js';

/** A source of blocks to replay. */
export interface BlockSource {
  /** The spec a worker on another machine opens the same source from (job data). */
  readonly spec: SourceSpec;
  /**
   * The block numbers of `range` this source has, ascending (fixtures: the fixture blocks in the
   * range; an RPC source: every number of the range).
   * @throws FixtureNotFoundError when the fixture root has no `blocks/` directory
   */
  blocks(range: BlockRange): number[];
  /**
   * One block and its pre-state.
   * @throws the fixture loader's typed errors (FixtureNotFoundError, FixtureFormatError, CodeHashError)
   */
  load(number: number): Promise<FixtureBlock>;
}

/** Options of {@link openSource}. */
export interface OpenSourceOptions {
  /**
   * Shared by every worker: each RPC request takes a permit first (`--rpc-rate`). Fixture reads
   * make no request and take none.
   */
  limiter?: RequestLimiter;
}

/** Blocks from a fixture root (fixtures README layout), read in place. */
export class FixtureSource implements BlockSource {
  readonly spec: SourceSpec;
  constructor(readonly dir: string) {
    this.spec = { kind: 'fixtures', dir: resolve(dir) };
  }
  blocks(range: BlockRange): number[] {
    return listFixtureBlocks(this.dir).filter((n) => n >= range.from && n <= range.to);
  }
  async load(number: number): Promise<FixtureBlock> {
    return loadFixtureBlock(this.dir, number);
  }
}

/**
 * Opens the source a spec names.
 * @throws SourceNotAvailableError for `rpc`: it needs issue 14's fetch cache (`parevm fetch`),
 *   which this build does not have yet
 */
export function openSource(spec: SourceSpec, _options: OpenSourceOptions = {}): BlockSource {
  if (spec.kind === 'fixtures') return new FixtureSource(spec.dir);
  throw new SourceNotAvailableError(
    'rpc',
    `--rpc ${redactUrl(spec.url)} needs the fetch cache of \`parevm fetch\` (issue 14), which this build lacks; fetch the blocks into a fixture directory and give --fixtures DIR`,
  );
}

/** `url` with any password replaced by `***` (for messages and logs). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}
