/**
 * The machine's ceiling on a 2-thread speedup, for the engine as it is: the *sequential* engine
 * on the same block in one worker thread alone, then in N worker threads side by side
 * (independent copies, nothing shared). With N real cores and nothing else running, each of the
 * N threads is as fast as the one alone and the throughput ratio is N×; cores that share a
 * physical core, a noisy host or memory bandwidth give less. No parallel engine can beat that
 * ratio on this machine at that moment, so `bench:parallel` prints it beside its targets.
 */
import { Worker } from 'node:worker_threads';
import { median } from '../src/analyze/median.js';
const index = new URL('../src/index.js', import.meta.url).href;
// Each thread keeps the fixtures it loaded; a message names the block to run once.
const code = `
const { parentPort, workerData } = require('node:worker_threads');
let m;
const fixtures = new Map();
parentPort.on('message', async (block) => {
  m ??= await import(workerData.index);
  let fx = fixtures.get(block);
  if (!fx) fixtures.set(block, (fx = m.loadFixtureBlock(workerData.fixtures, block)));
  const r = await m.executeBlockSequential(m.decodeBlock(fx.blockJson), fx.state);
  parentPort.postMessage(m.blockTimeMs(r.timings));
});`;
/**
 * Measures {@link ThreadScalingRow} for each of `blocks` (fixture block numbers under `fixtures`):
 * `warmup` unmeasured rounds, then `rounds` measured ones, alone and side by side in turn.
 * @param threads - threads side by side (the engine's worker count)
 * @throws what loading a fixture throws (a missing block), from the worker
 */
export async function measureThreadScaling(fixtures, blocks, options = {}) {
    const threads = Math.max(1, options.threads ?? 2);
    const rounds = Math.max(1, options.rounds ?? 3);
    const warmup = Math.max(0, options.warmup ?? 2);
    const spawn = () => new Worker(code, { eval: true, workerData: { index, fixtures } });
    const one = [spawn()];
    const many = Array.from({ length: threads }, spawn);
    const round = (ws, block) => Promise.all(ws.map((w) => new Promise((resolve, reject) => {
        const off = () => (w.off('message', onMessage), w.off('error', onError));
        const onMessage = (ms) => (off(), resolve(ms));
        const onError = (e) => (off(), reject(e));
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage(block);
    })));
    try {
        const out = [];
        for (const block of blocks) {
            for (let i = 0; i < warmup; i++)
                await round(one, block), await round(many, block);
            const alone = [];
            const together = [];
            for (let i = 0; i < rounds; i++) {
                alone.push(...(await round(one, block)));
                together.push(...(await round(many, block)));
            }
            const aloneMs = median(alone);
            const togetherMs = median(together);
            out.push({ block, aloneMs, togetherMs, ceiling: (threads * aloneMs) / Math.max(0.001, togetherMs) });
        }
        return out;
    }
    finally {
        await Promise.all([...one, ...many].map((w) => w.terminate()));
    }
}
//# sourceMappingURL=threadScaling.js.map