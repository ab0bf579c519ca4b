import type { AccountInfo, StateReader } from './reader.js';
import type { SnapshotState } from './snapshot.js';
/**
 * Encodes `state` into a SharedArrayBuffer for {@link SharedSnapshotReader}.
 * @param reuse - a buffer of at least the given bytes to encode into instead of a new one (or
 *   undefined): a fresh buffer page-faults on the first touch of each page, 8.6 ms for 2 MB here
 */
export declare function encodeSharedSnapshot(state: SnapshotState, reuse?: (bytes: number) => SharedArrayBuffer | undefined): SharedArrayBuffer;
/** Most bytes of code {@link copiedCodes} keeps: 32 MiB, about 1,300 contracts of the 24 KiB maximum (EIP-170). */
export declare const MAX_COPIED_CODE_BYTES: number;
/**
 * A {@link StateReader} over an encoded snapshot, read in place. Same meaning as the snapshot it
 * was encoded from: an absent account does not exist, an absent slot is zero.
 */
export declare class SharedSnapshotReader implements StateReader {
    private readonly u8;
    private readonly dv;
    private readonly capacity;
    private readonly storageAt;
    /** Code hash → offset of its directory entry. */
    private readonly codeDir;
    private readonly codes;
    private readonly hashes;
    private readonly entries;
    /** Decoded reads, kept for the block: a worker reads the same hot accounts and slots in many transactions. */
    private readonly accounts;
    private readonly slots;
    private readonly slotKey;
    private readonly addressScratch;
    private readonly slotKeyView;
    constructor(buffer: SharedArrayBuffer);
    /** Table offset of `address`'s entry, or -1. */
    private entry;
    /** The account at `address` (shared between calls: do not mutate). */
    account(address: string): AccountInfo | undefined;
    private decodeAccount;
    private hasNonZeroSlot;
    private codeHashAt;
    storage(address: string, slot: bigint): bigint;
    /** Binary search of `address`'s sorted slots in the table. */
    private findSlot;
    /**
     * The code with hash `codeHash` if the snapshot holds it, copied out of the buffer (the EVM
     * keeps code by hash beyond the block, in its analysis cache, and the buffer may be reused for
     * the next block) once per thread: copies are kept across blocks ({@link copiedCodes}).
     */
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
}
