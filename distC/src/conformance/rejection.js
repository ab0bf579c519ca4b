import { describe } from './stateTests.js';
/**
 * A block was rejected; `errors` are every rule it breaks that the importer found (typed errors:
 * InvalidBlockError, InvalidTransactionError, ...), the first one first.
 */
export class BlockRejectedError extends Error {
    errors;
    constructor(errors) {
        super(errors.map((r) => describe(r)).join('; '));
        this.errors = errors;
        this.name = 'BlockRejectedError';
    }
}
//# sourceMappingURL=rejection.js.map