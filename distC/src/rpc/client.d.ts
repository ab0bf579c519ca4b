import { RpcError } from '../errors.js';
/** Options of {@link RpcClient}. */
export interface RpcClientOptions {
    /** The endpoint, e.g. `http://127.0.0.1:8545` (`PAREVM_RPC_URL`). Credentials in it are never printed. */
    url: string;
    /** Per HTTP request, in milliseconds (default 30,000). */
    timeoutMs?: number;
    /** Retries of a failed request (HTTP 408/429/5xx, dropped connection, JSON-RPC -32603/-32005); default 5. */
    retryCount?: number;
    /**
     * Base of the exponential backoff in milliseconds (default 250: waits 250·2^k ms); a
     * `Retry-After` header (seconds or HTTP date) replaces it.
     */
    retryDelayMs?: number;
    /** JSON-RPC calls per HTTP batch (default 100). */
    batchSize?: number;
    /** Awaited before each JSON-RPC call: a rate limit shared by several clients (`parevm worker --rpc-rate`). */
    beforeCall?: () => Promise<unknown>;
}
/** What a client sent and received. Every HTTP attempt counts, retries included. */
export interface RpcStats {
    /** HTTP requests (a batch is one). */
    httpRequests: number;
    /** JSON-RPC calls inside them (a batch of 40 counts 40). */
    calls: number;
    /** Calls by method. */
    byMethod: Record<string, number>;
    /** Bytes of the response bodies. */
    bytesReceived: number;
}
/** A failed optional call: the typed error and whether the node does not serve the method at all. */
export interface RpcRefusal {
    error: RpcError;
    /** The node does not offer the method (JSON-RPC -32601 / -32004, "not supported", "does not exist"). */
    unsupported: boolean;
}
/**
 * One JSON-RPC endpoint. Calls made in the same tick go out as one HTTP batch.
 */
export declare class RpcClient {
    /** The endpoint with user, password, query values and API-key path segments replaced by `***`. */
    readonly url: string;
    readonly stats: RpcStats;
    private readonly client;
    private readonly beforeCall;
    constructor(options: RpcClientOptions);
    /**
     * Calls `method` with `params` (JSON, hex quantities). `block` names the block being fetched
     * in errors.
     * @returns the JSON-RPC `result` as the node sent it (`undefined` when it sent none)
     * @throws RpcUnreachableError (connection refused or dropped, timeout) / RpcResponseError (not
     *   JSON-RPC) / RpcMethodError (a JSON-RPC error), after the retries
     */
    request<T = unknown>(method: string, params: unknown[], block?: bigint): Promise<T>;
    /** {@link request} for a method the node may not offer: a refusal is returned, not thrown (unreachable still throws). */
    tryRequest<T = unknown>(method: string, params: unknown[], block?: bigint): Promise<{
        result: T;
    } | RpcRefusal>;
    /** Calls counted so far, for one block's share: `since(before)`. */
    snapshot(): RpcStats;
    private countRequest;
}
/** The difference `after − before` of two {@link RpcStats}. */
export declare function statsSince(before: RpcStats, after: RpcStats): RpcStats;
/**
 * `url` safe to print: user and password, query values and path segments that look like API
 * keys (20 or more letters, digits, `-` or `_`) become `***`.
 */
export declare function redactUrl(url: string): string;
