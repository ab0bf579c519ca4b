import type { CaseOutcome } from '../conformance/outcome.js';
import { type Suite } from '../conformance/suite.js';
import type { StateTestEngine } from '../conformance/stateTests.js';
/** Options of {@link testVectorsCommand} (the `parevm test-vectors` flags). */
export interface TestVectorsOptions {
    /** ethereum/tests root. */
    fixtures: string;
    /** execution-spec-tests root (default `../shared/fixtures/eest`). */
    eestFixtures?: string;
    suites: Suite[];
    filter?: string;
    exclude?: string;
    sample?: number;
    concurrency: number[];
    /** State tests: the engine checked against the sequential reference (default the parallel one). */
    engine?: StateTestEngine;
    json?: boolean;
    progress: boolean;
}
/** Per-directory counts of a run. */
export interface DirSummary {
    dir: string;
    passed: number;
    failed: number;
    skipped: number;
}
/** Per-network counts of a run (`fork`: the test's network, e.g. `Osaka`, `PragueToOsakaAtTime15k`). */
export interface ForkSummary {
    fork: string;
    passed: number;
    failed: number;
    skipped: number;
}
/** Groups outcomes by directory, in first-seen order. */
export declare function summarize(outcomes: CaseOutcome[]): DirSummary[];
/** Groups outcomes by network, in first-seen order (outcomes without one under `(file)`: a file that did not parse). */
export declare function summarizeForks(outcomes: CaseOutcome[]): ForkSummary[];
/**
 * `parevm test-vectors`: runs the consensus tests through the parallel engine and the sequential
 * reference; prints a summary by directory, the skips with their reasons and the failures with
 * the first differing field. Returns the exit status (1 if anything failed).
 */
export declare function testVectorsCommand(opts: TestVectorsOptions): Promise<number>;
