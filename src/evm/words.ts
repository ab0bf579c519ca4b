/**
 * 256-bit words as bigints: conversions to and from big-endian bytes without hex strings, with
 * fast paths for values below 2^53 (offsets, lengths, counters), and addresses.
 */
import { fromHex, toHex } from '../state/hex.js';
import { readU256, u256Bytes } from '../state/u256.js';

export const MAX_U256 = (1n << 256n) - 1n;
export const TWO_256 = 1n << 256n;
export const MASK_160 = (1n << 160n) - 1n;
/** Values up to this convert to a JS number exactly. */
export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const TWO_32 = 4294967296;
/** Highest 32-bit half of a safe integer (2^53 − 1 = 0x1fffff_ffffffff). */
const SAFE_HI = 0x1fffff;

/** Reads the 32-byte big-endian word at `at` (`dv` views `b`). */
export function readWord(_b: Uint8Array, dv: DataView, at: number): bigint {
  // Fast path: the upper 24 bytes are zero and the value fits 53 bits.
  if (
    dv.getUint32(at) === 0 &&
    dv.getUint32(at + 4) === 0 &&
    dv.getUint32(at + 8) === 0 &&
    dv.getUint32(at + 12) === 0 &&
    dv.getUint32(at + 16) === 0 &&
    dv.getUint32(at + 20) === 0
  ) {
    const hi = dv.getUint32(at + 24);
    if (hi <= SAFE_HI) return BigInt(hi * TWO_32 + dv.getUint32(at + 28));
    return dv.getBigUint64(at + 24);
  }
  return (dv.getBigUint64(at) << 192n) | (dv.getBigUint64(at + 8) << 128n) | (dv.getBigUint64(at + 16) << 64n) | dv.getBigUint64(at + 24);
}

/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `at`. */
export function writeWord(dv: DataView, at: number, v: bigint): void {
  if (v <= MAX_SAFE) {
    const n = Number(v);
    dv.setUint32(at, 0);
    dv.setUint32(at + 4, 0);
    dv.setUint32(at + 8, 0);
    dv.setUint32(at + 12, 0);
    dv.setUint32(at + 16, 0);
    dv.setUint32(at + 20, 0);
    dv.setUint32(at + 24, Math.floor(n / TWO_32));
    dv.setUint32(at + 28, n >>> 0);
    return;
  }
  // setBigUint64 stores its argument modulo 2^64.
  dv.setBigUint64(at, v >> 192n);
  dv.setBigUint64(at + 8, v >> 128n);
  dv.setBigUint64(at + 16, v >> 64n);
  dv.setBigUint64(at + 24, v);
}

/** The word of 32 bytes (a hash), big-endian. */
export function bytes32ToWord(h: Uint8Array): bigint {
  return readU256(h, 0);
}

/** `v` as 32 big-endian bytes. */
export function wordToBytes32(v: bigint): Uint8Array {
  return u256Bytes(v);
}

/** A word as 32 bytes of lowercase `0x` hex (a log topic). */
export function wordToHex(w: bigint): string {
  return `0x${w.toString(16).padStart(64, '0')}`;
}

/** The address (low 160 bits of a word) as lowercase `0x` hex. */
export function wordToAddress(w: bigint): string {
  return `0x${(w & MASK_160).toString(16).padStart(40, '0')}`;
}

/** An address string (lowercase `0x` hex) as a word. */
export function addressToWord(a: string): bigint {
  return BigInt(a);
}

/** 20 address bytes as lowercase `0x` hex. */
export function bytesToAddress(b: Uint8Array): string {
  return toHex(b.length === 20 ? b : b.subarray(0, 20));
}

/** Lowercase `0x` hex of any bytes (one encoder for parevm's own bytes: `state/hex.ts`). */
export { toHex };

/** An address string as 20 bytes. */
export function addressToBytes(a: string): Uint8Array {
  return fromHex(a);
}

/** Number of 32-byte words covering `n` bytes. */
export const words = (n: number): number => Math.ceil(n / 32);
