import type { TypedTransaction } from '@ethereumjs/tx';
import { SpareBuffer } from './spareBuffer.js';
/** The transactions' buffer kept for the next block, on either parallel path ({@link SpareBuffer}). */
export declare const spareTransactions: SpareBuffer;
/**
 * A block's transactions for the workers, in one SharedArrayBuffer: Int32 [count, published,
 * offset0, …, offsetN], then the consensus encodings (EIP-2718; transaction i is bytes
 * `[offset_i, offset_i+1)`, back to back). The coordinator starts the workers first and writes the
 * encodings while they begin: it publishes how many are written after every {@link CHUNK}, and a
 * worker that reaches one not written yet waits for it ({@link TransactionReader.waitFor}).
 * Written before the workers started, they were the coordinator's largest serial step of a
 * block's start (8 ms on mainnet 14396881's 1,346 transactions in place, 2.8 ms when the same
 * objects were encoded repeatedly: their fields are cold in the cache after the previous block's
 * workers ran).
 *
 * The buffer is sized from {@link transactionBound}, which reads only each transaction's data
 * length, access list and `v`; the transactions not {@link writtenFieldByField} are serialized
 * up front.
 */
export declare class TransactionBuffer {
    private readonly txs;
    readonly buffer: SharedArrayBuffer;
    private readonly ints;
    private readonly bytes;
    /** Encodings made up front (`serialize()`), by transaction index. */
    private readonly serialized;
    private written;
    /** Private memory a chunk is encoded into, as large as the largest chunk's bound. */
    private readonly scratch;
    /** @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. one kept from the last block */
    constructor(txs: readonly TypedTransaction[], reuse?: (bytes: number) => SharedArrayBuffer | undefined);
    /**
     * Writes every transaction not written yet, publishing progress as it goes; a no-op once done.
     * @throws what encoding a transaction throws, and Error when an encoding passes its bound (the
     *   buffer is then marked failed first: see {@link abort})
     */
    writeAll(): this;
    /** Marks the buffer failed: a worker waiting for a transaction stops with an error. */
    abort(): void;
}
/**
 * A worker's view of a {@link TransactionBuffer}: transaction `i`'s encoding, once the
 * coordinator has written it (waiting in `Atomics.wait` until then).
 * @throws Error when the coordinator failed to write the transactions
 */
export declare class TransactionReader {
    readonly count: number;
    private readonly ints;
    readonly bytes: Uint8Array;
    /** How many are known written (a cached read of the shared word). */
    private published;
    constructor(buffer: SharedArrayBuffer);
    /** How many transactions are written now, or -1 when the coordinator failed to write them. */
    written(): number;
    /** Waits until transaction `i` (or, with `i = count - 1`, every one) is written. */
    waitFor(i: number): void;
    /** Transaction `i`'s encoding, a view into the shared buffer, once written ({@link waitFor}). */
    encoding(i: number): Uint8Array;
    /** Where transaction `i`'s encoding starts and ends in {@link bytes} (after {@link waitFor}). */
    start(i: number): number;
    end(i: number): number;
}
