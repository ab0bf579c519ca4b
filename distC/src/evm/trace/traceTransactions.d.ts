import { type BlockInput } from '../../execute/lifecycle.js';
import type { StateReader } from '../../state/reader.js';
import { type EngineName } from '../../execute/engine.js';
import type { TraceSink } from './types.js';
/** The engines `parevm trace` traces (see `EngineName`). */
export type TraceEngine = EngineName;
/** Options of {@link traceTransactions}. */
export interface TraceTransactionsOptions {
    /** The EVM to trace (default `parevm`). */
    engine?: TraceEngine;
    /** Trace only this transaction (0-based); the ones before it still run, untraced. */
    tx?: number;
    /** Receives the lines: each traced transaction's steps, then its summary. */
    sink: TraceSink;
}
/**
 * Executes a block's transactions in order, as `executeBlockSequential` does (senders, pre-block
 * system work, one state manager), and sends EIP-3155 lines of the traced ones to `sink`. Stops
 * after the last traced transaction; no post-block work.
 * @returns the indexes of the transactions traced
 * @throws RangeError when `tx` is not a transaction of the block
 * @throws what `executeBlockSequential` throws for the same block (invalid transaction, state
 *   read, unsupported hardfork), and what `sink` throws
 */
export declare function traceTransactions(input: BlockInput, state: StateReader, options: TraceTransactionsOptions): Promise<number[]>;
