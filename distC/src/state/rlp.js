/**
 * RLP encoding (Yellow Paper appendix B) of byte strings, unsigned integers and lists into one
 * buffer, in two passes (lengths, then bytes). `@ethereumjs/rlp` stays the reference
 * (test/unit/rlp.test.ts); it copies at every level and turns each integer into hex twice, which
 * made encoding a block's transactions for the workers 25–30 µs per transaction of the
 * coordinator's serial work.
 */
import { writeU256 } from './u256.js';
/**
 * The RLP of `item`, after one `prefix` byte when given (an EIP-2718 transaction type).
 * @throws RangeError on a negative integer
 */
export function encodeRlp(item, prefix) {
    const sizes = [];
    const total = measure(item, sizes);
    const p = prefix === undefined ? 0 : 1;
    const out = Buffer.allocUnsafe(p + total);
    if (p)
        out[0] = prefix;
    write(out, p, item, sizes, { next: 0 });
    return out;
}
/** Bytes needed to write `n` big-endian, without leading zeros. */
function byteCount(n) {
    let c = 0;
    for (; n > 0; n = Math.floor(n / 256))
        c++;
    return c;
}
/** RLP length of a list, or of a string other than one byte below 0x80, whose payload is `n` bytes. */
export function rlpFramedLength(n) {
    return n < 56 ? 1 + n : 1 + byteCount(n) + n;
}
/** 2^(8k), k = 0 … 32: a bigint's byte count by comparisons instead of a hex string per integer. */
const POW256 = Array.from({ length: 33 }, (_, k) => 1n << BigInt(8 * k));
const SAFE = 1n << 53n;
const WORD = new Uint8Array(32);
/** Bytes of `v` (0 < v) big-endian without leading zeros. */
function intByteCount(v) {
    if (v < SAFE)
        return byteCount(Number(v));
    if (v >= POW256[32])
        return (v.toString(16).length + 1) >> 1;
    let lo = 7;
    let hi = 32;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v < POW256[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/** RLP length of a non-negative integer (minimal big-endian bytes; 0 is the empty string). */
export function rlpIntLength(v) {
    if (v < 0n)
        throw new RangeError(`RLP: negative integer ${v}`);
    return v > 0n && v < 0x80n ? 1 : rlpFramedLength(v === 0n ? 0 : intByteCount(v));
}
/** Encoded length of `item`; list payload lengths pushed to `sizes` in pre-order. */
/** RLP length of a byte string: itself when it is one byte below 0x80, else header and bytes. */
export function rlpBytesLength(b) {
    return b.length === 1 && b[0] < 0x80 ? 1 : rlpFramedLength(b.length);
}
/** Writes a byte string's RLP at `at` ({@link rlpBytesLength} bytes); returns the end. */
export function writeRlpBytes(out, at, b) {
    if (b.length !== 1 || b[0] >= 0x80)
        at = writeRlpHeader(out, at, 0x80, b.length);
    out.set(b, at);
    return at + b.length;
}
function measure(item, sizes) {
    if (item instanceof Uint8Array)
        return rlpBytesLength(item);
    if (typeof item === 'bigint')
        return rlpIntLength(item);
    const slot = sizes.length;
    sizes.push(0);
    let payload = 0;
    for (const it of item)
        payload += measure(it, sizes);
    sizes[slot] = payload;
    return rlpFramedLength(payload);
}
/**
 * Writes at `at` the RLP header of a payload of `n` bytes (`offset` 0x80: a string, 0xc0: a
 * list); returns where the payload starts.
 */
export function writeRlpHeader(out, at, offset, n) {
    if (n < 56) {
        out[at] = offset + n;
        return at + 1;
    }
    const c = byteCount(n);
    out[at] = offset + 55 + c;
    for (let i = c; i >= 1; i--, n = Math.floor(n / 256))
        out[at + i] = n & 0xff;
    return at + 1 + c;
}
/**
 * `prefix || header || parts…`: the RLP of a string (`offset` 0x80) or a list (0xc0) whose payload
 * is `parts`, already encoded, concatenated; after `prefix` bytes when given.
 */
export function rlpFrame(offset, parts, prefix) {
    let len = 0;
    for (const p of parts)
        len += p.length;
    const start = prefix?.length ?? 0;
    const out = new Uint8Array(start + rlpFramedLength(len));
    if (prefix)
        out.set(prefix);
    let at = writeRlpHeader(out, start, offset, len);
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** Writes a non-negative integer's RLP at `at` ({@link rlpIntLength} bytes); returns the end. */
export function writeRlpInt(out, at, v) {
    if (v > 0n && v < 0x80n) {
        out[at] = Number(v);
        return at + 1;
    }
    if (v === 0n) {
        out[at] = 0x80;
        return at + 1;
    }
    const c = intByteCount(v);
    at = writeRlpHeader(out, at, 0x80, c);
    if (v < SAFE) {
        let n = Number(v);
        for (let i = c - 1; i >= 0; i--, n = Math.floor(n / 256))
            out[at + i] = n % 256;
    }
    else if (c <= 32) {
        writeU256(WORD, 0, v);
        for (let i = 0; i < c; i++)
            out[at + i] = WORD[32 - c + i];
    }
    else {
        const hex = v.toString(16);
        out.write(hex.length & 1 ? `0${hex}` : hex, at, c, 'hex');
    }
    return at + c;
}
function write(out, at, item, sizes, cursor) {
    if (item instanceof Uint8Array)
        return writeRlpBytes(out, at, item);
    if (typeof item === 'bigint')
        return writeRlpInt(out, at, item);
    at = writeRlpHeader(out, at, 0xc0, sizes[cursor.next++]);
    for (const it of item)
        at = write(out, at, it, sizes, cursor);
    return at;
}
/**
 * The RLP item at `at` (Yellow Paper appendix B), by offsets only: transactions parevm encoded
 * itself are read without copies or re-encoding (`@ethereumjs/rlp` copies every field; signing
 * payloads were decoded and encoded again: 18–44 µs per transaction here).
 * @throws Error when the item runs past the end of `b`
 */
export function rlpItem(b, at) {
    const p = b[at];
    let start;
    let len;
    if (p < 0x80)
        return { at, start: at, end: at + 1 };
    if (p < 0xb8 || (p >= 0xc0 && p < 0xf8)) {
        start = at + 1;
        len = p - (p < 0xc0 ? 0x80 : 0xc0);
    }
    else {
        const n = p - (p < 0xc0 ? 0xb7 : 0xf7);
        if (at + n >= b.length)
            throw new Error('internal: malformed RLP');
        len = 0;
        for (let i = 1; i <= n; i++)
            len = len * 256 + b[at + i];
        start = at + 1 + n;
    }
    if (start + len > b.length)
        throw new Error('internal: malformed RLP');
    return { at, start, end: start + len };
}
/** The items of the RLP list `list`. */
export function rlpChildren(b, list) {
    const out = [];
    for (let at = list.start; at < list.end;) {
        const it = rlpItem(b, at);
        out.push(it);
        at = it.end;
    }
    return out;
}
//# sourceMappingURL=rlp.js.map