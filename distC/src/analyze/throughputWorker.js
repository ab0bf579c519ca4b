/**
 * Worker of {@link ThroughputProbe} (`throughput.ts`): runs the sequential engine on the block it
 * is sent (pre-state read in place from the shared snapshot) and replies with the milliseconds of
 * sender recovery plus execution.
 */
import { parentPort } from 'node:worker_threads';
import { executeBlockSequential } from '../execute/sequential.js';
import { SharedSnapshotReader } from '../state/sharedSnapshot.js';
import { executionSpanMs } from '../execute/timings.js';
const port = parentPort;
if (port) {
    port.on('message', (job) => {
        executeBlockSequential(job.blockJson, new SharedSnapshotReader(job.snapshot)).then((r) => port.postMessage({ ms: executionSpanMs(r.timings) }), (e) => port.postMessage({ error: String(e?.message ?? e) }));
    });
}
//# sourceMappingURL=throughputWorker.js.map