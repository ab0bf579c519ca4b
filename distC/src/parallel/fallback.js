/**
 * Why a block runs on the sequential path when a parallel one (Block-STM or pipelined) cannot go
 * on: thrown by their steps, caught by `executeBlock`, which then runs the sequential engine from
 * the untouched pre-state (a rule's reason is returned instead: `parallelPreState`).
 */
export class Fallback extends Error {
    reason;
    metrics;
    constructor(reason, metrics = {}) {
        super(reason);
        this.reason = reason;
        this.metrics = metrics;
    }
}
/** A run's worker failures as `metrics` (the first line of each reason) and how many workers were replaced. */
export function workerFailureMetrics(failures, replaced) {
    return { workerFailures: failures.map((f) => f.reason.split('\n')[0]), workersReplaced: replaced };
}
//# sourceMappingURL=fallback.js.map