/**
 * A block on Block-STM: the block and pre-state encoded into shared buffers, the workers' run over
 * MVMemory and the scheduler ({@link runBlockStm}), then the block's end on the coordinator
 * ({@link blockOnBlockStm}): the committed receipts, the merge of the final writes, a sequential
 * tail after a re-execution storm, the post-block work and the result.
 */
import { availableParallelism } from 'node:os';
import { ParevmError, SenderMismatchError, StateReadError } from '../errors.js';
import type { DecodedBlock } from '../block/decode.js';
import { type BlockEngine, DEFAULT_ENGINE, type EngineName, createBlockEngine } from '../execute/engine.js';
import type { StateChanges } from '../state/changes.js';
import { assembleResult, postBlock, preBlock } from '../execute/lifecycle.js';
import { guarded } from '../state/guarded.js';
import type { StateReader } from '../state/reader.js';
import { encodeSharedSnapshot } from '../state/sharedSnapshot.js';
import type { SnapshotState } from '../state/snapshot.js';
import { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, ExecutionMetrics, Receipt } from '../types.js';
import { MVMemory, MVMemoryFullError, type MVMemoryLayout, layoutBytes, layoutFor, spareMVMemory } from './mvMemory.js';
import type { WorkerPool } from './pool.js';
import { LazyBlock } from './lazyBlock.js';
import { TransactionBuffer, TransactionReader, spareTransactions } from './transactionBuffer.js';
import { recoveryRules } from '../block/senders.js';
import { RecoveryBuffer, spareRecovery } from './recovery.js';
import { SpareBuffer } from './spareBuffer.js';
import { sharedBufferOf } from '../state/sharedBuffer.js';
import { Scheduler } from './scheduler.js';
import { committedPrefix, runSequentialTail, stormParameters } from './storm.js';
import { ChangesOverlay } from '../state/overlay.js';
import { LocationKeys, lazySender } from './txView.js';
import { type BlockSeeds, blockSeeds } from './seeds.js';
import { blockAuthorities } from './incarnation.js';
import { lazySenderFallback, mergeWrites } from './merge.js';
import type { BlockJob, WorkerReply } from './workerMessages.js';
import { type Output, unpackOutputs } from './outputCodec.js';
import { Fallback, unreadablePreState, workerFailureMetrics } from './fallback.js';
import { ReceiptStream, spareReceiptStream } from './receiptStream.js';
import { gasBound } from '../block/limits.js';
import { MAX_MVMEMORY_BYTES, type ParallelTestOptions, defaultDeadlineMs, poolOf } from './options.js';

/** The pre-state encoding kept for the next block ({@link SpareBuffer}). */
const spareSnapshot = new SpareBuffer(64 << 20);
/** The scheduler buffer kept for the next block (a few hundred KB for 2,000 transactions; the transactions' and recovery's: `spareTransactions`, `spareRecovery`). */
const spareScheduler = new SpareBuffer(4 << 20);

/** The coordinator's state: the block's state manager, its engine (system work, a sequential tail) and the pre-block writes. */
export interface Coordinator {
  sm: BlockStateManager;
  engine: BlockEngine;
  notes: string[];
  preChanges: StateChanges;
  /** What the workers read: the pre-state under the pre-block writes. */
  base: StateReader;
}

/** Pre-block system work on the coordinator; the workers read its writes as part of the base state. */
export async function preBlockOnCoordinator(decoded: DecodedBlock, state: SnapshotState, engineName: EngineName): Promise<Coordinator> {
  const reader = guarded(state);
  const sm = new BlockStateManager(reader);
  const engine = await createBlockEngine(engineName, decoded, sm, reader);
  const notes: string[] = [];
  await preBlock(engine.host, decoded, notes);
  const preChanges = sm.changes();
  return { sm, engine, notes, preChanges, base: new ChangesOverlay(state, preChanges) };
}

/** A finished Block-STM run: its shared memory, the workers' replies and counters. */
export interface BlockStmRun {
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
export async function runBlockStm(
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
    workerViewMs: sum((m) => m.viewMs),
    workerMVMemoryMs: sum((m) => m.mvMemoryMs),
    workerSchedulerMs: sum((m) => m.schedulerMs),
    workerSenderMs: sum((m) => m.senderMs),
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

/**
 * `decoded` on Block-STM over the in-memory pre-state `state` ({@link runBlockStm}), then its end
 * on this thread: the committed receipts, the merge of the final writes while the workers hash the
 * receipts trie's leaves, a sequential tail after a re-execution storm, the post-block work and
 * the result, timed from the call's start `t0` (decoding took `decodeMs`).
 * @throws Fallback when the block is to run sequentially instead (`executeBlock` does that)
 * @throws the typed errors of the sequential engine that a fallback would report too
 */
export async function blockOnBlockStm(
  decoded: DecodedBlock,
  state: SnapshotState,
  options: ParallelTestOptions,
  { t0, decodeMs }: { t0: number; decodeMs: number },
): Promise<BlockResult> {
  const engineName = options.engine ?? DEFAULT_ENGINE;
  // Every millisecond after decoding lands in a phase (recovery, execution, post-block), as in
  // the sequential engine: blockTimeMs compares the two. Counted from the call's start less the
  // decoding, so a pause around `toDecoded` (a garbage collection: 4 ms once under the full test
  // suite) lands in execution, not between phases.
  const tStart = t0 + decodeMs;
  /** The receipt stream, once the receipts are known: closed on every way out (its workers' tasks end). */
  let stream: ReceiptStream | undefined;
  try {
    const run = await runBlockStm(decoded, state, () => preBlockOnCoordinator(decoded, state, engineName), options);
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
    throw e;
  }
}
