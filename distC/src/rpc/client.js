/**
 * The JSON-RPC client parevm fetches blocks with: viem's public client over its `http` transport
 * (JSON-RPC batching, retries with exponential backoff that honour `Retry-After`, a timeout).
 * This module adds only what viem does not: request counting, redacted URLs and parevm's typed
 * errors ({@link RpcError}) naming the URL, the method and the block.
 */
import { BaseError, createPublicClient, http } from 'viem';
import { RpcError, RpcMethodError, RpcResponseError, RpcUnreachableError } from '../errors.js';
/**
 * One JSON-RPC endpoint. Calls made in the same tick go out as one HTTP batch.
 */
export class RpcClient {
    /** The endpoint with user, password, query values and API-key path segments replaced by `***`. */
    url;
    stats = { httpRequests: 0, calls: 0, byMethod: {}, bytesReceived: 0 };
    client;
    beforeCall;
    constructor(options) {
        this.url = redactUrl(options.url);
        this.beforeCall = options.beforeCall;
        this.client = createPublicClient({
            transport: http(options.url, {
                batch: { batchSize: options.batchSize ?? 100, wait: 0 },
                retryCount: options.retryCount ?? 5,
                retryDelay: options.retryDelayMs ?? 250,
                timeout: options.timeoutMs ?? 30_000,
                onFetchRequest: (_request, init) => this.countRequest(init.body),
                onFetchResponse: async (response) => {
                    this.stats.bytesReceived += (await response.clone().arrayBuffer()).byteLength;
                },
            }),
        });
    }
    /**
     * Calls `method` with `params` (JSON, hex quantities). `block` names the block being fetched
     * in errors.
     * @returns the JSON-RPC `result` as the node sent it (`undefined` when it sent none)
     * @throws RpcUnreachableError (connection refused or dropped, timeout) / RpcResponseError (not
     *   JSON-RPC) / RpcMethodError (a JSON-RPC error), after the retries
     */
    async request(method, params, block) {
        if (this.beforeCall)
            await this.beforeCall();
        try {
            return (await this.client.request({ method: method, params: params }));
        }
        catch (e) {
            throw toRpcError(e, { url: this.url, method, block });
        }
    }
    /** {@link request} for a method the node may not offer: a refusal is returned, not thrown (unreachable still throws). */
    async tryRequest(method, params, block) {
        try {
            return { result: await this.request(method, params, block) };
        }
        catch (e) {
            if (!(e instanceof RpcMethodError || e instanceof RpcResponseError))
                throw e;
            return { error: e, unsupported: isUnsupported(e) };
        }
    }
    /** Calls counted so far, for one block's share: `since(before)`. */
    snapshot() {
        return { ...this.stats, byMethod: { ...this.stats.byMethod } };
    }
    countRequest(body) {
        this.stats.httpRequests++;
        let calls = [];
        try {
            const parsed = JSON.parse(String(body));
            calls = (Array.isArray(parsed) ? parsed : [parsed]);
        }
        catch {
            // Counted as one request without calls.
        }
        this.stats.calls += calls.length;
        for (const c of calls)
            if (c.method)
                this.stats.byMethod[c.method] = (this.stats.byMethod[c.method] ?? 0) + 1;
    }
}
/** The difference `after − before` of two {@link RpcStats}. */
export function statsSince(before, after) {
    const byMethod = {};
    for (const [m, n] of Object.entries(after.byMethod))
        if (n - (before.byMethod[m] ?? 0) > 0)
            byMethod[m] = n - (before.byMethod[m] ?? 0);
    return {
        httpRequests: after.httpRequests - before.httpRequests,
        calls: after.calls - before.calls,
        byMethod,
        bytesReceived: after.bytesReceived - before.bytesReceived,
    };
}
/**
 * `url` safe to print: user and password, query values and path segments that look like API
 * keys (20 or more letters, digits, `-` or `_`) become `***`.
 */
export function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return '(not a URL)';
    }
    if (u.username || u.password) {
        u.username = '***';
        u.password = '';
    }
    for (const k of [...u.searchParams.keys()])
        u.searchParams.set(k, '***');
    u.pathname = u.pathname
        .split('/')
        .map((s) => (/^[A-Za-z0-9_-]{20,}$/.test(s) ? '***' : s))
        .join('/');
    return u.toString();
}
const UNSUPPORTED = /not supported|not found|does not exist|not available|unknown method|unsupported|not implemented/i;
function isUnsupported(e) {
    const code = e.rpcCode;
    return code === -32601 || code === -32004 || (e instanceof RpcMethodError && UNSUPPORTED.test(e.message));
}
/** viem's error for one call, as parevm's typed error. */
function toRpcError(e, context) {
    if (e instanceof RpcError)
        return e;
    if (!(e instanceof BaseError))
        return new RpcResponseError(context, e.message ?? String(e), { cause: e });
    const names = new Set();
    let rpcCode;
    let status;
    let syntax = false;
    let cause = '';
    for (let x = e; x instanceof Error; x = x.cause) {
        names.add(x.name);
        const o = x;
        if (rpcCode === undefined && typeof o.code === 'number')
            rpcCode = o.code;
        if (status === undefined && typeof o.status === 'number')
            status = o.status;
        if (x instanceof SyntaxError)
            syntax = true;
        if (!(x instanceof BaseError))
            cause = `${x.message}${typeof o.code === 'string' ? ` (${o.code})` : ''}`;
    }
    const short = e.shortMessage;
    if (names.has('TimeoutError'))
        return new RpcUnreachableError(context, 'the request timed out', { cause: e });
    if (syntax)
        return new RpcResponseError(context, `the body is not JSON${status !== undefined ? ` (HTTP ${status})` : ''}`, { cause: e });
    if (rpcCode !== undefined && rpcCode !== -1)
        return new RpcMethodError(context, rpcCode, e.details || short, { cause: e });
    if (status !== undefined)
        return new RpcResponseError(context, `HTTP ${status}: ${e.details || short}`, { cause: e });
    if (names.has('HttpRequestError'))
        return new RpcUnreachableError(context, cause || short, { cause: e });
    return new RpcResponseError(context, cause || short, { cause: e });
}
//# sourceMappingURL=client.js.map