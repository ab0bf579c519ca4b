import { type RpcContext } from '../errors.js';
/** A bigint as a JSON-RPC quantity (`0x` hex, no leading zeros). */
export declare const quantity: (n: bigint) => string;
/** A storage slot as the 32-byte `0x` hex JSON-RPC takes for `eth_getStorageAt` / `eth_getProof`. */
export declare const slotHex: (slot: bigint) => string;
/**
 * A JSON-RPC quantity (or DATA up to 32 bytes) as a bigint.
 * @throws RpcResponseError naming `what` when `v` is not `0x` hex
 */
export declare function asRpcQuantity(v: unknown, context: RpcContext, what: string): bigint;
/**
 * `0x` hex DATA (any length).
 * @throws RpcResponseError naming `what` when `v` is not `0x` hex of whole bytes
 */
export declare function asRpcData(v: unknown, context: RpcContext, what: string): `0x${string}`;
/**
 * A JSON object.
 * @throws RpcResponseError naming `what` when `v` is not one
 */
export declare function asRpcObject(v: unknown, context: RpcContext, what: string): Record<string, unknown>;
