import type { CaseOutcome } from './outcome.js';
import { type SkipList } from './skips.js';
import { type StateTestEngine } from './stateTests.js';
/** Default location of the consensus tests (ethereum/tests, filled for Cancun). */
export declare const DEFAULT_TEST_VECTORS = "../shared/fixtures/ethereum-tests";
/** Default location of the execution-spec-tests fixtures (release tests-v5.4.0: Prague, Osaka, BPO forks). */
export declare const DEFAULT_EEST_VECTORS = "../shared/fixtures/eest";
/**
 * The suites: ethereum/tests GeneralStateTests (`state`) and BlockchainTests (`blockchain`) under
 * `--fixtures`; execution-spec-tests `state_tests` (`eest-state`) and `blockchain_tests`
 * (`eest-blockchain`) under `--eest-fixtures`.
 */
export declare const SUITES: readonly ["state", "blockchain", "eest-state", "eest-blockchain"];
export type Suite = (typeof SUITES)[number];
/** The fixture root a suite's files and ids are relative to. */
export declare function suiteRoot(suite: Suite, opts: Pick<SuiteOptions, 'root' | 'eestRoot'>): string;
/** Every `.json` file under `dir`, sorted. */
export declare function jsonFiles(dir: string): string[];
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
/**
 * The test files a run covers, as [suite, file].
 * @throws FixtureNotFoundError when a suite's directory is missing under `root`
 */
export declare function selectFiles(opts: Pick<SuiteOptions, 'root' | 'eestRoot' | 'suites' | 'filter' | 'exclude' | 'sample'>): [Suite, string][];
/**
 * Runs the consensus tests: every selected state test entry through the parallel path and the
 * sequential reference, every blockchain test at each concurrency. Skips come only from the skip
 * list. Returns every outcome.
 */
export declare function runSuite(opts: SuiteOptions): Promise<CaseOutcome[]>;
