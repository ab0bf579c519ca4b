import { keccak256 } from './keccak.js';
import { addressToBytes, toHex, wordToBytes32 } from './words.js';
import type { EvmLog } from './frames/journal.js';

/**
 * Logs bloom (Yellow Paper §4.3.1, M3:2048): for the address and each topic of every log, three
 * bits taken from the first six bytes of its keccak-256. The three bit indices of an item are
 * cached per block (bounded): blocks repeat the same contracts and event signatures, and keccak dominates
 * the cost of a bloom.
 */
const CACHE_LIMIT = 1 << 16;

function bits(cache: Map<string | bigint, number>, item: string | bigint): number {
  let b = cache.get(item);
  if (b === undefined) {
    b = bloomItem(item);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(item, b);
  }
  return b;
}

/**
 * The three bloom bit indices (0-2047 each) of an address (lowercase `0x` hex) or a topic (a
 * word), packed in one number: first × 2²², second × 2¹¹, third.
 */
export function bloomItem(item: string | bigint): number {
  return bloomBitsOfHash(keccak256(typeof item === 'string' ? addressToBytes(item) : wordToBytes32(item)));
}

/** {@link bloomItem}'s three bit indices, packed, from the item's keccak-256 hash `h` (32 bytes). */
export function bloomBitsOfHash(h: Uint8Array): number {
  return (((h[0]! << 8) | h[1]!) & 2047) * 4194304 + (((h[2]! << 8) | h[3]!) & 2047) * 2048 + (((h[4]! << 8) | h[5]!) & 2047);
}

/**
 * Bloom bit indices of log topics computed on another thread while the transaction runs (the
 * pipelined path's workers, `parallel/bloomFeed.ts`): a log-heavy transaction's bloom was the
 * coordinator's serial work (mainnet 15537394: 14–25 ms of its ~45 ms, one transaction's
 * 10,001 logs). LOG offers each log's topics as it runs; the bloom takes what was computed by
 * then and computes the rest itself.
 */
export interface TopicBloomBits {
  /** Offers a log's topics (words); returns where the first one's bits will be (`EvmLog.bloomAt`), or -1 when not taken. */
  offer(topics: readonly bigint[]): number;
  /** The packed bit indices ({@link bloomItem}) of offered topic `at`, or -1 when not computed yet. */
  bitsAt(at: number): number;
  /** The topics offered so far are needed no more (their transaction's bloom is made): not worth computing now. */
  settled(): void;
}

/**
 * Whether the bloom `bloomHex` (`0x` hex, 256 bytes) has all three bits of `item` ({@link
 * bloomItem}). False means no log it was made from has that address or topic; a string that is
 * not 256 bytes of hex answers true (it rules nothing out).
 */
export function bloomHas(bloomHex: string, item: number): boolean {
  if (bloomHex.length !== 514) return true;
  return hexBit(bloomHex, Math.floor(item / 4194304)) && hexBit(bloomHex, Math.floor(item / 2048) & 2047) && hexBit(bloomHex, item & 2047);
}

/** Bit `bit` of a `0x` hex bloom (bit 0 is the last byte's lowest, as {@link set} writes it). */
function hexBit(bloomHex: string, bit: number): boolean {
  const at = 2 + 2 * (255 - (bit >> 3));
  const byte = Number.parseInt(bloomHex.slice(at, at + 2), 16);
  // Not hex: rules nothing out.
  return Number.isNaN(byte) || (byte & (1 << (bit & 7))) !== 0;
}

function set(bloom: Uint8Array, bit: number): void {
  bloom[255 - (bit >> 3)]! |= 1 << (bit & 7);
}

function add(cache: Map<string | bigint, number>, bloom: Uint8Array, item: string | bigint): void {
  setBits(bloom, bits(cache, item));
}

/** Sets the three bits packed in `b` ({@link bloomItem}). */
function setBits(bloom: Uint8Array, b: number): void {
  set(bloom, Math.floor(b / 4194304));
  set(bloom, Math.floor(b / 2048) & 2047);
  set(bloom, b & 2047);
}

/**
 * The empty bloom as lowercase `0x` hex (a receipt without logs: most of a block of transfers):
 * one shared string, so a receipt gets it without encoding 256 zero bytes and a comparison with it
 * is one pointer check (an equal string made elsewhere, the reference engine's, compares by content).
 */
export const EMPTY_BLOOM_HEX = `0x${'00'.repeat(256)}`;

/** One bloom, written and read by {@link logsBloomHex} (a 256-byte array allocated per receipt lives outside V8's heap: ~2 µs). */
const SCRATCH = new Uint8Array(256);

/**
 * The 256-byte bloom of `logs` as lowercase `0x` hex; `cache` holds bit indices already computed
 * (the block's), `computed` those of topics offered to another thread ({@link TopicBloomBits}).
 */
export function logsBloomHex(logs: readonly EvmLog[], cache: Map<string | bigint, number>, computed?: TopicBloomBits): string {
  SCRATCH.fill(0);
  for (const l of logs) {
    add(cache, SCRATCH, l.address);
    const at = computed === undefined ? -1 : l.bloomAt;
    const topics = l.topics;
    for (let k = 0; k < topics.length; k++) {
      const b = at < 0 ? -1 : computed!.bitsAt(at + k);
      if (b < 0) add(cache, SCRATCH, topics[k]!);
      else setBits(SCRATCH, b);
    }
  }
  return toHex(SCRATCH);
}
