/**
 * What a worker's two jobs share (`worker.ts`: sender recovery for the pipelined path;
 * `blockStmJob.ts`: Block-STM): their metrics before they start, and fault injection.
 */
import type { WorkerMetrics } from './worker.js';
/** A job's {@link WorkerMetrics} before it starts: every counter and time 0. */
export declare function emptyMetrics(): WorkerMetrics;
/** Fault injection (tests only, `WorkerFault` in executeBlock.ts): the worker throws, exits or hangs. */
export declare function injectFault(kind: 'throw' | 'exit' | 'hang'): never;
