/**
 * A signed transaction's consensus encoding (EIP-2718) written straight from its fields, and the
 * message its sender signed read back from that encoding: the one definition both engines use,
 * the coordinator to hand transactions to the workers (`TransactionBuffer`, src/parallel/transactionBuffer.ts) and sender
 * recovery in either engine (`recoverPublicKey`, src/block/senders.ts).
 */
import { keccak256Of } from '../crypto/keccak.js';
import { encodeRlp, rlpBytesLength, rlpChildren, rlpFramedLength, rlpIntLength, rlpItem, writeRlpBytes, writeRlpHeader, writeRlpInt } from '../state/rlp.js';
import { readUintBE } from '../state/u256.js';

/**
 * What {@link writeTransactionAt} reads of a transaction: an @ethereumjs/tx object, or the same
 * fields parsed from a block's RPC JSON (`transactionFieldsFromRpc`, block/rpcTransaction.ts).
 */
export interface TransactionFields {
  type: number;
  nonce: bigint;
  gasLimit: bigint;
  to?: { bytes: Uint8Array } | undefined;
  value: bigint;
  data: Uint8Array;
  v?: bigint | undefined;
  r?: bigint | undefined;
  s?: bigint | undefined;
}

/** The fields of a signed transaction that {@link writeTransaction} encodes. */
type Signed = TransactionFields & {
  v: bigint;
  r: bigint;
  s: bigint;
  chainId: bigint;
  gasPrice: bigint;
  maxPriorityFeePerGas: bigint;
  maxFeePerGas: bigint;
  accessList: [Uint8Array, Uint8Array[]][];
};

/**
 * Whether {@link writeTransaction} encodes `tx` — its consensus encoding (EIP-2718) as
 * `tx.serialize()` gives it, straight from the fields (`test/unit/worker-tx.test.ts` compares the
 * two on every fixture transaction): a legacy, EIP-2930 or EIP-1559 transaction with its whole
 * signature. Others go through `serialize()`: blob and set-code
 * transactions, and one whose `r` or `s` is missing (@ethereumjs/tx reads a 0 there as absent).
 */
export function writtenFieldByField(tx: TransactionFields): boolean {
  const t = tx as Partial<Signed>;
  return tx.type <= 2 && t.v !== undefined && t.r !== undefined && t.s !== undefined;
}

/**
 * Whether `a` and `b` ({@link writtenFieldByField} both) have the same consensus encoding: every
 * field {@link writeTransactionAt} writes is equal. Cheaper than encoding both (mainnet 14396881:
 * 3.2 ms for its 1,346 transactions encoded and compared).
 */
export function sameEncoding(a: TransactionFields, b: TransactionFields): boolean {
  const x = a as Signed;
  const y = b as Signed;
  if (a.type !== b.type || a.nonce !== b.nonce || a.gasLimit !== b.gasLimit || a.value !== b.value) return false;
  if (x.v !== y.v || x.r !== y.r || x.s !== y.s || !sameBytes(a.data, b.data)) return false;
  if (a.to === undefined || b.to === undefined ? a.to !== b.to : !sameBytes(a.to.bytes, b.to.bytes)) return false;
  if (a.type === 0) return x.gasPrice === y.gasPrice;
  if (x.chainId !== y.chainId || x.accessList.length !== y.accessList.length) return false;
  for (let i = 0; i < x.accessList.length; i++) {
    const [address, keys] = x.accessList[i]!;
    const [otherAddress, otherKeys] = y.accessList[i]!;
    if (!sameBytes(address, otherAddress) || keys.length !== otherKeys.length) return false;
    for (let k = 0; k < keys.length; k++) if (!sameBytes(keys[k]!, otherKeys[k]!)) return false;
  }
  return a.type === 1 ? x.gasPrice === y.gasPrice : x.maxPriorityFeePerGas === y.maxPriorityFeePerGas && x.maxFeePerGas === y.maxFeePerGas;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * The payload length of the RLP list of a transaction {@link writtenFieldByField} (its signed
 * fields, Yellow Paper appendix B). Field by field, no intermediate list: the generic encoder
 * ({@link encodeRlp}) cost the coordinator 5.3 µs per transaction on mainnet 14396881.
 */
function transactionPayload(tx: TransactionFields): number {
  const t = tx as Signed;
  let n = rlpIntLength(tx.nonce) + rlpIntLength(tx.gasLimit) + (tx.to ? rlpBytesLength(tx.to.bytes) : 1) + rlpIntLength(tx.value) + rlpBytesLength(tx.data);
  n += rlpIntLength(t.v) + rlpIntLength(t.r) + rlpIntLength(t.s);
  if (tx.type === 0) return n + rlpIntLength(t.gasPrice);
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
export function transactionBound(tx: TransactionFields): number {
  const t = tx as Signed;
  let n = 1 + 5 + 8 * 33 + rlpIntLength(t.v) + 21 + 5 + tx.data.length + 5;
  if (tx.type !== 0) for (const [, keys] of t.accessList) n += 5 + 21 + 5 + keys.length * 33;
  return n;
}

/**
 * Writes the consensus encoding of `tx` ({@link writtenFieldByField}) at `at` of `out`; returns
 * where it ends. Size `out` with {@link transactionBound}.
 * @throws RangeError when the encoding would pass the end of `out` (nothing is written then)
 */
export function writeTransactionAt(tx: TransactionFields, out: Buffer, at: number): number {
  const payload = transactionPayload(tx);
  const end = at + transactionLength(tx, payload);
  if (end > out.length) throw new RangeError(`internal: a transaction's encoding (${end - at} bytes) passes its buffer`);
  return writeTransaction(tx, payload, out, at);
}

/** Bytes of the encoding whose list payload is `payload` ({@link transactionPayload}): the type byte of a typed transaction, the list header, the payload. */
function transactionLength(tx: TransactionFields, payload: number): number {
  return (tx.type === 0 ? 0 : 1) + rlpFramedLength(payload);
}

/**
 * Writes the consensus encoding of `tx` ({@link writtenFieldByField}) at `at` of `out`
 * ({@link transactionLength} bytes), its list payload `payload` bytes ({@link transactionPayload});
 * returns where it ends.
 */
function writeTransaction(tx: TransactionFields, payload: number, out: Buffer, at: number): number {
  const t = tx as Signed;
  if (tx.type !== 0) out[at++] = tx.type;
  at = writeRlpHeader(out, at, 0xc0, payload);
  if (tx.type !== 0) at = writeRlpInt(out, at, t.chainId);
  at = writeRlpInt(out, at, tx.nonce);
  if (tx.type === 2) {
    at = writeRlpInt(out, at, t.maxPriorityFeePerGas);
    at = writeRlpInt(out, at, t.maxFeePerGas);
  } else at = writeRlpInt(out, at, t.gasPrice);
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
      for (const key of keys) at = writeRlpBytes(out, at, key);
    }
  }
  at = writeRlpInt(out, at, t.v);
  at = writeRlpInt(out, at, t.r);
  return writeRlpInt(out, at, t.s);
}

function keysPayload(keys: readonly Uint8Array[]): number {
  let n = 0;
  for (const key of keys) n += rlpBytesLength(key);
  return n;
}

/** Payload length of an access list (EIP-2930): `[[address, [key, …]], …]`. */
function accessListPayload(list: readonly [Uint8Array, readonly Uint8Array[]][]): number {
  let n = 0;
  for (const [address, keys] of list) n += rlpFramedLength(rlpBytesLength(address) + rlpFramedLength(keysPayload(keys)));
  return n;
}

/** What a transaction's sender signed, and the signature: the arguments of sender recovery. */
export interface SignedMessage {
  /** keccak-256 of the signed payload (32 bytes). */
  hash: Uint8Array;
  /** 27/28 or EIP-155 `chainId * 2 + 35/36` (legacy), the y-parity 0/1 (typed). */
  v: bigint;
  r: Uint8Array;
  s: Uint8Array;
  /** The chain id under EIP-155 (legacy with v ≥ 35 from Spurious Dragon on), else undefined. */
  chainId?: bigint;
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
export function signedMessage(bytes: Uint8Array, eip155: boolean): SignedMessage {
  const typed = bytes[0]! < 0xc0;
  const items = rlpChildren(bytes, rlpItem(bytes, typed ? 1 : 0));
  const n = items.length;
  const field = (i: number) => bytes.subarray(items[i]!.start, items[i]!.end);
  const v = readUintBE(bytes, items[n - 3]!.start, items[n - 3]!.end - items[n - 3]!.start);
  const r = field(n - 2).slice();
  const s = field(n - 1).slice();
  // The signed fields are the encoding's own bytes up to v: framed anew, never re-encoded, and
  // hashed in parts (header, fields, EIP-155 suffix) rather than copied into one array.
  const signedEnd = typed ? items[n - 3]!.at : items[6]!.at;
  const signed = bytes.subarray(items[0]!.at, signedEnd);
  if (typed) return { hash: keccak256Of(header(bytes[0]!, signed.length), signed), v, r, s };
  if (eip155 && v >= 35n) {
    const chainId = (v - 35n) / 2n;
    // EIP-155: the signed list ends with chainId, 0, 0 (their encodings, without a list header).
    const suffix = encodeRlp([chainId, 0n, 0n]).subarray(1);
    return { hash: keccak256Of(header(-1, signed.length + suffix.length), signed, suffix), v, r, s, chainId };
  }
  return { hash: keccak256Of(header(-1, signed.length), signed), v, r, s };
}

/** The type byte (unless `type` is −1) and the RLP list header of a `payload`-byte list: a new array of ≤ 10 bytes. */
function header(type: number, payload: number): Uint8Array {
  const out = new Uint8Array(10);
  const at = type < 0 ? 0 : 1;
  if (type >= 0) out[0] = type;
  return out.subarray(0, writeRlpHeader(out, at, 0xc0, payload));
}

const EMPTY = new Uint8Array();
