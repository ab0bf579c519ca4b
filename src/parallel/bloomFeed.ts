import { bloomBitsOfHash, type TopicBloomBits } from '../evm/bloom.js';
import { keccak256 } from '../crypto/keccak.js';
import { writeWordAt } from '../state/u256.js';
import { sharedBufferOf, zeroShared } from '../state/sharedBuffer.js';
import { SpareBuffer } from './spareBuffer.js';

/** The bloom feed's buffer kept for the next block ({@link SpareBuffer}). */
const spareBloomFeed = new SpareBuffer(16 << 20);

// Header (Int32): topics written, topics claimed by workers, capacity, topics no longer needed.
const WRITTEN = 0;
const CLAIMED = 1;
const CAPACITY = 2;
const SETTLED = 3;
const HEADER = 16;
/** A topic's bits are in its result. */
const DONE = 1;
/** Most topics a worker claims at once (a compare-and-swap per batch). */
const BATCH = 64;
/** Most topics a feed holds: beyond, the coordinator computes their bits itself. */
const MAX_TOPICS = 1 << 17;
/** A topic costs at least 375 gas (LOGn, Yellow Paper appendix G): no block logs more than its gas ÷ 375. */
const TOPIC_GAS = 375n;

/**
 * Log topics' bloom bits computed on the pipelined path's idle worker while the coordinator's
 * transactions run ({@link TopicBloomBits}): the coordinator's LOG writes each topic (32 bytes,
 * big-endian) into a SharedArrayBuffer; a worker done with its senders claims written topics in
 * batches (compare-and-swap), hashes them and stores their bits; at the transaction's end the
 * bloom takes the bits that are there and computes the rest on the coordinator. Offered topics of
 * reverted frames are hashed for nothing. Mainnet 15537394's transaction of 10,001 Transfer logs
 * spends 14–25 ms of the block's ~45 ms on the bloom, on the coordinator's path.
 *
 * Layout: Int32 header [written, claimed, capacity, settled], Int32 status per topic (then 4
 * bytes of padding for an odd capacity), Float64 bits per topic, then 32 bytes per topic. A
 * buffer goes back for reuse all zero ({@link release}): only what a block wrote is cleared.
 */
export class BloomFeed implements TopicBloomBits {
  private readonly header: Int32Array;
  private readonly status: Int32Array;
  private readonly bits: Float64Array;
  private readonly keys: Uint8Array;
  private readonly keysView: DataView;
  private readonly capacity: number;
  /** Coordinator: topics written (its own count; the shared word follows it). */
  private written = 0;
  /** Coordinator: topics whose bits it took from a worker ({@link bitsAt}). */
  topicsOnWorkers = 0;

  private static offsets(capacity: number) {
    const status = HEADER;
    const bits = status + 4 * capacity + ((4 * capacity) % 8);
    const keys = bits + 8 * capacity;
    return { status, bits, keys, bytes: keys + 32 * capacity };
  }

  /**
   * A feed for the topics of a block that may use `gas` (gas), in the buffer the last block's feed
   * left ({@link spareBloomFeed}) when it is large enough (all zero: {@link release}); give it
   * back with {@link release} once no worker reads it.
   */
  static forGas(gas: bigint): BloomFeed {
    const capacity = Math.min(MAX_TOPICS, Number(gas / TOPIC_GAS));
    const { buffer } = sharedBufferOf(BloomFeed.offsets(capacity).bytes, (bytes) => spareBloomFeed.take(bytes));
    new Int32Array(buffer, 0, 4)[CAPACITY] = capacity;
    return new BloomFeed(buffer);
  }

  /**
   * Clears what this block wrote (the header, and the statuses, bits and keys of its topics) and
   * keeps the buffer for the next block ({@link spareBloomFeed}): call it once no worker reads it.
   * Proportional to the topics logged: a block without logs clears 16 bytes.
   */
  release(): void {
    const o = BloomFeed.offsets(this.capacity);
    const n = this.written;
    zeroShared(this.buffer, 0, HEADER);
    zeroShared(this.buffer, o.status, o.status + 4 * n);
    zeroShared(this.buffer, o.bits, o.bits + 8 * n);
    zeroShared(this.buffer, o.keys, o.keys + 32 * n);
    spareBloomFeed.keep(this.buffer);
  }

  constructor(readonly buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.capacity = this.header[CAPACITY]!;
    const o = BloomFeed.offsets(this.capacity);
    this.status = new Int32Array(buffer, o.status, this.capacity);
    this.bits = new Float64Array(buffer, o.bits, this.capacity);
    this.keys = new Uint8Array(buffer, o.keys, 32 * this.capacity);
    this.keysView = new DataView(buffer, o.keys, 32 * this.capacity);
  }

  /** Coordinator: writes `topics` for a worker to hash; where the first one's bits will be, or -1 (none, or no room). */
  offer(topics: readonly bigint[]): number {
    const at = this.written;
    const n = topics.length;
    if (n === 0 || at + n > this.capacity) return -1;
    for (let k = 0; k < n; k++) writeWordAt(this.keysView, 32 * (at + k), topics[k]!);
    this.written = at + n;
    Atomics.store(this.header, WRITTEN, at + n);
    return at;
  }

  /** Coordinator: the bits of offered topic `at`, or -1 when no worker has stored them yet. */
  bitsAt(at: number): number {
    if (Atomics.load(this.status, at) !== DONE) return -1;
    this.topicsOnWorkers++;
    return this.bits[at]!;
  }

  /** Coordinator: the topics written so far are needed no more (their transaction's bloom is made): workers skip those not yet claimed. */
  settled(): void {
    Atomics.store(this.header, SETTLED, this.written);
  }

  /**
   * Worker: hashes the written topics that no worker claimed and that are still needed (of the
   * transaction running on the coordinator), in batches, until none is left.
   * @returns whether it hashed any
   */
  serve(): boolean {
    let any = false;
    for (;;) {
      const claimed = Atomics.load(this.header, CLAIMED);
      const from = Math.max(claimed, Atomics.load(this.header, SETTLED));
      const written = Atomics.load(this.header, WRITTEN);
      if (from >= written) return any;
      const end = Math.min(written, from + BATCH);
      if (Atomics.compareExchange(this.header, CLAIMED, claimed, end) !== claimed) continue;
      for (let i = from; i < end; i++) {
        this.bits[i] = topicBits(this.keys, 32 * i);
        Atomics.store(this.status, i, DONE);
      }
      any = true;
    }
  }
}

/**
 * A worker's recent topics and their bits, direct-mapped by a hash of the topic's words: a block
 * repeats topics (an event's signature, a sender's address) in most of its logs, and a hit costs
 * a comparison of 32 bytes, a keccak-256 ~0.7 µs. Kept across blocks (the bits of a topic never change).
 */
const RECENT = 4096;
const recentKeys = new Uint8Array(32 * RECENT);
const recentBits = new Float64Array(RECENT).fill(-1);

/** The bloom bits of the topic at `keys[at … at+32)` ({@link bloomBitsOfHash}). */
function topicBits(keys: Uint8Array, at: number): number {
  let h = 0;
  for (let k = 0; k < 32; k += 4)
    h = (Math.imul(h, 31) + ((keys[at + k]! << 24) | (keys[at + k + 1]! << 16) | (keys[at + k + 2]! << 8) | keys[at + k + 3]!)) | 0;
  const slot = (h ^ (h >>> 15)) & (RECENT - 1);
  const r = 32 * slot;
  let same = recentBits[slot]! >= 0;
  for (let k = 0; k < 32 && same; k++) same = recentKeys[r + k] === keys[at + k];
  if (same) return recentBits[slot]!;
  // Copied out of the shared buffer first: the hash reads a thread-local copy.
  recentKeys.set(keys.subarray(at, at + 32), r);
  const bits = bloomBitsOfHash(keccak256(recentKeys.subarray(r, r + 32)));
  recentBits[slot] = bits;
  return bits;
}
