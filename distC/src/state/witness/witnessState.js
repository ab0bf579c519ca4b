import { WitnessNotCoveredError } from '../../errors.js';
/**
 * A strict {@link StateReader} over an execution witness's pre-state: it answers only what the
 * witness proves and throws {@link WitnessNotCoveredError} for anything else, where the plain
 * {@link SnapshotState} would answer "absent" or zero. An account is covered when it is in
 * `witness.keys` or named by the block and proven by the nodes; a slot when it is listed under
 * its account (in `keys` or an access list), or when the account is absent or its storage empty.
 */
export class WitnessState {
    snapshot;
    coverage;
    constructor(
    /** The same pre-state, unchecked (what parevm's parallel engine takes). */
    snapshot, coverage) {
        this.snapshot = snapshot;
        this.coverage = coverage;
    }
    /** @throws WitnessNotCoveredError when the witness does not prove the account */
    account(address) {
        if (!this.coverage.has(address))
            throw new WitnessNotCoveredError(address);
        return this.snapshot.account(address);
    }
    /** @throws WitnessNotCoveredError when the witness does not prove the slot's value */
    storage(address, slot) {
        const c = this.coverage.get(address);
        if (!c || !(c.storageEmpty || c.slots.has(slot)))
            throw new WitnessNotCoveredError(address, slot);
        return this.snapshot.storage(address, slot);
    }
    code(codeHash) {
        return this.snapshot.code(codeHash);
    }
    blockHash(number) {
        return this.snapshot.blockHash(number);
    }
}
//# sourceMappingURL=witnessState.js.map