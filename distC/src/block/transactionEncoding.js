import { keccak256Of } from '../crypto/keccak.js';
import { encodeRlp, rlpBytesLength, rlpChildren, rlpFramedLength, rlpIntLength, rlpItem, writeRlpBytes, writeRlpHeader, writeRlpInt } from '../state/rlp.js';
import { readUintBE } from '../state/u256.js';
/**
 * Whether {@link writeTransaction} encodes `tx` — its consensus encoding (EIP-2718) as
 * `tx.serialize()` gives it, straight from the fields (`test/unit/worker-tx.test.ts` compares the
 * two on every fixture transaction): a legacy, EIP-2930 or EIP-1559 transaction with its whole
 * signature. Others go through `serialize()`: blob and set-code
 * transactions, and one whose `r` or `s` is missing (@ethereumjs/tx reads a 0 there as absent).
 */
export function writtenFieldByField(tx) {
    const t = tx;
    return tx.type <= 2 && t.v !== undefined && t.r !== undefined && t.s !== undefined;
}
/**
 * The payload length of the RLP list of a transaction {@link writtenFieldByField} (its signed
 * fields, Yellow Paper appendix B). Field by field, no intermediate list: the generic encoder
 * ({@link encodeRlp}) cost the coordinator 5.3 µs per transaction on mainnet 14396881.
 */
function transactionPayload(tx) {
    const t = tx;
    let n = rlpIntLength(tx.nonce) + rlpIntLength(tx.gasLimit) + (tx.to ? rlpBytesLength(tx.to.bytes) : 1) + rlpIntLength(tx.value) + rlpBytesLength(tx.data);
    n += rlpIntLength(t.v) + rlpIntLength(t.r) + rlpIntLength(t.s);
    if (tx.type === 0)
        return n + rlpIntLength(t.gasPrice);
    n += rlpIntLength(t.chainId) + rlpFramedLength(accessListPayload(t.accessList));
    return tx.type === 1 ? n + rlpIntLength(t.gasPrice) : n + rlpIntLength(t.maxPriorityFeePerGas) + rlpIntLength(t.maxFeePerGas);
}
/**
 * Most bytes the encoding of a transaction {@link writtenFieldByField} can take, from its data
 * length, access list and `v` only (a cheap bound for sizing a buffer before writing): the type
 * byte and a list header of ≤ 5 bytes; eight integers (chain id, nonce, the gas prices, gas limit,
 * value, r, s) of at most 256 bits, which @ethereumjs/tx checks, at ≤ 33 bytes each; `v` as it is
 * (a legacy `v` before EIP-155 has no limit); the recipient (21); the data with a header of ≤ 5;
 * the access list with its headers.
 */
export function transactionBound(tx) {
    const t = tx;
    let n = 1 + 5 + 8 * 33 + rlpIntLength(t.v) + 21 + 5 + tx.data.length + 5;
    if (tx.type !== 0)
        for (const [, keys] of t.accessList)
            n += 5 + 21 + 5 + keys.length * 33;
    return n;
}
/**
 * Writes the consensus encoding of `tx` ({@link writtenFieldByField}) at `at` of `out`; returns
 * where it ends. Size `out` with {@link transactionBound}.
 * @throws RangeError when the encoding would pass the end of `out` (nothing is written then)
 */
export function writeTransactionAt(tx, out, at) {
    const payload = transactionPayload(tx);
    const end = at + transactionLength(tx, payload);
    if (end > out.length)
        throw new RangeError(`internal: a transaction's encoding (${end - at} bytes) passes its buffer`);
    return writeTransaction(tx, payload, out, at);
}
/** Bytes of the encoding whose list payload is `payload` ({@link transactionPayload}): the type byte of a typed transaction, the list header, the payload. */
function transactionLength(tx, payload) {
    return (tx.type === 0 ? 0 : 1) + rlpFramedLength(payload);
}
/**
 * Writes the consensus encoding of `tx` ({@link writtenFieldByField}) at `at` of `out`
 * ({@link transactionLength} bytes), its list payload `payload` bytes ({@link transactionPayload});
 * returns where it ends.
 */
function writeTransaction(tx, payload, out, at) {
    const t = tx;
    if (tx.type !== 0)
        out[at++] = tx.type;
    at = writeRlpHeader(out, at, 0xc0, payload);
    if (tx.type !== 0)
        at = writeRlpInt(out, at, t.chainId);
    at = writeRlpInt(out, at, tx.nonce);
    if (tx.type === 2) {
        at = writeRlpInt(out, at, t.maxPriorityFeePerGas);
        at = writeRlpInt(out, at, t.maxFeePerGas);
    }
    else
        at = writeRlpInt(out, at, t.gasPrice);
    at = writeRlpInt(out, at, tx.gasLimit);
    at = writeRlpBytes(out, at, tx.to ? tx.to.bytes : EMPTY);
    at = writeRlpInt(out, at, tx.value);
    at = writeRlpBytes(out, at, tx.data);
    if (tx.type !== 0) {
        at = writeRlpHeader(out, at, 0xc0, accessListPayload(t.accessList));
        for (const [address, keys] of t.accessList) {
            at = writeRlpHeader(out, at, 0xc0, rlpBytesLength(address) + rlpFramedLength(keysPayload(keys)));
            at = writeRlpBytes(out, at, address);
            at = writeRlpHeader(out, at, 0xc0, keysPayload(keys));
            for (const key of keys)
                at = writeRlpBytes(out, at, key);
        }
    }
    at = writeRlpInt(out, at, t.v);
    at = writeRlpInt(out, at, t.r);
    return writeRlpInt(out, at, t.s);
}
function keysPayload(keys) {
    let n = 0;
    for (const key of keys)
        n += rlpBytesLength(key);
    return n;
}
/** Payload length of an access list (EIP-2930): `[[address, [key, …]], …]`. */
function accessListPayload(list) {
    let n = 0;
    for (const [address, keys] of list)
        n += rlpFramedLength(rlpBytesLength(address) + rlpFramedLength(keysPayload(keys)));
    return n;
}
/**
 * The signed message of a transaction, from its consensus encoding alone: keccak-256 of
 * `rlp([nonce, gasPrice, gas, to, value, data])`, with `[chainId, 0, 0]` appended under EIP-155,
 * for a legacy transaction (Yellow Paper Appendix F); of `type || rlp(fields but yParity, r, s)`
 * for a typed one (EIP-2718). The same message and recovery arguments as @ethereumjs/tx's
 * `getSenderPublicKey` (`test/unit/worker-tx.test.ts` recovers every fixture transaction both
 * ways), without decoding the transaction into its class: workers recover senders from the bytes.
 * @param eip155 - the fork has EIP-155 (Spurious Dragon on): a legacy v ≥ 35 then names the chain
 */
export function signedMessage(bytes, eip155) {
    const typed = bytes[0] < 0xc0;
    const items = rlpChildren(bytes, rlpItem(bytes, typed ? 1 : 0));
    const n = items.length;
    const field = (i) => bytes.subarray(items[i].start, items[i].end);
    const v = readUintBE(bytes, items[n - 3].start, items[n - 3].end - items[n - 3].start);
    const r = field(n - 2).slice();
    const s = field(n - 1).slice();
    // The signed fields are the encoding's own bytes up to v: framed anew, never re-encoded, and
    // hashed in parts (header, fields, EIP-155 suffix) rather than copied into one array.
    const signedEnd = typed ? items[n - 3].at : items[6].at;
    const signed = bytes.subarray(items[0].at, signedEnd);
    if (typed)
        return { hash: keccak256Of(header(bytes[0], signed.length), signed), v, r, s };
    if (eip155 && v >= 35n) {
        const chainId = (v - 35n) / 2n;
        // EIP-155: the signed list ends with chainId, 0, 0 (their encodings, without a list header).
        const suffix = encodeRlp([chainId, 0n, 0n]).subarray(1);
        return { hash: keccak256Of(header(-1, signed.length + suffix.length), signed, suffix), v, r, s, chainId };
    }
    return { hash: keccak256Of(header(-1, signed.length), signed), v, r, s };
}
/** The type byte (unless `type` is −1) and the RLP list header of a `payload`-byte list: a new array of ≤ 10 bytes. */
function header(type, payload) {
    const out = new Uint8Array(10);
    const at = type < 0 ? 0 : 1;
    if (type >= 0)
        out[0] = type;
    return out.subarray(0, writeRlpHeader(out, at, 0xc0, payload));
}
const EMPTY = new Uint8Array();
//# sourceMappingURL=transactionEncoding.js.map