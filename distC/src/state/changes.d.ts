/**
 * The effect of a block on the state: the post-block value of every account field and storage
 * slot that the block changed. Addresses lowercase `0x` hex; balances in wei.
 */
export interface AccountChange {
    address: string;
    /** The account does not exist after the block (it did before): self-destructed or EIP-161 cleared. */
    deleted: boolean;
    /** Post-block balance (wei), when it changed. */
    balance?: bigint;
    /** Post-block nonce, when it changed. */
    nonce?: bigint;
    /** Post-block code hash (`0x` keccak-256) and code, when the code changed (contract creation). */
    codeHash?: string;
    code?: Uint8Array;
    /** All storage held before the block was wiped (self-destruct, or re-creation). */
    storageCleared: boolean;
    /** Changed slots, ascending by slot: [slot, post-block value]. A zero value means the slot was cleared. */
    storage: [bigint, bigint][];
}
/** State changes of a block, ascending by address. */
export type StateChanges = AccountChange[];
/**
 * A canonical JSON-able form of state changes (hex strings, fixed key order), for byte-for-byte
 * comparison of two results and for printing.
 */
export declare function stateChangesToJSON(changes: StateChanges): unknown[];
