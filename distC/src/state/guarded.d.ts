import type { AccountInfo, StateReader } from './reader.js';
/**
 * A {@link StateReader} that turns any error thrown by the reader it wraps into a
 * {@link StateReadError} naming the method and key (a {@link ParevmError} passes unchanged), so a
 * failing reader fails the block with a typed error instead of being mistaken for an invalid
 * transaction or, worse, read as absent.
 */
export declare class GuardedReader implements StateReader {
    readonly inner: StateReader;
    constructor(inner: StateReader);
    account(address: string): AccountInfo | undefined;
    storage(address: string, slot: bigint): bigint;
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
}
/** `reader` guarded by a {@link GuardedReader} (once: an already guarded reader is returned as is). */
export declare function guarded(reader: StateReader): StateReader;
