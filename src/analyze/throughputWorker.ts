/**
 * Worker of {@link ThroughputProbe} (`throughput.ts`): runs the sequential engine on the block it
 * is sent (pre-state read in place from the shared snapshot) and replies with the milliseconds of
 * sender recovery plus execution.
 */
import { parentPort } from 'node:worker_threads';
import { markLoaded } from '../crypto/nativeGuard.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { SharedSnapshotReader } from '../state/sharedSnapshot.js';
import { executionSpanMs } from '../execute/timings.js';
import type { RpcBlockJson } from '../block/decode.js';

/** The message that starts one run. */
export interface ThroughputJob {
  blockJson: RpcBlockJson;
  snapshot: SharedArrayBuffer;
}

const port = parentPort;
if (port) {
  port.on('message', (job: ThroughputJob) => {
    executeBlockSequential(job.blockJson, new SharedSnapshotReader(job.snapshot)).then(
      (r) => port.postMessage({ ms: executionSpanMs(r.timings) }),
      (e: unknown) => port.postMessage({ error: String((e as Error)?.message ?? e) }),
    );
  });
}
// Its static imports (the native binding among them) have loaded: the process may end by itself now.
markLoaded();
