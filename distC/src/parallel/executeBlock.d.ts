import { type EngineName } from '../execute/engine.js';
import { type BlockInput } from '../execute/lifecycle.js';
import type { StateReader } from '../state/reader.js';
import type { BlockResult } from '../types.js';
import { type WorkerPool } from './pool.js';
import { type ReexecutionBound } from './storm.js';
/** The parallel paths `executeBlock` can be asked for ({@link ParallelOptions.mode}). */
export declare const PARALLEL_MODES: readonly ["auto", "block-stm", "pipelined"];
/** One of {@link PARALLEL_MODES}; without `'auto'`, a path asked for by name (the fuzzer, the race hunt). */
export type ParallelMode = (typeof PARALLEL_MODES)[number];
/** Options of {@link executeBlock}. */
export interface ParallelOptions {
    /** Worker threads (default: available cores). More workers than cores is correct, not faster. */
    concurrency?: number;
    /**
     * Which parallel path runs (default `'auto'`): `'block-stm'` — Block-STM on the workers;
     * `'pipelined'` — the transactions in order on this thread while the workers recover their
     * senders (`parallel/pipelined.ts`); `'auto'` — Block-STM for blocks of heavy transactions
     * (≥ {@link BLOCK_STM_MIN_GAS_PER_TX} gas each on average, none with a gas limit of half the
     * block's gas or more) that its rules admit, pipelined otherwise. Blocks of fewer than
     * `minTransactions` run sequentially in every mode unless `force`; Block-STM's other rules
     * (`minGas`, plain calls to one contract, an in-memory pre-state, one-sender chains on the
     * reference engine) apply to Block-STM only.
     */
    mode?: ParallelMode;
    /** Run the parallel path even for blocks below the size threshold (tests, conformance); without `mode`, it is Block-STM. */
    force?: boolean;
    /** Blocks with fewer transactions run sequentially (default {@link MIN_PARALLEL_TXS}). */
    minTransactions?: number;
    /** Blocks whose header declares less gas used (gas; a header declaring 0 is exempt) run sequentially (default {@link MIN_PARALLEL_GAS}, {@link belowParallelGas}). */
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
    /** The EVM of the workers, the coordinator's system work and any sequential fallback (default {@link DEFAULT_ENGINE}). */
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
/** Default cap of one MVMemory buffer: 1 GiB. */
export declare const MAX_MVMEMORY_BYTES: number;
/**
 * The default deadline of a parallel run: 60 s plus 20 s per million gas the block can use
 * (11 min for a 30 Mgas block), so a hung worker or a livelock can never hang `executeBlock`: the
 * block then finishes sequentially. Generous on purpose: mainnet blocks run at 5–40 Mgas/s, but
 * gas-cheap hot loops (BlockchainTests bcExploitTest/DelegateCallSpam: ~1 Mgas/s) on a loaded
 * machine ran past 1 s per Mgas, and passing the deadline costs a sequential re-run.
 */
export declare function defaultDeadlineMs(gasLimit: bigint): number;
/**
 * On the reference engine (no lazy senders), above this share of one sender's transactions the
 * block is one nonce-ordered chain (e.g. a pool's payout block, mainnet 12520364: 650 of 660) and
 * runs sequentially. parevm's EVM applies senders lazily, so their transactions run in parallel.
 */
export declare const MAX_SENDER_CHAIN_SHARE = 0.5;
/**
 * Above this share of the block's transactions sent as plain calls (no input data) to one
 * contract, the block runs sequentially: each call runs that contract's receive or fallback code
 * on the same storage. The contracts called so in mainnet 6137495 (33 of 60 transactions) and
 * 6196166 (49 of 108; it updates slots 6–8 on every call) made their calls one chain, and the
 * blocks ran at 0.47–0.67× sequential in parallel at 2 workers. A plain transfer to an account
 * without code is a lazy credit instead, and calls with input data (an ERC-20's `transfer`)
 * mostly touch their own slots: neither counts. A heuristic from those two blocks; `force` skips it.
 */
export declare const MAX_PLAIN_CALL_SHARE = 0.4;
/**
 * Below this many transactions the parallel path lost on the mainnet fixtures at 2 workers
 * (`npm run bench:parallel`: 0.43–0.81× for the blocks of 9–24 transactions, ≥0.83× from 56 on,
 * 1.12–1.33× for 37 and 45), so such blocks run sequentially.
 */
export declare const MIN_PARALLEL_TXS = 32;
/**
 * Below this much gas used (the header's `gasUsed`, known before execution) the parallel path
 * lost on every mainnet fixture at 2 workers: the four blocks of 1.9–3.4 Mgas and 37–83
 * transactions (2641321, 19426587, 19933122, 19934116) ran at 0.51–0.97× sequential in
 * `npm run bench:parallel` (0.77–0.89× in an earlier run): the fixed cost of a parallel run
 * (encoding the block and pre-state, the merge) outweighs 10–25 ms of execution. Such blocks run
 * sequentially. The header may lie: that changes the path taken, never the result. A header that
 * declares no gas used (synthetic and fuzzed blocks) is not held to it.
 */
export declare const MIN_PARALLEL_GAS = 5000000n;
/**
 * The gas rule of the parallel path: `gasUsed` (the header's, gas) is declared (above 0) and below
 * `minGas`, so the block runs sequentially. A header declaring no gas used (synthetic and fuzzed
 * blocks) says nothing and is not held to it.
 * @example belowParallelGas(3_400_000n) // true
 */
export declare function belowParallelGas(gasUsed: bigint, minGas?: bigint): boolean;
/**
 * Executes a block on worker threads: with Block-STM (Gelashvili et al., PPoPP'23), the workers
 * sharing MVMemory and the scheduler through SharedArrayBuffers, or pipelined (`pipelined.ts`:
 * the workers recover the senders while this thread executes the transactions in order), as
 * `options.mode` and the block's transactions decide ({@link ParallelOptions.mode}). The result
 * equals {@link executeBlockSequential}'s field for field; `metrics` says which path ran and why.
 *
 * Falls back to sequential execution (and says so in `metrics.reason`) for small blocks, when
 * MVMemory is full or would exceed `maxMVMemoryBytes`, when a worker throws, exits, is
 * terminated, stalls on a sender (pipelined), fails to read the state or passes the deadline (`metrics.workerFailures`,
 * `metrics.workersReplaced`: the pool replaces such workers and serves the next block), and for
 * blocks that are invalid (so the typed error is the sequential one). A fault never gives a
 * wrong result: the block is then executed sequentially from the untouched pre-state.
 * @example
 * const fx = loadFixtureBlock('../shared/fixtures/mainnet', 14029313)
 * const result = await executeBlock(fx.blockJson, fx.state, { concurrency: 2 })
 * @throws the same typed errors as {@link executeBlockSequential} (StateReadError when the
 *   state reader throws, on the coordinator or while encoding the snapshot for the workers)
 */
export declare function executeBlock(input: BlockInput, state: StateReader, options?: ParallelOptions): Promise<BlockResult>;
/** {@link executeBlock} with {@link ParallelTestOptions} (fault injection): tests only. */
export declare function executeBlockWithFaults(input: BlockInput, state: StateReader, options?: ParallelTestOptions): Promise<BlockResult>;
/**
 * Below this average gas per transaction (the header's `gasUsed` over its transactions; the
 * transactions' gas limits when the header declares none), `mode: 'auto'` runs a block pipelined,
 * not on Block-STM: Block-STM's own cost per transaction (~2.5× the sequential engine's at 2
 * workers) outweighs parallel execution of light transactions, and recovery, most of such a
 * block's time, is as parallel on the pipelined path. Measured at 2 workers (`bench:parallel`,
 * medians of ≥ 3 runs): of the 30 mainnet fixture blocks of ≥ 5 Mgas, the 27 it runs pipelined
 * ran at 1.06–1.97× the sequential engine's speed, and at 0.70–1.50× on Block-STM itself;
 * Block-STM was ahead on 2 of them (12159808, 12244000, by 0.11–0.28×, within the run's noise),
 * pipelined on 25. Heavy transactions stay on Block-STM, whose execution scales with cores where
 * the pipelined path's is one thread's: the synthetic compute block (2,000 transactions of 1.2
 * Mgas) ran at 1.93–2.07× on Block-STM; pipelined it is bounded by sequential time ÷ execution
 * time (≈ 1.01×). A block of heavy transactions where one may use half its gas or more goes
 * pipelined too ({@link oneTransactionBound}).
 */
export declare const BLOCK_STM_MIN_GAS_PER_TX = 250000n;
