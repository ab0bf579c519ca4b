/** The verdict on one consensus test case (a state test post entry, or a whole blockchain test). */
export interface CaseOutcome {
    /** `<file relative to the suite root>::<test name>` plus `[d,g,v]` indexes for state tests. */
    id: string;
    /** Directory of the test file relative to the suite root (the summary groups by it). */
    dir: string;
    /** The test's network (`Cancun`, `Osaka`, `PragueToOsakaAtTime15k`); the summary groups by it too. */
    fork?: string;
    status: 'passed' | 'failed' | 'skipped';
    /** Failed: the first differing field or the unexpected error. Skipped: why (from the skip file). */
    detail?: string;
    /** Parallel engine path and re-executions, for the report. */
    path?: string;
}
