/**
 * The fields of a block's RPC transaction object (`eth_getBlockByNumber(n, true)`) that its
 * consensus encoding needs, read straight from the JSON: the parallel engine writes them for its
 * workers' sender recovery before `decodeBlock` has built the @ethereumjs/tx objects, and checks
 * afterwards that they encode alike (`TransactionBuffer.matches`).
 */
import type { TypedTxData } from '@ethereumjs/tx';
import { TypeOutput, setLengthLeft, toBytes, toType } from '@ethereumjs/util';
import { fromHex, fromHexPadded } from '../state/hex.js';
import type { TransactionFields } from './transactionEncoding.js';

/**
 * The fields of RPC transaction `json` ({@link TransactionFields}) for a legacy, EIP-2930 or
 * EIP-1559 transaction with its whole signature, or undefined for anything else (another type, a
 * field missing or not hex). Lenient: nothing here is checked as `decodeBlock` checks it, and a
 * caller must not use the result before comparing its encoding with the decoded transaction's.
 * @example transactionFieldsFromRpc({ type: '0x2', chainId: '0x1', nonce: '0x0', … })?.maxFeePerGas
 */
export function transactionFieldsFromRpc(json: unknown): TransactionFields | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const t = json as Record<string, unknown>;
  try {
    const type = t.type === undefined ? 0 : Number(quantity(t.type));
    if (!(type === 0 || type === 1 || type === 2)) return undefined;
    const to = t.to === undefined || t.to === null ? undefined : { bytes: bytes(t.to) };
    const nonce = quantity(t.nonce);
    const gasLimit = quantity(t.gas);
    const value = quantity(t.value);
    const data = bytes(t.input ?? t.data);
    const v = quantity(t.v ?? t.yParity);
    const r = quantity(t.r);
    const s = quantity(t.s);
    // One object literal per type, no spread: built from a spread shared part, a transaction's
    // fields took 2.1–3.6 µs here, as literals 1.2–1.3 (fastest of 60 passes over 2,000 transfers,
    // 2,000 ERC-20 transfers, 14396881, 13217637): the coordinator's serial work before it decodes.
    if (type === 0) return { type, nonce, gasLimit, to, value, data, v, r, s, gasPrice: quantity(t.gasPrice) } as TransactionFields;
    const chainId = quantity(t.chainId);
    const list = accessList(t.accessList);
    if (type === 1) return { type, nonce, gasLimit, to, value, data, v, r, s, chainId, accessList: list, gasPrice: quantity(t.gasPrice) } as TransactionFields;
    return {
      type,
      nonce,
      gasLimit,
      to,
      value,
      data,
      v,
      r,
      s,
      chainId,
      accessList: list,
      maxPriorityFeePerGas: quantity(t.maxPriorityFeePerGas),
      maxFeePerGas: quantity(t.maxFeePerGas),
    } as TransactionFields;
  } catch {
    return undefined;
  }
}

/**
 * A `0x` hex quantity as a bigint (`0x` is 0). @throws on anything else. Not `parseHexQuantity`:
 * its regular expression is the validation `decodeBlock` does anyway, and cost 0.7–0.8 ms more on
 * mainnet 14396881's 14,739 quantities, on the coordinator before it decodes.
 */
function quantity(v: unknown): bigint {
  if (typeof v !== 'string' || !v.startsWith('0x')) throw new TypeError('not a hex quantity');
  return v.length === 2 ? 0n : BigInt(v);
}

/** `0x` hex as bytes ({@link fromHex}: a digit that is not hex is dropped, which the caller's check finds). @throws on a value that is not a `0x` string */
function bytes(v: unknown): Uint8Array {
  if (typeof v !== 'string' || !v.startsWith('0x')) throw new TypeError('not hex');
  return fromHex(v);
}

/** An EIP-2930 access list as `[address, [key, …]]` bytes (none: empty). @throws on a malformed one */
function accessList(v: unknown): [Uint8Array, Uint8Array[]][] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new TypeError('not an access list');
  return v.map((item: { address?: unknown; storageKeys?: unknown }) => {
    if (!Array.isArray(item?.storageKeys)) throw new TypeError('not an access list item');
    return [bytes(item.address), item.storageKeys.map(bytes)];
  });
}

/**
 * The transaction data @ethereumjs/tx's `createTx` takes, from RPC transaction `json`, equal in
 * what it constructs to the library's `normalizeTxParams(json)`: the fields its constructors read
 * (type, nonce, gas limit, gas price, value, data, to, v, r, s, chain id, fees, access,
 * authorization and blob lists, and the few a node's JSON never carries), with the hex fields `decodeBlock` has checked (its
 * `checkTransactionJson`) as bytes through Node's decoder. The library's path checked every hex
 * string twice more with regular expressions, decoded it in JavaScript, and copied every other
 * field of the JSON (hash, block hash, from, …) into the object its constructor walks: on mainnet
 * 14029313's 724 transactions, 8.7 ms to construct them that way against 5.9 ms this way, and
 * 15.4 KB allocated per transaction against 11.1. Any other field, or one of another shape (a
 * JSON number), takes the library's conversion.
 * @param json a transaction object `checkTransactionJson` accepted (its hex is not checked here again)
 * @returns the data to construct it with (`createTx(txDataFromRpc(json), { common })`)
 * @throws what `normalizeTxParams` throws (a gas price or value of `0x`: SyntaxError from BigInt)
 * @example createTx(txDataFromRpc(block.transactions[0]), { common })
 */
export function txDataFromRpc(json: Record<string, unknown>): TypedTxData {
  const t = json;
  // As the library reads it (`0x` is legacy): only to tell which types read the gas price.
  const type = typeof t.type === 'string' ? (t.type.length === 2 ? 0n : BigInt(t.type)) : BigInt((t.type as number | undefined) ?? 0);
  // normalizeTxParams: 0x0 signature values are none; a signed transaction's v of 0x0 is 0.
  const v = t.v === '0x0' ? '0x' : t.v;
  const r = t.r === '0x0' ? '0x' : t.r;
  const s = t.s === '0x0' ? '0x' : t.s;
  const signed = v !== '0x' || r !== '0x' || s !== '0x';
  const data = t.data === undefined ? t.input : t.data;
  const txData: Record<string, unknown> = {
    type: t.type,
    nonce: checked(t.nonce),
    // `gas` is checked; a `gasLimit` beside it (which the library prefers) is not.
    gasLimit: t.gasLimit === undefined && typeof t.gas === 'string' ? fromHexPadded(t.gas) : toType((t.gasLimit ?? t.gas) as `0x${string}`, TypeOutput.BigInt),
    // Read by legacy and EIP-2930 transactions, which check it; converted for the others as the library does (BigInt throws on a bad one).
    gasPrice: type < 2n ? bigQuantity(t.gasPrice) : libraryBigInt(t.gasPrice),
    value: bigQuantity(t.value),
    data: checked(data),
    to:
      typeof t.to === 'string' && t.to.length === 42
        ? fromHexPadded(t.to)
        : t.to !== null && t.to !== undefined
          ? setLengthLeft(toBytes(t.to as `0x${string}`), 20)
          : null,
    v: signed && v === '0x' ? ZERO_BYTE : signed && typeof v !== 'string' ? toType(v as number, TypeOutput.BigInt) : checked(v),
    r: checked(r),
    s: checked(s),
    // As given: the library names it in its wrong-chain error (bytes would print as text there).
    chainId: t.chainId,
    maxFeePerGas: checked(t.maxFeePerGas),
    maxPriorityFeePerGas: checked(t.maxPriorityFeePerGas),
    maxFeePerBlobGas: checked(t.maxFeePerBlobGas),
    accessList: t.accessList,
    authorizationList: t.authorizationList,
    blobVersionedHashes: t.blobVersionedHashes,
  };
  // Fields no node's JSON carries, which the library still reads (and rejects where they do not fit).
  for (const k of LIBRARY_ONLY_FIELDS) if (t[k] !== undefined) txData[k] = t[k];
  return txData as TypedTxData;
}

/** Fields @ethereumjs/tx reads that a block's RPC transaction does not carry: a blob transaction's network wrapper (EIP-4844, EIP-7594), and `baseFee` (only checked not to be an array). */
const LIBRARY_ONLY_FIELDS = ['networkWrapperVersion', 'blobs', 'blobsData', 'kzgCommitments', 'kzgProofs', 'baseFee'] as const;

/** The one byte 0: a signed transaction's v of `0x0`, as the library makes it (`toType('0x', BigInt)`, then its bytes). */
const ZERO_BYTE = new Uint8Array(1);

/** `normalizeTxParams`'s conversion of the gas price and value: BigInt of what is given (which throws on `0x` or a non-hex string). */
function libraryBigInt(x: unknown): bigint | undefined {
  return x === undefined ? undefined : BigInt(x as string);
}

/** A gas price or value `checkTransactionJson` checked: as bytes, but `0x` (and any other shape) as {@link libraryBigInt} converts it, throwing alike. */
function bigQuantity(x: unknown): unknown {
  return typeof x === 'string' && x !== '0x' ? fromHexPadded(x) : libraryBigInt(x);
}

/** A hex field `checkTransactionJson` checked, as bytes; anything else as given (the library converts it). */
function checked(x: unknown): unknown {
  return typeof x === 'string' ? fromHexPadded(x) : x;
}
