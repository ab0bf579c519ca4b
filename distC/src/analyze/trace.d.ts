import type { ChainSpec } from '../block/chains.js';
import type { StateReader } from '../state/reader.js';
import type { BlockModel } from './model.js';
import type { RpcBlockJson } from '../block/decode.js';
/** Options of {@link traceBlock}. */
export interface TraceOptions {
    /** Measured runs; per-transaction times are their medians (default 3). */
    runs?: number;
    /** Unmeasured runs first, to warm up the JIT (default 1). */
    warmup?: number;
    /** The block's chain (default mainnet), as `decodeBlock` takes it. */
    chain?: ChainSpec;
}
/** A traced block: its model, and the versions its reads actually saw in MVMemory. */
export interface BlockTrace {
    model: BlockModel;
    /**
     * `observed[j]`: the transactions whose versions transaction j's reads returned in the
     * single-threaded MVMemory (through lazy deltas), ascending — the graph must equal it.
     */
    observed: number[][];
    /** What was not done (e.g. a skipped system call), as the sequential engine notes it. */
    notes: string[];
}
/** One traced run: the model with this run's times. */
export type TraceRun = BlockTrace & {
    times: {
        exec: number[];
        validate: number[];
        recover: number[];
    };
};
/**
 * Traces `blockJson` (RPC JSON as `eth_getBlockByNumber(n, true)` returns it) on `state`: `warmup`
 * unmeasured runs, then `runs` runs whose per-transaction times are combined by {@link combineRuns}.
 * @throws the typed errors of `decodeBlock` and of execution (e.g. `InvalidTransactionError`):
 *   only valid blocks can be analyzed
 */
export declare function traceBlock(blockJson: RpcBlockJson | Uint8Array, state: StateReader, options?: TraceOptions): Promise<BlockTrace>;
/**
 * The model of the last run with every transaction's times combined over `runs`: each
 * transaction's median, scaled so that the block's total is the median run's total. A run's
 * pauses (garbage collection, preemption) fall on some transactions and not on the same ones each
 * run: medians alone would drop them, which a whole run never does.
 */
export declare function combineRuns(runs: TraceRun[]): BlockTrace;
/** One traced run (retried once with MVMemory's worst-case layout if the block overflows it). */
export declare function traceRun(blockJson: RpcBlockJson | Uint8Array, state: StateReader, chain?: ChainSpec): Promise<TraceRun>;
