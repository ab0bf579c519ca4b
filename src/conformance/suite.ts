import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minimatch } from 'minimatch';
import { FixtureNotFoundError, ParevmError } from '../errors.js';
import type { CaseOutcome } from './outcome.js';
import { skipReason, type SkipList } from './skips.js';
import { loadStateTests, runStateTestCase, type StateTestEngine } from './stateTests.js';
import { loadBlockchainTests, runBlockchainTest } from './blockchainTests.js';

/** Default location of the consensus tests (ethereum/tests, filled for Cancun). */
export const DEFAULT_TEST_VECTORS = '../shared/fixtures/ethereum-tests';

export type Suite = 'state' | 'blockchain';

/** Every `.json` file under `dir`, sorted. */
export function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Options of {@link runSuite}. */
export interface SuiteOptions {
  root: string;
  suites: Suite[];
  /** Glob over test file paths relative to `root` (e.g. `GeneralStateTests/stExample/**`). */
  filter?: string;
  /** Glob over test file paths relative to `root`: files left out (before `sample` picks). */
  exclude?: string;
  /** Only every n-th file of each directory, starting with the first (a representative slice). */
  sample?: number;
  /** At most this many entries of each state test file, evenly spaced (a quicker slice). */
  casesPerFile?: number;
  /** Worker threads; blockchain tests run at each of these. */
  concurrency: number[];
  skips: SkipList;
  /** Networks of state test entries to run (default Cancun). */
  networks?: string[];
  /**
   * The engine state test entries are checked on against the sequential reference: the parallel
   * engine (default) or parevm's own EVM (`parevm`). Blockchain tests always run in parallel.
   */
  engine?: StateTestEngine;
  onFiles?: (count: number) => void;
  onOutcome?: (o: CaseOutcome, fileDone: boolean) => void;
}

/** A path matches a glob given from the suite root, or from any directory below it. */
function matches(rel: string, glob: string): boolean {
  return minimatch(rel, glob) || minimatch(rel, `**/${glob}`);
}

/**
 * The test files a run covers, as [suite, file].
 * @throws FixtureNotFoundError when a suite's directory is missing under `root`
 */
export function selectFiles(opts: Pick<SuiteOptions, 'root' | 'suites' | 'filter' | 'exclude' | 'sample'>): [Suite, string][] {
  const dirs: Record<Suite, string[]> = {
    state: ['GeneralStateTests'],
    blockchain: ['BlockchainTests/ValidBlocks', 'BlockchainTests/InvalidBlocks'],
  };
  const selected: [Suite, string][] = [];
  for (const suite of opts.suites) {
    for (const d of dirs[suite]) {
      const dir = join(opts.root, d);
      try {
        statSync(dir);
      } catch {
        throw new FixtureNotFoundError(dir, 'set the consensus-test directory with --fixtures DIR');
      }
      const byDir = new Map<string, string[]>();
      for (const f of jsonFiles(dir)) {
        const rel = relative(opts.root, f);
        if (opts.filter && !matches(rel, opts.filter)) continue;
        if (opts.exclude && matches(rel, opts.exclude)) continue;
        const parent = rel.slice(0, rel.lastIndexOf('/'));
        byDir.set(parent, [...(byDir.get(parent) ?? []), f]);
      }
      for (const files of byDir.values()) {
        files.forEach((f, i) => {
          if (!opts.sample || i % opts.sample === 0) selected.push([suite, f]);
        });
      }
    }
  }
  return selected;
}

/**
 * Runs the consensus tests: every selected state test entry through the parallel path and the
 * sequential reference, every blockchain test at each concurrency. Skips come only from the skip
 * list. Returns every outcome.
 */
export async function runSuite(opts: SuiteOptions): Promise<CaseOutcome[]> {
  const files = selectFiles(opts);
  opts.onFiles?.(files.length);
  const outcomes: CaseOutcome[] = [];
  const report = (o: CaseOutcome, last: boolean) => {
    outcomes.push(o);
    opts.onOutcome?.(o, last);
  };
  for (const [suite, file] of files) {
    // A test file that does not parse fails as one case; the rest of the run goes on.
    const rel = relative(opts.root, file);
    const unreadable = (e: unknown) =>
      report({ id: rel, dir: rel.slice(0, rel.lastIndexOf('/')), status: 'failed', detail: `${e instanceof ParevmError ? e.code : 'INTERNAL'}: ${(e as Error).message}` }, true);
    if (suite === 'state') {
      let all;
      try {
        all = loadStateTests(file, opts.root, opts.networks);
      } catch (e) {
        unreadable(e);
        continue;
      }
      const k = opts.casesPerFile;
      const cases = k && all.length > k ? Array.from({ length: k }, (_, j) => all[Math.floor((j * all.length) / k)]!) : all;
      if (cases.length === 0) opts.onOutcome?.({ id: rel, dir: '', status: 'skipped' }, true);
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i]!;
        const why = skipReason(opts.skips, c.id);
        const concurrency = opts.concurrency[i % opts.concurrency.length]!;
        report(why ? { id: c.id, dir: c.dir, status: 'skipped', detail: why } : await runStateTestCase(c, concurrency, opts.engine), i === cases.length - 1);
      }
    } else {
      let tests;
      try {
        tests = loadBlockchainTests(file, opts.root);
      } catch (e) {
        unreadable(e);
        continue;
      }
      for (let i = 0; i < tests.length; i++) {
        const t = tests[i]!;
        const why = skipReason(opts.skips, t.id);
        if (why) {
          report({ id: t.id, dir: t.dir, status: 'skipped', detail: why }, i === tests.length - 1);
          continue;
        }
        let result: CaseOutcome | undefined;
        for (const k of opts.concurrency) {
          const o = await runBlockchainTest(t, k);
          if (o.status !== 'passed' || !result) result = o.status === 'passed' ? o : { ...o, detail: `at concurrency ${k}: ${o.detail}` };
          if (o.status !== 'passed') break;
        }
        report(result!, i === tests.length - 1);
      }
    }
  }
  return outcomes;
}
