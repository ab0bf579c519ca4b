/** Fixed-width big-endian 256-bit words ↔ bigint, without going through hex strings. */
const TWO_32 = 4294967296;
/** Highest 32-bit half of a safe integer (2^53 − 1 = 0x1fffff_ffffffff). */
const SAFE_HI = 0x1fffff;
/** Values up to this convert to a JS number exactly. */
export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * The 32-byte big-endian word at `at` of `dv`, with a fast path for values below 2^53 (offsets,
 * lengths, counters, most balances). The one word conversion: the interpreter's memory reads it
 * in place (`evm/words.ts`), other bytes go through {@link readU256}.
 */
export function readWordAt(dv, at) {
    if (dv.getUint32(at) === 0 &&
        dv.getUint32(at + 4) === 0 &&
        dv.getUint32(at + 8) === 0 &&
        dv.getUint32(at + 12) === 0 &&
        dv.getUint32(at + 16) === 0 &&
        dv.getUint32(at + 20) === 0) {
        const hi = dv.getUint32(at + 24);
        if (hi <= SAFE_HI)
            return BigInt(hi * TWO_32 + dv.getUint32(at + 28));
        return dv.getBigUint64(at + 24);
    }
    return (dv.getBigUint64(at) << 192n) | (dv.getBigUint64(at + 8) << 128n) | (dv.getBigUint64(at + 16) << 64n) | dv.getBigUint64(at + 24);
}
/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `at` of `dv` (see {@link readWordAt}). */
export function writeWordAt(dv, at, v) {
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
/** One scratch word for any other bytes: a DataView made per call cost more than the conversion itself. */
const SCRATCH = new Uint8Array(32);
const SCRATCH_VIEW = new DataView(SCRATCH.buffer);
/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `offset`. */
export function writeU256(target, offset, v) {
    if (offset < 0 || offset + 32 > target.length)
        throw new RangeError(`writeU256: 32 bytes at ${offset} of ${target.length}`);
    writeWordAt(SCRATCH_VIEW, 0, v);
    for (let i = 0; i < 32; i++)
        target[offset + i] = SCRATCH[i];
}
/** Reads 32 big-endian bytes at `offset` as a bigint. */
export function readU256(source, offset = 0) {
    if (offset < 0 || offset + 32 > source.length)
        throw new RangeError(`readU256: 32 bytes at ${offset} of ${source.length}`);
    for (let i = 0; i < 32; i++)
        SCRATCH[i] = source[offset + i];
    return readWordAt(SCRATCH_VIEW, 0);
}
/** `v` as 32 big-endian bytes. */
export function u256Bytes(v) {
    const out = new Uint8Array(32);
    writeU256(out, 0, v);
    return out;
}
/** Small values as bigints, shared (PUSH1 immediates, nonces, transaction types and the like). */
const SMALL = Array.from({ length: 256 }, (_, i) => BigInt(i));
/**
 * Big-endian unsigned value of the `len` bytes at `at` (0 bytes: 0), without a hex string: PUSH
 * immediates (analysed code) and the integer fields of a worker's transactions
 * (@ethereumjs/util's `bytesToBigInt` goes through hex: about half of decoding a transaction).
 */
export function readUintBE(b, at, len) {
    if (len === 1)
        return SMALL[b[at]];
    if (len <= 6) {
        let v = 0;
        for (let k = 0; k < len; k++)
            v = v * 256 + b[at + k];
        return BigInt(v);
    }
    let v = 0n;
    let k = 0;
    // 6-byte chunks are exact in a double.
    for (; k + 6 <= len; k += 6) {
        let chunk = 0;
        for (let j = 0; j < 6; j++)
            chunk = chunk * 256 + b[at + k + j];
        v = (v << 48n) | BigInt(chunk);
    }
    for (; k < len; k++)
        v = (v << 8n) | SMALL[b[at + k]];
    return v;
}
//# sourceMappingURL=u256.js.map