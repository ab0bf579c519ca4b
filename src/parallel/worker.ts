/**
 * Worker thread entry of the parallel engine: for the pipelined path, a {@link RecoverJob}: sender
 * recovery alone; for Block-STM, a {@link BlockJob} (`blockStmJob.ts`, loaded on the first one):
 * one EVM per worker, the Block-STM loop of Algorithm 1 (run the next task: execute or validate),
 * state read through MVMemory → pre-state.
 * Messages carry only the block's start and the outputs (packed as they come); everything on the hot path goes
 * through SharedArrayBuffers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { markLoaded } from '../crypto/nativeGuard.js';
import type { RecoveryRules } from '../block/senders.js';
import type { EngineName } from '../execute/engine.js';
import type { StateChanges } from '../state/changes.js';
import { JobGate } from './jobGate.js';
import { MVMemoryFullError, type MVMemoryLayout } from './mvMemory.js';
import { type PackedOutputs, packOutputs, transferList } from './outputCodec.js';
import { ReceiptStream } from './receiptStream.js';
import { RecoveryBuffer } from './recovery.js';
import { TransactionReader } from './transactionBuffer.js';
import { emptyMetrics, injectFault } from './workerJob.js';

/** After a block, how long a worker waits before it resumes the EVM warm-up (ms). */
const WARM_UP_RESUME_MS = 50;

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
  /** Fault injection for tests (see `WorkerFault` in options.ts): after this many executions. */
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
   * The job's {@link JobGate}: the worker enters it before it reads any of the block's buffers
   * (skipping the job when the coordinator, done with the block, has closed it) and ends it once
   * it reads none again; the coordinator waits for the workers that entered, not for their replies.
   */
  gate: SharedArrayBuffer;
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

/** The pool asks the worker to warm the EVM up in its idle time ({@link WorkerPool.warmUpEvm}, or the pool idle), before any Block-STM job. */
export interface WarmUpRequest {
  type: 'warmUp';
}

/** The pool asks what the worker has loaded and warmed up ({@link WorkerPool.workerStatus}); it replies a {@link WorkerStatus}. */
export interface StatusRequest {
  type: 'status';
  statusId: number;
}

/** What a worker has loaded and warmed up. */
export interface WorkerStatus {
  type: 'status';
  statusId: number;
  /** The Block-STM job's module is loaded (`blockStmJob.ts`: parevm's EVM, the engines, MVMemory's readers). */
  evmLoaded: boolean;
  /** The EVM warm-up's steps once built (0 before), and how many ran. */
  warmUpSteps: number;
  warmedSteps: number;
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

/**
 * The Block-STM job's module (parevm's EVM and all it imports), loaded on the first Block-STM job
 * or warm-up: while it only recovers senders (the pipelined path, `mode: 'auto'` on every mainnet
 * fixture block) and the pool is not idle, a worker does not load it. A fresh worker loaded its
 * modules in ~600 ms, ~450 of them this one's.
 */
let blockStm: Promise<typeof import('./blockStmJob.js')> | undefined;
let blockStmLoaded: typeof import('./blockStmJob.js') | undefined;
function loadBlockStm(): Promise<typeof import('./blockStmJob.js')> {
  return (blockStm ??= import('./blockStmJob.js').then((m) => (blockStmLoaded = m)));
}

// Type feedback for every opcode (src/evm/warmup.ts): without it, `run` was deoptimised and
// recompiled dozens of times per worker over the mainnet fixtures. In idle time, a step at a time
// (loading the EVM's modules, then building its state, are the first): a block that arrives
// meanwhile runs first, the rest after it. Only once the worker needs the EVM: after its first
// Block-STM job, or when the pool asks ({@link WarmUpRequest}: told to, or idle). Before, every
// worker warmed up from its start: in a fresh `parevm run` of the mainnet fixtures (all pipelined,
// no EVM on the workers) that was compiler and warm-up time competing with the coordinator on 2 cores.
// A step that throws ends the warm-up (an uncaught error here, outside any job, would reach the
// pool as an 'error' event nobody listens to).
const warmUpWanted = (workerData as { evmWarmUp?: boolean } | null)?.evmWarmUp === true;
/** The EVM is needed here: warm-up steps run in idle time from now on. */
let warmUpAsked = false;
let warmUp: (() => void)[] | undefined;
let warmedSteps = 0;
let blocksRunning = 0;
/** A step is scheduled: one chain of steps at a time. */
let warmScheduled = false;
function scheduleWarmUp(delayMs: number): void {
  if (warmScheduled || !warmUpWanted || !warmUpAsked || (warmUp !== undefined && warmedSteps >= warmUp.length)) return;
  warmScheduled = true;
  setTimeout(warmWhileIdle, delayMs);
}
function warmWhileIdle(): void {
  warmScheduled = false;
  if (blocksRunning > 0) return;
  if (blockStmLoaded === undefined) {
    loadBlockStm().then(
      () => scheduleWarmUp(0),
      () => (warmUp = []),
    );
    return;
  }
  try {
    if (warmUp === undefined) warmUp = blockStmLoaded.evmWarmUp().steps;
    else if (warmedSteps < warmUp.length) warmUp[warmedSteps++]!();
  } catch {
    warmUp = [];
  }
  if (warmedSteps < warmUp.length) scheduleWarmUp(0);
}

const port = parentPort;
if (port) {
  port.on('message', (job: BlockJob | RecoverJob | BlockState | PostBlockTask | WarmUpRequest | StatusRequest) => {
    if (job.type === 'status') {
      const status: WorkerStatus = {
        type: 'status',
        statusId: job.statusId,
        evmLoaded: blockStmLoaded !== undefined,
        warmUpSteps: warmUp?.length ?? 0,
        warmedSteps,
      };
      port.postMessage(status);
      return;
    }
    if (job.type === 'warmUp') {
      warmUpAsked = true;
      scheduleWarmUp(0);
      return;
    }
    if (job.type === 'state') {
      const resolve = waiting.get(job.blockId);
      waiting.delete(job.blockId);
      if (resolve) resolve(job);
      else states.set(job.blockId, job);
      return;
    }
    if (job.type === 'block') {
      warmUpAsked = true;
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
    (job.type === 'recover' ? Promise.resolve().then(() => recoverJob(job)) : loadBlockStm().then((m) => m.runJob(job, stateOf)))
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
// Its static imports (the native binding among them) have loaded: the process may end by itself now.
markLoaded();

/** A {@link RecoverJob}: this worker's stride of sender recovery, then whatever no thread has claimed yet, then the receipts' leaves as they come. */
function recoverJob(job: RecoverJob): WorkerReply {
  const t0 = performance.now();
  const metrics = emptyMetrics();
  const gate = new JobGate(job.gate);
  // The block was done before this worker reached it (it was loading or warming up): nothing to do.
  // A fault injected still fires: the coordinator waits for every worker then (the gate stays open).
  if (!gate.enter()) return { type: 'done', blockId: job.blockId, outputs: packOutputs([]), metrics };
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
  gate.end();
  return { type: 'done', blockId: job.blockId, outputs: packOutputs([]), metrics };
}
