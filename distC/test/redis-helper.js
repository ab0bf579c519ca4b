// A Redis for the replay tests: PAREVM_REDIS_URL when set (.ci/run starts one), else a
// redis-server child process of the test's own on 127.0.0.1 at a free port (nothing saved to
// disk, noeviction as BullMQ requires). Without either, the caller skips and prints why.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
const freePort = () => new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
        const port = s.address().port;
        s.close(() => resolve(port));
    });
});
async function ping(url, deadline) {
    for (;;) {
        const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        r.on('error', () => undefined);
        try {
            await r.connect();
            await r.ping();
            r.disconnect();
            return;
        }
        catch (e) {
            r.disconnect();
            if (Date.now() > deadline)
                throw e;
            await new Promise((res) => setTimeout(res, 100));
        }
    }
}
/** A running Redis, or the reason there is none. */
export async function startRedis() {
    const run = randomBytes(4).toString('hex');
    const namespace = (what) => `parevm-test-${run}-${what}`;
    const env = process.env.PAREVM_REDIS_URL;
    if (env) {
        try {
            await ping(env, Date.now() + 5000);
        }
        catch (e) {
            return { skip: `PAREVM_REDIS_URL=${env} does not answer: ${e.message}` };
        }
        return { url: env, namespace, stop: async () => undefined };
    }
    const bin = process.env.PAREVM_REDIS_SERVER ?? 'redis-server';
    if (spawnSync(bin, ['--version']).status !== 0)
        return { skip: `no ${bin} on this machine and no PAREVM_REDIS_URL (.ci/run installs Debian's redis-server; apt-get install redis-server)` };
    const port = await freePort();
    const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--protected-mode', 'yes'], { stdio: 'ignore' });
    const url = `redis://127.0.0.1:${port}`;
    try {
        await ping(url, Date.now() + 10_000);
    }
    catch (e) {
        child.kill('SIGKILL');
        return { skip: `${bin} did not start on port ${port}: ${e.message}` };
    }
    return {
        url,
        namespace,
        stop: async () => {
            if (child.exitCode !== null)
                return;
            const gone = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await gone;
        },
    };
}
//# sourceMappingURL=redis-helper.js.map