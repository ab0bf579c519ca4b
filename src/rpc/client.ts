/**
 * The JSON-RPC client parevm fetches blocks with: viem's public client over its `http` transport
 * (JSON-RPC batching, retries with exponential backoff that honour `Retry-After`, a timeout).
 * This module adds only what viem does not: request counting, redacted URLs and parevm's typed
 * errors ({@link RpcError}) naming the URL, the method and the block.
 */
import { BaseError, createPublicClient, http, type PublicClient } from 'viem';
import { type RpcContext, RpcError, RpcMethodError, RpcResponseError, RpcUnreachableError } from '../errors.js';

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
export class RpcClient {
  /** The endpoint with user, password, query values and API-key path segments replaced by `***`. */
  readonly url: string;
  readonly stats: RpcStats = { httpRequests: 0, calls: 0, byMethod: {}, bytesReceived: 0 };
  private readonly client: PublicClient;
  private readonly beforeCall: (() => Promise<unknown>) | undefined;

  constructor(options: RpcClientOptions) {
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
  async request<T = unknown>(method: string, params: unknown[], block?: bigint): Promise<T> {
    if (this.beforeCall) await this.beforeCall();
    try {
      return (await this.client.request({ method: method as never, params: params as never })) as T;
    } catch (e) {
      throw toRpcError(e, { url: this.url, method, block });
    }
  }

  /** {@link request} for a method the node may not offer: a refusal is returned, not thrown (unreachable still throws). */
  async tryRequest<T = unknown>(method: string, params: unknown[], block?: bigint): Promise<{ result: T } | RpcRefusal> {
    try {
      return { result: await this.request<T>(method, params, block) };
    } catch (e) {
      if (!(e instanceof RpcMethodError || e instanceof RpcResponseError)) throw e;
      return { error: e, unsupported: isUnsupported(e) };
    }
  }

  /** Calls counted so far, for one block's share: `since(before)`. */
  snapshot(): RpcStats {
    return { ...this.stats, byMethod: { ...this.stats.byMethod } };
  }

  private countRequest(body: unknown): void {
    this.stats.httpRequests++;
    let calls: { method?: string }[] = [];
    try {
      const parsed = JSON.parse(String(body)) as unknown;
      calls = (Array.isArray(parsed) ? parsed : [parsed]) as { method?: string }[];
    } catch {
      // Counted as one request without calls.
    }
    this.stats.calls += calls.length;
    for (const c of calls) if (c.method) this.stats.byMethod[c.method] = (this.stats.byMethod[c.method] ?? 0) + 1;
  }
}

/** The difference `after − before` of two {@link RpcStats}. */
export function statsSince(before: RpcStats, after: RpcStats): RpcStats {
  const byMethod: Record<string, number> = {};
  for (const [m, n] of Object.entries(after.byMethod)) if (n - (before.byMethod[m] ?? 0) > 0) byMethod[m] = n - (before.byMethod[m] ?? 0);
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
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '(not a URL)';
  }
  if (u.username || u.password) {
    u.username = '***';
    u.password = '';
  }
  for (const k of [...u.searchParams.keys()]) u.searchParams.set(k, '***');
  u.pathname = u.pathname
    .split('/')
    .map((s) => (/^[A-Za-z0-9_-]{20,}$/.test(s) ? '***' : s))
    .join('/');
  return u.toString();
}

const UNSUPPORTED = /not supported|not found|does not exist|not available|unknown method|unsupported|not implemented/i;

function isUnsupported(e: RpcError): boolean {
  const code = (e as RpcMethodError).rpcCode;
  return code === -32601 || code === -32004 || (e instanceof RpcMethodError && UNSUPPORTED.test(e.message));
}

/** viem's error for one call, as parevm's typed error. */
function toRpcError(e: unknown, context: RpcContext): RpcError {
  if (e instanceof RpcError) return e;
  if (!(e instanceof BaseError)) return new RpcResponseError(context, (e as Error).message ?? String(e), { cause: e });
  const names = new Set<string>();
  let rpcCode: number | undefined;
  let status: number | undefined;
  let syntax = false;
  let cause = '';
  for (let x: unknown = e; x instanceof Error; x = x.cause) {
    names.add(x.name);
    const o = x as { code?: unknown; status?: unknown };
    if (rpcCode === undefined && typeof o.code === 'number') rpcCode = o.code;
    if (status === undefined && typeof o.status === 'number') status = o.status;
    if (x instanceof SyntaxError) syntax = true;
    if (!(x instanceof BaseError)) cause = `${x.message}${typeof o.code === 'string' ? ` (${o.code})` : ''}`;
  }
  const short = (e as BaseError).shortMessage;
  if (names.has('TimeoutError')) return new RpcUnreachableError(context, 'the request timed out', { cause: e });
  if (syntax) return new RpcResponseError(context, `the body is not JSON${status !== undefined ? ` (HTTP ${status})` : ''}`, { cause: e });
  if (rpcCode !== undefined && rpcCode !== -1) return new RpcMethodError(context, rpcCode, (e as BaseError).details || short, { cause: e });
  if (status !== undefined) return new RpcResponseError(context, `HTTP ${status}: ${(e as BaseError).details || short}`, { cause: e });
  if (names.has('HttpRequestError')) return new RpcUnreachableError(context, cause || short, { cause: e });
  return new RpcResponseError(context, cause || short, { cause: e });
}
