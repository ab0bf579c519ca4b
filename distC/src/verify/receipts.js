import { bytesToHex } from '@ethereumjs/util';
import { fromHexInto } from '../state/hex.js';
import { EMPTY_BLOOM_HEX } from '../evm/bloom.js';
import { hexStringLength, logsEncodingOf, writeHexString } from '../evm/logs.js';
import { encodeRlp, rlpFramedLength, rlpIntLength, writeRlpHeader, writeRlpInt } from '../state/rlp.js';
import { shapeRoot, trieRoot, trieShape } from '../state/trieRoot.js';
/**
 * The consensus encoding of a receipt (EIP-2718 `type || rlp([status | stateRoot,
 * cumulativeGasUsed, bloom, logs])`, Yellow Paper §4.3.1), written into one buffer: the logs from
 * the encoding parevm's EVM recorded for them, else from their hex ({@link logsEncodingOf}).
 * `@ethereumjs/vm`'s `encodeReceipt` stays the reference (test/unit/receipts.test.ts compares the
 * two on every fixture receipt, both ways); through it, a receipt cost ~20 µs to encode here, on
 * the critical path of both engines' post-block work.
 */
export function encodeReceiptBytes(r) {
    const logs = logsEncodingOf(r);
    const payload = receiptPayloadLength(r, logs);
    const out = Buffer.allocUnsafe(encodedReceiptLength(r, payload));
    writeReceipt(out, 0, r, logs, payload);
    return out;
}
/** Bytes of an encoded receipt whose RLP list payload is `payload` bytes (plus its type byte if typed). */
function encodedReceiptLength(r, payload) {
    return (r.txType !== 0 ? 1 : 0) + rlpFramedLength(payload);
}
/** Bytes of the RLP list payload of {@link encodeReceiptBytes}`(r)`, `logs` being `logsEncodingOf(r)`. */
function receiptPayloadLength(r, logs) {
    // A status (EIP-658) is one byte: 0x01, or the empty string 0x80.
    const first = r.stateRoot !== undefined ? hexStringLength(r.stateRoot) : 1;
    return first + rlpIntLength(r.cumulativeGasUsed) + hexStringLength(r.logsBloom) + logs.length;
}
/** Writes {@link encodeReceiptBytes}`(r)` at `at` in `out` (`payload`: its {@link receiptPayloadLength}); returns the end. */
function writeReceipt(out, at, r, logs, payload) {
    if (r.txType !== 0)
        out[at++] = r.txType;
    at = writeRlpHeader(out, at, 0xc0, payload);
    if (r.stateRoot !== undefined)
        at = writeHexString(out, at, r.stateRoot);
    else
        out[at++] = r.status === 1 ? 0x01 : 0x80;
    at = writeRlpInt(out, at, r.cumulativeGasUsed);
    at = writeHexString(out, at, r.logsBloom);
    out.set(logs, at);
    return at + logs.length;
}
/**
 * Writes {@link encodeReceiptBytes}`(r)` into `out` at `at` when it ends by `limit`; returns its
 * end, or −1 (nothing written) when it would not fit.
 */
export function writeReceiptBytes(out, at, limit, r) {
    const logs = logsEncodingOf(r);
    const payload = receiptPayloadLength(r, logs);
    if (at + encodedReceiptLength(r, payload) > limit)
        return -1;
    return writeReceipt(out, at, r, logs, payload);
}
/** The last layout built ({@link receiptsTrieLayout}): blocks in a row often have as many receipts. */
let lastLayout;
/** {@link ReceiptsTrieLayout} of `count` receipts. */
export function receiptsTrieLayout(count) {
    if (lastLayout?.count === count)
        return lastLayout.layout;
    const keyed = Array.from({ length: count }, (_, i) => {
        const value = new Uint8Array(4);
        new DataView(value.buffer).setUint32(0, i);
        return value;
    });
    // The shape of keys rlp(i) with values saying which receipt each is (values never change a shape).
    const shape = trieShape(keyed.map((v, i) => [encodeRlp(BigInt(i)), v]));
    const receiptAt = new Int32Array(count);
    const itemOf = new Int32Array(count);
    const depthOf = new Int32Array(count);
    shape.items.forEach((item, k) => {
        const i = new DataView(item.value.buffer).getUint32(0);
        receiptAt[k] = i;
        itemOf[i] = k;
        depthOf[i] = shape.leafDepth[k];
    });
    const layout = { nibbles: shape.items.map((item) => item.nibbles), receiptAt, itemOf, depthOf, leafDepth: shape.leafDepth };
    lastLayout = { count, layout };
    return layout;
}
/**
 * The receipts root (`0x` hex) of `encoded` (receipt i's bytes) from leaves hashed elsewhere:
 * `leafOf(i)` is receipt i's {@link leafRef}, or undefined to hash it here.
 */
export function receiptsRootFromLayout(layout, encoded, leafOf) {
    const count = layout.receiptAt.length;
    const items = Array.from({ length: count }, (_, k) => ({ nibbles: layout.nibbles[k], value: encoded(layout.receiptAt[k]) }));
    return bytesToHex(shapeRoot({ items, leafDepth: layout.leafDepth }, (k) => leafOf(layout.receiptAt[k])));
}
/** Root of the receipts trie: key `rlp(index)`, value the encoded receipt (Yellow Paper §4.3). */
export async function receiptsRoot(receipts) {
    return encodedReceiptsRoot(receipts.map(encodeReceiptBytes));
}
/** {@link receiptsRoot} of receipts already encoded ({@link encodeReceiptBytes}), in block order. */
export function encodedReceiptsRoot(encoded) {
    return bytesToHex(trieRoot(receiptsTrieEntries(encoded)));
}
/** The receipts trie's entries (Yellow Paper §4.3): key `rlp(index)`, value the encoded receipt. */
function receiptsTrieEntries(encoded) {
    return encoded.map((value, i) => [encodeRlp(BigInt(i)), value]);
}
/** One receipt's bloom, decoded by {@link blockLogsBloom} (a new array per receipt: ~1.5 µs of ~1.8 here). */
const RECEIPT_BLOOM = Buffer.alloc(256);
/**
 * The block's logs bloom (lowercase `0x` hex): OR of every receipt's bloom (Yellow Paper §4.3.1,
 * M3:2048). A receipt with the shared empty bloom is skipped (most of a block of transfers); its
 * logs are not read (they are made only when read: logs.ts).
 */
export function blockLogsBloom(receipts) {
    const bloom = new Uint8Array(256);
    for (const r of receipts) {
        if (r.logsBloom === EMPTY_BLOOM_HEX)
            continue;
        // A bloom of fewer bytes (not one the engines make) must not OR in the rest of the last one.
        const n = fromHexInto(r.logsBloom, RECEIPT_BLOOM);
        if (n < 256)
            RECEIPT_BLOOM.fill(0, n);
        for (let i = 0; i < 256; i++)
            bloom[i] |= RECEIPT_BLOOM[i];
    }
    return bytesToHex(bloom);
}
//# sourceMappingURL=receipts.js.map