import type { TypedTransaction } from '@ethereumjs/tx';
import type { DecodedBlock } from '../block/decode.js';
import type { BlockEngine } from '../execute/engine.js';
import type { StateReader } from '../state/reader.js';
import type { Receipt } from '../types.js';
import type { MVMemory } from './mvMemory.js';
import type { Scheduler, StormBound } from './scheduler.js';
import type { Output } from './outputCodec.js';
/** Options of the re-execution bound (`ParallelOptions.reexecutionBound`). */
export interface ReexecutionBound {
    /**
     * Halt when at least this share of execution time was wasted (default 1 − 1.2 / effective
     * workers, at least 0.25). 0 halts as soon as `minExecutedMs` ran (tests, the fuzzer).
     */
    wasteShare?: number;
    /**
     * … and at least this share of the incarnations were wasted (default: half, or 3/4 of
     * `wasteShare` when that is more — see {@link STORM_MIN_WASTED_INCARNATIONS}).
     */
    incarnationShare?: number;
    /** … once at least this much execution time (ms, summed over workers) ran (default 40). */
    minExecutedMs?: number;
    /**
     * … and at least this many incarnations started (default: 8 per worker, and half of the
     * block's transactions — see {@link STORM_MIN_BLOCK_SHARE}).
     */
    minExecutions?: number;
}
/**
 * Default `incarnationShare`, at least. Measured at 2 workers, the peak share over a run (30 runs
 * each): mainnet 19929064, 19426586 and 19933597 up to 34 % (their early bursts of conflicts);
 * the adversarial storm (`npm run bench:adversarial`) 65 % at least. With 3/4 of the time share
 * (30 %) as the rule before, the time share alone decided, and 19929064 halted in about 2 of 170
 * runs although its waste ends anywhere from 1 % to 40 %.
 */
export declare const STORM_MIN_WASTED_INCARNATIONS = 0.5;
/** Default `minExecutedMs`. */
export declare const STORM_MIN_EXECUTED_MS = 40;
/** Default `minExecutions` per worker: past the first wave of conflicts. */
export declare const STORM_MIN_EXECUTIONS_PER_WORKER = 8;
/**
 * Default `minExecutions` as a share of the block's transactions: the waste is judged over half
 * of the block at least. Judged sooner, an early burst of conflicts that the rest of the block
 * amortises halted mainnet blocks that waste little in all: over a quarter, 19929064, 19426586
 * and 19933597 halted at transactions 9–30 in 6 of 30 runs (and 12520364 on one long aborted
 * incarnation); over half, with the incarnation-count rule, in none of 30. A real storm (each
 * transaction reads its predecessor's write) costs at most that half at the pace of one worker
 * before the halt.
 */
export declare const STORM_MIN_BLOCK_SHARE = 0.5;
/**
 * The bound for `workers` worker threads as the scheduler takes it (permille, µs); no bound
 * (permille undefined) when disabled, and by default for a single worker, which wastes nothing.
 */
export declare function stormParameters(workers: number, bound: ReexecutionBound | false | undefined, txCount?: number): StormBound;
/**
 * After a halt: the number of leading transactions that are committed — final incarnation
 * executed, its output present, and its read set still valid against MVMemory (checked here on
 * the coordinator, once the workers have stopped: the state below each of them is final).
 */
export declare function committedPrefix(mv: MVMemory, scheduler: Scheduler, finals: Map<number, Output>, base: StateReader): number;
/**
 * Executes transactions `from` … end of `decoded` one after another on `engine` (whose state holds
 * the block up to `from`), as the sequential engine does.
 * @param gasBefore gas used by transactions 0 … from − 1
 * @param prepare called on each transaction first (installs the sender recovered by the workers)
 * @param onReceipt called with each transaction's receipt once it ran (publishes it to the workers hashing receipt leaves)
 * @throws the sequential engine's typed errors (InvalidTransactionError, ...)
 */
export declare function runSequentialTail(engine: BlockEngine, decoded: DecodedBlock, from: number, gasBefore: bigint, prepare: (index: number, tx: TypedTransaction) => void, onReceipt?: (index: number, receipt: Receipt) => void): Promise<Receipt[]>;
