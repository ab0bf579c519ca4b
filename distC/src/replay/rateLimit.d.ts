/**
 * A rate limit on RPC requests, shared by every worker of a replay: a fixed window of `windowMs`
 * in which at most `max` permits are granted. The Redis limiter counts in one key per window
 * (INCR + PEXPIRE in a Lua script, on Redis's own clock), so workers on many machines share one
 * budget; the local limiter does the same in memory for a run without `--queue`.
 */
import type { Redis } from 'ioredis';
/** Grants permits for requests; `acquire` resolves when a request may be made. */
export interface RequestLimiter {
    /**
     * Waits for one permit.
     * @returns the window the permit was granted in (window start, ms since the epoch on the
     *   limiter's clock), for logs and tests
     */
    acquire(): Promise<number>;
}
/** The limit: at most `max` requests per `windowMs` milliseconds. */
export interface RateLimit {
    max: number;
    windowMs: number;
}
/** In-process fixed-window limiter (one process's requests only). */
export declare class LocalRateLimiter implements RequestLimiter {
    readonly limit: RateLimit;
    private window;
    private used;
    constructor(limit: RateLimit);
    acquire(): Promise<number>;
}
/** Fixed-window limiter in Redis, shared by every worker that uses the same `key`. */
export declare class RedisRateLimiter implements RequestLimiter {
    private readonly redis;
    readonly key: string;
    readonly limit: RateLimit;
    constructor(redis: Redis, key: string, limit: RateLimit);
    acquire(): Promise<number>;
}
/**
 * Parses `--rpc-rate N` (requests per second) or `N/MS` (requests per MS milliseconds).
 * @throws RangeError when it is not such a rate
 */
export declare function parseRate(text: string): RateLimit;
