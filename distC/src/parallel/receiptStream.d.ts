import type { Block } from '@ethereumjs/block';
import type { Receipt } from '../types.js';
import { SpareBuffer } from './spareBuffer.js';
/** The receipt stream's buffer kept for the next block ({@link SpareBuffer}). */
export declare const spareReceiptStream: SpareBuffer;
/**
 * Receipts trie leaves hashed on idle workers (issue 16 item 4): the coordinator publishes each
 * transaction's encoded receipt as soon as it is final, in order, into a SharedArrayBuffer;
 * workers claim published receipts (compare-and-swap per receipt) and hash their leaves (the trie's layout depends on the
 * receipt count alone, {@link receiptsTrieLayout}). At the block's end the coordinator hashes
 * what no worker claimed, waits for what one is hashing, and builds the root from the leaves
 * (Yellow Paper §4.3, appendix D). Leaf hashing was most of the receipts root, and the root most
 * of the post-block work: 5.0 of 5.8 ms on mainnet 15537394 (a 1.6 MB receipt), 8.8 of 10.7 on
 * the synthetic Uniswap block, on the coordinator's critical path.
 *
 * On the pipelined path the receipts come as the coordinator's transactions end, and the
 * recovering workers hash them once done with their senders (their job's last step). After a
 * Block-STM run they come all at once, the committed ones (then those of a sequential tail), and
 * every worker hashes them in a post-block task while the coordinator merges the writes.
 *
 * Layout: Int32 header [published, closed, count, capacity], Int32 status per receipt, Uint32
 * end per receipt, a reference length and 33 bytes per receipt, then the receipts back to back.
 * A receipt that does not fit is not published, nor any after it: the coordinator hashes those.
 */
export declare class ReceiptStream {
    readonly buffer: SharedArrayBuffer;
    private readonly header;
    private readonly status;
    private readonly ends;
    private readonly refLengths;
    private readonly refs;
    private readonly bytes;
    private readonly count;
    private readonly capacity;
    /** Coordinator: bytes written, and whether a receipt did not fit (nothing published after it). */
    private used;
    private full;
    /** Coordinator, after {@link root}: leaves a worker hashed (the rest were hashed here). */
    leavesOnWorkers: number;
    private static offsets;
    /**
     * A stream for `count` receipts of a block that may use `gas` (gas): room for receipts of the
     * most logs that gas could pay for (a log data byte costs 8 gas, a topic's 32 bytes 375), up to
     * 48 MiB; pages are only touched as receipts are written.
     * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. {@link spareReceiptStream}'s
     */
    static create(count: number, gas: bigint, reuse?: (bytes: number) => SharedArrayBuffer | undefined): ReceiptStream;
    /**
     * A stream for `block`'s receipts, in the buffer the last block's stream left
     * ({@link spareReceiptStream}) when it is large enough: its room is for the logs the gas the
     * block can use could pay for, which is neither more than its limit nor than its transactions'
     * limits together. Give the buffer back with `spareReceiptStream.keep` once no worker reads it.
     */
    static forBlock(block: Block): ReceiptStream;
    constructor(buffer: SharedArrayBuffer);
    /** Coordinator: receipt `i` is final (its cumulative gas included); receipts come in order. */
    publish(i: number, receipt: Receipt): void;
    /** Coordinator: no more receipts; the workers stop hashing and end their jobs. Idempotent. */
    close(): void;
    /** Published receipt `i`'s encoding, a view of the buffer. */
    private encoded;
    /**
     * Worker: hashes the leaves of published receipts no one claimed, as they come, until the
     * stream is closed or every receipt is claimed.
     */
    hashLeaves(): void;
    private hash;
    /**
     * Coordinator, once the last receipt is published: closes the stream and returns the receipts
     * root (`0x` hex) of `receipts` (the block's, in order), from the leaves the workers hashed and
     * the rest hashed here; undefined for fewer than two receipts (no leaf to share).
     */
    root(receipts: readonly Receipt[]): string | undefined;
}
