/**
 * Worker thread entry of the parallel engine: for the pipelined path, a {@link RecoverJob}: sender
 * recovery alone; for Block-STM, a {@link BlockJob} (`blockStmJob.ts`, loaded on the first one):
 * one EVM per worker, the Block-STM loop of Algorithm 1 (run the next task: execute or validate),
 * state read through MVMemory → pre-state.
 * Messages carry only the block's start and the outputs (packed as they come); everything on the hot path goes
 * through SharedArrayBuffers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { guardedImport, markLoaded } from '../crypto/nativeGuard.js';
import { JobGate } from './jobGate.js';
import { MVMemoryFullError } from './mvMemory.js';
import { packOutputs, transferList } from './outputCodec.js';
import { BloomFeed } from './bloomFeed.js';
import { ReceiptStream } from './receiptStream.js';
import { RecoveryBuffer } from './recovery.js';
import { TransactionReader } from './transactionBuffer.js';
import { emptyMetrics, injectFault } from './workerJob.js';
import type { BlockJob, BlockState, PostBlockTask, RecoverJob, StatusRequest, TaskReply, WarmUpRequest, WorkerReply, WorkerStatus } from './workerMessages.js';

/** After a block, how long a worker waits before it resumes the EVM warm-up (ms). */
const WARM_UP_RESUME_MS = 50;

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
  // Guarded: terminated while it evaluates (its keccak and BN254 modules await at top level), the worker would abort the process.
  return (blockStm ??= guardedImport(() => import('./blockStmJob.js')).then((m) => (blockStmLoaded = m)));
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

/**
 * A {@link RecoverJob}: this worker's stride of sender recovery, then whatever no thread has
 * claimed yet, then the receipts' leaves as they come and the bloom bits of the topics the
 * coordinator's running transaction logs ({@link BloomFeed}), until the receipt stream closes.
 */
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
  if (job.workerIndex < job.workerCount) {
    const feed = new BloomFeed(job.bloomFeed);
    new ReceiptStream(job.receipts).hashLeaves(() => feed.serve());
  }
  gate.end();
  return { type: 'done', blockId: job.blockId, outputs: packOutputs([]), metrics };
}
