const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** In-process fixed-window limiter (one process's requests only). */
export class LocalRateLimiter {
    limit;
    window = 0;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
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
export class RedisRateLimiter {
    redis;
    key;
    limit;
    constructor(redis, key, limit) {
        this.redis = redis;
        this.key = key;
        this.limit = limit;
    }
    async acquire() {
        for (;;) {
            const [granted, start, wait] = (await this.redis.eval(SCRIPT, 1, this.key, this.limit.max, this.limit.windowMs));
            if (granted === 1)
                return start;
            await sleep(Math.max(1, wait));
        }
    }
}
/**
 * Parses `--rpc-rate N` (requests per second) or `N/MS` (requests per MS milliseconds).
 * @throws RangeError when it is not such a rate
 */
export function parseRate(text) {
    const m = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*(?:ms)?)?\s*$/.exec(text);
    const max = m ? Number(m[1]) : 0;
    const windowMs = m?.[2] !== undefined ? Number(m[2]) : 1000;
    if (!m || max < 1 || windowMs < 1)
        throw new RangeError(`expected requests per second (N) or N/MS, not "${text}"`);
    return { max, windowMs };
}
//# sourceMappingURL=rateLimit.js.map