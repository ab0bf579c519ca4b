/**
 * `npm run bench:state-root`: does computing the post-state root (Yellow Paper §4.1) on worker
 * threads pay? The storage tries are independent, so they can be built in parallel and only the
 * account trie waits for them. Compares, on one full state, `stateRoot` on the main thread with
 * the storage tries split over N worker threads (slots sent as bigint arrays, roots sent back) and
 * the account trie on the main thread. Both must give the same root. Median of 5 interleaved runs.
 * Nothing is asserted; timings belong here, not in tests.
 *
 *   npm run bench:state-root -- [--accounts 5000] [--contracts 100] [--slots 200] [--workers 2]
 */
import { Worker } from 'node:worker_threads';
import Table from 'cli-table3';
import { Command } from 'commander';
import { SnapshotState } from '../src/state/snapshot.js';
import { stateRoot } from '../src/state/stateRoot.js';
import { median } from '../src/analyze/median.js';
const opts = new Command()
    .option('--accounts <n>', 'accounts without storage', (v) => Number(v), 5_000)
    .option('--contracts <n>', 'accounts with storage', (v) => Number(v), 100)
    .option('--slots <n>', 'storage slots per contract', (v) => Number(v), 200)
    .option('--workers <n>', 'worker threads for the storage tries', (v) => Number(v), 2)
    .parse()
    .opts();
// A deterministic state: addresses and values from a counter (the trie shape is what matters).
const accounts = new Map();
const addr = (i) => `0x${i.toString(16).padStart(40, '0')}`;
const codeHash = `0x${'ab'.repeat(32)}`;
for (let i = 1; i <= opts.accounts; i++)
    accounts.set(addr(i), { balance: BigInt(i) * 10n ** 15n, nonce: BigInt(i % 7), storage: new Map() });
for (let c = 0; c < opts.contracts; c++) {
    const storage = new Map();
    for (let s = 0; s < opts.slots; s++)
        storage.set(BigInt(s * 7919 + c), BigInt(s + 1) * 1000003n);
    accounts.set(addr(0x10_0000 + c), { balance: 0n, nonce: 1n, codeHash, storage });
}
const state = new SnapshotState(accounts, new Map([[codeHash, new Uint8Array([0])]]), new Map());
// Worker: storage roots of the accounts it is given.
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async (jobs) => {
  const { storageRoot } = await import(${JSON.stringify(new URL('../src/state/stateRoot.js', import.meta.url).href)});
  const roots = [];
  for (const [address, slots] of jobs) roots.push([address, await storageRoot(new Map(slots))]);
  parentPort.postMessage(roots);
});`;
const workers = Array.from({ length: opts.workers }, () => new Worker(WORKER, { eval: true }));
async function parallelStateRoot(s) {
    const withStorage = [...s.addresses()].filter((a) => s.storageOf(a).size > 0);
    const shares = workers.map(() => []);
    // Largest first, each to the least loaded worker.
    const load = workers.map(() => 0);
    for (const a of withStorage.sort((x, y) => s.storageOf(y).size - s.storageOf(x).size)) {
        const w = load.indexOf(Math.min(...load));
        shares[w].push([a, [...s.storageOf(a)]]);
        load[w] += s.storageOf(a).size;
    }
    const results = await Promise.all(workers.map((w, i) => new Promise((resolve) => (w.once('message', resolve), w.postMessage(shares[i])))));
    return stateRoot(s, new Map(results.flat()));
}
const serial = [];
const parallel = [];
let same = true;
await parallelStateRoot(state); // warm the workers' module load
for (let r = 0; r < 5; r++) {
    let t = performance.now();
    const a = await stateRoot(state);
    serial.push(performance.now() - t);
    t = performance.now();
    const b = await parallelStateRoot(state);
    parallel.push(performance.now() - t);
    same &&= a === b;
}
await Promise.all(workers.map((w) => w.terminate()));
const table = new Table({ head: ['accounts', 'storage slots', 'main thread ms', `storage tries on ${opts.workers} workers ms`, 'ratio', 'same root'] });
const s = median(serial);
const p = median(parallel);
table.push([
    (opts.accounts + opts.contracts).toLocaleString('en-US'),
    (opts.contracts * opts.slots).toLocaleString('en-US'),
    s.toFixed(0),
    p.toFixed(0),
    `${(s / p).toFixed(2)}×`,
    same ? 'yes' : 'NO',
]);
console.log('parevm state root: main thread vs storage tries on worker threads — median of 5 interleaved runs');
console.log(table.toString());
//# sourceMappingURL=stateRoot.js.map