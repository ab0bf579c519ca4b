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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** In-process fixed-window limiter (one process's requests only). */
export class LocalRateLimiter implements RequestLimiter {
  private window = 0;
  private used = 0;
  constructor(readonly limit: RateLimit) {}
  async acquire(): Promise<number> {
    for (;;) {
      const now = Date.now();
      const w = now - (now % this.limit.windowMs);
      if (w !== this.window) {
        this.window = w;
        this.used = 0;
      }
      if (this.used < this.limit.max) {
        this.used++;
        return w;
      }
      await sleep(w + this.limit.windowMs - now);
    }
  }
}

// KEYS[1] key prefix; ARGV max, windowMs. Returns {granted (1/0), window start ms, ms to wait}.
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local win = tonumber(ARGV[2])
local start = now - (now % win)
local key = KEYS[1] .. ':' .. start
local n = redis.call('INCR', key)
if n == 1 then redis.call('PEXPIRE', key, win * 2) end
if n <= tonumber(ARGV[1]) then return {1, start, 0} end
return {0, start, start + win - now}
`;

/** Fixed-window limiter in Redis, shared by every worker that uses the same `key`. */
export class RedisRateLimiter implements RequestLimiter {
  constructor(
    private readonly redis: Redis,
    readonly key: string,
    readonly limit: RateLimit,
  ) {}
  async acquire(): Promise<number> {
    for (;;) {
      const [granted, start, wait] = (await this.redis.eval(SCRIPT, 1, this.key, this.limit.max, this.limit.windowMs)) as [number, number, number];
      if (granted === 1) return start;
      await sleep(Math.max(1, wait));
    }
  }
}

/**
 * Parses `--rpc-rate N` (requests per second) or `N/MS` (requests per MS milliseconds).
 * @throws RangeError when it is not such a rate
 */
export function parseRate(text: string): RateLimit {
  const m = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*(?:ms)?)?\s*$/.exec(text);
  const max = m ? Number(m[1]) : 0;
  const windowMs = m?.[2] !== undefined ? Number(m[2]) : 1000;
  if (!m || max < 1 || windowMs < 1) throw new RangeError(`expected requests per second (N) or N/MS, not "${text}"`);
  return { max, windowMs };
}
