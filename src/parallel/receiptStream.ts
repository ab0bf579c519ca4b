import type { Block } from '@ethereumjs/block';
import { gasBound } from '../block/limits.js';
import { sharedBufferOf, zeroShared } from '../state/sharedBuffer.js';
import { leafRef } from '../state/trieRoot.js';
import type { Receipt } from '../types.js';
import { type ReceiptsTrieLayout, encodeReceiptBytes, receiptsRootFromLayout, receiptsTrieLayout, writeReceiptBytes } from '../verify/receipts.js';
import { SpareBuffer } from './spareBuffer.js';

/** The receipt stream's buffer kept for the next block ({@link SpareBuffer}). */
export const spareReceiptStream = new SpareBuffer(64 << 20);

// Header (Int32): receipts published, closed, count, capacity of the bytes region.
const PUBLISHED = 0;
const CLOSED = 1;
const COUNT = 2;
const CAPACITY = 3;
const HEADER = 16;
// A leaf's status.
const PENDING = 0;
const CLAIMED = 1;
const DONE = 2;
/** A reference is at most 33 bytes: 0xa0 ‖ keccak-256, or an inline node under 32 bytes. */
const REF = 33;
/** How often an idle worker looks for newly published receipts (ms): no wake-up per receipt on the coordinator's path. */
const POLL_MS = 1;
/** How long the coordinator waits for the leaves workers are hashing (ms, all of them together) before hashing the rest itself: only a lost worker takes this long. */
const LEAF_WAIT_MS = 1000;

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
export class ReceiptStream {
  private readonly header: Int32Array;
  private readonly status: Int32Array;
  private readonly ends: Uint32Array;
  private readonly refLengths: Uint8Array;
  private readonly refs: Uint8Array;
  private readonly bytes: Buffer;
  private readonly count: number;
  private readonly capacity: number;
  /** Coordinator: bytes written, and whether a receipt did not fit (nothing published after it). */
  private used = 0;
  private full = false;
  /** Coordinator, after {@link root}: leaves a worker hashed (the rest were hashed here). */
  leavesOnWorkers = 0;

  private static offsets(count: number) {
    const status = HEADER;
    const ends = status + 4 * count;
    const refLengths = ends + 4 * count;
    const refs = refLengths + count;
    const bytes = refs + REF * count;
    return { status, ends, refLengths, refs, bytes };
  }

  /**
   * A stream for `count` receipts of a block that may use `gas` (gas): room for receipts of the
   * most logs that gas could pay for (a log data byte costs 8 gas, a topic's 32 bytes 375), up to
   * 48 MiB; pages are only touched as receipts are written.
   * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. {@link spareReceiptStream}'s
   */
  static create(count: number, gas: bigint, reuse?: (bytes: number) => SharedArrayBuffer | undefined): ReceiptStream {
    const room = 65_536 + 400 * count + Number(gas < 1n << 40n ? gas : 1n << 40n) / 6;
    const capacity = Math.min(48 << 20, Math.ceil(room));
    const total = ReceiptStream.offsets(count).bytes + capacity;
    const { buffer, reused } = sharedBufferOf(total, reuse);
    const o = ReceiptStream.offsets(count);
    // Everything else is written before the header or a status says it is there.
    if (reused) zeroShared(buffer, 0, o.ends);
    const header = new Int32Array(buffer, 0, 4);
    header[COUNT] = count;
    header[CAPACITY] = capacity;
    return new ReceiptStream(buffer);
  }

  /**
   * A stream for `block`'s receipts, in the buffer the last block's stream left
   * ({@link spareReceiptStream}) when it is large enough: its room is for the logs the gas the
   * block can use could pay for, which is neither more than its limit nor than its transactions'
   * limits together. Give the buffer back with `spareReceiptStream.keep` once no worker reads it.
   */
  static forBlock(block: Block): ReceiptStream {
    const gas = gasBound(block.transactions, block.header.gasLimit);
    return ReceiptStream.create(block.transactions.length, gas, (bytes) => spareReceiptStream.take(bytes));
  }

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.count = this.header[COUNT]!;
    this.capacity = this.header[CAPACITY]!;
    const o = ReceiptStream.offsets(this.count);
    this.status = new Int32Array(buffer, o.status, this.count);
    this.ends = new Uint32Array(buffer, o.ends, this.count);
    this.refLengths = new Uint8Array(buffer, o.refLengths, this.count);
    this.refs = new Uint8Array(buffer, o.refs, REF * this.count);
    this.bytes = Buffer.from(buffer, o.bytes, this.capacity);
  }

  /** Coordinator: receipt `i` is final (its cumulative gas included); receipts come in order. */
  publish(i: number, receipt: Receipt): void {
    if (this.full || i !== Atomics.load(this.header, PUBLISHED) || Atomics.load(this.header, CLOSED) !== 0) return;
    const end = writeReceiptBytes(this.bytes, this.used, this.capacity, receipt);
    if (end < 0) {
      this.full = true;
      return;
    }
    this.ends[i] = end;
    this.used = end;
    Atomics.store(this.header, PUBLISHED, i + 1);
  }

  /** Coordinator: no more receipts; the workers stop hashing and end their jobs. Idempotent. */
  close(): void {
    Atomics.store(this.header, CLOSED, 1);
    Atomics.notify(this.header, PUBLISHED);
  }

  /** Published receipt `i`'s encoding, a view of the buffer. */
  private encoded(i: number): Uint8Array {
    return this.bytes.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  /**
   * Worker: hashes the leaves of published receipts no one claimed, as they come, until the
   * stream is closed or every receipt is claimed. `alsoServe` (other work the coordinator feeds
   * as its transactions run: `BloomFeed.serve`) runs between looks; while it finds work, the
   * worker does not wait. With `alsoServe` and fewer than two receipts (no leaf to hash), it
   * serves until the stream closes.
   */
  hashLeaves(alsoServe?: () => boolean): void {
    if (this.count < 2 && alsoServe === undefined) return;
    const layout = this.count < 2 ? undefined : receiptsTrieLayout(this.count);
    let next = 0;
    for (;;) {
      const published = Atomics.load(this.header, PUBLISHED);
      // Closed: the coordinator hashes what is left (or the block failed: nobody needs them).
      if (layout)
        for (; next < published && Atomics.load(this.header, CLOSED) === 0; next++)
          if (Atomics.compareExchange(this.status, next, PENDING, CLAIMED) === PENDING) this.hash(next, layout);
      if (next >= this.count || Atomics.load(this.header, CLOSED) !== 0) return;
      if (alsoServe?.()) continue;
      Atomics.wait(this.header, PUBLISHED, published, POLL_MS);
    }
  }

  private hash(i: number, layout: ReceiptsTrieLayout): void {
    const depth = layout.depthOf[i]!;
    // A branch's value (never a receipt: no key rlp(i) is a prefix of another) is left to the coordinator (length 0).
    if (depth >= 0) {
      const ref = leafRef({ nibbles: layout.nibbles[layout.itemOf[i]!]!, value: this.encoded(i) }, depth);
      this.refs.set(ref, i * REF);
      this.refLengths[i] = ref.length;
    } else this.refLengths[i] = 0;
    Atomics.store(this.status, i, DONE);
    Atomics.notify(this.status, i);
  }

  /**
   * Coordinator, once the last receipt is published: closes the stream and returns the receipts
   * root (`0x` hex) of `receipts` (the block's, in order), from the leaves the workers hashed and
   * the rest hashed here; undefined for fewer than two receipts (no leaf to share).
   */
  root(receipts: readonly Receipt[]): string | undefined {
    this.close();
    if (this.count < 2 || receipts.length !== this.count) return undefined;
    const published = Atomics.load(this.header, PUBLISHED);
    // Claimed here first (hashed while the root is built), so a worker's leaf in progress has time to end.
    const mine = new Uint8Array(this.count);
    for (let i = 0; i < this.count; i++) if (i >= published || Atomics.compareExchange(this.status, i, PENDING, CLAIMED) === PENDING) mine[i] = 1;
    // One deadline for every leaf in progress: lost workers cost LEAF_WAIT_MS once, not each.
    const until = performance.now() + LEAF_WAIT_MS;
    const leafOf = (i: number): Uint8Array | undefined => {
      if (mine[i] === 1) return undefined;
      const left = until - performance.now();
      if (Atomics.load(this.status, i) !== DONE && left > 0) Atomics.wait(this.status, i, CLAIMED, left);
      // Not done in time (a lost worker): hashed here.
      if (Atomics.load(this.status, i) !== DONE) return undefined;
      const length = this.refLengths[i]!;
      if (length === 0) return undefined;
      this.leavesOnWorkers++;
      return this.refs.subarray(i * REF, i * REF + length);
    };
    return receiptsRootFromLayout(receiptsTrieLayout(this.count), (i) => (i < published ? this.encoded(i) : encodeReceiptBytes(receipts[i]!)), leafOf);
  }
}
