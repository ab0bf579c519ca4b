/**
 * The messages between the coordinator's pool (`pool.ts`) and a worker thread (`worker.ts`): the
 * jobs (a pipelined block's sender recovery, a Block-STM block), a block's second message, the
 * post-block task, the warm-up and status requests, and the replies.
 */
import type { RecoveryRules } from '../block/senders.js';
import type { EngineName } from '../execute/engine.js';
import type { StateChanges } from '../state/changes.js';
import type { MVMemoryLayout } from './mvMemory.js';
import type { PackedOutputs } from './outputCodec.js';

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
   * The job's `JobGate` (jobGate.ts): the worker enters it before it reads any of the block's buffers
   * (skipping the job when the coordinator, done with the block, has closed it) and ends it once
   * it reads none again; the coordinator waits for the workers that entered, not for their replies.
   */
  gate: SharedArrayBuffer;
  /** The block's receipts as the coordinator publishes them (`ReceiptStream`, receiptStream.ts): the worker hashes their leaves once its senders are done. */
  receipts: SharedArrayBuffer;
  /** The block's log topics as the coordinator logs them (`BloomFeed`, bloomFeed.ts): the worker hashes their bloom bits meanwhile. */
  bloomFeed: SharedArrayBuffer;
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
  /** Executions, each with the time taken to get it from the scheduler (`validateMs` likewise). */
  executeMs: number;
  /** Of `executeMs`, inside the EVM's transaction call of incarnations that ended (its MVMemory reads included). */
  evmMs: number;
  validateMs: number;
  /** No task (the scheduler's empty answers included), waiting for the block's state. */
  idleMs: number;
  /** Of `executeMs`, the TxView's own time around the EVM's call: its setup, collecting its write set. */
  viewMs: number;
  /** Of `executeMs` and `validateMs`, MVMemory's own calls: recording read and write sets, validating read sets, writes turned into ESTIMATEs. */
  mvMemoryMs: number;
  /** Of `executeMs`, getting each execution's sender: recovering it when no thread has yet (or waiting for the thread that claimed it). */
  senderMs: number;
  /** Of `executeMs` and `validateMs` (whose times include taking their tasks), the scheduler's calls: taking a task (an empty answer is idle time), finishing executions and validations, dependencies. */
  schedulerMs: number;
}

export type WorkerReply =
  | { type: 'done'; blockId: number; outputs: PackedOutputs; metrics: WorkerMetrics }
  | { type: 'failed'; blockId: number; reason: string; full: boolean };

/**
 * Post-block work a worker does between blocks ({@link WorkerPool.task}): the receipts trie's
 * leaves of a Block-STM block, hashed from the coordinator's `ReceiptStream` (the same
 * stream the pipelined path's workers hash from as its transactions end) until every receipt is
 * claimed or the coordinator closes the stream.
 */
export interface PostBlockTask {
  type: 'receiptLeaves';
  taskId: number;
  /** A `ReceiptStream`'s buffer: final receipts (cumulative gas included), encoded, as the coordinator publishes them. */
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
