/**
 * The block model the analyzer works on: per transaction, what it read and wrote in MVMemory's
 * terms (locations ACCOUNT / BALANCE / STORAGE, with the lazy beneficiary and transfer credits as
 * DELTA writes) and what it cost. `trace.ts` measures it from a real block; tests build it by hand.
 */

/** What a location is (MVMemory's location kinds; see `parallel/mvMemory.ts`). */
export interface LocationInfo {
  kind: 'account' | 'balance' | 'storage';
  /** Lowercase `0x` hex address. */
  address: string;
  /** Storage slot, for `kind === 'storage'`. */
  slot?: bigint;
}

/** One read of an incarnation, in the order the EVM made it. */
export interface ModelRead {
  /** Location id (index into {@link BlockModel.locations}). */
  loc: number;
  /** When in the execution the read happens, as a fraction of the execution time (0..1). */
  at: number;
  /**
   * A lazy credit's account read (nonce-blind, `parallel/txView.ts`): it sees the last absolute
   * write below it, not the lazy senders' nonce increments (DELTAs) above that.
   */
  skipsDeltas?: boolean;
}

/** One write of a transaction. */
export interface ModelWrite {
  loc: number;
  /**
   * A commutative balance change (lazy beneficiary fee, plain-transfer credit, lazy sender's
   * debit, a bounded contract balance's net change), summed at block end.
   */
  delta: boolean;
}

/** One transaction of the model. Times in milliseconds, gas in gas units. */
export interface ModelTx {
  /** Gas used (from the receipt). */
  gas: number;
  /** Wall time of one execution through TxView/MVMemory, as a worker spends it (ms). */
  execMs: number;
  /** Wall time of one validation of its read set (ms). */
  validateMs: number;
  /** Wall time of decoding the transaction and recovering its sender (ms). */
  recoverMs: number;
  /** Lowercase `0x` sender address. */
  sender: string;
  reads: ModelRead[];
  writes: ModelWrite[];
  /**
   * Locations the engine marks ESTIMATE at this transaction before it first executes (the
   * sender's ACCOUNT and BALANCE when a later transaction has the same sender; see
   * `seedSenderDependencies` in `parallel/blockStmRun.ts`).
   */
  seeded: number[];
  /**
   * The earlier transaction whose first incarnation this one's waits for (`chainHints` in
   * `parallel/seeds.ts`: the same sender's previous call to the same contract); absent: none.
   */
  waitsFor?: number;
}

/**
 * The block-level system work in the dependency picture. Before the transactions: the DAO change,
 * the EIP-4788 beacon root and EIP-2935 history system calls, whose writes are the base state
 * every transaction reads. After them: proof-of-work rewards, EIP-4895 withdrawals and the
 * EIP-7685 requests (EIP-6110 deposits from logs, the EIP-7002/7251 system calls), which read
 * what the transactions wrote.
 */
export interface ModelSystem {
  /** The pre-block work that ran, e.g. `EIP-4788 beacon root`. */
  pre: string[];
  /** Locations the pre-block work wrote. */
  preWrites: number[];
  /** Transactions that read a pre-block write (no transaction before them rewrote it), ascending. */
  preReaders: number[];
  /** The post-block work that ran, e.g. `EIP-7002 withdrawal requests`. */
  post: string[];
  /** Locations the post-block work read. */
  postReads: number[];
  /** Transactions whose writes the post-block reads saw (through lazy deltas too), ascending. */
  postDeps: number[];
  /** Transactions whose EIP-6110 deposit logs became deposit requests, ascending. */
  depositTxs: number[];
}

/** A block as the analyzer sees it. */
export interface BlockModel {
  number: number;
  /** Beneficiary (coinbase), lowercase `0x` hex. */
  beneficiary: string;
  txs: ModelTx[];
  locations: LocationInfo[];
  /** The block's system work (absent in hand-built models and `transactionsOnly` blocks). */
  system?: ModelSystem;
}
