/**
 * The replay queue: range jobs in, their outcomes out. {@link BullReplayQueue} is BullMQ on Redis
 * (`--queue redis://HOST:PORT`): workers on any machine take jobs (`parevm worker`), a job whose
 * worker died is moved back to waiting by BullMQ's stalled-job check once its lock expires, a job
 * that throws is retried with exponential backoff. {@link LocalReplayQueue} has the same interface
 * and runs the jobs in this process, one at a time (no `--queue`).
 *
 * Job ids come from the chain and the range ({@link jobId}); BullMQ keeps finished jobs, so adding
 * a job whose id exists (waiting, running or finished) adds nothing.
 */
import { Queue, Worker } from 'bullmq';
import { ReplayQueueError } from '../errors.js';
import { redactUrl } from '../rpc/client.js';
/** Retry policy of every range job: 3 attempts, 1 s, 2 s backoff. */
export const JOB_ATTEMPTS = 3;
export const JOB_BACKOFF_MS = 1000;
/** In-process queue: jobs run one after another on this event loop, with the same retry policy. */
export class LocalReplayQueue {
    processor;
    backoffMs;
    jobs = new Map();
    pending = [];
    running;
    constructor(processor, backoffMs = JOB_BACKOFF_MS) {
        this.processor = processor;
        this.backoffMs = backoffMs;
    }
    async enqueue(jobs) {
        const added = [];
        const existing = [];
        for (const job of jobs) {
            if (this.jobs.has(job.id)) {
                existing.push(job.id);
                continue;
            }
            this.jobs.set(job.id, { job, status: { state: 'waiting' } });
            this.pending.push(job);
            added.push(job.id);
        }
        this.running ??= this.drain().finally(() => (this.running = undefined));
        return { added, existing };
    }
    async drain() {
        for (let job = this.pending.shift(); job; job = this.pending.shift()) {
            const entry = this.jobs.get(job.id);
            entry.status = { state: 'active' };
            for (let attempt = 1;; attempt++) {
                try {
                    entry.status = { state: 'completed', outcome: await this.processor(job, attempt) };
                    break;
                }
                catch (e) {
                    if (attempt >= JOB_ATTEMPTS) {
                        entry.status = { state: 'failed', failedReason: e.message };
                        break;
                    }
                    await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 1)));
                }
            }
        }
    }
    async status(ids) {
        return new Map(ids.map((id) => [id, this.jobs.get(id)?.status ?? { state: 'unknown' }]));
    }
    async forget(ids) {
        let n = 0;
        for (const id of ids) {
            const s = this.jobs.get(id)?.status.state;
            if (s === 'completed' || s === 'failed')
                n += this.jobs.delete(id) ? 1 : 0;
        }
        return n;
    }
    async close() {
        await this.running;
    }
}
/** BullMQ's queue name of range jobs (keys `<namespace>:replay:*`). */
export const QUEUE_NAME = 'replay';
/** BullMQ connection options for a `redis://` URL (BullMQ opens its own ioredis clients). */
export function connectionOf(url) {
    return { url, maxRetriesPerRequest: null };
}
/** The enqueueing side of BullMQ (`parevm replay --queue`). */
export class BullReplayQueue {
    url;
    namespace;
    queue;
    constructor(url, namespace = 'parevm') {
        this.url = url;
        this.namespace = namespace;
        this.queue = new Queue(QUEUE_NAME, { connection: connectionOf(url), prefix: namespace });
        // A connection error is reported by the call that needs the connection.
        this.queue.on('error', () => undefined);
    }
    async enqueue(jobs) {
        const added = [];
        const existing = [];
        try {
            for (const job of jobs) {
                if (await this.queue.getJob(job.id)) {
                    existing.push(job.id);
                    continue;
                }
                await this.queue.add('range', job, {
                    jobId: job.id,
                    attempts: JOB_ATTEMPTS,
                    backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
                });
                added.push(job.id);
            }
        }
        catch (e) {
            throw new ReplayQueueError(redactUrl(this.url), `cannot enqueue: ${e.message}`, { cause: e });
        }
        return { added, existing };
    }
    async status(ids) {
        const out = new Map();
        const one = async (id) => {
            const job = await this.queue.getJob(id);
            if (!job)
                return { state: 'unknown' };
            const s = await job.getState();
            // waiting, delayed (a retry's backoff) and prioritized are all "waiting" here.
            const state = s === 'completed' || s === 'failed' || s === 'active' ? s : s === 'unknown' ? 'unknown' : 'waiting';
            return {
                state,
                ...(state === 'completed' ? { outcome: job.returnvalue } : {}),
                ...(state === 'failed' ? { failedReason: job.failedReason } : {}),
            };
        };
        // 100 jobs at a time: their commands share round trips.
        for (let i = 0; i < ids.length; i += 100) {
            const part = ids.slice(i, i + 100);
            (await Promise.all(part.map(one))).forEach((s, k) => {
                out.set(part[k], s);
            });
        }
        return out;
    }
    async forget(ids) {
        let n = 0;
        for (const id of ids) {
            const job = await this.queue.getJob(id);
            const s = await job?.getState();
            if (job && (s === 'completed' || s === 'failed')) {
                await job.remove();
                n++;
            }
        }
        return n;
    }
    async close() {
        await this.queue.close();
    }
}
/**
 * A BullMQ worker taking one range job at a time from the queue (`parevm worker`).
 * @returns the worker; `close()` lets the running job finish
 */
export function startBullWorker(processor, opts) {
    const lockDuration = opts.lockDurationMs ?? 60_000;
    const worker = new Worker(QUEUE_NAME, async (job) => await processor(job.data, Math.max(1, job.attemptsStarted)), {
        connection: connectionOf(opts.url),
        prefix: opts.namespace ?? 'parevm',
        concurrency: 1,
        lockDuration,
        stalledInterval: opts.stalledIntervalMs ?? Math.min(30_000, lockDuration),
        maxStalledCount: 3,
    });
    return worker;
}
//# sourceMappingURL=queue.js.map