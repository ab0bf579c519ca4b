import type { ExecutionMetrics } from '../types.js';
import type { PoolFailure } from './pool.js';

/**
 * Why a block runs on the sequential path when a parallel one (Block-STM or pipelined) cannot go
 * on: thrown by their steps, caught by `executeBlock`, which then runs the sequential engine from
 * the untouched pre-state (a rule's reason is returned instead: `parallelPreState`).
 */
export class Fallback extends Error {
  constructor(
    readonly reason: string,
    readonly metrics: Partial<ExecutionMetrics> = {},
  ) {
    super(reason);
  }
}

/**
 * A pre-state read the coordinator makes outside the guarded engines failed: the sequential path
 * then reads it again and reports the typed error (StateReadError with the transaction).
 */
export function unreadablePreState(e: unknown): Fallback {
  return new Fallback(`the pre-state could not be read (${(e as Error)?.message ?? e})`);
}

/** A run's worker failures as `metrics` (the first line of each reason) and how many workers were replaced. */
export function workerFailureMetrics(failures: readonly PoolFailure[], replaced: number): { workerFailures: string[]; workersReplaced: number } {
  return { workerFailures: failures.map((f) => f.reason.split('\n')[0]!), workersReplaced: replaced };
}
