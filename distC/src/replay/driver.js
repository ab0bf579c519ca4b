/**
 * Drives one replay to its end: cut the range into jobs, enqueue them (idempotent), then poll the
 * queue and the result store until every job has finished, reporting progress over blocks.
 * The same for the local and the BullMQ queue.
 */
import { ReplayQueueError } from '../errors.js';
import { rangeJobs } from './range.js';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Replays `range`; see {@link ReplayRangeOptions}.
 * @throws FixtureNotFoundError when the source has no blocks directory; ReplayQueueError when the
 *   queue cannot be reached
 */
export async function replayRange(o) {
    const blocks = o.source.blocks(o.range);
    const jobs = rangeJobs(blocks, o.jobSize, o.chain, o.source.spec);
    const ids = jobs.map((j) => j.id);
    if (o.fresh) {
        await o.store.remove(o.chain.chainId, blocks);
        await o.queue.forget(ids);
    }
    const { existing } = await o.queue.enqueue(jobs);
    const started = Date.now();
    const finished = new Map();
    let status = new Map();
    for (;;) {
        const open = jobs.filter((j) => !finished.has(j.id));
        status = await o.queue.status(open.map((j) => j.id));
        let done = 0;
        let failed = 0;
        let inFlight = 0;
        for (const j of open) {
            const s = status.get(j.id);
            if (s.state === 'unknown')
                throw new ReplayQueueError('', `job ${j.id} is no longer in the queue (removed while the replay waited?)`);
            if (s.state !== 'active' && s.state !== 'completed' && s.state !== 'failed')
                continue;
            const records = await o.store.getMany(j.chainId, j.blocks);
            const f = records.filter((r) => r?.status === 'failed').length;
            const d = records.filter((r) => r !== undefined).length;
            if (s.state === 'active') {
                done += d - f;
                failed += f;
                inFlight += j.blocks.length - d;
            }
            else
                finished.set(j.id, { status: s, failed: f });
        }
        for (const j of jobs) {
            const f = finished.get(j.id);
            if (!f)
                continue;
            failed += f.failed;
            done += f.status.state === 'completed' ? j.blocks.length - f.failed : 0;
        }
        o.onProgress?.({ total: blocks.length, done, failed, inFlight, jobsFinished: finished.size, jobs: jobs.length });
        if (finished.size === jobs.length)
            break;
        if (o.timeoutMs !== undefined && Date.now() - started > o.timeoutMs)
            break;
        // Each poll asks the queue about every open job: with many jobs, poll less often (≤ ~500 jobs a second).
        await sleep(Math.max(o.pollMs ?? 250, 2 * open.length));
    }
    for (const [id, f] of finished)
        status.set(id, f.status);
    const records = [];
    const lost = [];
    for (let i = 0; i < blocks.length; i += 1000) {
        const part = blocks.slice(i, i + 1000);
        const got = await o.store.getMany(o.chain.chainId, part);
        got.forEach((r, k) => {
            if (r)
                records.push(r);
            else
                lost.push(part[k]);
        });
    }
    return { jobs, existing, status, records, lost };
}
//# sourceMappingURL=driver.js.map