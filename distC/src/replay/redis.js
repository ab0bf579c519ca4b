/**
 * Redis connections of the replay (the result store and the rate limiter; BullMQ opens its own).
 */
import { Redis } from 'ioredis';
import { ReplayQueueError } from '../errors.js';
import { redactUrl } from '../rpc/client.js';
/**
 * Opens `url` (`redis://[user:password@]host:port[/db]`) and checks it answers PING.
 * @param failFast give up after a few connection attempts (a command-line client) instead of
 *   reconnecting for ever (a long-running worker)
 * @throws ReplayQueueError (URL redacted) when Redis does not answer
 */
export async function openRedis(url, failFast = true) {
    if (!/^rediss?:\/\//.test(url))
        throw new ReplayQueueError(redactUrl(url), 'expected a redis:// URL, e.g. redis://127.0.0.1:6379');
    const redis = new Redis(url, {
        maxRetriesPerRequest: failFast ? 1 : null,
        retryStrategy: (times) => (failFast && times > 3 ? null : Math.min(2000, 100 * times)),
        lazyConnect: true,
    });
    let last;
    redis.on('error', (e) => (last = e));
    try {
        await redis.connect();
        await redis.ping();
    }
    catch (e) {
        redis.disconnect();
        throw new ReplayQueueError(redactUrl(url), `cannot reach Redis: ${(last ?? e).message}`, { cause: last ?? e });
    }
    return redis;
}
//# sourceMappingURL=redis.js.map