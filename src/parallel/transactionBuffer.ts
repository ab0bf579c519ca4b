import type { TypedTransaction } from '@ethereumjs/tx';
import { type TransactionFields, sameEncoding, transactionBound, writeTransactionAt, writtenFieldByField } from '../block/transactionEncoding.js';
import { sharedBufferOf } from '../state/sharedBuffer.js';
import { SpareBuffer } from './spareBuffer.js';

/** Transactions written between two publications of progress. */
const CHUNK = 64;
/** Int32 words before the offsets: the count, then how many transactions are written (-1: failed). */
const HEAD_WORDS = 2;
const PUBLISHED = 1;

/** The transactions' buffer kept for the next block, on either parallel path ({@link SpareBuffer}). */
export const spareTransactions = new SpareBuffer(16 << 20);

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
 * up front. The pipelined path may write fields read from the block's JSON before decoding it
 * (`transactionFieldsFromRpc`), then checks them against the decoded transactions ({@link matches}).
 */
export class TransactionBuffer {
  readonly buffer: SharedArrayBuffer;
  private readonly ints: Int32Array;
  private readonly bytes: Uint8Array;
  /** Encodings made up front (`serialize()`), by transaction index. */
  private readonly serialized: (Uint8Array | undefined)[];
  private written = 0;
  /** Private memory a chunk is encoded into, as large as the largest chunk's bound. */
  private readonly scratch: Buffer;

  /**
   * @param txs - @ethereumjs/tx objects, or {@link TransactionFields} that are all {@link writtenFieldByField}
   * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. one kept from the last block
   */
  constructor(
    private readonly txs: readonly (TypedTransaction | TransactionFields)[],
    reuse?: (bytes: number) => SharedArrayBuffer | undefined,
  ) {
    const count = txs.length;
    const head = (HEAD_WORDS + count + 1) * 4;
    let total = head;
    let chunk = 0;
    let largestChunk = 0;
    this.serialized = new Array(count);
    for (let i = 0; i < count; i++) {
      const tx = txs[i]!;
      const bound = writtenFieldByField(tx) ? transactionBound(tx) : (this.serialized[i] = (tx as TypedTransaction).serialize()).length;
      total += bound;
      chunk = i % CHUNK === 0 ? bound : chunk + bound;
      if (chunk > largestChunk) largestChunk = chunk;
    }
    this.buffer = sharedBufferOf(total, reuse).buffer;
    this.ints = new Int32Array(this.buffer, 0, HEAD_WORDS + count + 1);
    this.bytes = new Uint8Array(this.buffer);
    this.scratch = Buffer.allocUnsafeSlow(largestChunk);
    this.ints[0] = count;
    this.ints[PUBLISHED] = 0;
    this.ints[HEAD_WORDS] = head;
  }

  /**
   * Writes every transaction not written yet, publishing progress as it goes; a no-op once done.
   * @throws what encoding a transaction throws, and Error when an encoding passes its bound (the
   *   buffer is then marked failed first: see {@link abort})
   */
  writeAll(): this {
    const count = this.txs.length;
    try {
      while (this.written < count) {
        const from = this.written;
        const to = Math.min(count, from + CHUNK);
        // Encoded into private memory, then copied once: stores into a shared buffer cost more.
        const start = this.ints[HEAD_WORDS + from]!;
        const scratch = this.scratch;
        let at = 0;
        for (let i = from; i < to; i++) {
          const tx = this.txs[i]!;
          const ready = this.serialized[i];
          if (ready) {
            scratch.set(ready, at);
            at += ready.length;
          } else {
            // Throws rather than write past the scratch: the bound must hold.
            at = writeTransactionAt(tx, scratch, at);
          }
          this.ints[HEAD_WORDS + i + 1] = start + at;
        }
        this.bytes.set(scratch.subarray(0, at), start);
        this.written = to;
        Atomics.store(this.ints, PUBLISHED, to);
        Atomics.notify(this.ints, PUBLISHED);
      }
    } catch (e) {
      this.abort();
      throw e;
    }
    return this;
  }

  /**
   * Whether what {@link writeAll} wrote is the consensus encoding of `txs`, one by one: the check
   * that encodings written from a block's JSON are the decoded block's ({@link sameEncoding}, field
   * by field). False when `txs` has another length, one is not written field by field, or not
   * everything was written.
   */
  matches(txs: readonly TypedTransaction[]): boolean {
    const count = this.txs.length;
    if (txs.length !== count || this.written < count) return false;
    for (let i = 0; i < count; i++) {
      const tx = txs[i]!;
      const mine = this.txs[i]!;
      if (!writtenFieldByField(tx) || !writtenFieldByField(mine) || !sameEncoding(tx, mine)) return false;
    }
    return true;
  }

  /** Marks the buffer failed: a worker waiting for a transaction stops with an error. */
  abort(): void {
    Atomics.store(this.ints, PUBLISHED, -1);
    Atomics.notify(this.ints, PUBLISHED);
  }
}

/**
 * A worker's view of a {@link TransactionBuffer}: transaction `i`'s encoding, once the
 * coordinator has written it (waiting in `Atomics.wait` until then).
 * @throws Error when the coordinator failed to write the transactions
 */
export class TransactionReader {
  readonly count: number;
  private readonly ints: Int32Array;
  readonly bytes: Uint8Array;
  /** How many are known written (a cached read of the shared word). */
  private published = 0;

  constructor(buffer: SharedArrayBuffer) {
    this.count = new Int32Array(buffer, 0, 1)[0]!;
    this.ints = new Int32Array(buffer, 0, HEAD_WORDS + this.count + 1);
    this.bytes = new Uint8Array(buffer);
  }

  /** How many transactions are written now, or -1 when the coordinator failed to write them. */
  written(): number {
    return Atomics.load(this.ints, PUBLISHED);
  }

  /** Waits until transaction `i` (or, with `i = count - 1`, every one) is written. */
  waitFor(i: number): void {
    while (this.published <= i) {
      const p = Atomics.load(this.ints, PUBLISHED);
      if (p < 0) throw new Error('internal: the coordinator could not encode the block transactions');
      if (p > i) this.published = p;
      else Atomics.wait(this.ints, PUBLISHED, p, 100);
    }
  }

  /** Transaction `i`'s encoding, a view into the shared buffer, once written ({@link waitFor}). */
  encoding(i: number): Uint8Array {
    this.waitFor(i);
    return this.bytes.subarray(this.start(i), this.end(i));
  }

  /** Where transaction `i`'s encoding starts and ends in {@link bytes} (after {@link waitFor}). */
  start(i: number): number {
    return this.ints[HEAD_WORDS + i]!;
  }
  end(i: number): number {
    return this.ints[HEAD_WORDS + i + 1]!;
  }
}
