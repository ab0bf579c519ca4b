/**
 * Worker thread entry of the parallel engine: one EVM per worker, the Block-STM loop of
 * Algorithm 1 (run the next task: execute or validate), state read through MVMemory → pre-state;
 * or, for the pipelined path, a {@link RecoverJob}: sender recovery alone.
 * Messages carry only the block's start and the outputs (packed as they come); everything on the hot path goes
 * through SharedArrayBuffers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type RecoveryRules, recoveryRules } from '../block/senders.js';
import { installNativeGuard } from '../crypto/nativeGuard.js';
import { evmWarmUp } from '../evm/warmup.js';
import { type EngineName, createBlockEngine } from '../execute/engine.js';
import type { StateChanges } from '../state/changes.js';
import { StateReadError } from '../errors.js';
import { GuardedReader } from '../state/guarded.js';
import { ChangesOverlay } from '../state/overlay.js';
import type { StateReader } from '../state/reader.js';
import { SharedSnapshotReader } from '../state/sharedSnapshot.js';
import { BlockStateManager } from '../state/stateManager.js';
import { MVMemory, type MVMemoryLayout, MVMemoryFullError } from './mvMemory.js';
import { LazyBlock } from './lazyBlock.js';
import { RecoveryBuffer } from './recovery.js';
import { ReceiptStream } from './receiptStream.js';
import { Scheduler, TASK_EXECUTE, TASK_NONE, TASK_VALIDATE, type Task } from './scheduler.js';
import { IncarnationRunner, type IncarnationResult } from './incarnation.js';
import { EstimateReadError, LocationKeys } from './txView.js';
import { validateReadSet } from './validate.js';
import { OutputPacker, type PackedOutputs, packOutputs, transferList } from './outputCodec.js';
import { TransactionReader } from './transactionBuffer.js';

/** After a block, how long a worker waits before it resumes the EVM warm-up (ms). */
const WARM_UP_RESUME_MS = 50;

/** Empty answers in a row, with nothing left to hand out, before a worker sleeps on the scheduler. */
const IDLE_SPINS = 64;
/** Longest an idle worker sleeps before it asks the scheduler again (ms): a safety net, since every change that can give it a task wakes it. */
const IDLE_WAIT_MS = 2;

/**
 * The message that starts a block on a worker: what sender recovery needs, and the scheduler
 * (an invalid signature halts it). The rest follows in {@link BlockState}.
 */
export interface BlockJob {
  type: 'block';
  blockId: number;
  /** The block header's RLP and hardfork ({@link LazyBlock.encodeHeader}), shared by all workers. */
  header: SharedArrayBuffer;
  /** The transactions' consensus encodings ({@link TransactionBuffer}), possibly still being written when the job starts. */
  transactions: SharedArrayBuffer;
  scheduler: SharedArrayBuffer;
  recovery: SharedArrayBuffer;
  txCount: number;
  workerIndex: number;
  workerCount: number;
  /** The block's EIP-7702 authorities (`blockAuthorities`): never lazy senders. */
  authorities: string[];
  /** The EVM the worker executes transactions with. */
  engine: EngineName;
  /** Fault injection for tests (see `WorkerFault` in executeBlock.ts): after this many executions. */
  fault?: { kind: 'throw' | 'exit' | 'hang' | 'read'; afterExecutions: number };
}

/**
 * The message of a pipelined block (`parallel/pipelined.ts`): the coordinator executes the
 * transactions in order itself and the workers only recover senders, ahead of it. The worker
 * recovers its stride, then every transaction still unclaimed, and replies `done` with no outputs.
 */
export interface RecoverJob {
  type: 'recover';
  blockId: number;
  /** The transactions' consensus encodings ({@link TransactionBuffer}), possibly still being written. */
  transactions: SharedArrayBuffer;
  recovery: SharedArrayBuffer;
  txCount: number;
  workerIndex: number;
  /** Workers that recover (0 … workerCount − 1); the others end the job at once. */
  workerCount: number;
  /** The fork's recovery rules (EIP-2, EIP-155), from the coordinator's Common. */
  rules: RecoveryRules;
  /** Fault injection for tests: after this many recoveries of this worker. */
  fault?: { kind: 'throw' | 'exit' | 'hang'; afterRecoveries: number };
  /**
   * One Int32 the worker adds 1 to as the last step of its job, once it will read none of the
   * block's buffers again: when every worker has, the coordinator returns without its reply.
   */
  ended: SharedArrayBuffer;
  /** The block's receipts as the coordinator publishes them ({@link ReceiptStream}): the worker hashes their leaves once its senders are done. */
  receipts: SharedArrayBuffer;
}

/**
 * A block's second message, which the coordinator prepares while the workers recover senders:
 * the pre-state and MVMemory; or `abort` when it could not (the worker then ends its job).
 */
export type BlockState = { type: 'state'; blockId: number } & BlockStateBody;

/** What {@link BlockState} carries: the pre-state and MVMemory, or `abort`. */
export type BlockStateBody =
  | {
      /** The pre-state, encoded once ({@link encodeSharedSnapshot}) and read in place. */
      snapshot: SharedArrayBuffer;
      preChanges: StateChanges;
      mv: { buffer: SharedArrayBuffer; layout: MVMemoryLayout };
    }
  | { abort: true };

export interface WorkerMetrics {
  executions: number;
  validations: number;
  estimateWaits: number;
  /** Decoding the block and the shared snapshot, building the EVM. */
  setupMs: number;
  recoverMs: number;
  executeMs: number;
  /** Of `executeMs`, inside the EVM's transaction call. */
  evmMs: number;
  validateMs: number;
  idleMs: number;
}

export type WorkerReply =
  | { type: 'done'; blockId: number; outputs: PackedOutputs; metrics: WorkerMetrics }
  | { type: 'failed'; blockId: number; reason: string; full: boolean };

/**
 * Post-block work a worker does between blocks ({@link WorkerPool.task}): the receipts trie's
 * leaves of a Block-STM block, hashed from the coordinator's {@link ReceiptStream} (the same
 * stream the pipelined path's workers hash from as its transactions end) until every receipt is
 * claimed or the coordinator closes the stream.
 */
export interface PostBlockTask {
  type: 'receiptLeaves';
  taskId: number;
  /** A {@link ReceiptStream}'s buffer: final receipts (cumulative gas included), encoded, as the coordinator publishes them. */
  receipts: SharedArrayBuffer;
}

export type TaskReply = { type: 'taskDone'; taskId: number } | { type: 'taskFailed'; taskId: number; reason: string };

/** Block states that arrived before their job asked for them, and jobs waiting for theirs (by block id). */
const states = new Map<number, BlockState>();
const waiting = new Map<number, (s: BlockState) => void>();

/** The {@link BlockState} of block `blockId`, once the coordinator has sent it. */
function stateOf(blockId: number): Promise<BlockState> {
  const s = states.get(blockId);
  if (s) {
    states.delete(blockId);
    return Promise.resolve(s);
  }
  return new Promise((resolve) => waiting.set(blockId, resolve));
}

// Native calls announce themselves to the pool, which then never terminates this thread mid-call.
const guardWords = (workerData as { nativeGuard?: Int32Array } | null)?.nativeGuard;
if (guardWords) installNativeGuard(guardWords);
// Type feedback for every opcode (src/evm/warmup.ts): without it, `run` was deoptimised and
// recompiled dozens of times per worker over the mainnet fixtures. In idle time, a step at a time
// (building its state is the first): a block that arrives meanwhile runs first, the rest after it.
// A step that throws ends the warm-up (an uncaught error here, outside any job, would reach the
// pool as an 'error' event nobody listens to).
const warmUpWanted = (workerData as { evmWarmUp?: boolean } | null)?.evmWarmUp === true;
let warmUp: (() => void)[] | undefined;
let warmedSteps = 0;
let blocksRunning = 0;
/** A step is scheduled: one chain of steps at a time. */
let warmScheduled = false;
function scheduleWarmUp(delayMs: number): void {
  if (warmScheduled || !warmUpWanted || (warmUp !== undefined && warmedSteps >= warmUp.length)) return;
  warmScheduled = true;
  setTimeout(warmWhileIdle, delayMs);
}
function warmWhileIdle(): void {
  warmScheduled = false;
  if (blocksRunning > 0) return;
  try {
    if (warmUp === undefined) warmUp = evmWarmUp().steps;
    else if (warmedSteps < warmUp.length) warmUp[warmedSteps++]!();
  } catch {
    warmUp = [];
  }
  if (warmedSteps < warmUp.length) scheduleWarmUp(0);
}
scheduleWarmUp(0);

const port = parentPort;
if (port) {
  port.on('message', (job: BlockJob | RecoverJob | BlockState | PostBlockTask) => {
    if (job.type === 'state') {
      const resolve = waiting.get(job.blockId);
      waiting.delete(job.blockId);
      if (resolve) resolve(job);
      else states.set(job.blockId, job);
      return;
    }
    if (job.type === 'block') {
      // Only this block's state is needed from now on: a job that failed before asking for its
      // state (a bad encoding, a failed recovery) leaves it here, with its MVMemory buffer.
      for (const id of states.keys()) if (id < job.blockId) states.delete(id);
    }
    if (job.type === 'receiptLeaves') {
      let reply: TaskReply;
      try {
        new ReceiptStream(job.receipts).hashLeaves();
        reply = { type: 'taskDone', taskId: job.taskId };
      } catch (e) {
        reply = { type: 'taskFailed', taskId: job.taskId, reason: String((e as Error)?.message ?? e) };
      }
      port.postMessage(reply);
      return;
    }
    blocksRunning++;
    (job.type === 'recover' ? Promise.resolve().then(() => recoverJob(job)) : runJob(job))
      .then(
        // The outputs' buffers are transferred, not copied: structured clone copied a block's
        // hex text (6 MB on mainnet 15537394) in the last worker's reply, on the critical path.
        (reply) => port.postMessage(reply, reply.type === 'done' ? transferList(reply.outputs) : []),
        (e: unknown) =>
          port.postMessage({
            type: 'failed',
            blockId: job.blockId,
            reason: String((e as Error)?.stack ?? e),
            full: e instanceof MVMemoryFullError,
          } satisfies WorkerReply),
      )
      .finally(() => {
        blocksRunning--;
        // Not at once: the coordinator's post-block task (the receipts root) follows the reply.
        scheduleWarmUp(WARM_UP_RESUME_MS);
      });
  });
}

/** A job's {@link WorkerMetrics} before it starts: every counter and time 0. */
function emptyMetrics(): WorkerMetrics {
  return { executions: 0, validations: 0, estimateWaits: 0, setupMs: 0, recoverMs: 0, executeMs: 0, evmMs: 0, validateMs: 0, idleMs: 0 };
}

/** A {@link RecoverJob}: this worker's stride of sender recovery, then whatever no thread has claimed yet, then the receipts' leaves as they come. */
function recoverJob(job: RecoverJob): WorkerReply {
  const t0 = performance.now();
  const metrics = emptyMetrics();
  const encodings = new TransactionReader(job.transactions);
  const bytesAt = (i: number) => encodings.encoding(i);
  const recovery = new RecoveryBuffer(job.recovery, job.txCount);
  const fault = job.fault;
  let recovered = 0;
  const counted = fault
    ? (i: number) => {
        if (++recovered > fault.afterRecoveries) injectFault(fault.kind);
        return bytesAt(i);
      }
    : bytesAt;
  // An invalid signature is marked in the buffer: the coordinator falls back to the sequential
  // engine. Workers beyond `workerCount` have nothing to do (the coordinator is the other recoverer).
  if (job.workerIndex < job.workerCount) {
    recovery.recoverStride(counted, job.workerIndex, job.workerCount, job.rules);
    recovery.recoverStride(counted, 0, 1, job.rules);
  }
  if (fault) injectFault(fault.kind);
  metrics.recoverMs = performance.now() - t0;
  // Only the recovering workers: with as many threads busy as cores, another one hashing took their time.
  if (job.workerIndex < job.workerCount) new ReceiptStream(job.receipts).hashLeaves();
  const ended = new Int32Array(job.ended);
  Atomics.add(ended, 0, 1);
  Atomics.notify(ended, 0);
  return { type: 'done', blockId: job.blockId, outputs: packOutputs([]), metrics };
}

/** The output packer of this worker's last block, its arrays grown to that block's outputs (fresh, they grew anew each block). */
let sparePacker: OutputPacker | undefined;

async function runJob(job: BlockJob): Promise<WorkerReply> {
  const tSetup = performance.now();
  const lazy = new LazyBlock(job.header, job.transactions);
  const metrics = emptyMetrics();
  const scheduler = new Scheduler(job.scheduler, job.txCount, false);
  metrics.setupMs = performance.now() - tSetup;
  // Sender recovery: this worker's stride first, then straight on (RecoveryBuffer: no barrier).
  const t0 = performance.now();
  const recovery = new RecoveryBuffer(job.recovery, job.txCount);
  const rules = recoveryRules(lazy.common);
  const bytesAt = (i: number) => lazy.bytesOf(i);
  // An invalid signature halts the block: the coordinator reports it sequentially.
  if (!recovery.recoverStride(bytesAt, job.workerIndex, job.workerCount, rules)) scheduler.halt();
  // parevm's EVM takes the light form of a transaction; the reference engine the full one, with its recovered key installed.
  const txAt = job.engine === 'parevm' ? (i: number) => lazy.workerTx(i) : (i: number) => lazy.tx(i, (tx) => recovery.install(i, tx));
  metrics.recoverMs = performance.now() - t0;

  // The coordinator encoded the pre-state and set up MVMemory meanwhile.
  const tWait = performance.now();
  const state = await stateOf(job.blockId);
  metrics.idleMs += performance.now() - tWait;
  if ('abort' in state) return { type: 'done', blockId: job.blockId, outputs: packOutputs([]), metrics };
  const t1 = performance.now();
  let snapshot: StateReader = new ChangesOverlay(new SharedSnapshotReader(state.snapshot), state.preChanges);
  const fault = job.fault;
  /** The read fault: armed after `afterExecutions` executions, or forced when the loop ends before it fired. */
  const readFault = { fired: false, forced: false };
  if (fault?.kind === 'read') snapshot = failingReader(snapshot, () => readFault.forced || metrics.executions > fault.afterExecutions, readFault);
  // A failing read is a StateReadError: it fails this worker's job (the block runs sequentially).
  const base: StateReader = new GuardedReader(snapshot);
  const mv = new MVMemory(state.mv.buffer, state.mv.layout);
  const sm = new BlockStateManager(base);
  const engine = await createBlockEngine(job.engine, lazy, sm, base);
  metrics.setupMs += performance.now() - t1;
  const runner = new IncarnationRunner(mv, new LocationKeys(mv), base, engine, sm, lazy.block, new Set(job.authorities));
  // Every incarnation's output, packed as it comes (the coordinator keeps each transaction's highest).
  const packer = sparePacker ?? new OutputPacker();
  sparePacker = undefined;
  /** Senders by transaction, derived once from the recovered keys (`recovery.ensure` before each execution). */
  const senders: (string | undefined)[] = new Array(job.txCount);
  let task: Task = { kind: TASK_NONE, txIndex: 0, incarnation: 0 };
  let emptyAnswers = 0;
  let generation = 0;
  while (!scheduler.done()) {
    if (task.kind === TASK_NONE) {
      generation = scheduler.generation();
      task = scheduler.nextTask();
      if (task.kind !== TASK_NONE) emptyAnswers = 0;
    }
    if (task.kind === TASK_EXECUTE) {
      if (fault && fault.kind !== 'read' && metrics.executions >= fault.afterExecutions) injectFault(fault.kind);
      const t = performance.now();
      task = await execute(task);
      metrics.executeMs += performance.now() - t;
    } else if (task.kind === TASK_VALIDATE) {
      const t = performance.now();
      metrics.validations++;
      const { txIndex, incarnation } = task;
      const valid = validateReadSet(mv, txIndex, base);
      const aborted = !valid && scheduler.tryValidationAbort(txIndex, incarnation);
      if (aborted) mv.convertWritesToEstimates(txIndex);
      task = scheduler.finishValidation(txIndex, aborted);
      metrics.validateMs += performance.now() - t;
    } else {
      // No task now: typically validation reached a transaction another worker is still
      // executing. While an index can still move, ask again at once; once both have passed the
      // last transaction, only another worker's finish (or the end) brings news: after a few more
      // answers, sleep until the scheduler has some (a block's long transaction then keeps a core
      // to itself), and yield to the event loop only after a sleep that timed out.
      const t = performance.now();
      if (scheduler.exhausted() && ++emptyAnswers >= IDLE_SPINS) {
        emptyAnswers = 0;
        if (scheduler.waitForWork(generation, IDLE_WAIT_MS) === 'timed-out') await new Promise((r) => setImmediate(r));
      }
      metrics.idleMs += performance.now() - t;
    }
  }
  // A worker the other workers left without enough executions still fails, before it reports:
  // the fault tests must not depend on how the scheduler happened to share the block.
  if (fault && fault.kind !== 'read') injectFault(fault.kind);
  // A read fault that never fired (the other workers left this one no pre-state read after
  // `afterExecutions`) fails the job here; one that fired during execution already failed it.
  if (fault?.kind === 'read' && !readFault.fired) {
    readFault.forced = true;
    try {
      base.account(lazy.block.header.coinbase.toString());
    } catch (e) {
      throw e instanceof StateReadError ? e.inTransaction(job.txCount - 1) : e;
    }
  }
  const outputs = packer.done();
  // Nothing decoded from this block is used any more: the next block reuses their memory.
  sparePacker = packer.clear();
  lazy.release();
  return { type: 'done', blockId: job.blockId, outputs, metrics };

  async function execute(t: Task): Promise<Task> {
    for (;;) {
      // The sender of a transaction outside this worker's stride may not be recovered yet.
      if (!recovery.ensure(t.txIndex, bytesAt, rules, () => scheduler.halted())) {
        scheduler.halt();
        return { kind: TASK_NONE, txIndex: 0, incarnation: 0 };
      }
      metrics.executions++;
      const started = performance.now();
      const tx = txAt(t.txIndex);
      const sender = (senders[t.txIndex] ??= recovery.sender(t.txIndex)!);
      let result: IncarnationResult;
      try {
        result = await runner.run(t.txIndex, t.incarnation, tx, sender, 0n);
      } catch (e) {
        if (!(e instanceof EstimateReadError)) throw e;
        metrics.estimateWaits++;
        scheduler.recordWaste((performance.now() - started) * 1000);
        if (scheduler.addDependency(t.txIndex, e.blockingTx)) return { kind: TASK_NONE, txIndex: 0, incarnation: 0 };
        continue; // the blocking transaction finished meanwhile: re-execute now
      }
      packer.add([t.txIndex, t.incarnation, result.receipt, result.error]);
      metrics.evmMs += result.evmMs;
      scheduler.recordExecution(t.txIndex, (performance.now() - started) * 1000);
      return scheduler.finishExecution(t.txIndex, t.incarnation, result.wroteNewLocation);
    }
  }
}

/** Fault injection: `reader`, except that every read throws once `armed()` (plain errors, as a broken store would); `state.fired` records that one did. */
function failingReader(reader: StateReader, armed: () => boolean, state: { fired: boolean }): StateReader {
  const check = (what: string) => {
    if (!armed()) return;
    state.fired = true;
    throw new Error(`injected state read fault (${what})`);
  };
  return {
    account: (a) => (check(`account ${a}`), reader.account(a)),
    storage: (a, slot) => (check(`storage ${a}`), reader.storage(a, slot)),
    code: (h) => (check(`code ${h}`), reader.code(h)),
    blockHash: (n) => (check(`block hash ${n}`), reader.blockHash(n)),
  };
}

function injectFault(kind: 'throw' | 'exit' | 'hang'): never {
  if (kind === 'exit') process.exit(3);
  if (kind === 'hang') for (;;); // never returns to the event loop: only terminate() ends it
  throw new Error('injected worker fault');
}
