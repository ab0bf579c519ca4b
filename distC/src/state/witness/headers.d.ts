/**
 * An ancestor header of an execution witness (`witness.headers`), decoded from its RLP
 * (Yellow Paper §4.3). Hashes are `0x` hex; `rlp` is the header as the witness gave it.
 */
export interface WitnessHeader {
    /** keccak-256 of `rlp`: the block hash. */
    hash: string;
    parentHash: string;
    stateRoot: string;
    number: bigint;
    /** Seconds since the Unix epoch. */
    timestamp: bigint;
    rlp: Uint8Array;
}
/**
 * Decodes `witness.headers` and checks they are ancestors of the block: following `parentHash`
 * from `parentHash` must reach every one of them.
 * @returns the parent header and the ancestors' hashes by number (for BLOCKHASH)
 * @throws FixtureFormatError on a header that is not RLP of a header, when no header hashes to
 *   `parentHash`, or on a header that is not on the chain of ancestors
 */
export declare function ancestorHeaders(rlps: Uint8Array[], parentHash: string, file: string): {
    parent: WitnessHeader;
    hashes: Map<bigint, Uint8Array>;
};
