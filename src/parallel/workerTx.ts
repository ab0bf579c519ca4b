import { Capability, type TypedTransaction } from '@ethereumjs/tx';
import { Address, bytesToHex } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import { toHex } from '../state/hex.js';
import { encodeRlp, rlpFrame } from '../state/rlp.js';
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

/**
 * The consensus encoding of a signed transaction (EIP-2718), as `tx.serialize()` gives it
 * (`test/unit/worker-tx.test.ts` compares the two on every fixture transaction): what the
 * coordinator writes for the workers. Legacy, EIP-2930 and EIP-1559 transactions are written
 * straight from their fields ({@link encodeRlp}: `serialize()` cost 25–30 µs per transaction of
 * the coordinator's serial work); others, and unsigned ones, through `serialize()`.
 */
export function transactionBytes(tx: TypedTransaction): Uint8Array {
  const t = tx as TypedTransaction & Record<string, unknown> & { v?: bigint; r?: bigint; s?: bigint };
  if (t.v === undefined || t.r === undefined || t.s === undefined) return tx.serialize();
  const to = tx.to ? tx.to.bytes : EMPTY;
  const { nonce, gasLimit, value, data, v, r, s } = t;
  const big = (k: string) => t[k] as bigint;
  const accessList = t.accessList as Uint8Array[][];
  if (tx.type === 0) return encodeRlp([nonce, big('gasPrice'), gasLimit, to, value, data, v, r, s]);
  if (tx.type === 1) return encodeRlp([big('chainId'), nonce, big('gasPrice'), gasLimit, to, value, data, accessList, v, r, s], 1);
  if (tx.type === 2) {
    return encodeRlp([big('chainId'), nonce, big('maxPriorityFeePerGas'), big('maxFeePerGas'), gasLimit, to, value, data, accessList, v, r, s], 2);
  }
  return tx.serialize();
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
  // The signed fields are the encoding's own bytes up to v: framed anew, never re-encoded.
  const signedEnd = typed ? items[n - 3]!.at : items[6]!.at;
  const signed = bytes.subarray(items[0]!.at, signedEnd);
  if (typed) return { hash: keccak256(rlpFrame(0xc0, [signed], bytes.subarray(0, 1))), v, r, s };
  if (eip155 && v >= 35n) {
    const chainId = (v - 35n) / 2n;
    // EIP-155: the signed list ends with chainId, 0, 0 (their encodings, without a list header).
    return { hash: keccak256(rlpFrame(0xc0, [signed, encodeRlp([chainId, 0n, 0n]).subarray(1)])), v, r, s, chainId };
  }
  return { hash: keccak256(rlpFrame(0xc0, [signed])), v, r, s };
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
