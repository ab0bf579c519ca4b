/**
 * The durable results of a replay: one record per block, keyed by chain id and block number, and
 * written at most once. The first write of a block wins; a later one (a job retried after its
 * worker was killed, or a stalled job that two workers ran) is refused and reported as such, so
 * each block is reported exactly once however often its job ran.
 *
 * Two stores with one interface: {@link RedisResultStore} (a Redis hash per chain, for workers on
 * many machines: `HSETNX` is the atomic first-write-wins, and every machine that can reach the
 * queue can read the results) and {@link FileResultStore} (one file per block under a directory,
 * for a run without `--queue`: `link(2)` of a complete temporary file is the atomic
 * first-write-wins).
 */
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_FIELDS } from '../verify/header.js';
/** The header fields a record's verdict has, in the order reports show them (the ones `verifyHeader` checks). */
export const VERDICT_FIELDS = HEADER_FIELDS;
/** The mismatching fields of a record's verdict. */
export function mismatches(r) {
    const out = VERDICT_FIELDS.filter((f) => r.verdict?.[f].status === 'mismatch').map((f) => ({ field: f, verdict: r.verdict[f] }));
    if (r.stateRoot?.status === 'mismatch')
        out.push({ field: 'stateRoot', verdict: r.stateRoot });
    return out;
}
let tmpCounter = 0;
/** Records as files `<dir>/<chainId>/<block>.json`. */
export class FileResultStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    file(chainId, block) {
        return join(this.dir, String(chainId), `${block}.json`);
    }
    async put(r) {
        const file = this.file(r.chainId, r.block);
        mkdirSync(join(this.dir, String(r.chainId)), { recursive: true });
        const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
        writeFileSync(tmp, JSON.stringify(r));
        try {
            linkSync(tmp, file);
            return true;
        }
        catch (e) {
            if (e.code === 'EEXIST')
                return false;
            throw e;
        }
        finally {
            unlinkSync(tmp);
        }
    }
    async has(chainId, block) {
        return (await this.getMany(chainId, [block]))[0] !== undefined;
    }
    async getMany(chainId, blocks) {
        return blocks.map((b) => {
            try {
                return JSON.parse(readFileSync(this.file(chainId, b), 'utf8'));
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        });
    }
    async list(chainId, from, to) {
        let names;
        try {
            names = readdirSync(join(this.dir, String(chainId)));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const blocks = names
            .map((n) => /^(\d+)\.json$/.exec(n)?.[1])
            .filter((n) => n !== undefined)
            .map(Number)
            .filter((n) => n >= from && n <= to)
            .sort((a, b) => a - b);
        return (await this.getMany(chainId, blocks)).filter((r) => r !== undefined);
    }
    async remove(chainId, blocks) {
        let n = 0;
        for (const b of blocks) {
            try {
                unlinkSync(this.file(chainId, b));
                n++;
            }
            catch (e) {
                if (e.code !== 'ENOENT')
                    throw e;
            }
        }
        return n;
    }
    async close() { }
    /** Deletes every record (tests, benches). */
    clear() {
        rmSync(this.dir, { recursive: true, force: true });
    }
}
// KEYS[1] results hash, KEYS[2] events stream; ARGV block, record JSON, worker, job id.
// The event is appended only by the write that created the field: one event per block, ever.
const PUT = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', 1000000, '*', 'event', 'recorded', 'block', ARGV[1], 'worker', ARGV[3], 'job', ARGV[4])
  return 1
end
return 0
`;
/**
 * Records in Redis: the hash `<ns>:results:<chainId>` (field = block number, value = record JSON)
 * and the stream `<ns>:events:<chainId>` (one `recorded` entry per block when its record is
 * written, `started` entries when a worker starts a block: the audit trail of who ran what).
 */
export class RedisResultStore {
    redis;
    namespace;
    constructor(redis, namespace = 'parevm') {
        this.redis = redis;
        this.namespace = namespace;
    }
    /** The results hash of `chainId`. */
    hashKey(chainId) {
        return `${this.namespace}:results:${chainId}`;
    }
    /** The events stream of `chainId`. */
    eventsKey(chainId) {
        return `${this.namespace}:events:${chainId}`;
    }
    async put(r) {
        const wrote = await this.redis.eval(PUT, 2, this.hashKey(r.chainId), this.eventsKey(r.chainId), r.block, JSON.stringify(r), r.worker, r.jobId);
        return wrote === 1;
    }
    /** Appends a `started` event: `worker` began executing `block` in attempt `attempt` of `job`. */
    async started(chainId, block, worker, job, attempt) {
        await this.redis.xadd(this.eventsKey(chainId), 'MAXLEN', '~', 1_000_000, '*', 'event', 'started', 'block', String(block), 'worker', worker, 'job', job, 'attempt', String(attempt));
    }
    /** Every event of `chainId`, oldest first: `{ event, block, worker, job, attempt? }`. */
    async events(chainId) {
        const entries = await this.redis.xrange(this.eventsKey(chainId), '-', '+');
        return entries.map(([, fields]) => {
            const o = {};
            for (let i = 0; i + 1 < fields.length; i += 2)
                o[fields[i]] = fields[i + 1];
            return o;
        });
    }
    async has(chainId, block) {
        return (await this.redis.hexists(this.hashKey(chainId), String(block))) === 1;
    }
    async getMany(chainId, blocks) {
        if (blocks.length === 0)
            return [];
        const values = await this.redis.hmget(this.hashKey(chainId), ...blocks.map(String));
        return values.map((v) => (v === null ? undefined : JSON.parse(v)));
    }
    async list(chainId, from, to) {
        const keys = (await this.redis.hkeys(this.hashKey(chainId)))
            .map(Number)
            .filter((n) => n >= from && n <= to)
            .sort((a, b) => a - b);
        const out = [];
        for (let i = 0; i < keys.length; i += 1000) {
            for (const r of await this.getMany(chainId, keys.slice(i, i + 1000)))
                if (r)
                    out.push(r);
        }
        return out;
    }
    async remove(chainId, blocks) {
        return blocks.length === 0 ? 0 : await this.redis.hdel(this.hashKey(chainId), ...blocks.map(String));
    }
    async close() {
        await this.redis.quit().catch(() => undefined);
    }
}
//# sourceMappingURL=results.js.map