type Check = (e: unknown) => boolean;
/**
 * The consensus tests' exception names (ethereum/execution-spec-tests `TransactionException` /
 * `BlockException`) → the typed error parevm raises for them: an {@link InvalidTransactionError}
 * `reason`, an {@link InvalidBlockError} `field`, or a {@link BlockDecodeError} for RLP.
 */
export declare const EXCEPTIONS: Readonly<Record<string, Check>>;
/**
 * Whether `error` is what a test expects: `expected` is one exception name or several joined by
 * `|` (any of them); a block rejected for several reasons ({@link BlockRejectedError}) matches when any
 * reason does. An unknown name never matches (the run then reports it).
 * @example matchesException('TransactionException.INTRINSIC_GAS_TOO_LOW', err)
 */
export declare function matchesException(expected: string, error: unknown): boolean;
export {};
