/**
 * `npm run bench:mvmemory`: MVMemory reads (Block-STM's `read`) by 1 and by 2 threads at once on
 * the same SharedArrayBuffer, per-thread ms for the same number of reads. Reads take no lock (a
 * sequence lock: writers only), so two threads should read about as fast as one; with a locked
 * read every read wrote a shared cache line and two threads read ~2.2× slower here.
 *
 *   npm run bench:mvmemory -- [--reads 2000000] [--rounds 3]
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { MVMemory, layoutFor } from '../src/parallel/mvMemory.js';
import { median } from '../src/analyze/median.js';
if (isMainThread) {
    const { Command } = await import('commander');
    const opts = new Command('bench-mvmemory')
        .option('--reads <n>', 'reads per thread', '2000000')
        .option('--rounds <n>', 'rounds', '3')
        .parse()
        .opts();
    const mv = MVMemory.create(layoutFor(2000, 30000000n));
    const locs = [];
    for (let i = 0; i < 2000; i++) {
        const key = new Uint8Array(21);
        key[0] = 1;
        key[1] = i & 255;
        key[2] = i >> 8;
        locs.push(mv.location(key, true));
    }
    for (let t = 0; t < 2000; t++)
        mv.record(t, 0, [], [{ loc: locs[t], flags: 0, value: new Uint8Array(32) }]);
    const run = (threads) => Promise.all(Array.from({ length: threads }, (_, k) => new Promise((resolve, reject) => {
        const job = { buffer: mv.buffer, layout: mv.layout, locs, reads: Number(opts.reads), offset: k * 1000 };
        const w = new Worker(new URL(import.meta.url), { workerData: job });
        w.once('message', (ms) => {
            resolve(ms);
            void w.terminate();
        });
        w.once('error', reject);
    })));
    const one = [];
    const two = [];
    for (let r = 0; r < Number(opts.rounds); r++) {
        one.push(...(await run(1)));
        two.push(...(await run(2)));
    }
    console.log(`MVMemory reads, ${opts.reads} per thread, median of ${opts.rounds} rounds: 1 thread ${median(one).toFixed(0)} ms, 2 threads at once ${median(two).toFixed(0)} ms per thread (${(median(two) / median(one)).toFixed(2)}×)`);
}
else {
    const { buffer, layout, locs, reads, offset } = workerData;
    const mv = new MVMemory(buffer, layout);
    let found = 0;
    const t0 = performance.now();
    for (let i = 0; i < reads; i++)
        if (mv.read(locs[(i * 7 + offset) % locs.length], 1000 + (i & 511)).kind === 'value')
            found++;
    parentPort.postMessage(performance.now() - t0 + found * 0);
}
//# sourceMappingURL=mvMemory.js.map