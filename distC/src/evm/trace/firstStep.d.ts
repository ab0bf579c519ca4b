import type { BlockInput } from '../../execute/lifecycle.js';
import type { StateReader } from '../../state/reader.js';
import type { TraceLine } from './types.js';
/** Where two engines' traces of a block first part: the transaction, the line and its fields. */
export interface FirstDifferingStep {
    tx: number;
    index: number;
    fields: string[];
    reference: TraceLine | undefined;
    parevm: TraceLine | undefined;
}
/**
 * Traces the block's transactions one by one on the reference engine and parevm's EVM and returns
 * the first differing EIP-3155 line, or undefined when every transaction traces alike (the
 * difference is then outside the traces: the block-level work or the result). A transaction that
 * cannot run on one engine ends the search there.
 */
export declare function firstDifferingStep(block: BlockInput, state: StateReader, txCount: number): Promise<FirstDifferingStep | undefined>;
