import type { ExecutionMetrics } from '../types.js';
import type { PoolFailure } from './pool.js';
/**
 * Why a block runs on the sequential path when a parallel one (Block-STM or pipelined) cannot go
 * on: thrown by their steps, caught by `executeBlock`, which then runs the sequential engine from
 * the untouched pre-state (a rule's reason is returned instead: `parallelPreState`).
 */
export declare class Fallback extends Error {
    readonly reason: string;
    readonly metrics: Partial<ExecutionMetrics>;
    constructor(reason: string, metrics?: Partial<ExecutionMetrics>);
}
/** A run's worker failures as `metrics` (the first line of each reason) and how many workers were replaced. */
export declare function workerFailureMetrics(failures: readonly PoolFailure[], replaced: number): {
    workerFailures: string[];
    workersReplaced: number;
};
