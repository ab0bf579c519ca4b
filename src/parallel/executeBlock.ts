import { availableParallelism } from 'node:os';
import { ParevmError, SenderMismatchError, StateReadError } from '../errors.js';
import type { DecodedBlock } from '../block/decode.js';
import { type BlockEngine, DEFAULT_ENGINE, type EngineName, createBlockEngine } from '../execute/engine.js';
import type { StateChanges } from '../state/changes.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { type BlockInput, assembleResult, postBlock, preBlock, rpcBlockJson, toDecoded, transactionCount } from '../execute/lifecycle.js';
import { guarded } from '../state/guarded.js';
import type { StateReader } from '../state/reader.js';
import type { TypedTransaction } from '@ethereumjs/tx';
import { encodeSharedSnapshot } from '../state/sharedSnapshot.js';
import { SnapshotState } from '../state/snapshot.js';
import { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, ExecutionMetrics, Receipt } from '../types.js';
import { MVMemory, MVMemoryFullError, type MVMemoryLayout, layoutBytes, layoutFor, spareMVMemory } from './mvMemory.js';
import { sharedPool, type WorkerPool } from './pool.js';
import { LazyBlock } from './lazyBlock.js';
import { TransactionBuffer, TransactionReader, spareTransactions } from './transactionBuffer.js';
import { type RecoveryRules, recoveryRules } from '../block/senders.js';
import { MAINNET } from '../block/chains.js';
import { createChainCommon, hardforkFor } from '../block/hardfork.js';
import { parseHexQuantity } from '../block/json.js';
import { transactionFieldsFromRpc } from '../block/rpcTransaction.js';
import type { TransactionFields } from '../block/transactionEncoding.js';
import { RecoveryBuffer, spareRecovery } from './recovery.js';
import { SpareBuffer } from './spareBuffer.js';
import { sharedBufferOf } from '../state/sharedBuffer.js';
import { Scheduler } from './scheduler.js';
import { type ReexecutionBound, committedPrefix, runSequentialTail, stormParameters } from './storm.js';
import { ChangesOverlay } from '../state/overlay.js';
import { LocationKeys, lazySender } from './txView.js';
import { type BlockSeeds, blockSeeds } from './seeds.js';
import { blockAuthorities } from './incarnation.js';
import { lazySenderFallback, mergeWrites } from './merge.js';
import type { BlockJob, WorkerReply } from './worker.js';
import { type Output, unpackOutputs } from './outputCodec.js';
import { Fallback, workerFailureMetrics } from './fallback.js';
import { type PipelinedOptions, type PipelinedStart, endPipelined, executePipelined, startPipelined } from './pipelined.js';
import { ReceiptStream, spareReceiptStream } from './receiptStream.js';
import { gasBound } from '../block/limits.js';

/** The parallel paths `executeBlock` can be asked for ({@link ParallelOptions.mode}). */
export const PARALLEL_MODES = ['auto', 'block-stm', 'pipelined'] as const;
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

/** The pre-state encoding kept for the next block ({@link SpareBuffer}). */
const spareSnapshot = new SpareBuffer(64 << 20);
/** The scheduler buffer kept for the next block (a few hundred KB for 2,000 transactions; the transactions' and recovery's: `spareTransactions`, `spareRecovery`). */
const spareScheduler = new SpareBuffer(4 << 20);

/** The pool a block runs on: `options.pool`, or the process-wide warm pool of `concurrency` workers. */
function poolOf(options: ParallelOptions): WorkerPool {
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

/**
 * On the reference engine (no lazy senders), above this share of one sender's transactions the
 * block is one nonce-ordered chain (e.g. a pool's payout block, mainnet 12520364: 650 of 660) and
 * runs sequentially. parevm's EVM applies senders lazily, so their transactions run in parallel.
 */
export const MAX_SENDER_CHAIN_SHARE = 0.5;

function longestSenderChain(senders: (string | undefined)[]): number {
  const counts = new Map<string, number>();
  let max = 0;
  for (const s of senders) if (s !== undefined) max = Math.max(max, counts.set(s, (counts.get(s) ?? 0) + 1).get(s)!);
  return max;
}

/**
 * Above this share of the block's transactions sent as plain calls (no input data) to one
 * contract, the block runs sequentially: each call runs that contract's receive or fallback code
 * on the same storage. The contracts called so in mainnet 6137495 (33 of 60 transactions) and
 * 6196166 (49 of 108; it updates slots 6–8 on every call) made their calls one chain, and the
 * blocks ran at 0.47–0.67× sequential in parallel at 2 workers. A plain transfer to an account
 * without code is a lazy credit instead, and calls with input data (an ERC-20's `transfer`)
 * mostly touch their own slots: neither counts. A heuristic from those two blocks; `force` skips it.
 */
export const MAX_PLAIN_CALL_SHARE = 0.4;

/**
 * The contract (lowercase `0x` hex) receiving the most plain calls (value transfers without input
 * data) of `txs`, and how many; accounts without code (credited lazily) are not counted.
 * @throws Fallback when `state` cannot be read (the sequential path then reports its typed error)
 */
function busiestPlainCallee(txs: readonly TypedTransaction[], state: StateReader): { address: string; calls: number } | undefined {
  const counts = new Map<string, number>();
  const hasCode = new Map<string, boolean>();
  let best: { address: string; calls: number } | undefined;
  for (const tx of txs) {
    if (tx.to === undefined || tx.data.length > 0) continue;
    const to = tx.to.toString();
    let code = hasCode.get(to);
    if (code === undefined) {
      try {
        code = state.account(to)?.codeHash !== undefined;
      } catch (e) {
        throw unreadablePreState(e);
      }
      hasCode.set(to, code);
    }
    if (!code) continue;
    const calls = (counts.get(to) ?? 0) + 1;
    counts.set(to, calls);
    if (!best || calls > best.calls) best = { address: to, calls };
  }
  return best;
}

/**
 * Below this many transactions the parallel path lost on the mainnet fixtures at 2 workers
 * (`npm run bench:parallel`: 0.43–0.81× for the blocks of 9–24 transactions, ≥0.83× from 56 on,
 * 1.12–1.33× for 37 and 45), so such blocks run sequentially.
 */
export const MIN_PARALLEL_TXS = 32;

/**
 * Below this much gas used (the header's `gasUsed`, known before execution) the parallel path
 * lost on every mainnet fixture at 2 workers: the four blocks of 1.9–3.4 Mgas and 37–83
 * transactions (2641321, 19426587, 19933122, 19934116) ran at 0.51–0.97× sequential in
 * `npm run bench:parallel` (0.77–0.89× in an earlier run): the fixed cost of a parallel run
 * (encoding the block and pre-state, the merge) outweighs 10–25 ms of execution. Such blocks run
 * sequentially. The header may lie: that changes the path taken, never the result. A header that
 * declares no gas used (synthetic and fuzzed blocks) is not held to it.
 */
export const MIN_PARALLEL_GAS = 5_000_000n;

/**
 * The gas rule of the parallel path: `gasUsed` (the header's, gas) is declared (above 0) and below
 * `minGas`, so the block runs sequentially. A header declaring no gas used (synthetic and fuzzed
 * blocks) says nothing and is not held to it.
 * @example belowParallelGas(3_400_000n) // true
 */
export function belowParallelGas(gasUsed: bigint, minGas: bigint = MIN_PARALLEL_GAS): boolean {
  return gasUsed > 0n && gasUsed < minGas;
}

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
export function executeBlock(input: BlockInput, state: StateReader, options: ParallelOptions = {}): Promise<BlockResult> {
  // Not async: the promise as it is, without a wrapping one's turns of the microtask queue.
  return executeBlockWithFaults(input, state, options);
}

/** {@link executeBlock} with {@link ParallelTestOptions} (fault injection): tests only. */
export async function executeBlockWithFaults(input: BlockInput, state: StateReader, options: ParallelTestOptions = {}): Promise<BlockResult> {
  const t0 = performance.now();
  const engineName = options.engine ?? DEFAULT_ENGINE;
  // Too few transactions, counted without decoding: straight to the sequential engine. Through
  // the early start's checks, decoding and the route, the empty block 19910734 (~50 µs decoded)
  // took 3.1 µs more than sequentially, now 1.3–1.5 µs (timed from here).
  const count = transactionCount(input);
  const few = count === undefined ? undefined : tooFewTransactions(count, options);
  if (few !== undefined) return runSequentially(input, state, engineName, t0, undefined, few, {});
  // A block given as JSON that runs pipelined by its size alone: its workers start recovering
  // senders from the JSON's fields now, while this thread decodes it (mainnet 14396881: 15 ms of
  // decoding, ~70 ms of recovery).
  const starting = earlyPipelined(input, options);
  // No await for a block that does not start early (most calls: a decoded block): a turn of the
  // microtask queue per block, which an empty block (0.3 ms) would feel.
  const early = starting === undefined ? undefined : await starting;
  let decoded: DecodedBlock;
  let decodeMs: number;
  try {
    ({ decoded, decodeMs } = toDecoded(input));
  } catch (e) {
    if (early) await endPipelined(early.start, 'abandoned', early.options);
    throw e;
  }
  // The early start is part of decoding: every millisecond before the block's phases counts.
  if (early) decodeMs = performance.now() - t0;
  // Every millisecond after decoding lands in a phase (recovery, execution, post-block), as in
  // the sequential engine: blockTimeMs compares the two. Counted from the call's start less the
  // decoding, so a pause around `toDecoded` (a garbage collection: 4 ms once under the full test
  // suite) lands in execution, not between phases.
  const tStart = t0 + decodeMs;
  /** The sequential path, after the parallel one was ruled out or gave up: `reason` and `metrics` say why. */
  const sequentially = (reason: string, metrics: Partial<ExecutionMetrics>): Promise<BlockResult> =>
    runSequentially(decoded, state, engineName, t0, decodeMs, reason, metrics);
  /** The Block-STM run's receipt stream, once its receipts are known: closed on every way out (its workers' tasks end). */
  let stream: ReceiptStream | undefined;
  /** The early run until the pipelined path takes it, or it is given up on (on every other way out: a route the decoded block's numbers changed, a throw). */
  let pending = early;
  const abandonEarly = async (): Promise<void> => {
    const run = pending;
    pending = undefined;
    if (run) await endPipelined(run.start, 'abandoned', run.options);
  };
  try {
    const route = chooseRoute(decoded, state, options);
    // The same rule on the same numbers: only a JSON that decodes to other ones (a transaction
    // with both `gas` and `gasLimit`, the header declaring no gas used) gets here.
    if (route.path !== 'pipelined') await abandonEarly();
    if (route.path === 'sequential') return await sequentially(route.reason, {});
    if (route.path === 'pipelined') {
      const handed = pending;
      pending = undefined;
      const r = await executePipelined(
        decoded,
        state,
        handed?.options ?? pipelinedOptions(options, decoded.block.header.gasLimit),
        { t0, decodeMs },
        handed?.start,
      );
      if (route.reason) r.metrics!.reason = route.reason;
      return r;
    }
    const snapshotState = route.state;
    const run = await runBlockStm(decoded, snapshotState, () => preBlockOnCoordinator(decoded, snapshotState, engineName), options);
    const pre = run.pre;
    // An invalid signature first, as the sequential engine reports it (the workers halted on it).
    const unrecovered = run.recovery.firstUnrecovered();
    if (unrecovered >= 0) throw new Fallback(`transaction ${unrecovered} has an invalid signature`);
    const { receipts, committed } = committedReceipts(decoded, run, pre.base);
    const tPost = performance.now();
    // Post-block work off the coordinator (issue 16 item 4): the receipts root needs only the
    // final receipts, so the idle workers hash their trie's leaves from a receipt stream while the
    // merge runs here; the coordinator then hashes what they left and builds the rest of the trie
    // (a log-heavy block's leaves hold megabytes: 15537394 waited 9 ms for one worker hashing
    // them all). A sequential tail after a storm halt publishes its receipts as they come.
    stream = ReceiptStream.forBlock(decoded.block);
    for (let i = 0; i < committed; i++) stream.publish(i, receipts[i]!);
    const receiptStream = stream;
    // Fewer than two receipts: no leaf to share (the root is computed here).
    const tasks =
      decoded.block.transactions.length < 2
        ? []
        : Array.from({ length: run.pool.size }, () => run.pool.task({ type: 'receiptLeaves', receipts: receiptStream.buffer }));
    // Every task done: no worker reads the buffer any more, the next block's stream may reuse it.
    // A task that failed left its leaves to the coordinator (`metrics.receiptLeavesOnWorkers`);
    // one that timed out may still be hashing into the buffer, so after any failure it is dropped.
    void Promise.all(tasks).then(
      () => spareReceiptStream.keep(receiptStream.buffer),
      () => {},
    );
    // After the tasks are posted: the workers start while the senders are checked here (a
    // mismatch throws the sequential engine's typed error, which a fallback would throw too).
    const senders = recoveredSenders(decoded, run.recovery);
    mergeWrites(
      run.mv,
      committed,
      pre.sm,
      decoded.block.header.coinbase.toString(),
      decoded.common.gteHardfork('spuriousDragon'),
      lazySenderFallback(pre.sm, decoded.block, senders),
    );
    const mergeMs = performance.now() - tPost;
    // Every worker is done with them: the next block reuses them.
    spareMVMemory.keep(run.mv.buffer);
    spareSnapshot.keep(run.snapshot);
    const tailMs = await sequentialTail(decoded, pre, run, committed, receipts, (i, receipt) => receiptStream.publish(i, receipt));
    const requests = await postBlock(pre.engine.host, pre.sm, decoded, receipts, pre.notes);
    const recoveryMs = Math.max(...run.replies.map((r) => r.metrics.recoverMs));
    const result = await assembleResult(decoded, pre.sm, {
      senders,
      receipts,
      requests,
      notes: pre.notes,
      receiptsRoot: () => receiptStream.root(receipts),
      // Recovery: every worker recovers its stride first, so the slowest stride is the phase's wall
      // time (a sender recovered on demand later counts as execution). Execution: from decoding to
      // the post-block work (the coordinator's own steps included), recovery out.
      timings: { decodeMs, senderRecoveryMs: recoveryMs, executionMs: tPost - tStart - recoveryMs + tailMs, postBlockMs: 0, totalMs: 0 },
    });
    result.metrics = {
      ...parallelMetrics(run, committed, decoded.block.transactions.length),
      encodeMs: run.encodeMs,
      mergeMs,
      receiptLeavesOnWorkers: receiptStream.leavesOnWorkers,
    };
    const end = performance.now();
    result.timings.postBlockMs = end - tPost - tailMs;
    result.timings.totalMs = end - t0;
    // Nothing reads them any more (the sequential tail and the metrics were the last).
    spareTransactions.keep(run.buffers.transactions);
    spareScheduler.keep(run.buffers.scheduler);
    spareRecovery.keep(run.buffers.recovery);
    return result;
  } catch (e) {
    stream?.close();
    await abandonEarly();
    if (!(e instanceof Fallback)) throw e;
    return sequentially(e.reason, e.metrics);
  }
}

/**
 * The sequential engine's run of a block the parallel path ruled out or gave up on, timed from
 * `t0`, the parallel call's start: the attempt's time counts (a block that falls back costs it and
 * the sequential run), in execution with whatever else the call waited for (a failed worker's
 * replacement may run on the event loop between the two runs), so the phases add up.
 * `decodeMs`: the parallel path's decoding (`input` is then decoded); undefined, the sequential
 * engine's own. `metrics.reason` says why.
 */
async function runSequentially(
  input: BlockInput,
  state: StateReader,
  engine: EngineName,
  t0: number,
  decodeMs: number | undefined,
  reason: string,
  metrics: Partial<ExecutionMetrics>,
): Promise<BlockResult> {
  const r = await executeBlockSequential(input, state, { engine });
  const t = r.timings;
  if (decodeMs !== undefined) t.decodeMs = decodeMs;
  t.totalMs = performance.now() - t0;
  t.executionMs = t.totalMs - t.decodeMs - t.senderRecoveryMs - t.postBlockMs;
  r.metrics = { path: 'sequential', reason, workers: 0, ...metrics };
  return r;
}

/**
 * A pre-state read the coordinator makes outside the guarded engines failed: the sequential path
 * then reads it again and reports the typed error (StateReadError with the transaction).
 */
function unreadablePreState(e: unknown): Fallback {
  return new Fallback(`the pre-state could not be read (${(e as Error)?.message ?? e})`);
}

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
export const BLOCK_STM_MIN_GAS_PER_TX = 250_000n;

/**
 * Why `mode: 'auto'` runs a block of heavy transactions pipelined, or undefined: one transaction's
 * gas limit is half the block's gas ({@link blockGas}) or more. Block-STM then runs no faster
 * than that one transaction, so at best the rest runs beside it, and Block-STM's own cost per
 * transaction outweighs that.
 * Mainnet 15537394 (80 transactions; one of 21.2 of its 30 Mgas, limit 26 M): 0.77–0.92× on
 * Block-STM, 0.95–1.05× pipelined (2 workers, 3 alternated processes each).
 */
function oneTransactionBound(decoded: DecodedBlock): string | undefined {
  const txs = decoded.block.transactions;
  const gas = blockGas(decoded);
  let heaviest = 0;
  for (let i = 1; i < txs.length; i++) if (txs[i]!.gasLimit > txs[heaviest]!.gasLimit) heaviest = i;
  const limit = txs[heaviest]?.gasLimit ?? 0n;
  if (gas === 0n || 2n * limit < gas) return undefined;
  return `one transaction may use half the block's gas or more (transaction ${heaviest}: gas limit ${limit} of ${gas}), which bounds Block-STM`;
}

/** The pipelined path's options under `options`, for a block of gas limit `gasLimit` (its default deadline). */
function pipelinedOptions(options: ParallelTestOptions, gasLimit: bigint): PipelinedOptions {
  const fault = options.fault;
  const pipelinedFault =
    fault && fault.kind !== 'read' && fault.kind !== 'terminate'
      ? { workerIndex: fault.workerIndex, kind: fault.kind, afterRecoveries: fault.afterExecutions }
      : undefined;
  return {
    pool: poolOf(options),
    engine: options.engine ?? DEFAULT_ENGINE,
    deadlineMs: options.deadlineMs ?? defaultDeadlineMs(gasLimit),
    ...(pipelinedFault ? { fault: pipelinedFault } : {}),
  };
}

/**
 * The pipelined run of a block given as RPC JSON, started before the block is decoded
 * ({@link startPipelined}, on {@link transactionFieldsFromRpc}'s fields) when {@link sizeRoute}
 * runs it pipelined by its header's numbers; undefined (at once, not a promise of it) when it does
 * not, or when the JSON is not a mainnet block whose every transaction's fields read (the block
 * then starts as usual, after decoding, and reports whatever is wrong with it). Not with a fault
 * injected: the fault tests count the workers' recoveries from the block's start.
 */
function earlyPipelined(
  input: BlockInput,
  options: ParallelTestOptions,
): Promise<{ start: PipelinedStart; options: PipelinedOptions } | undefined> | undefined {
  const json = options.fault ? undefined : rpcBlockJson(input);
  if (!json || !Array.isArray(json.transactions)) return undefined;
  const number = parseHexQuantity(json.number);
  const timestamp = parseHexQuantity(json.timestamp);
  const gasUsed = parseHexQuantity(json.gasUsed);
  const gasLimit = parseHexQuantity(json.gasLimit);
  if (number === undefined || timestamp === undefined || gasUsed === undefined || gasLimit === undefined) return undefined;
  const txs: TransactionFields[] = [];
  for (const t of json.transactions) {
    const fields = transactionFieldsFromRpc(t);
    if (!fields) return undefined;
    txs.push(fields);
  }
  if (sizeRoute(txs.length, gasOf(gasUsed, txs), options)?.path !== 'pipelined') return undefined;
  let rules: RecoveryRules;
  try {
    rules = recoveryRules(createChainCommon(hardforkFor(number, timestamp, MAINNET), MAINNET));
  } catch {
    return undefined; // an unsupported hardfork: decoding reports it
  }
  const pipelined = pipelinedOptions(options, gasLimit);
  // A start that fails leaves nothing running: the block then starts as usual.
  return startPipelined(txs, gasBound(txs, gasLimit), rules, pipelined).then(
    (start) => ({ start, options: pipelined }),
    () => undefined,
  );
}

/** Where a block runs ({@link chooseRoute}). */
type Route = { path: 'parallel'; state: SnapshotState } | { path: 'pipelined'; reason?: string } | { path: 'sequential'; reason: string };

/**
 * The path of a block under `options.mode` ({@link ParallelOptions.mode}): the size rules first
 * (too few transactions: sequential, unless `force`), then Block-STM where chosen and admitted by
 * its rules ({@link parallelPreState}), pipelined otherwise (it needs no in-memory pre-state and
 * no rule of Block-STM's: it executes in order).
 */
function chooseRoute(decoded: DecodedBlock, state: StateReader, options: ParallelOptions): Route {
  const mode = routeMode(options);
  const bySize = sizeRoute(decoded.block.transactions.length, blockGas(decoded), options);
  if (bySize) return bySize;
  if (mode === 'auto') {
    const bound = oneTransactionBound(decoded);
    if (bound !== undefined) return { path: 'pipelined', reason: bound };
  }
  const preState = parallelPreState(decoded, state, options);
  if (typeof preState !== 'string') return { path: 'parallel', state: preState };
  return mode === 'auto' ? { path: 'pipelined', reason: `not Block-STM: ${preState}` } : { path: 'sequential', reason: preState };
}

/** The mode a block runs under: `options.mode`, else Block-STM when forced, else `'auto'`. */
function routeMode(options: ParallelOptions): ParallelMode {
  return options.mode ?? (options.force ? 'block-stm' : 'auto');
}

/**
 * {@link chooseRoute}'s rules that need only a block's transaction count and gas ({@link blockGas}),
 * known from its JSON before decoding it: sequential below `minTransactions` (unless `force`),
 * pipelined in mode `'pipelined'`, or in mode `'auto'` for light transactions; undefined when the
 * rest of the block decides.
 */
function sizeRoute(txCount: number, gas: bigint, options: ParallelOptions): Route | undefined {
  const mode = routeMode(options);
  const few = tooFewTransactions(txCount, options);
  if (few !== undefined) return { path: 'sequential', reason: few };
  if (mode === 'pipelined') return { path: 'pipelined' };
  if (mode === 'auto') {
    const perTx = txCount === 0 ? 0n : gas / BigInt(txCount);
    if (perTx < BLOCK_STM_MIN_GAS_PER_TX)
      return { path: 'pipelined', reason: `light transactions (${perTx} gas each on average, below ${BLOCK_STM_MIN_GAS_PER_TX} for Block-STM)` };
  }
  return undefined;
}

/** Why a block of `txCount` transactions runs sequentially by its size (below `minTransactions`, unless `force`), or undefined. */
function tooFewTransactions(txCount: number, options: ParallelOptions): string | undefined {
  const minimum = options.minTransactions ?? MIN_PARALLEL_TXS;
  return !options.force && txCount < minimum ? `fewer than ${minimum} transactions` : undefined;
}

/** The block's gas: the header's `gasUsed`, or (declared 0: synthetic and fuzzed blocks) the sum of its transactions' gas limits. */
function blockGas(decoded: DecodedBlock): bigint {
  return gasOf(decoded.block.header.gasUsed, decoded.block.transactions);
}

/** {@link blockGas} from the header's `gasUsed` and the transactions (decoded, or their fields read from the JSON before decoding). */
function gasOf(gasUsed: bigint, txs: readonly { gasLimit: bigint }[]): bigint {
  return gasUsed > 0n ? gasUsed : txs.reduce((sum, tx) => sum + tx.gasLimit, 0n);
}

/**
 * The in-memory pre-state to run the block on Block-STM with, or why the block does not by rule
 * (too little gas, a pre-state that is not in memory, one sender's nonce chain on the reference
 * engine, most transactions plain calls to one contract). A reason returned, not a thrown
 * {@link Fallback}: throwing it cost 25–30 µs per block that went sequential by rule, ~8% of an
 * empty block (0.33 ms here).
 * @throws Fallback when the routing rule cannot read the pre-state ({@link unreadablePreState})
 */
function parallelPreState(decoded: DecodedBlock, state: StateReader, options: ParallelOptions): SnapshotState | string {
  const txCount = decoded.block.transactions.length;
  const minGas = options.minGas ?? MIN_PARALLEL_GAS;
  if (!options.force && belowParallelGas(decoded.block.header.gasUsed, minGas)) {
    return `less than ${Number(minGas) / 1e6} Mgas used (the header's gasUsed: ${decoded.block.header.gasUsed})`;
  }
  if (!(state instanceof SnapshotState)) return 'the parallel path needs an in-memory SnapshotState';
  const chain = longestSenderChain(decoded.expectedSenders);
  if (!options.force && (options.engine ?? DEFAULT_ENGINE) === 'reference' && chain > txCount * MAX_SENDER_CHAIN_SHARE) {
    return `${chain} of ${txCount} transactions are from one sender (a nonce chain: no parallelism to win)`;
  }
  const callee = options.force ? undefined : busiestPlainCallee(decoded.block.transactions, state);
  if (callee && callee.calls > txCount * MAX_PLAIN_CALL_SHARE) {
    return `${callee.calls} of ${txCount} transactions are plain calls to ${callee.address}, an account with code (its receive code on shared state: a chain)`;
  }
  return state;
}

/** The coordinator's state: the block's state manager, its engine (system work, a sequential tail) and the pre-block writes. */
interface Coordinator {
  sm: BlockStateManager;
  engine: BlockEngine;
  notes: string[];
  preChanges: StateChanges;
  /** What the workers read: the pre-state under the pre-block writes. */
  base: StateReader;
}

/** Pre-block system work on the coordinator; the workers read its writes as part of the base state. */
async function preBlockOnCoordinator(decoded: DecodedBlock, state: SnapshotState, engineName: EngineName): Promise<Coordinator> {
  const reader = guarded(state);
  const sm = new BlockStateManager(reader);
  const engine = await createBlockEngine(engineName, decoded, sm, reader);
  const notes: string[] = [];
  await preBlock(engine.host, decoded, notes);
  const preChanges = sm.changes();
  return { sm, engine, notes, preChanges, base: new ChangesOverlay(state, preChanges) };
}

/** A finished Block-STM run: its shared memory, the workers' replies and counters. */
interface BlockStmRun {
  /** The coordinator's pre-block work, done while the workers recovered senders. */
  pre: Coordinator;
  mv: MVMemory;
  scheduler: Scheduler;
  recovery: RecoveryBuffer;
  replies: Extract<WorkerReply, { type: 'done' }>[];
  poolSize: number;
  /** The pool it ran on (idle now: post-block tasks go there). */
  pool: WorkerPool;
  /** Encoding the header, transactions and pre-state into shared buffers (ms). */
  encodeMs: number;
  /** The encoded pre-state the workers read. */
  snapshot: SharedArrayBuffer;
  /** The shared buffers of the transactions, the scheduler and the recovery, to keep for the next block once done. */
  buffers: { transactions: SharedArrayBuffer; scheduler: SharedArrayBuffer; recovery: SharedArrayBuffer };
}

/**
 * Block-STM on the worker pool: the block encoded once into shared buffers, then one run over
 * fresh MVMemory; a run out of room is retried once with the worst-case layout. The workers
 * start on sender recovery before `preBlock` runs here (once): it is serial work they need only
 * once they execute.
 * @throws Fallback when MVMemory would exceed its cap or stays full, a worker failed, or the
 *   transactions could not be encoded for the workers
 * @throws StateReadError when the pre-state cannot be encoded for the workers
 * @throws what `preBlock` throws (the workers are stopped first)
 */
async function runBlockStm(
  decoded: DecodedBlock,
  state: SnapshotState,
  preBlock: () => Promise<Coordinator>,
  options: ParallelTestOptions,
): Promise<BlockStmRun> {
  const { block } = decoded;
  const txCount = block.transactions.length;
  const tEncode = performance.now();
  const header = LazyBlock.encodeHeader(block.header, decoded.hardfork, decoded.chain);
  // Sized now, written once the workers have started (they begin recovery on what is written).
  const transactions = new TransactionBuffer(block.transactions, (bytes) => spareTransactions.take(bytes));
  let encodeMs = performance.now() - tEncode;
  const writeTransactions = (): void => {
    const t = performance.now();
    try {
      transactions.writeAll();
    } catch (e) {
      // The sequential engine encodes nothing for workers: it reports the block as it is.
      throw e instanceof ParevmError ? e : new Fallback(`the transactions could not be encoded for the workers (${(e as Error)?.message ?? e})`);
    }
    encodeMs += performance.now() - t;
  };
  /** The pre-state for the workers, encoded once (while the first attempt's workers recover senders). */
  let snapshot: SharedArrayBuffer | undefined;
  const encodeSnapshot = (): SharedArrayBuffer => {
    if (snapshot) return snapshot;
    const t = performance.now();
    try {
      snapshot = encodeSharedSnapshot(state, (bytes) => spareSnapshot.take(bytes));
    } catch (e) {
      throw e instanceof ParevmError ? e : new StateReadError('encode', 'the pre-state snapshot', e);
    }
    encodeMs += performance.now() - t;
    return snapshot;
  };
  const pool = poolOf(options);
  const engineName = options.engine ?? DEFAULT_ENGINE;
  const maxBytes = options.maxMVMemoryBytes ?? MAX_MVMEMORY_BYTES;
  // The block cannot use more gas than its limit, nor than its transactions' limits together.
  const gas = gasBound(block.transactions, block.header.gasLimit);
  const deadlineMs = options.deadlineMs ?? defaultDeadlineMs(gas);
  let replaced = 0;

  const authorities = blockAuthorities(block.transactions);
  let pre: Coordinator | undefined;
  let seeds: BlockSeeds = { senders: [], waitsFor: [] };
  /** The pre-block work and the seeds (the sender seeds need its base state), once for both attempts, while the workers recover senders. */
  const prepare = async (): Promise<Coordinator> => {
    if (pre) return pre;
    const ready = await preBlock();
    const lazySenders = ready.engine.reportsBalanceReads;
    try {
      seeds = blockSeeds(decoded, (i) => {
        const sender = decoded.expectedSenders[i];
        return (
          lazySenders && sender !== undefined && lazySender(block.transactions[i]!, sender, (a) => ready.base.account(a)?.codeHash, authorities) !== undefined
        );
      });
    } catch (e) {
      // The base state is read unguarded here: the sequential path reports the typed error.
      throw e instanceof ParevmError ? e : unreadablePreState(e);
    }
    return (pre = ready);
  };
  /**
   * One Block-STM run over fresh shared memory of the given layout. The workers start on sender
   * recovery at once, on the transactions as they are written here (the first attempt writes
   * them); the pre-state and MVMemory follow in a second message, prepared meanwhile (on a single
   * worker the coordinator's core was idle while it did that alone).
   */
  const attempt = async (layout: MVMemoryLayout) => {
    const schedBuffer = sharedBufferOf(Scheduler.bytesFor(txCount), (b) => spareScheduler.take(b)).buffer;
    const scheduler = new Scheduler(schedBuffer, txCount, true);
    scheduler.configureStorm(stormParameters(pool.size, options.reexecutionBound, txCount));
    const recovery = RecoveryBuffer.create(txCount, (bytes) => spareRecovery.take(bytes));
    const fault = options.fault;
    const started = pool.start(
      (workerIndex, blockId): BlockJob => ({
        type: 'block',
        blockId,
        header,
        transactions: transactions.buffer,
        txCount,
        workerIndex,
        workerCount: pool.size,
        engine: engineName,
        authorities: [...authorities],
        scheduler: schedBuffer,
        recovery: recovery.buffer,
        ...(fault && fault.kind !== 'terminate' && fault.workerIndex === workerIndex
          ? { fault: { kind: fault.kind, afterExecutions: fault.afterExecutions } }
          : {}),
      }),
      () => scheduler.halt(),
      deadlineMs,
    );
    let ready: Coordinator;
    try {
      writeTransactions();
      ready = await prepare();
    } catch (e) {
      scheduler.halt();
      started.send({ abort: true });
      await started.done;
      throw e;
    }
    let mv: MVMemory;
    try {
      const shared = encodeSnapshot();
      mv = MVMemory.create(layout, (bytes) => spareMVMemory.take(bytes));
      seedSenderDependencies(mv, seeds.senders);
      // The workers touch the scheduler once they have the state sent next.
      seeds.waitsFor.forEach((j, i) => {
        if (j >= 0) scheduler.seedDependency(i, j);
      });
      started.send({ snapshot: shared, preChanges: ready.preChanges, mv: { buffer: mv.buffer, layout: mv.layout } });
    } catch (e) {
      // The workers end their job on `abort`; wait for them, so none is left on this block.
      scheduler.halt();
      started.send({ abort: true });
      await started.done;
      if (e instanceof ParevmError) throw e; // the snapshot's StateReadError
      // MVMemory could not be set up (the buffer's allocation, a seed beyond its room): sequentially then.
      throw new Fallback(e instanceof MVMemoryFullError ? 'MVMemory full' : `MVMemory could not be set up (${(e as Error)?.message ?? e})`);
    }
    // No core sits idle: with fewer workers than cores, this thread recovers senders from the
    // block's end while the workers claim theirs from the start (at 1 worker, recovery was ~40%
    // of a light block's time with this core waiting). An invalid signature halts the block.
    if (pool.size < availableParallelism()) {
      const encodings = new TransactionReader(transactions.buffer);
      if (
        !recovery.recoverFromBack(
          (i) => encodings.encoding(i),
          recoveryRules(decoded.common),
          () => scheduler.halted(),
        )
      )
        scheduler.halt();
    }
    // Fault injection: terminate a worker from outside once the block has started executing.
    const killer =
      fault?.kind === 'terminate'
        ? setInterval(() => {
            if (scheduler.counters().executions < fault.afterExecutions || scheduler.done()) return;
            clearInterval(killer);
            pool.terminateWorker(fault.workerIndex, 'worker.terminate() from outside (fault injection)');
          }, 1)
        : undefined;
    const run = await started.done;
    clearInterval(killer);
    replaced += run.replaced;
    return { mv, scheduler, schedBuffer, recovery, ...run };
  };
  const tooLarge = (layout: MVMemoryLayout) => layoutBytes(layout) > maxBytes;
  const mib = (layout: MVMemoryLayout) => `${(layoutBytes(layout) / 2 ** 20).toFixed(0)} MiB`;
  const layout = layoutFor(txCount, gas);
  if (tooLarge(layout)) throw new Fallback(`MVMemory for this block would take ${mib(layout)}, above the cap of ${(maxBytes / 2 ** 20).toFixed(0)} MiB`);
  let run = await attempt(layout);
  // Out of room (a block touching unusually many locations): once more with the worst-case layout.
  const worst = layoutFor(txCount, gas, true);
  const full = run.failures.length > 0 && run.failures.every((f) => f.full);
  if (full && tooLarge(worst)) throw new Fallback(`MVMemory full; the worst-case layout would take ${mib(worst)}, above the cap`);
  if (full) run = await attempt(worst);
  if (run.failures.length > 0) {
    const anyFull = run.failures.some((f) => f.full);
    const metrics = workerFailureMetrics(run.failures, replaced);
    throw new Fallback(anyFull ? 'MVMemory full' : `worker failure: ${metrics.workerFailures[0]}`, metrics);
  }
  const replies = run.replies as Extract<WorkerReply, { type: 'done' }>[];
  return {
    pre: pre!,
    mv: run.mv,
    scheduler: run.scheduler,
    recovery: run.recovery,
    replies,
    poolSize: pool.size,
    pool,
    encodeMs,
    snapshot: encodeSnapshot(),
    buffers: { transactions: transactions.buffer, scheduler: run.schedBuffer, recovery: run.recovery.buffer },
  };
}

/**
 * Senders from the shared recovery buffer, cross-checked against the JSON's `from`.
 * @throws Fallback on an invalid signature (the sequential path reports its typed error)
 * @throws SenderMismatchError
 */
function recoveredSenders(decoded: DecodedBlock, recovery: RecoveryBuffer): string[] {
  const recovered = recovery.senders();
  const senders: string[] = [];
  for (let i = 0; i < decoded.block.transactions.length; i++) {
    const sender = recovered[i];
    if (!sender) throw new Fallback(`transaction ${i} has an invalid signature`);
    senders.push(sender);
  }
  decoded.expectedSenders.forEach((want, i) => {
    if (want !== undefined && want !== senders[i]) throw new SenderMismatchError(i, want, senders[i]!);
  });
  return senders;
}

/**
 * The receipts of the committed transactions, from each one's final incarnation: all of them, or
 * after a re-execution storm halted the run, the committed prefix (the rest runs sequentially).
 * @throws Fallback when a transaction is invalid in this block or exceeds the block's gas limit
 */
function committedReceipts(decoded: DecodedBlock, run: BlockStmRun, base: StateReader): { receipts: Receipt[]; committed: number } {
  const { block } = decoded;
  // Each transaction's highest incarnation over every worker's outputs, then only those built.
  const last = new Int32Array(block.transactions.length).fill(-1);
  for (const reply of run.replies) {
    unpackOutputs(reply.outputs, (txIndex, incarnation) => {
      if (incarnation > last[txIndex]!) last[txIndex] = incarnation;
      return false;
    });
  }
  const finals = new Map<number, Output>();
  for (const reply of run.replies) for (const o of unpackOutputs(reply.outputs, (txIndex, incarnation) => incarnation === last[txIndex])) finals.set(o[0], o);
  const committed = run.scheduler.stormed() ? committedPrefix(run.mv, run.scheduler, finals, base) : block.transactions.length;
  const receipts: Receipt[] = [];
  let gasUsed = 0n;
  for (let i = 0; i < committed; i++) {
    const o = finals.get(i);
    if (!o || o[1] !== run.scheduler.status(i).incarnation) throw new Fallback(`internal: no final output for transaction ${i}`);
    if (o[3] || !o[2]) throw new Fallback(`transaction ${i} is invalid in this block (${o[3]?.message.slice(0, 200)})`);
    if (gasUsed + block.transactions[i]!.gasLimit > block.header.gasLimit) throw new Fallback(`transaction ${i} exceeds the block gas limit`);
    gasUsed += o[2].gasUsed;
    // This block's own object, just unpacked: completed in place, its recorded logs encoding kept.
    o[2].cumulativeGasUsed = gasUsed;
    receipts.push(o[2]);
  }
  return { receipts, committed };
}

/**
 * After a storm halt: transactions `committed …` run one after another on the coordinator's
 * engine, their receipts appended to `receipts`. Returns the time it took (ms).
 * @throws Fallback when one of them fails (the sequential path reports its typed error)
 */
async function sequentialTail(
  decoded: DecodedBlock,
  pre: Coordinator,
  run: BlockStmRun,
  committed: number,
  receipts: Receipt[],
  onReceipt: (index: number, receipt: Receipt) => void,
): Promise<number> {
  if (committed >= decoded.block.transactions.length) return 0;
  const t = performance.now();
  const gasBefore = receipts.at(-1)?.cumulativeGasUsed ?? 0n;
  try {
    receipts.push(...(await runSequentialTail(pre.engine, decoded, committed, gasBefore, (i, tx) => run.recovery.install(i, tx), onReceipt)));
  } catch (e) {
    throw new Fallback(`re-execution storm, then the sequential finish failed (${(e as Error).message.slice(0, 200)})`);
  }
  return performance.now() - t;
}

/** The run's Block-STM counters and the workers' summed times, as `BlockResult.metrics`. */
function parallelMetrics(run: BlockStmRun, committed: number, txCount: number): ExecutionMetrics {
  const counters = run.scheduler.counters();
  const sum = (f: (m: BlockStmRun['replies'][number]['metrics']) => number) => run.replies.reduce((s, r) => s + f(r.metrics), 0);
  const metrics: ExecutionMetrics = {
    path: 'parallel',
    workers: run.poolSize,
    // At least 1: a transaction still parked on a seeded dependency when a storm halted the block
    // (incarnation −1) ran once, in the sequential tail; re-executions are this − 1.
    incarnations: Array.from({ length: txCount }, (_, i) => Math.max(1, run.scheduler.status(i).incarnation + 1)),
    executions: counters.executions,
    validations: counters.validations,
    aborts: counters.validationAborts,
    estimateWaits: counters.dependencyWaits,
    workerSetupMs: sum((m) => m.setupMs),
    workerExecuteMs: sum((m) => m.executeMs),
    workerEvmMs: sum((m) => m.evmMs),
    workerValidateMs: sum((m) => m.validateMs),
    workerIdleMs: sum((m) => m.idleMs),
    executedMs: counters.executedMicros / 1000,
    wastedMs: counters.wastedMicros / 1000,
  };
  if (committed < txCount) {
    metrics.sequentialFrom = committed;
    metrics.reason = `re-execution storm (${(counters.wastedMicros / 1000).toFixed(0)} of ${(counters.executedMicros / 1000).toFixed(0)} ms of execution wasted): transactions ${committed}… ran sequentially`;
  }
  return metrics;
}

/** The sender seeds (`senderSeeds`, seeds.ts) as ESTIMATEs in `mv`. */
function seedSenderDependencies(mv: MVMemory, seeds: (string | undefined)[]): void {
  const keys = new LocationKeys(mv);
  seeds.forEach((s, i) => {
    if (s !== undefined) mv.seedEstimates(i, [keys.account(s), keys.balance(s)]);
  });
}
