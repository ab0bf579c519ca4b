/**
 * 256-bit words as bigints: conversions to and from big-endian bytes without hex strings, with
 * fast paths for values below 2^53 (offsets, lengths, counters), and addresses.
 */
import { toHex } from '../state/hex.js';
export declare const MAX_U256: bigint;
export declare const TWO_256: bigint;
export declare const MASK_160: bigint;
export { MAX_SAFE, readWordAt as readWord, writeWordAt as writeWord } from '../state/u256.js';
/** The word of 32 bytes (a hash), big-endian. */
export declare function bytes32ToWord(h: Uint8Array): bigint;
/** `v` as 32 big-endian bytes. */
export declare function wordToBytes32(v: bigint): Uint8Array;
/** A word as 32 bytes of lowercase `0x` hex (a log topic). */
export declare function wordToHex(w: bigint): string;
/** The address (low 160 bits of a word) as lowercase `0x` hex. */
export declare function wordToAddress(w: bigint): string;
/** An address string (lowercase `0x` hex) as a word. */
export declare function addressToWord(a: string): bigint;
/** 20 address bytes as lowercase `0x` hex. */
export declare function bytesToAddress(b: Uint8Array): string;
/** Lowercase `0x` hex of any bytes (one encoder for parevm's own bytes: `state/hex.ts`). */
export { toHex };
/** An address string as 20 bytes. */
export declare function addressToBytes(a: string): Uint8Array;
/** Number of 32-byte words covering `n` bytes. */
export declare const words: (n: number) => number;
