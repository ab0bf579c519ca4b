/**
 * Empties a Map or Set that holds entries, and leaves an empty one alone: clearing an empty one
 * still allocates its table (~90 ns here), and a worker resets a dozen per transaction (the EVM's
 * journal and the state manager).
 */
export declare function clearIfAny(c: {
    readonly size: number;
    clear(): void;
}): void;
