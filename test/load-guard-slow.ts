// A module whose evaluation takes 300 ms (a top-level await), then sets word 0 of `workerData.flags`: test/load-guard-worker.ts imports it.
import { workerData } from 'node:worker_threads';

await new Promise((r) => setTimeout(r, 300));
Atomics.store((workerData as { flags: Int32Array }).flags, 0, 1);
