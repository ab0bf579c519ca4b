import type { DecodedBlock } from '../block/decode.js';
import { ParevmError } from '../errors.js';
import type { BlockResult } from '../types.js';
import { type KnownState, type Misses, RecordingReader } from './knownState.js';
import type { StateSource } from './sources.js';
/** The discovery loop did not converge: the block kept reading new state after `rounds` fetches. */
export declare class DiscoveryRoundsError extends ParevmError {
    readonly block: bigint;
    readonly rounds: number;
    constructor(block: bigint, rounds: number);
}
/** The outcome of {@link discoverPreState}. */
export interface Discovery {
    /** The sequential execution on the complete pre-state. */
    result: BlockResult;
    /** The reader of that execution: what the block read (its pre-state). */
    reader: RecordingReader;
    /** Fetch rounds (0 when everything was known). */
    rounds: number;
    /** Accounts and slots fetched. */
    fetched: {
        accounts: number;
        slots: number;
    };
}
/**
 * The discovery loop: executes `decoded` sequentially over `known` with a reader that records
 * every miss (answering it as absent / zero so one execution finds as many as it can), has
 * `source` fetch the misses, and repeats until an execution misses nothing. `seed` — what the
 * block names (beneficiary, senders, recipients, access lists, withdrawals, system contracts) —
 * is fetched before the first execution. An execution that fails while something was missing is
 * retried; one that fails with nothing missing throws its error.
 * @param onRound called after each fetch round (for progress)
 * @throws DiscoveryRoundsError after `maxRounds` rounds (default 32)
 * @throws the execution's typed error on a complete pre-state (invalid transaction, ...)
 * @throws RpcError from `source`
 */
export declare function discoverPreState(decoded: DecodedBlock, known: KnownState, source: StateSource, options?: {
    seed?: Misses;
    maxRounds?: number;
    onRound?: (fetched: {
        accounts: number;
        slots: number;
    }) => void;
}): Promise<Discovery>;
