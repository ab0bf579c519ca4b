/**
 * How fast two busy threads run EVM work on this machine compared to one: the sequential engine
 * on the same block in one worker thread alone, then in two worker threads at once (independent
 * copies, nothing shared; as `bench/thread-scaling.ts`). The ratio `slowdown` = time per run side
 * by side ÷ time alone is a property of the machine and its current load (cores shared with other
 * processes, garbage-collector threads, memory bandwidth), measured without the parallel engine;
 * the simulation on "this machine" stretches every task by it.
 */
import type { Worker } from 'node:worker_threads';
import { guardedWorker, stopThenTerminate } from '../crypto/nativeGuard.js';
import { encodeSharedSnapshot } from '../state/sharedSnapshot.js';
import type { SnapshotState } from '../state/snapshot.js';
import type { ThroughputJob } from './throughputWorker.js';
import type { RpcBlockJson } from '../block/decode.js';
import { median } from './median.js';

const WORKER_URL = new URL('./throughputWorker.js', import.meta.url);

/** One probe round (ms): a run alone and the mean of two runs side by side. */
export interface ThroughputSample {
  aloneMs: number;
  togetherMs: number;
}

/** Two warm worker threads that run the sequential engine (see the module comment). */
export class ThroughputProbe {
  /** Guarded: a worker recovers senders on the native binding (src/crypto/nativeGuard.ts). */
  private readonly workers: Worker[] = [guardedWorker(WORKER_URL), guardedWorker(WORKER_URL)];

  constructor() {
    for (const w of this.workers) w.unref();
  }

  private runOn(w: Worker, job: ThroughputJob): Promise<number> {
    return new Promise((resolve, reject) => {
      w.ref();
      w.once('message', (m: { ms?: number; error?: string }) => {
        w.unref();
        if (m.error !== undefined) reject(new Error(`throughput probe: ${m.error}`));
        else resolve(m.ms!);
      });
      w.postMessage(job);
    });
  }

  /**
   * One round on `blockJson` over `state`.
   * @throws Error when the sequential engine fails on the block in a worker
   */
  async round(blockJson: RpcBlockJson, state: SnapshotState): Promise<ThroughputSample> {
    const job: ThroughputJob = { blockJson, snapshot: encodeSharedSnapshot(state) };
    const aloneMs = await this.runOn(this.workers[0]!, job);
    const both = await Promise.all(this.workers.map((w) => this.runOn(w, job)));
    return { aloneMs, togetherMs: (both[0]! + both[1]!) / 2 };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => stopThenTerminate(w)));
  }
}

/** `median(together) / median(alone)`, at least 1 (1 = two threads run as fast as one). */
export function slowdownOf(samples: ThroughputSample[]): number {
  const alone = median(samples.map((s) => s.aloneMs));
  return alone > 0 ? Math.max(1, median(samples.map((s) => s.togetherMs)) / alone) : 1;
}
