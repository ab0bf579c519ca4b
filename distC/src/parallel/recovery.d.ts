import type { TypedTransaction } from '@ethereumjs/tx';
import { type RecoveryRules } from '../block/senders.js';
import { SpareBuffer } from './spareBuffer.js';
/** The recovery buffer kept for the next block, on either parallel path ({@link SpareBuffer}). */
export declare const spareRecovery: SpareBuffer;
/**
 * Sender recovery shared between workers: each transaction's 64-byte public key is recovered once,
 * by whichever worker claims it first (compare-and-swap on its status), into a SharedArrayBuffer.
 * Worker w first claims transactions w, w+W, w+2W, …, then goes on to Block-STM at once: a
 * transaction whose sender is not recovered yet when a worker executes it is recovered by that
 * worker, or waited for while another one is at it. No barrier, so a worker that starts late
 * or recovers slowly does not hold the others. Every worker installs a key on its own copy of a
 * transaction when it decodes it (the tx's sender cache), so execution never recovers again.
 * The recovering worker also writes the sender's address, so neither the coordinator nor the
 * other workers hash the key again (724 keccaks were 5 ms of the coordinator's serial work).
 * Layout: Int32 [status per tx (0 pending, 1 ok, 2 invalid, 3 claimed)], then keys, then addresses.
 */
export declare class RecoveryBuffer {
    readonly buffer: SharedArrayBuffer;
    private readonly txCount;
    private readonly ints;
    private readonly keys;
    private readonly addresses;
    static bytesFor(txCount: number): number;
    /**
     * A buffer for `txCount` transactions, every one pending.
     * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. one kept from the last block
     */
    static create(txCount: number, reuse?: (bytes: number) => SharedArrayBuffer | undefined): RecoveryBuffer;
    constructor(buffer: SharedArrayBuffer, txCount: number);
    /**
     * Claims and recovers transactions `worker`, `worker + workers`, … (those no other worker
     * claimed first). Returns false if one has an invalid signature.
     */
    recoverStride(bytesAt: (i: number) => Uint8Array, worker: number, workers: number, rules: RecoveryRules): boolean;
    /**
     * Makes sure transaction `i`'s sender is recovered: recovers it if no worker claimed it, waits
     * while another recovers it (or until `stop()`: a worker lost while recovering halts the block).
     * Returns false on an invalid signature, or when stopped first.
     */
    ensure(i: number, bytesAt: (i: number) => Uint8Array, rules: RecoveryRules, stop: () => boolean, help?: () => boolean): boolean;
    /**
     * Claims and recovers the lowest transaction still pending from `from` on (the pipelined
     * coordinator's help while a worker recovers the sender it needs next: the senders it needs
     * soonest, so that when the workers have recovered the last one, little execution is left; help
     * from the block's end left the coordinator executing that end alone, ~20% of a block of ERC-20
     * transfers). Returns its index, or -1 when none from there on is pending.
     */
    recoverOneFrom(from: number, bytesAt: (i: number) => Uint8Array, rules: RecoveryRules): number;
    /**
     * Claims and recovers, from the block's end down, every transaction no one has claimed, until
     * none is left or `stop()` (Block-STM's coordinator, while fewer workers than cores claim theirs
     * from the start). Returns false on an invalid signature (it stops there).
     */
    recoverFromBack(bytesAt: (i: number) => Uint8Array, rules: RecoveryRules, stop: () => boolean): boolean;
    /** Claims transaction `i` for this thread if no one has (compare-and-swap on its status); true when it did. */
    private claim;
    /**
     * Recovers a claimed transaction's sender from its consensus encoding ({@link recoverPublicKey}),
     * publishes the key and its address and wakes the workers waiting for it. Returns false on an
     * invalid signature.
     */
    private recover;
    /** Installs the recovered key of transaction `i` on `tx` ({@link cacheSenderPublicKey}), so it is not recovered again. */
    install(i: number, tx: TypedTransaction): void;
    /** The first transaction whose sender did not recover (an invalid signature, or never recovered), or -1. */
    firstUnrecovered(): number;
    /** The sender of transaction `i` (lowercase `0x` hex), or undefined if it did not recover. */
    sender(i: number): string | undefined;
    /**
     * Every transaction's sender (lowercase `0x` hex; undefined where it did not recover): the
     * address region decoded to hex once and cut, not one conversion per transaction (the
     * coordinator's serial work).
     */
    senders(): (string | undefined)[];
    /** The recovered public key of transaction `i`, or undefined if it did not recover. */
    publicKey(i: number): Uint8Array | undefined;
}
