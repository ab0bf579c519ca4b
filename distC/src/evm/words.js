/**
 * 256-bit words as bigints: conversions to and from big-endian bytes without hex strings, with
 * fast paths for values below 2^53 (offsets, lengths, counters), and addresses.
 */
import { fromHex, toHex } from '../state/hex.js';
import { readU256, u256Bytes } from '../state/u256.js';
export const MAX_U256 = (1n << 256n) - 1n;
export const TWO_256 = 1n << 256n;
export const MASK_160 = (1n << 160n) - 1n;
// The interpreter's memory reads and writes words in place: the one word conversion of u256.ts.
export { MAX_SAFE, readWordAt as readWord, writeWordAt as writeWord } from '../state/u256.js';
/** The word of 32 bytes (a hash), big-endian. */
export function bytes32ToWord(h) {
    return readU256(h, 0);
}
/** `v` as 32 big-endian bytes. */
export function wordToBytes32(v) {
    return u256Bytes(v);
}
/** A word as 32 bytes of lowercase `0x` hex (a log topic). */
export function wordToHex(w) {
    return `0x${w.toString(16).padStart(64, '0')}`;
}
/** The address (low 160 bits of a word) as lowercase `0x` hex. */
export function wordToAddress(w) {
    return `0x${(w & MASK_160).toString(16).padStart(40, '0')}`;
}
/** An address string (lowercase `0x` hex) as a word. */
export function addressToWord(a) {
    return BigInt(a);
}
/** 20 address bytes as lowercase `0x` hex. */
export function bytesToAddress(b) {
    return toHex(b.length === 20 ? b : b.subarray(0, 20));
}
/** Lowercase `0x` hex of any bytes (one encoder for parevm's own bytes: `state/hex.ts`). */
export { toHex };
/** An address string as 20 bytes. */
export function addressToBytes(a) {
    return fromHex(a);
}
/** Number of 32-byte words covering `n` bytes. */
export const words = (n) => Math.ceil(n / 32);
//# sourceMappingURL=words.js.map