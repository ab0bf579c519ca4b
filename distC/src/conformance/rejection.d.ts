/**
 * A block was rejected; `errors` are every rule it breaks that the importer found (typed errors:
 * InvalidBlockError, InvalidTransactionError, ...), the first one first.
 */
export declare class BlockRejectedError extends Error {
    readonly errors: unknown[];
    constructor(errors: unknown[]);
}
