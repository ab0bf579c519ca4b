import type { StateChanges } from './changes.js';
import type { AccountInfo, StateReader } from './reader.js';
/**
 * A {@link StateReader} that sees `changes` applied on top of `base` (e.g. the pre-block system
 * writes — DAO change, EIP-4788 — under the transactions of a parallel run).
 */
export declare class ChangesOverlay implements StateReader {
    private readonly base;
    private readonly byAddress;
    private readonly slots;
    private readonly codes;
    constructor(base: StateReader, changes: StateChanges);
    account(address: string): AccountInfo | undefined;
    storage(address: string, slot: bigint): bigint;
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
}
