/** Fixed-width big-endian 256-bit words ↔ bigint, without going through hex strings. */
/** Values up to this convert to a JS number exactly. */
export declare const MAX_SAFE: bigint;
/**
 * The 32-byte big-endian word at `at` of `dv`, with a fast path for values below 2^53 (offsets,
 * lengths, counters, most balances). The one word conversion: the interpreter's memory reads it
 * in place (`evm/words.ts`), other bytes go through {@link readU256}.
 */
export declare function readWordAt(dv: DataView, at: number): bigint;
/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `at` of `dv` (see {@link readWordAt}). */
export declare function writeWordAt(dv: DataView, at: number, v: bigint): void;
/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `offset`. */
export declare function writeU256(target: Uint8Array, offset: number, v: bigint): void;
/** Reads 32 big-endian bytes at `offset` as a bigint. */
export declare function readU256(source: Uint8Array, offset?: number): bigint;
/** `v` as 32 big-endian bytes. */
export declare function u256Bytes(v: bigint): Uint8Array;
/**
 * Big-endian unsigned value of the `len` bytes at `at` (0 bytes: 0), without a hex string: PUSH
 * immediates (analysed code) and the integer fields of a worker's transactions
 * (@ethereumjs/util's `bytesToBigInt` goes through hex: about half of decoding a transaction).
 */
export declare function readUintBE(b: Uint8Array, at: number, len: number): bigint;
