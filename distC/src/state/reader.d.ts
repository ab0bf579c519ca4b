/**
 * What the executor reads the pre-state through. Addresses are lowercase `0x`-prefixed hex
 * (20 bytes); storage slots and values are bigints; code hashes are `0x`-prefixed keccak-256 hex.
 */
/** One account as it is before the block. Balance in wei. */
export interface AccountInfo {
    balance: bigint;
    nonce: bigint;
    /** keccak-256 of the code, `0x` hex; `undefined` when the account has no code. */
    codeHash?: string;
    /**
     * The account holds non-zero storage although it has no code and nonce 0 (genesis allocations,
     * the consensus tests): creating a contract there is a collision (EIP-7610). Readers need only
     * set it for such accounts; absent means false.
     */
    hasStorage?: boolean;
}
/**
 * Read-only view of the state a block executes on.
 *
 * Absence is meaningful: the reader is assumed to hold every account the block touches, so an
 * address for which `account` returns `undefined` is an account that does not exist (empty, in
 * the sense of EIP-161), and a slot not held reads as zero. Snapshots that do not satisfy this
 * (a missing account that does exist on chain) give wrong results, not errors.
 */
export interface StateReader {
    /** The account at `address`, or `undefined` if it does not exist. */
    account(address: string): AccountInfo | undefined;
    /** The storage value at `slot` of `address`; zero when absent. */
    storage(address: string, slot: bigint): bigint;
    /** The bytecode whose keccak-256 is `codeHash`, or `undefined` if unknown. */
    code(codeHash: string): Uint8Array | undefined;
    /**
     * The hash of ancestor block `number` (for BLOCKHASH), or `undefined` if not held.
     * Callers must treat `undefined` as an error, never as a zero hash.
     */
    blockHash(number: bigint): Uint8Array | undefined;
}
