import type { AccountInfo, StateReader } from '../reader.js';
import type { SnapshotState } from '../snapshot.js';
import type { CoveredAccount } from './prefetch.js';
/**
 * A strict {@link StateReader} over an execution witness's pre-state: it answers only what the
 * witness proves and throws {@link WitnessNotCoveredError} for anything else, where the plain
 * {@link SnapshotState} would answer "absent" or zero. An account is covered when it is in
 * `witness.keys` or named by the block and proven by the nodes; a slot when it is listed under
 * its account (in `keys` or an access list), or when the account is absent or its storage empty.
 */
export declare class WitnessState implements StateReader {
    /** The same pre-state, unchecked (what parevm's parallel engine takes). */
    readonly snapshot: SnapshotState;
    private readonly coverage;
    constructor(
    /** The same pre-state, unchecked (what parevm's parallel engine takes). */
    snapshot: SnapshotState, coverage: ReadonlyMap<string, CoveredAccount>);
    /** @throws WitnessNotCoveredError when the witness does not prove the account */
    account(address: string): AccountInfo | undefined;
    /** @throws WitnessNotCoveredError when the witness does not prove the slot's value */
    storage(address: string, slot: bigint): bigint;
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
}
