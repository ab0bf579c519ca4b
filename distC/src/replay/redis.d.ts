/**
 * Redis connections of the replay (the result store and the rate limiter; BullMQ opens its own).
 */
import { Redis } from 'ioredis';
/**
 * Opens `url` (`redis://[user:password@]host:port[/db]`) and checks it answers PING.
 * @param failFast give up after a few connection attempts (a command-line client) instead of
 *   reconnecting for ever (a long-running worker)
 * @throws ReplayQueueError (URL redacted) when Redis does not answer
 */
export declare function openRedis(url: string, failFast?: boolean): Promise<Redis>;
