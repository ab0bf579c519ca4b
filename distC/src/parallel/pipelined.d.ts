/**
 * The pipelined path: the coordinator executes the block's transactions in order, on the
 * sequential engine's phases (`executeInOrder`), while the workers recover their senders (ECDSA
 * public-key recovery, Yellow Paper Appendix F) ahead of it — reth's split of sender recovery from
 * execution. On mainnet blocks of many light transactions recovery is most of a block's time
 * (mainnet 14396881: 80 of 104 ms sequentially, 60 µs per signature against 8 µs per transaction
 * executed), and it parallelises perfectly; Block-STM's own cost per transaction (~2.5× the
 * sequential engine's at 2 workers) makes parallel execution of such transactions lose.
 * Once done with their senders, the workers hash the receipts trie's leaves as the transactions
 * end (`receiptStream.ts`), so the receipts root no longer waits for the block's end.
 */
import type { DecodedBlock } from '../block/decode.js';
import type { EngineName } from '../execute/engine.js';
import type { StateReader } from '../state/reader.js';
import type { BlockResult } from '../types.js';
import type { WorkerPool } from './pool.js';
/**
 * How long the coordinator waits for one sender a worker has claimed (ms) before it gives up on
 * the workers: a recovery takes ~60 µs, so only a lost or hung worker takes this long.
 */
export declare const SENDER_STALL_MS = 2000;
/**
 * How long the coordinator waits, once every transaction ran, for the workers' replies (ms) before
 * it stops those still on the block: a worker has at most one recovery or one receipt leaf left
 * then (the receipt stream is closed), but a fresh one may still be loading its modules or in an
 * EVM warm-up step (~170 ms cold) before it takes the job.
 */
export declare const WORKERS_END_MS = 10000;
/** Options of {@link executePipelined}. */
export interface PipelinedOptions {
    pool: WorkerPool;
    engine: EngineName;
    /** Give up on the workers after this long (ms); 0: no deadline. */
    deadlineMs: number;
    /** Fault injection (tests only): worker `workerIndex` fails after `afterRecoveries` recoveries. */
    fault?: {
        workerIndex: number;
        kind: 'throw' | 'exit' | 'hang';
        afterRecoveries: number;
    };
}
/**
 * Executes `decoded` in order on this thread while the pool's workers recover its senders: each
 * worker claims its stride of transactions, then any left (`RecoveryBuffer`: compare-and-swap per
 * transaction), and the coordinator takes transaction i's sender just before running it,
 * recovering it itself when no worker has claimed it yet. The result equals
 * `executeBlockSequential`'s field for field. Each receipt is published as its transaction ends,
 * and a recovering worker done with its senders hashes its leaf ({@link ReceiptStream}; the
 * coordinator builds the root from the leaves, `metrics.receiptLeavesOnWorkers` says how many
 * came from workers). It returns once every worker that entered the job has ended it ({@link JobGate}),
 * not once their replies came: the pool takes those later, and a worker that reaches the job after
 * the block is done skips it.
 * `timings.senderRecoveryMs` is the time the coordinator waited for (or spent recovering)
 * senders, `metrics.path` is `'pipelined'`.
 * @throws Fallback on anything that is not a clean run — an invalid signature or a sender that
 *   differs from the block's `from`, a transaction the engine rejects, a failed state read, a
 *   worker that failed or stalled — so that `executeBlock` runs the sequential engine from the
 *   untouched pre-state and reports its typed error
 */
export declare function executePipelined(decoded: DecodedBlock, state: StateReader, options: PipelinedOptions, started: {
    t0: number;
    decodeMs: number;
}): Promise<BlockResult>;
