/**
 * The fields of a block's RPC transaction object (`eth_getBlockByNumber(n, true)`) that its
 * consensus encoding needs, read straight from the JSON: the parallel engine writes them for its
 * workers' sender recovery before `decodeBlock` has built the @ethereumjs/tx objects, and checks
 * afterwards that they encode alike (`TransactionBuffer.matches`).
 */
import { fromHex } from '../state/hex.js';
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
