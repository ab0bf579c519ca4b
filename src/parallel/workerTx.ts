import { Capability, type TypedTransaction } from '@ethereumjs/tx';
import { Address, bytesToHex } from '@ethereumjs/util';
import { keccak256Of } from '../crypto/keccak.js';
import { toHex } from '../state/hex.js';
import { encodeRlp, rlpBytesLength, rlpFramedLength, rlpIntLength, writeRlpBytes, writeRlpHeader, writeRlpInt } from '../state/rlp.js';
import { readUintBE } from '../state/u256.js';

/**
 * A transaction as a worker executes it on parevm's EVM: the fields that EVM reads, decoded from
 * the consensus encoding (EIP-2718: legacy, 0x01 EIP-2930, 0x02 EIP-1559, 0x03 EIP-4844, 0x04
 * EIP-7702) by offsets into a private copy ({@link rlpItem}). `createTxFromRLP` spent ~30% of a worker's execution
 * time on transfers (validation and fork checks the coordinator's `decodeBlock` already did on the
 * same bytes), and a worker executes transactions whose senders the other workers recovered.
 *
 * Shapes follow `@ethereumjs/tx` v10 (bigints; `to` an `Address`; access lists and authorization
 * tuples as bytes; blob hashes as `0x` hex), so the EVM takes it as a `TypedTransaction`
 * (`test/unit/worker-tx.test.ts` compares every field with `createTxFromRLP` on every fixture
 * transaction and the EEST set-code and blob transactions). Not for signature recovery, the
 * reference engine, or `getIntrinsicGas` (it throws: the EVM computes intrinsic gas from its fork
 * schedule; only an invalid transaction's list of every broken rule lacks it, and an invalid block's
 * error comes from the sequential engine).
 * @param owned - `bytes` are the caller's private copy, which the fields may view (no copy per transaction)
 */
export function decodeWorkerTx(bytes: Uint8Array, owned = false): TypedTransaction {
  const type = bytes[0]! >= 0xc0 ? 0 : bytes[0]!;
  // The fields are views into private bytes, never into the shared buffer: a copy unless `owned`.
  const b = owned ? bytes.subarray(type === 0 ? 0 : 1) : bytes.slice(type === 0 ? 0 : 1);
  const f = rlpChildren(b, rlpItem(b, 0));
  let tx: WorkerTx;
  if (type === 0) {
    tx = new WorkerTx(0, big(b, f[0]!), big(b, f[2]!), addressOf(b, f[3]!), big(b, f[4]!), view(b, f[5]!));
    tx.gasPrice = big(b, f[1]!);
    tx.eip155 = big(b, f[6]!) >= 35n;
  } else if (type === 1) {
    tx = new WorkerTx(1, big(b, f[1]!), big(b, f[3]!), addressOf(b, f[4]!), big(b, f[5]!), view(b, f[6]!));
    tx.gasPrice = big(b, f[2]!);
    tx.accessList = accessListOf(b, f[7]!);
  } else if (type >= 2 && type <= 4) {
    tx = new WorkerTx(type, big(b, f[1]!), big(b, f[4]!), addressOf(b, f[5]!), big(b, f[6]!), view(b, f[7]!));
    tx.maxPriorityFeePerGas = big(b, f[2]!);
    tx.maxFeePerGas = big(b, f[3]!);
    tx.accessList = accessListOf(b, f[8]!);
    if (type === 3) {
      tx.maxFeePerBlobGas = big(b, f[9]!);
      tx.blobVersionedHashes = strings(b, f[10]!).map((h) => bytesToHex(h));
    }
    if (type === 4) tx.authorizationList = rlpChildren(b, f[9]!).map((t) => strings(b, t));
  } else {
    throw new Error(`internal: transaction type ${type} reached a worker`);
  }
  return tx as unknown as TypedTransaction;
}

const view = (b: Uint8Array, it: RlpItem): Uint8Array => b.subarray(it.start, it.end);
const big = (b: Uint8Array, it: RlpItem): bigint => readUintBE(b, it.start, it.end - it.start);
const addressOf = (b: Uint8Array, it: RlpItem): Address | undefined => (it.end === it.start ? undefined : new RecipientAddress(view(b, it)));

const strings = (b: Uint8Array, list: RlpItem): Uint8Array[] => rlpChildren(b, list).map((x) => view(b, x));
const accessListOf = (b: Uint8Array, list: RlpItem): [Uint8Array, Uint8Array[]][] =>
  rlpChildren(b, list).map((e) => {
    const [address, keys] = rlpChildren(b, e);
    return [view(b, address!), strings(b, keys!)];
  });

/**
 * A transaction's recipient, its hex computed once: an incarnation turns it into hex three times
 * (the EVM's validation, the lazy-credit check, the precompile lookup), and @ethereumjs/util's
 * `bytesToHex` builds the string pair by pair (about 1 KB of allocation per transaction of a
 * worker's 30 KB on mainnet 13217637, in `lazyTransferRecipient` alone).
 */
class RecipientAddress extends Address {
  private hex: `0x${string}` | undefined;
  override toString(): `0x${string}` {
    return (this.hex ??= toHex(this.bytes) as `0x${string}`);
  }
}

/** The fields of a signed transaction that {@link writeTransaction} encodes. */
type Signed = TypedTransaction & {
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
 * signature. Others go through `serialize()` ({@link TransactionBuffer}): blob and set-code
 * transactions, and one whose `r` or `s` is missing (@ethereumjs/tx reads a 0 there as absent).
 */
export function writtenFieldByField(tx: TypedTransaction): boolean {
  const t = tx as Partial<Signed>;
  return tx.type <= 2 && t.v !== undefined && t.r !== undefined && t.s !== undefined;
}

/**
 * The payload length of the RLP list of a transaction {@link writtenFieldByField} (its signed
 * fields, Yellow Paper appendix B). Field by field, no intermediate list: the generic encoder
 * ({@link encodeRlp}) cost the coordinator 5.3 µs per transaction on mainnet 14396881.
 */
export function transactionPayload(tx: TypedTransaction): number {
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
export function transactionBound(tx: TypedTransaction): number {
  const t = tx as Signed;
  let n = 1 + 5 + 8 * 33 + rlpIntLength(t.v) + 21 + 5 + tx.data.length + 5;
  if (tx.type !== 0) for (const [, keys] of t.accessList) n += 5 + 21 + 5 + keys.length * 33;
  return n;
}

/** Bytes of the encoding whose list payload is `payload` ({@link transactionPayload}): the type byte of a typed transaction, the list header, the payload. */
export function transactionLength(tx: TypedTransaction, payload: number): number {
  return (tx.type === 0 ? 0 : 1) + rlpFramedLength(payload);
}

/**
 * Writes the consensus encoding of `tx` ({@link writtenFieldByField}) at `at` of `out`
 * ({@link transactionLength} bytes), its list payload `payload` bytes ({@link transactionPayload});
 * returns where it ends.
 */
export function writeTransaction(tx: TypedTransaction, payload: number, out: Buffer, at: number): number {
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

/** An RLP item inside a byte array: where its encoding begins (`at`) and its payload `[start, end)`. */
interface RlpItem {
  at: number;
  start: number;
  end: number;
}

/**
 * The RLP item at `at` (Yellow Paper appendix B), by offsets only: a worker reads transactions
 * the coordinator encoded, so neither copies nor re-encodes them (`@ethereumjs/rlp` copies every
 * field; signing payloads were decoded and encoded again: 18–44 µs per transaction here).
 * @throws Error when the item runs past the end of `b`
 */
function rlpItem(b: Uint8Array, at: number): RlpItem {
  const p = b[at]!;
  let start: number;
  let len: number;
  if (p < 0x80) return { at, start: at, end: at + 1 };
  if (p < 0xb8 || (p >= 0xc0 && p < 0xf8)) {
    start = at + 1;
    len = p - (p < 0xc0 ? 0x80 : 0xc0);
  } else {
    const n = p - (p < 0xc0 ? 0xb7 : 0xf7);
    if (at + n >= b.length) throw new Error('internal: malformed RLP reached a worker');
    len = 0;
    for (let i = 1; i <= n; i++) len = len * 256 + b[at + i]!;
    start = at + 1 + n;
  }
  if (start + len > b.length) throw new Error('internal: malformed RLP reached a worker');
  return { at, start, end: start + len };
}

/** The items of the RLP list `list`. */
function rlpChildren(b: Uint8Array, list: RlpItem): RlpItem[] {
  const out: RlpItem[] = [];
  for (let at = list.start; at < list.end; ) {
    const it = rlpItem(b, at);
    out.push(it);
    at = it.end;
  }
  return out;
}

const CAPABILITIES: Record<number, readonly number[]> = {
  0: [],
  1: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists],
  2: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket],
  3: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket],
  4: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket, Capability.EIP7702EOACode],
};

class WorkerTx {
  gasPrice?: bigint;
  maxPriorityFeePerGas?: bigint;
  maxFeePerGas?: bigint;
  accessList?: [Uint8Array, Uint8Array[]][];
  maxFeePerBlobGas?: bigint;
  blobVersionedHashes?: string[];
  authorizationList?: Uint8Array[][];

  constructor(
    readonly type: number,
    readonly nonce: bigint,
    readonly gasLimit: bigint,
    readonly to: Address | undefined,
    readonly value: bigint,
    readonly data: Uint8Array,
  ) {}

  /** EIP-155 replay protection of a legacy transaction (v ≥ 35; typed transactions do not report it, as in @ethereumjs/tx). */
  eip155 = false;

  supports(capability: number): boolean {
    if (capability === Capability.EIP155ReplayProtection) return this.eip155;
    return CAPABILITIES[this.type]!.includes(capability);
  }

  numBlobs(): number {
    return this.blobVersionedHashes?.length ?? 0;
  }

  getIntrinsicGas(): never {
    throw new Error('a worker transaction has no intrinsic gas of its own: the engine computes it from its fork schedule');
  }

  getMinimumGasLimit(): never {
    return this.getIntrinsicGas();
  }
}
