/**
 * What a worker's two jobs share (`worker.ts`: sender recovery for the pipelined path;
 * `blockStmJob.ts`: Block-STM): their metrics before they start, and fault injection.
 */
import type { WorkerMetrics } from './workerMessages.js';

/** A job's {@link WorkerMetrics} before it starts: every counter and time 0. */
export function emptyMetrics(): WorkerMetrics {
  return {
    executions: 0,
    validations: 0,
    estimateWaits: 0,
    setupMs: 0,
    recoverMs: 0,
    executeMs: 0,
    evmMs: 0,
    validateMs: 0,
    idleMs: 0,
    viewMs: 0,
    mvMemoryMs: 0,
    schedulerMs: 0,
    senderMs: 0,
  };
}

/** Fault injection (tests only, `WorkerFault` in options.ts): the worker throws, exits or hangs. */
export function injectFault(kind: 'throw' | 'exit' | 'hang'): never {
  if (kind === 'exit') process.exit(3);
  if (kind === 'hang') for (;;); // never returns to the event loop: only terminate() ends it
  throw new Error('injected worker fault');
}
