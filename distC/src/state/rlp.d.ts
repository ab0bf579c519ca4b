/** A byte string, a non-negative integer (minimal big-endian bytes; 0 is the empty string) or a list. */
export type RlpInput = Uint8Array | bigint | readonly RlpInput[];
/**
 * The RLP of `item`, after one `prefix` byte when given (an EIP-2718 transaction type).
 * @throws RangeError on a negative integer
 */
export declare function encodeRlp(item: RlpInput, prefix?: number): Uint8Array;
/** RLP length of a list, or of a string other than one byte below 0x80, whose payload is `n` bytes. */
export declare function rlpFramedLength(n: number): number;
/** RLP length of a non-negative integer (minimal big-endian bytes; 0 is the empty string). */
export declare function rlpIntLength(v: bigint): number;
/** Encoded length of `item`; list payload lengths pushed to `sizes` in pre-order. */
/** RLP length of a byte string: itself when it is one byte below 0x80, else header and bytes. */
export declare function rlpBytesLength(b: Uint8Array): number;
/** Writes a byte string's RLP at `at` ({@link rlpBytesLength} bytes); returns the end. */
export declare function writeRlpBytes(out: Uint8Array, at: number, b: Uint8Array): number;
/**
 * Writes at `at` the RLP header of a payload of `n` bytes (`offset` 0x80: a string, 0xc0: a
 * list); returns where the payload starts.
 */
export declare function writeRlpHeader(out: Uint8Array, at: number, offset: number, n: number): number;
/**
 * `prefix || header || parts…`: the RLP of a string (`offset` 0x80) or a list (0xc0) whose payload
 * is `parts`, already encoded, concatenated; after `prefix` bytes when given.
 */
export declare function rlpFrame(offset: number, parts: readonly Uint8Array[], prefix?: Uint8Array): Uint8Array;
/** Writes a non-negative integer's RLP at `at` ({@link rlpIntLength} bytes); returns the end. */
export declare function writeRlpInt(out: Buffer, at: number, v: bigint): number;
/** An RLP item inside a byte array: where its encoding begins (`at`) and its payload `[start, end)`. */
export interface RlpItem {
    at: number;
    start: number;
    end: number;
}
/**
 * The RLP item at `at` (Yellow Paper appendix B), by offsets only: transactions parevm encoded
 * itself are read without copies or re-encoding (`@ethereumjs/rlp` copies every field; signing
 * payloads were decoded and encoded again: 18–44 µs per transaction here).
 * @throws Error when the item runs past the end of `b`
 */
export declare function rlpItem(b: Uint8Array, at: number): RlpItem;
/** The items of the RLP list `list`. */
export declare function rlpChildren(b: Uint8Array, list: RlpItem): RlpItem[];
