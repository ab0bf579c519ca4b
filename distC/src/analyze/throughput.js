/**
 * How fast two busy threads run EVM work on this machine compared to one: the sequential engine
 * on the same block in one worker thread alone, then in two worker threads at once (independent
 * copies, nothing shared; as `bench/thread-scaling.ts`). The ratio `slowdown` = time per run side
 * by side ÷ time alone is a property of the machine and its current load (cores shared with other
 * processes, garbage-collector threads, memory bandwidth), measured without the parallel engine;
 * the simulation on "this machine" stretches every task by it.
 */
import { Worker } from 'node:worker_threads';
import { encodeSharedSnapshot } from '../state/sharedSnapshot.js';
import { median } from './median.js';
const WORKER_URL = new URL('./throughputWorker.js', import.meta.url);
/** Two warm worker threads that run the sequential engine (see the module comment). */
export class ThroughputProbe {
    workers = [new Worker(WORKER_URL), new Worker(WORKER_URL)];
    constructor() {
        for (const w of this.workers)
            w.unref();
    }
    runOn(w, job) {
        return new Promise((resolve, reject) => {
            w.ref();
            w.once('message', (m) => {
                w.unref();
                if (m.error !== undefined)
                    reject(new Error(`throughput probe: ${m.error}`));
                else
                    resolve(m.ms);
            });
            w.postMessage(job);
        });
    }
    /**
     * One round on `blockJson` over `state`.
     * @throws Error when the sequential engine fails on the block in a worker
     */
    async round(blockJson, state) {
        const job = { blockJson, snapshot: encodeSharedSnapshot(state) };
        const aloneMs = await this.runOn(this.workers[0], job);
        const both = await Promise.all(this.workers.map((w) => this.runOn(w, job)));
        return { aloneMs, togetherMs: (both[0] + both[1]) / 2 };
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
/** `median(together) / median(alone)`, at least 1 (1 = two threads run as fast as one). */
export function slowdownOf(samples) {
    const alone = median(samples.map((s) => s.aloneMs));
    return alone > 0 ? Math.max(1, median(samples.map((s) => s.togetherMs)) / alone) : 1;
}
//# sourceMappingURL=throughput.js.map