/**
 * The options of `executeBlock` ({@link ParallelOptions}), the test-only fault injection, and the
 * defaults they fall back to (the pool, the deadline, MVMemory's cap).
 */
import { availableParallelism } from 'node:os';
import type { EngineName } from '../execute/engine.js';
import { sharedPool, type WorkerPool } from './pool.js';
import type { ReexecutionBound } from './storm.js';

/** The parallel paths `executeBlock` can be asked for ({@link ParallelOptions.mode}). */
export const PARALLEL_MODES = ['auto', 'block-stm', 'pipelined'] as const;
/** One of {@link PARALLEL_MODES}; without `'auto'`, a path asked for by name (the fuzzer, the race hunt). */
export type ParallelMode = (typeof PARALLEL_MODES)[number];

/** Options of `executeBlock` (executeBlock.ts). */
export interface ParallelOptions {
  /** Worker threads (default: available cores). More workers than cores is correct, not faster. */
  concurrency?: number;
  /**
   * Which parallel path runs (default `'auto'`): `'block-stm'` — Block-STM on the workers;
   * `'pipelined'` — the transactions in order on this thread while the workers recover their
   * senders (`parallel/pipelined.ts`); `'auto'` — Block-STM for blocks of heavy transactions
   * (≥ `BLOCK_STM_MIN_GAS_PER_TX`, route.ts, gas each on average, none with a gas limit of half the
   * block's gas or more) that its rules admit (`MIN_PARALLEL_TXS` transactions or more among
   * them, whatever `minTransactions` says; only `force` runs fewer there), pipelined otherwise.
   * Blocks of fewer than `minTransactions` run sequentially in every mode unless `force`;
   * Block-STM's other rules (`minGas`, plain calls to one contract, an in-memory pre-state,
   * one-sender chains on the reference engine) apply to Block-STM only.
   */
  mode?: ParallelMode;
  /** Run the parallel path even for blocks below the size threshold (tests, conformance); without `mode`, it is Block-STM. */
  force?: boolean;
  /** Blocks with fewer transactions run sequentially (default, route.ts: `MIN_PARALLEL_TXS` in mode `'block-stm'`, `MIN_PIPELINED_TXS` in the others). */
  minTransactions?: number;
  /** Blocks whose header declares less gas used (gas; a header declaring 0 is exempt) run sequentially (default `MIN_PARALLEL_GAS`, route.ts: `belowParallelGas`). */
  minGas?: bigint;
  /** A pool to use instead of the process-wide warm pool. */
  pool?: WorkerPool;
  /**
   * Give up on the workers after this long (ms), terminate and replace those still running, and
   * finish the block sequentially; 0 = no deadline. Default {@link defaultDeadlineMs}.
   */
  deadlineMs?: number;
  /**
   * Most bytes of SharedArrayBuffer one MVMemory may take (default {@link MAX_MVMEMORY_BYTES}); a
   * block whose layout needs more runs sequentially.
   */
  maxMVMemoryBytes?: number;
  /** The EVM of the workers, the coordinator's system work and any sequential fallback (default `DEFAULT_ENGINE`, execute/engine.ts). */
  engine?: EngineName;
  /**
   * Re-execution bound (src/parallel/storm.ts): halt a run that wastes too much execution time
   * and finish the block sequentially from its committed prefix. `false` disables it.
   */
  reexecutionBound?: ReexecutionBound | false;
}

/** {@link ParallelOptions} plus fault injection: for the engine's own tests, not part of the public API. */
export interface ParallelTestOptions extends ParallelOptions {
  /** See {@link WorkerFault}. */
  fault?: WorkerFault;
}

/**
 * A fault injected into worker `workerIndex` once it has started `afterExecutions` executions, or
 * when its loop ends if the other workers left it fewer (tests of the fault paths; never set in
 * production):
 * - `throw`: the worker throws out of its Block-STM loop;
 * - `exit`: the worker calls `process.exit(3)`;
 * - `hang`: the worker busy-loops forever (never returns to its event loop) — only the
 *   deadline ends it;
 * - `read`: every pre-state read of the worker throws from then on (a failing state read inside
 *   a worker);
 * - `terminate`: the coordinator calls `worker.terminate()` on it from outside once the block
 *   has started that many executions in all (`afterExecutions` counts the whole block here).
 *
 * On the pipelined path a worker only recovers senders: `throw`, `exit` and `hang` fire after
 * `afterExecutions` recoveries (`afterRecoveries` of its job); `read` and `terminate` are not
 * injected there (its workers read no state).
 */
export interface WorkerFault {
  workerIndex: number;
  kind: 'throw' | 'exit' | 'hang' | 'read' | 'terminate';
  afterExecutions: number;
}

/** The pool a block runs on: `options.pool`, or the process-wide warm pool of `concurrency` workers. */
export function poolOf(options: ParallelOptions): WorkerPool {
  return options.pool ?? sharedPool(Math.max(1, options.concurrency ?? availableParallelism()));
}

/** Default cap of one MVMemory buffer: 1 GiB. */
export const MAX_MVMEMORY_BYTES = 1 << 30;

/**
 * The default deadline of a parallel run: 60 s plus 20 s per million gas the block can use
 * (11 min for a 30 Mgas block), so a hung worker or a livelock can never hang `executeBlock`: the
 * block then finishes sequentially. Generous on purpose: mainnet blocks run at 5–40 Mgas/s, but
 * gas-cheap hot loops (BlockchainTests bcExploitTest/DelegateCallSpam: ~1 Mgas/s) on a loaded
 * machine ran past 1 s per Mgas, and passing the deadline costs a sequential re-run.
 */
export function defaultDeadlineMs(gasLimit: bigint): number {
  // setTimeout takes at most 2^31−1 ms (~24.8 days); test blocks have gas limits near 2^63.
  return Math.min(60_000 + Number(gasLimit / 1_000_000n) * 20_000, 2 ** 31 - 1);
}
