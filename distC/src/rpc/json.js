import { parseHexBytes, parseHexQuantity } from '../block/json.js';
import { RpcResponseError } from '../errors.js';
/** A bigint as a JSON-RPC quantity (`0x` hex, no leading zeros). */
export const quantity = (n) => `0x${n.toString(16)}`;
/** A storage slot as the 32-byte `0x` hex JSON-RPC takes for `eth_getStorageAt` / `eth_getProof`. */
export const slotHex = (slot) => `0x${slot.toString(16).padStart(64, '0')}`;
/**
 * A JSON-RPC quantity (or DATA up to 32 bytes) as a bigint.
 * @throws RpcResponseError naming `what` when `v` is not `0x` hex
 */
export function asRpcQuantity(v, context, what) {
    const n = parseHexQuantity(v, 64);
    if (n === undefined)
        throw new RpcResponseError(context, `${what}: expected a hex quantity, got ${JSON.stringify(v)?.slice(0, 80)}`);
    return n;
}
/**
 * `0x` hex DATA (any length).
 * @throws RpcResponseError naming `what` when `v` is not `0x` hex of whole bytes
 */
export function asRpcData(v, context, what) {
    const data = parseHexBytes(v);
    if (data === undefined)
        throw new RpcResponseError(context, `${what}: expected hex bytes, got ${JSON.stringify(v)?.slice(0, 80)}`);
    return data;
}
/**
 * A JSON object.
 * @throws RpcResponseError naming `what` when `v` is not one
 */
export function asRpcObject(v, context, what) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new RpcResponseError(context, `${what}: expected an object, got ${JSON.stringify(v)?.slice(0, 80)}`);
    return v;
}
//# sourceMappingURL=json.js.map