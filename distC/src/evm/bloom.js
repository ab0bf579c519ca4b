import { keccak256 } from './keccak.js';
import { addressToBytes, toHex, wordToBytes32 } from './words.js';
/**
 * Logs bloom (Yellow Paper §4.3.1, M3:2048): for the address and each topic of every log, three
 * bits taken from the first six bytes of its keccak-256. The three bit indices of an item are
 * cached per block (bounded): blocks repeat the same contracts and event signatures, and keccak dominates
 * the cost of a bloom.
 */
const CACHE_LIMIT = 1 << 16;
function bits(cache, item) {
    let b = cache.get(item);
    if (b === undefined) {
        b = bloomItem(item);
        if (cache.size >= CACHE_LIMIT)
            cache.clear();
        cache.set(item, b);
    }
    return b;
}
/**
 * The three bloom bit indices (0-2047 each) of an address (lowercase `0x` hex) or a topic (a
 * word), packed in one number: first × 2²², second × 2¹¹, third.
 */
export function bloomItem(item) {
    const h = keccak256(typeof item === 'string' ? addressToBytes(item) : wordToBytes32(item));
    return (((h[0] << 8) | h[1]) & 2047) * 4194304 + (((h[2] << 8) | h[3]) & 2047) * 2048 + (((h[4] << 8) | h[5]) & 2047);
}
/**
 * Whether the bloom `bloomHex` (`0x` hex, 256 bytes) has all three bits of `item` ({@link
 * bloomItem}). False means no log it was made from has that address or topic; a string that is
 * not 256 bytes of hex answers true (it rules nothing out).
 */
export function bloomHas(bloomHex, item) {
    if (bloomHex.length !== 514)
        return true;
    return hexBit(bloomHex, Math.floor(item / 4194304)) && hexBit(bloomHex, Math.floor(item / 2048) & 2047) && hexBit(bloomHex, item & 2047);
}
/** Bit `bit` of a `0x` hex bloom (bit 0 is the last byte's lowest, as {@link set} writes it). */
function hexBit(bloomHex, bit) {
    const at = 2 + 2 * (255 - (bit >> 3));
    const byte = Number.parseInt(bloomHex.slice(at, at + 2), 16);
    // Not hex: rules nothing out.
    return Number.isNaN(byte) || (byte & (1 << (bit & 7))) !== 0;
}
function set(bloom, bit) {
    bloom[255 - (bit >> 3)] |= 1 << (bit & 7);
}
function add(cache, bloom, item) {
    const b = bits(cache, item);
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
/** The 256-byte bloom of `logs` as lowercase `0x` hex; `cache` holds bit indices already computed (the block's). */
export function logsBloomHex(logs, cache) {
    SCRATCH.fill(0);
    for (const l of logs) {
        add(cache, SCRATCH, l.address);
        for (const t of l.topics)
            add(cache, SCRATCH, t);
    }
    return toHex(SCRATCH);
}
//# sourceMappingURL=bloom.js.map