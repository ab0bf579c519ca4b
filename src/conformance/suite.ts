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
/** Default location of the execution-spec-tests fixtures (release tests-v5.4.0: Prague, Osaka, BPO forks). */
export const DEFAULT_EEST_VECTORS = '../shared/fixtures/eest';

/**
 * The suites: ethereum/tests GeneralStateTests (`state`) and BlockchainTests (`blockchain`) under
 * `--fixtures`; execution-spec-tests `state_tests` (`eest-state`) and `blockchain_tests`
 * (`eest-blockchain`) under `--eest-fixtures`.
 */
export const SUITES = ['state', 'blockchain', 'eest-state', 'eest-blockchain'] as const;
export type Suite = (typeof SUITES)[number];

/** Each suite's test kind, fixture root and directories below it. */
const LAYOUT: Record<Suite, { kind: 'state' | 'blockchain'; eest: boolean; dirs: string[] }> = {
  state: { kind: 'state', eest: false, dirs: ['GeneralStateTests'] },
  blockchain: { kind: 'blockchain', eest: false, dirs: ['BlockchainTests/ValidBlocks', 'BlockchainTests/InvalidBlocks'] },
  'eest-state': { kind: 'state', eest: true, dirs: ['state_tests'] },
  'eest-blockchain': { kind: 'blockchain', eest: true, dirs: ['blockchain_tests'] },
};

/** The fixture root a suite's files and ids are relative to. */
export function suiteRoot(suite: Suite, opts: Pick<SuiteOptions, 'root' | 'eestRoot'>): string {
  return LAYOUT[suite].eest ? (opts.eestRoot ?? DEFAULT_EEST_VECTORS) : opts.root;
}

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
  /** ethereum/tests root (suites `state`, `blockchain`). */
  root: string;
  /** execution-spec-tests root (suites `eest-state`, `eest-blockchain`; default {@link DEFAULT_EEST_VECTORS}). */
  eestRoot?: string;
  suites: Suite[];
  /** Glob over test file paths relative to their suite's root (e.g. `GeneralStateTests/stExample/**`, `state_tests/prague/**`). */
  filter?: string;
  /** Glob over test file paths relative to `root`: files left out (before `sample` picks). */
  exclude?: string;
  /** Only every n-th file of each directory, starting with the first (a representative slice). */
  sample?: number;
  /** At most this many entries of each state test file, evenly spaced (a quicker slice). */
  casesPerFile?: number;
  /** At most this many tests of each blockchain test file, evenly spaced (execution-spec-tests files hold up to 72). */
  testsPerFile?: number;
  /** Worker threads; blockchain tests run at each of these. */
  concurrency: number[];
  skips: SkipList;
  /** Networks of ethereum/tests state test entries to run (default Cancun); execution-spec-tests run every network. */
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
export function selectFiles(opts: Pick<SuiteOptions, 'root' | 'eestRoot' | 'suites' | 'filter' | 'exclude' | 'sample'>): [Suite, string][] {
  const selected: [Suite, string][] = [];
  for (const suite of opts.suites) {
    const root = suiteRoot(suite, opts);
    for (const d of LAYOUT[suite].dirs) {
      const dir = join(root, d);
      try {
        statSync(dir);
      } catch {
        const flag = LAYOUT[suite].eest ? '--eest-fixtures' : '--fixtures';
        throw new FixtureNotFoundError(dir, `set the ${LAYOUT[suite].eest ? 'execution-spec-tests' : 'consensus-test'} directory with ${flag} DIR`);
      }
      const byDir = new Map<string, string[]>();
      for (const f of jsonFiles(dir)) {
        const rel = relative(root, f);
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
    const root = suiteRoot(suite, opts);
    const rel = relative(root, file);
    const unreadable = (e: unknown) =>
      report(
        {
          id: rel,
          dir: rel.slice(0, rel.lastIndexOf('/')),
          status: 'failed',
          detail: `${e instanceof ParevmError ? e.code : 'INTERNAL'}: ${(e as Error).message}`,
        },
        true,
      );
    if (LAYOUT[suite].kind === 'state') {
      let all: ReturnType<typeof loadStateTests>;
      try {
        all = loadStateTests(file, root, LAYOUT[suite].eest ? 'all' : opts.networks);
      } catch (e) {
        unreadable(e);
        continue;
      }
      const cases = evenlySpaced(all, opts.casesPerFile);
      if (cases.length === 0) opts.onOutcome?.({ id: rel, dir: '', status: 'skipped' }, true);
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i]!;
        const why = skipReason(opts.skips, c.id);
        const concurrency = opts.concurrency[i % opts.concurrency.length]!;
        report(
          why ? { id: c.id, dir: c.dir, fork: c.network, status: 'skipped', detail: why } : await runStateTestCase(c, concurrency, opts.engine),
          i === cases.length - 1,
        );
      }
    } else {
      let tests: ReturnType<typeof loadBlockchainTests>;
      try {
        tests = evenlySpaced(loadBlockchainTests(file, root), opts.testsPerFile);
      } catch (e) {
        unreadable(e);
        continue;
      }
      for (let i = 0; i < tests.length; i++) {
        const t = tests[i]!;
        const why = skipReason(opts.skips, t.id);
        if (why) {
          report({ id: t.id, dir: t.dir, fork: t.network.name, status: 'skipped', detail: why }, i === tests.length - 1);
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

/** At most `k` items of `all`, evenly spaced from the first (all of them when `k` is unset or 0). */
function evenlySpaced<T>(all: T[], k: number | undefined): T[] {
  return k && all.length > k ? Array.from({ length: k }, (_, j) => all[Math.floor((j * all.length) / k)]!) : all;
}
