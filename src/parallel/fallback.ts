import type { ExecutionMetrics } from '../types.js';

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
