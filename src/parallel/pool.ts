import { Worker } from 'node:worker_threads';
import type { BlockJob, WorkerReply } from './worker.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Why a pool run did not produce a reply from every worker. */
export interface PoolFailure {
  workerIndex: number;
  reason: string;
  /** MVMemory ran out of space (not a fault: the block is too large for its layout). */
  full?: boolean;
}

/**
 * A pool of `worker_threads` that stays warm across blocks. A worker that exits or throws is
 * replaced, so the pool serves the next block; workers are unref'd while idle so an idle pool
 * never keeps the process alive.
 */
export class WorkerPool {
  private workers: Worker[] = [];
  private nextId = 1;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): Worker {
    // PAREVM_WORKER_PROF=DIR writes a V8 CPU profile per worker (for the bench's profiles).
    const w = new Worker(WORKER_URL, process.env.PAREVM_WORKER_PROF ? { execArgv: ['--cpu-prof', `--cpu-prof-dir=${process.env.PAREVM_WORKER_PROF}`] } : {});
    w.unref();
    return w;
  }

  /** Number of live workers (for leak checks in tests). */
  get live(): number {
    return this.workers.length;
  }

  /**
   * Starts `makeJob(i)` on every worker and resolves with all replies, or with the failures when
   * any worker threw, exited or passed `deadlineMs`. `onFailure` is called at the first failure
   * (the caller halts the shared scheduler so the other workers stop).
   */
  async run(
    makeJob: (workerIndex: number, blockId: number) => BlockJob,
    onFailure: () => void,
    deadlineMs = 0,
  ): Promise<{ replies: WorkerReply[]; failures: PoolFailure[] }> {
    const blockId = this.nextId++;
    const failures: PoolFailure[] = [];
    let failed = false;
    const fail = (f: PoolFailure) => {
      failures.push(f);
      if (!failed) (failed = true), onFailure();
    };
    const timer = deadlineMs > 0 ? setTimeout(() => {
      fail({ workerIndex: -1, reason: `deadline of ${deadlineMs} ms passed` });
      // A hung worker may never return to its event loop: terminate all and respawn.
      for (let i = 0; i < this.workers.length; i++) {
        void this.workers[i]!.terminate();
        this.workers[i] = this.spawn();
      }
    }, deadlineMs) : undefined;
    const replies = await Promise.all(
      this.workers.map(
        (w, i) =>
          new Promise<WorkerReply | undefined>((resolve) => {
            const cleanup = () => {
              w.off('message', onMessage);
              w.off('exit', onExit);
              w.off('error', onError);
              w.unref();
            };
            const onMessage = (m: WorkerReply) => {
              if (m.blockId !== blockId) return;
              cleanup();
              if (m.type === 'failed') fail({ workerIndex: i, reason: m.reason, full: m.full });
              resolve(m.type === 'done' ? m : undefined);
            };
            const onExit = (code: number) => {
              cleanup();
              fail({ workerIndex: i, reason: `worker exited with code ${code}` });
              if (this.workers[i] === w) this.workers[i] = this.spawn();
              resolve(undefined);
            };
            const onError = (e: Error) => {
              cleanup();
              fail({ workerIndex: i, reason: `worker error: ${e.message}` });
              if (this.workers[i] === w) this.workers[i] = this.spawn();
              resolve(undefined);
            };
            w.ref();
            w.on('message', onMessage);
            w.once('exit', onExit);
            w.once('error', onError);
            w.postMessage(makeJob(i, blockId));
          }),
      ),
    );
    if (timer) clearTimeout(timer);
    return { replies: replies.filter((r): r is WorkerReply => r !== undefined), failures };
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

const pools = new Map<number, WorkerPool>();

/** The process-wide warm pool of `size` workers. */
export function sharedPool(size: number): WorkerPool {
  let p = pools.get(size);
  if (!p) pools.set(size, (p = new WorkerPool(size)));
  return p;
}

/** Closes every shared pool (tests, CLI exit). */
export async function closeSharedPools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
