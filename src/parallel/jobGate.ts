/**
 * The gate of a pipelined block's recovery job (`pipelined.ts`): three Int32s in a
 * SharedArrayBuffer that tell the coordinator which workers it must wait for once the block is
 * done. A worker enters before it reads any of the block's buffers and ends once it will read
 * none again; the coordinator, done with the block, closes the gate and waits only for the
 * workers that entered. A worker that reaches the job after that (a fresh one still loading its
 * modules, or one in an idle EVM warm-up step) skips it, so the block's buffers can serve the
 * next block at once and the coordinator never waits for a worker it did not need.
 *
 * Entering and closing are sequentially consistent atomics (store, then load, on each side), so
 * either the worker sees the gate closed or the coordinator counts it as entered: never neither.
 */
const ENDED = 0;
const ENTERED = 1;
const CLOSED = 2;

export class JobGate {
  private readonly words: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(3 * 4)) {
    this.words = new Int32Array(buffer);
  }

  /**
   * Worker side, before it reads any of the block's buffers.
   * @returns false when the gate is closed: the worker must skip the job, reading nothing
   */
  enter(): boolean {
    Atomics.add(this.words, ENTERED, 1);
    if (Atomics.load(this.words, CLOSED) === 0) return true;
    // Counted as entered (the coordinator may have read the count before this worker saw the
    // gate closed), so counted as ended too: it reads nothing more.
    this.end();
    return false;
  }

  /** Worker side, once it reads none of the block's buffers again (skipped or done). */
  end(): void {
    Atomics.add(this.words, ENDED, 1);
    Atomics.notify(this.words, ENDED);
  }

  /**
   * Coordinator side, once the block no longer needs the workers: no worker enters from now on.
   * @returns how many workers entered (those to wait for with {@link waitEnded})
   */
  close(): number {
    Atomics.store(this.words, CLOSED, 1);
    return Atomics.load(this.words, ENTERED);
  }

  /**
   * Whether `workers` workers have ended within `timeoutMs`, waited for in `Atomics.wait` (no turn
   * of the event loop: the coordinator's thread may block, Node allows it on the main thread).
   */
  waitEnded(workers: number, timeoutMs: number): boolean {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const n = Atomics.load(this.words, ENDED);
      if (n >= workers) return true;
      const left = until - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.words, ENDED, n, left);
    }
  }
}
