/**
 * The pipelined path: the coordinator executes the block's transactions in order, on the
 * sequential engine's phases (`executeInOrder`), while the workers recover their senders (ECDSA
 * public-key recovery, Yellow Paper Appendix F) ahead of it — reth's split of sender recovery from
 * execution. On mainnet blocks of many light transactions recovery is most of a block's time
 * (mainnet 14396881: 80 of 104 ms sequentially, 60 µs per signature against 8 µs per transaction
 * executed), and it parallelises perfectly; Block-STM's own cost per transaction (~2.5× the
 * sequential engine's at 2 workers) makes parallel execution of such transactions lose.
 * Once done with their senders, the workers hash the receipts trie's leaves as the transactions
 * end (`receiptStream.ts`), so the receipts root no longer waits for the block's end. Meanwhile
 * they hash the logs-bloom bits of the topics the running transaction logs (`bloomFeed.ts`), so
 * a log-heavy transaction's bloom is not all serial work here (mainnet 15537394, one transaction
 * of 10,001 logs: 1.08–1.16× sequential before, 1.30–1.47× after).
 * A block given as JSON starts its workers before it is decoded (`executeBlock`'s
 * `earlyPipelined`): decoding is serial work on the coordinator (mainnet 14396881: 15 of its ~100
 * ms sequentially), and the workers recover senders from the JSON's fields meanwhile; the
 * decoded transactions must encode alike before any of those senders is used.
 */
import type { DecodedBlock } from '../block/decode.js';
import type { TypedTransaction } from '@ethereumjs/tx';
import { type RecoveryRules, recoveryRules } from '../block/senders.js';
import type { TransactionFields } from '../block/transactionEncoding.js';
import { type InOrderParts, executeInOrder } from '../execute/sequential.js';
import type { EngineName } from '../execute/engine.js';
import type { StateReader } from '../state/reader.js';
import type { BlockResult } from '../types.js';
import { Fallback, workerFailureMetrics } from './fallback.js';
import { JobGate } from './jobGate.js';
import { BloomFeed } from './bloomFeed.js';
import type { Evm } from '../evm/evm.js';
import type { WorkerPool } from './pool.js';
import { ReceiptStream, spareReceiptStream } from './receiptStream.js';
import { gasBound } from '../block/limits.js';
import { RecoveryBuffer, spareRecovery } from './recovery.js';
import { TransactionBuffer, TransactionReader, spareTransactions } from './transactionBuffer.js';
import type { RecoverJob } from './workerMessages.js';

/**
 * How long the coordinator waits for one sender a worker has claimed (ms) before it gives up on
 * the workers: a recovery takes ~60 µs, so only a lost or hung worker takes this long.
 */
export const SENDER_STALL_MS = 2000;

/**
 * How long the coordinator waits, once every transaction ran, for the workers' replies (ms) before
 * it stops those still on the block: a worker has at most one recovery or one receipt leaf left
 * then (the receipt stream is closed), but a fresh one may still be loading its modules or in an
 * EVM warm-up step (~170 ms cold) before it takes the job.
 */
export const WORKERS_END_MS = 10_000;

/**
 * How long the coordinator waits without yielding (ms), once the block is done, for the workers
 * that entered its job ({@link JobGate}) to end it: a worker ends at once when the receipt stream
 * closes, unless a leaf it hashes is still in progress.
 */
const ENDED_WAIT_MS = 2;

/** Options of {@link executePipelined}. */
export interface PipelinedOptions {
  pool: WorkerPool;
  engine: EngineName;
  /** Give up on the workers after this long (ms); 0: no deadline. */
  deadlineMs: number;
  /** Fault injection (tests only): worker `workerIndex` fails after `afterRecoveries` recoveries. */
  fault?: { workerIndex: number; kind: 'throw' | 'exit' | 'hang'; afterRecoveries: number };
}

/** A pipelined run's workers and shared buffers, started on a block's transactions ({@link startPipelined}). */
export interface PipelinedStart {
  transactions: TransactionBuffer;
  recovery: RecoveryBuffer;
  receiptStream: ReceiptStream;
  /** The block's log topics for the recovering workers to hash their bloom bits ({@link BloomFeed}). */
  bloomFeed: BloomFeed;
  gate: JobGate;
  run: ReturnType<WorkerPool['start']>;
  rules: RecoveryRules;
}

/**
 * Starts the pool's workers on a block's sender recovery and writes its transactions' encodings
 * for them (they begin on what is written, as it is written).
 * @param txs - the block's transactions: @ethereumjs/tx objects, or their fields read from the
 *   block's JSON before decoding it ({@link TransactionFields}, all written field by field)
 * @param gas - the most gas the block may use (sizes the receipt stream)
 * @param rules - the fork's recovery rules (EIP-2, EIP-155)
 * @throws what writing an encoding throws (the run is then given up first: {@link endPipelined}, `'abandoned'`)
 */
export async function startPipelined(
  txs: readonly (TypedTransaction | TransactionFields)[],
  gas: bigint,
  rules: RecoveryRules,
  options: PipelinedOptions,
): Promise<PipelinedStart> {
  const txCount = txs.length;
  const { pool } = options;
  const transactions = new TransactionBuffer(txs, (bytes) => spareTransactions.take(bytes));
  const recovery = RecoveryBuffer.create(txCount, (bytes) => spareRecovery.take(bytes));
  const fault = options.fault;
  // One worker fewer than the pool recovers (at least one): the coordinator is busy too, executing
  // and, while the sender it needs is being recovered, recovering the next pending one; with as
  // many recovering workers as cores, its execution shared a core with them.
  const recoverers = Math.max(1, pool.size - 1);
  const gate = new JobGate();
  const receiptStream = ReceiptStream.create(txCount, gas, (bytes) => spareReceiptStream.take(bytes));
  const bloomFeed = BloomFeed.forGas(gas);
  const run = pool.start(
    (workerIndex, blockId): RecoverJob => ({
      type: 'recover',
      blockId,
      transactions: transactions.buffer,
      recovery: recovery.buffer,
      txCount,
      workerIndex,
      workerCount: recoverers,
      rules,
      gate: gate.buffer,
      receipts: receiptStream.buffer,
      bloomFeed: bloomFeed.buffer,
      ...(fault && fault.workerIndex === workerIndex ? { fault: { kind: fault.kind, afterRecoveries: fault.afterRecoveries } } : {}),
    }),
    () => {},
    options.deadlineMs,
  );
  const start = { transactions, recovery, receiptStream, bloomFeed, gate, run, rules };
  try {
    transactions.writeAll();
  } catch (e) {
    // No block runs on it: the workers that entered end, the others skip it.
    await endPipelined(start, 'abandoned', options);
    throw e;
  }
  return start;
}

/**
 * Ends a pipelined run's job on the workers and keeps its buffers for the next block: the receipt
 * stream closes (a worker hashing its leaves ends). Once the block is `done`, or `abandoned`
 * before it ran (no sender is recovered any more then), it returns as soon as every worker that
 * entered the job has ended it ({@link JobGate}), not once their replies came: the pool takes
 * those later, and a worker that reaches the job afterwards skips it. Once it `failed`, or with a
 * fault injected, every worker is waited for and its failure reported.
 * @returns the workers' failures as metrics, if any failed
 */
export async function endPipelined(
  start: PipelinedStart,
  how: 'done' | 'failed' | 'abandoned',
  options: PipelinedOptions,
): Promise<ReturnType<typeof workerFailureMetrics> | undefined> {
  const { run, gate } = start;
  if (how === 'abandoned') start.recovery.claimAll();
  start.receiptStream.close();
  const waitAll = how === 'failed' || options.fault !== undefined;
  let workerMetrics: ReturnType<typeof workerFailureMetrics> | undefined;
  // A worker that has not entered the job yet (a fresh one still loading its modules, or one in
  // an idle warm-up step) skips it, and is not waited for. Mainnet 4330482 as the first block on
  // a fresh pool (a library caller's first executeBlock) took 352-365 ms waiting for every
  // worker, 98-120 ms with the gate. With a fault injected, every worker is waited for: its
  // failure is the test.
  const entered = waitAll ? options.pool.size : gate.close();
  if (!waitAll && gate.waitEnded(entered, ENDED_WAIT_MS)) {
    // Every worker that entered has ended its job: none reads this block's buffers again, and
    // their replies carry nothing the result needs. The pool takes them as they come. Awaiting them
    // here would yield to the event loop inside the block's time, where V8 ran the GC work it had
    // deferred: a 4-7 ms scavenge every other run on mainnet 12459406 and 16146267 (3.1 and 4.2 ms
    // a run on average, in the bench's order of runs), which the sequential engine never yields to.
    void run.done;
  } else {
    // Every worker ends its job, none is left on this block: each has at most its last recovery
    // or receipt leaf to finish once every sender is in and the stream is closed, so one that has
    // not replied by then is hung or lost.
    const end = setTimeout(() => run.stop(`a worker did not end its recovery job within ${WORKERS_END_MS} ms`), WORKERS_END_MS);
    const done = await run.done;
    clearTimeout(end);
    if (done.failures.length > 0) workerMetrics = workerFailureMetrics(done.failures, done.replaced);
  }
  spareTransactions.keep(start.transactions.buffer);
  spareRecovery.keep(start.recovery.buffer);
  spareReceiptStream.keep(start.receiptStream.buffer);
  start.bloomFeed.release();
  return workerMetrics;
}

/**
 * Executes `decoded` in order on this thread while the pool's workers recover its senders: each
 * worker claims its stride of transactions, then any left (`RecoveryBuffer`: compare-and-swap per
 * transaction), and the coordinator takes transaction i's sender just before running it,
 * recovering it itself when no worker has claimed it yet. The result equals
 * `executeBlockSequential`'s field for field. Each receipt is published as its transaction ends,
 * and a recovering worker done with its senders hashes its leaf ({@link ReceiptStream}; the
 * coordinator builds the root from the leaves, `metrics.receiptLeavesOnWorkers` says how many
 * came from workers); meanwhile it hashes the bloom bits of the log topics the running
 * transaction offers ({@link BloomFeed}, parevm's EVM; `metrics.bloomTopicsOnWorkers`). It
 * returns once every worker that entered the job has ended it ({@link endPipelined}).
 * `timings.senderRecoveryMs` is the time the coordinator waited for (or spent recovering)
 * senders, `metrics.path` is `'pipelined'`.
 * @param early - workers started before `decoded` was decoded, on the fields of its JSON
 *   ({@link startPipelined}): used when what they read is the decoded transactions' encodings
 *   ({@link TransactionBuffer.matches}), given up on otherwise
 * @throws Fallback on anything that is not a clean run — an invalid signature or a sender that
 *   differs from the block's `from`, a transaction the engine rejects, a failed state read, a
 *   worker that failed or stalled — so that `executeBlock` runs the sequential engine from the
 *   untouched pre-state and reports its typed error
 */
export async function executePipelined(
  decoded: DecodedBlock,
  state: StateReader,
  options: PipelinedOptions,
  started: { t0: number; decodeMs: number },
  early?: PipelinedStart,
): Promise<BlockResult> {
  const { block } = decoded;
  const txCount = block.transactions.length;
  const rules = recoveryRules(decoded.common);
  let start = early;
  /** Workers replaced while an early run given up on ended. */
  let replacedEarly = 0;
  if (early && !(sameRules(early.rules, rules) && early.transactions.matches(block.transactions))) {
    start = undefined;
    replacedEarly = (await endPipelined(early, 'abandoned', options))?.workersReplaced ?? 0;
  }
  try {
    start ??= await startPipelined(block.transactions, gasBound(block.transactions, block.header.gasLimit), rules, options);
  } catch (e) {
    throw new Fallback(`the pipelined run could not start: ${(e as Error)?.message ?? e}`);
  }
  const { transactions, recovery, receiptStream, run } = start;
  let result: BlockResult | undefined;
  let failure: unknown;
  let waitMs = 0;
  /** The transaction whose sender a worker claimed and did not recover within {@link SENDER_STALL_MS}, or -1. */
  let stalledTx = -1;
  try {
    const encodings = new TransactionReader(transactions.buffer);
    const bytesAt = (i: number) => encodings.encoding(i);
    const expected = decoded.expectedSenders;
    const readsKey = options.engine !== 'parevm';
    const senders: string[] = [];
    /** Where the coordinator's help goes on: every transaction below it is claimed. */
    let next = 0;
    // The transaction whose sender is asked for, since when, and whether the wait for it stalled
    // (read by `stop` and `help`, made once, not per transaction).
    let current = 0;
    let askedAt = 0;
    let stalled = false;
    const stop = () => (stalled = performance.now() - askedAt > SENDER_STALL_MS);
    // While a worker recovers sender `current`, recover the next one pending after it (no core
    // sits idle, and the senders the coordinator recovers are the ones it needs next).
    const help = () => {
      const j = next < txCount ? recovery.recoverOneFrom(Math.max(next, current + 1), bytesAt, rules) : -1;
      next = j < 0 ? txCount : j + 1;
      return j >= 0;
    };
    const parts: InOrderParts = {
      ...started,
      senderRecoveryMs: 0,
      senders,
      senderOf: (i) => {
        const t = performance.now();
        current = i;
        askedAt = t;
        if (!recovery.ensure(i, bytesAt, rules, stop, help)) {
          if (stalled) stalledTx = i;
          throw new Fallback(stalled ? `a worker stalled recovering transaction ${i}'s sender` : `transaction ${i} has an invalid signature`);
        }
        const sender = recovery.sender(i)!;
        const want = expected[i];
        if (want !== undefined && want !== sender) throw new Fallback(`transaction ${i}'s sender ${sender} is not the block's ${want}`);
        // The reference engine reads the sender's key from the transaction; parevm's EVM takes
        // the sender given here (copying the key out cost this thread ~0.7 µs a transaction).
        if (readsKey) recovery.install(i, block.transactions[i]!);
        senders.push(sender);
        waitMs += performance.now() - t;
        return sender;
      },
      onReceipt: (i, receipt) => receiptStream.publish(i, receipt),
      receiptsRoot: (receipts) => receiptStream.root(receipts),
    };
    // parevm's EVM offers its logs' topics to the workers (the reference engine computes its blooms itself).
    const onParevmEvm = (evm: Evm) => {
      evm.topicBloomBits = start!.bloomFeed;
    };
    result = await executeInOrder(decoded, state, { engine: options.engine, onParevmEvm }, parts);
  } catch (e) {
    failure = e;
    transactions.abort();
    receiptStream.close();
    // A stalled worker (lost, or hung in a native call or a loop) is not waited for until the
    // deadline. The replies that came while this thread waited in Atomics.wait are taken first:
    // only workers still on the block are stopped.
    if (stalledTx >= 0) {
      await new Promise((resolve) => setImmediate(resolve));
      run.stop(`a worker stalled recovering transaction ${stalledTx}'s sender`);
    }
  }
  // Ends the workers' jobs (they hash leaves until the receipt stream closes) whatever happened above.
  const workerMetrics = await endPipelined(start, failure === undefined ? 'done' : 'failed', options);
  if (failure !== undefined) {
    const reason = failure instanceof Fallback ? failure.reason : `the pipelined run stopped: ${(failure as Error)?.message ?? failure}`;
    throw new Fallback(reason, { ...(failure instanceof Fallback ? failure.metrics : {}), ...workerMetrics });
  }
  if (workerMetrics) throw new Fallback(`worker failure: ${workerMetrics.workerFailures[0]}`, workerMetrics);
  const r = result!;
  // Waiting for senders is the recovery phase; everything else after decoding but the post-block
  // work is execution (the encodings written for the workers, the loop, the workers' last replies).
  const t = r.timings;
  t.totalMs = performance.now() - started.t0;
  t.senderRecoveryMs = waitMs;
  t.executionMs = t.totalMs - t.decodeMs - t.senderRecoveryMs - t.postBlockMs;
  r.metrics = {
    path: 'pipelined',
    workers: options.pool.size,
    executions: txCount,
    receiptLeavesOnWorkers: receiptStream.leavesOnWorkers,
    bloomTopicsOnWorkers: start.bloomFeed.topicsOnWorkers,
    ...(start === early ? { earlyRecovery: true } : {}),
    ...(replacedEarly > 0 ? { workersReplaced: replacedEarly } : {}),
  };
  return r;
}

/** Whether two sets of recovery rules are the same (EIP-2, EIP-155). */
function sameRules(a: RecoveryRules, b: RecoveryRules): boolean {
  return a.homestead === b.homestead && a.eip155 === b.eip155;
}
