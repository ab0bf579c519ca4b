import type { BlockModel } from './model.js';
/** Engine costs outside the transactions' own execution and validation times (ms). */
export interface SimCosts {
    /** Per block: coordinator encoding, dispatch to the workers, worker setup, replies. */
    fixedMs: number;
    /** Delay before an idle worker sees a change of the scheduler's state. */
    pollMs: number;
}
/** Options of {@link simulateBlockSTM}. */
export interface SimOptions {
    threads: number;
    costs?: Partial<SimCosts>;
    /**
     * Time of the sequential engine on the block (ms), the numerator of `speedup`. Default: the
     * model's sender recovery plus execution times.
     */
    sequentialMs?: number;
    /** Keep every task interval (for a Gantt chart). */
    timeline?: boolean;
    /**
     * Factor on every transaction's execution, validation and recovery time (default 1: each thread
     * runs as fast as one thread alone). See `throughput.ts` for the factor of this machine.
     */
    slowdown?: number;
}
/** One task a virtual worker ran. Times in ms from the start of Block-STM. */
export interface TimelineEntry {
    thread: number;
    kind: 'execute' | 'validate';
    tx: number;
    incarnation: number;
    start: number;
    end: number;
    /**
     * execute: `final` (the incarnation that stands), `aborted` (recorded, later aborted),
     * `estimate` (stopped at an ESTIMATE read); validate: `valid` or `aborted`.
     */
    outcome: 'final' | 'aborted' | 'estimate' | 'valid';
}
/** What the simulated run did. Times in ms. */
export interface SimResult {
    threads: number;
    /** The factor applied to the transactions' times. */
    slowdown: number;
    /** fixed + recovery + Block-STM. */
    totalMs: number;
    fixedMs: number;
    recoveryMs: number;
    /** From the first task to the scheduler's completion. */
    blockStmMs: number;
    sequentialMs: number;
    /** `sequentialMs / totalMs`. */
    speedup: number;
    /** Execution starts (including restarts after an ESTIMATE). */
    executions: number;
    /** Incarnations beyond the first, summed over transactions. */
    reexecutions: number;
    validations: number;
    /** Validations that aborted an incarnation. */
    aborts: number;
    /** Incarnations parked on an ESTIMATE. */
    estimateWaits: number;
    /** Summed busy time of the workers (execute + validate) over threads × blockStmMs. */
    utilization: number;
    timeline?: TimelineEntry[];
}
/** Default costs: none (tests); `analyze` passes measured ones. */
export declare const NO_COSTS: SimCosts;
/**
 * Simulates the engine executing `model` on `options.threads` workers (see the module comment).
 * Deterministic: the same model and options give the same result.
 * @throws RangeError for a thread count below 1
 * @throws Error if the scheduler stops making progress (an engine or model inconsistency)
 */
export declare function simulateBlockSTM(model: BlockModel, options: SimOptions): SimResult;
