import type { StateChanges } from './state/changes.js';

/** One log entry (hex: address 20 bytes, topics 32 bytes each, data any length). */
export interface Log {
  address: string;
  topics: string[];
  data: string;
}

/** A transaction receipt (Yellow Paper §4.3.1; EIP-658 status from Byzantium; EIP-2718 typed). */
export interface Receipt {
  /** EIP-2718 transaction type: 0 legacy, 1 EIP-2930, 2 EIP-1559, 3 EIP-4844, 4 EIP-7702. */
  txType: number;
  /** 1 success, 0 failure (Byzantium and later); undefined before Byzantium. */
  status?: 0 | 1;
  /**
   * Intermediate state root (before Byzantium), `0x` hex. Partial snapshots cannot compute it:
   * parevm's in-memory state gives 32 zero bytes here, so pre-Byzantium receipts roots do not match.
   */
  stateRoot?: string;
  /** Gas used by this transaction. */
  gasUsed: bigint;
  /** Gas used by the block up to and including this transaction. */
  cumulativeGasUsed: bigint;
  /**
   * The transaction's logs, `0x` hex. On a receipt of parevm's EVM they are made from the logs'
   * consensus encoding when first read: `logs` is an own enumerable accessor there, which JSON,
   * copies and structured clone read as any property. Replace, push or cut them; an element
   * changed in place leaves the receipts root its old encoding.
   */
  logs: Log[];
  /** 256-byte bloom of this receipt's logs, `0x` hex. */
  logsBloom: string;
  /** Address of the created contract, for a creation transaction that succeeded. */
  contractAddress?: string;
  /** EIP-4844 blob gas used by this transaction. */
  blobGasUsed?: bigint;
}

/** Wall-clock milliseconds spent in each phase of one block. */
export interface PhaseTimings {
  /**
   * Decoding the block (0 for a block given decoded). With `metrics.earlyRecovery` the workers
   * recovered senders during it, so `blockTimeMs` (decoding left out) does not compare with the
   * sequential engine's: compare `totalMs` of both engines on the same JSON then.
   */
  decodeMs: number;
  senderRecoveryMs: number;
  /**
   * Pre-block system work and the transactions, and on the sequential engine the steps between
   * its phases (setting up the EVM, the calls into decoding and recovery). On the parallel path: everything from decoding
   * to the post-block work but the workers' recovery (the coordinator's own steps included), and
   * a parallel attempt that fell back to the sequential engine.
   */
  executionMs: number;
  /** Rewards, withdrawals, receipts root and bloom, the state diff (parallel: the merge too). */
  postBlockMs: number;
  /** Everything, milliseconds: the phases above add up to it. */
  totalMs: number;
}

/** What executing a block produced. Equal, field for field, on every execution path. */
export interface BlockResult {
  number: bigint;
  /** Block hash (`0x` hex) as computed from the decoded header. */
  hash: string;
  hardfork: string;
  /** Transaction senders, lowercase `0x` hex, in block order. */
  senders: string[];
  receipts: Receipt[];
  /** Sum of gas used by the transactions. */
  gasUsed: bigint;
  /** Bloom of all logs, `0x` hex (256 bytes). */
  logsBloom: string;
  /** Root of the receipts trie, `0x` hex. */
  receiptsRoot: string;
  /** Post-block value of every changed account field and storage slot. */
  stateChanges: StateChanges;
  /** EIP-7685 requests (from Prague): each non-empty one as type byte ‖ data, `0x` hex. */
  requests?: string[];
  /** EIP-7685 commitment to `requests` (the header's `requestsHash`), `0x` hex. */
  requestsHash?: string;
  /** What the executor did not do, and why (e.g. a system call whose contract is not in the state). */
  notes: string[];
  timings: PhaseTimings;
  /** How the block was executed (set by `executeBlock`). Not part of the result's equality. */
  metrics?: ExecutionMetrics;
}

/** Which path executed a block and what the parallel engine did (Block-STM counters). */
export interface ExecutionMetrics {
  /**
   * How the block ran: `parallel` — Block-STM on the workers; `pipelined` — in order on the
   * coordinator while the workers recovered the senders (`parallel/pipelined.ts`); `sequential` —
   * on one thread (`reason` says why).
   */
  path: 'parallel' | 'pipelined' | 'sequential';
  /** Why the sequential path ran. */
  reason?: string;
  workers: number;
  /** Incarnations per transaction (1 = executed once). */
  incarnations?: number[];
  executions?: number;
  validations?: number;
  /** Validations that aborted an incarnation. */
  aborts?: number;
  /** Incarnations stopped by an ESTIMATE (dependency waits). */
  estimateWaits?: number;
  /** Summed over workers, ms: decoding the block and snapshot and building the EVM. */
  workerSetupMs?: number;
  /** Summed over workers, ms: executions and validations, each with the time taken to get it from the scheduler. */
  workerExecuteMs?: number;
  /** Of `workerExecuteMs`, the time inside the EVM's transaction call of incarnations that ended (MVMemory reads included); the rest is split below (`workerViewMs` …). */
  workerEvmMs?: number;
  workerValidateMs?: number;
  /** Summed over workers, ms: no task (the scheduler's empty answers included), and waiting for the block's state. */
  workerIdleMs?: number;
  /**
   * Summed over workers, ms, of `workerExecuteMs` and `workerValidateMs` (each includes taking its
   * tasks from the scheduler): Block-STM's own work around the EVM, by part. The TxView's setup and
   * write-set collection (its setup includes the lazy-sender rule's read of the sender's code
   * hash); MVMemory's recording of read and write sets, read-set validation (pre-state reads of
   * lazy values included) and ESTIMATE marking (its reads inside the EVM's call are in
   * `workerEvmMs`); the scheduler's calls (taking a task — an empty answer is idle time —,
   * finishing executions and validations, dependencies). `workerSenderMs`: getting each
   * execution's sender (recovering it when no thread had yet). The rest of the overhead: all the
   * time of incarnations stopped by an ESTIMATE (their EVM and TxView time too), decoding each
   * execution's transaction, packing its output.
   */
  workerViewMs?: number;
  workerMVMemoryMs?: number;
  workerSchedulerMs?: number;
  workerSenderMs?: number;
  /** Summed over workers, ms: time in incarnations, and the part wasted (stopped by an ESTIMATE or aborted). */
  executedMs?: number;
  wastedMs?: number;
  /** On the coordinator, ms: encoding the block and pre-state for the workers, and the block-end merge (lazy-sender checks included). */
  encodeMs?: number;
  mergeMs?: number;
  /**
   * Set when the re-execution bound found a storm: transactions from this index on ran
   * sequentially after the parallel run was halted (`reason` says so).
   */
  sequentialFrom?: number;
  /**
   * Receipts whose trie leaf a worker hashed (`parallel/receiptStream.ts`): on the pipelined path
   * while the block ran, after a Block-STM run while the coordinator merged; the coordinator
   * hashed the rest at the block's end.
   */
  receiptLeavesOnWorkers?: number;
  /**
   * Pipelined: log topics whose bloom bits a worker had computed by the time their transaction's
   * bloom was made (`parallel/bloomFeed.ts`); the coordinator computed the rest.
   */
  bloomTopicsOnWorkers?: number;
  /**
   * Pipelined: the workers began recovering senders from the block's JSON before it was decoded
   * (its transactions' fields, checked against the decoded ones before any sender is used); the
   * recovery then overlaps `timings.decodeMs` (compare `totalMs`, not `blockTimeMs`).
   */
  earlyRecovery?: boolean;
  /** Worker faults that made the block fall back to sequential (first line of each). */
  workerFailures?: string[];
  /** Workers that were terminated or lost during the block and replaced in the pool. */
  workersReplaced?: number;
  /**
   * Set when Block-STM's writes failed one of the block-end merge's checks and the block ran
   * sequentially instead (`reason` says which transaction and account):
   * - `'lazy-sender'` — a lazy sender's nonce, code or balance against its real account before
   *   its transaction (Yellow Paper §6.2), or a lazy sender that is not the transaction's;
   * - `'negative-balance'` — a balance below 0 after a transaction;
   * - `'balance-overflow'` — a balance above 2^256 − 1 after a transaction (a lazy credit's
   *   placeholder cannot see a real balance that close to 2^256; never on a real chain).
   * Only a valid block's result carries it (an invalid block's sequential run throws its typed
   * error). There only the last happens by design: the other two mean that a rule of Block-STM
   * (lazy senders, bounded balances) let through an incarnation that sequential execution runs
   * differently, and that the check caught it (`parevm fuzz` and `parevm races` report such a
   * run as a difference).
   */
  mergeCheck?: 'lazy-sender' | 'negative-balance' | 'balance-overflow';
}
