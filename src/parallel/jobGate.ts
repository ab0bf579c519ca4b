/**
 * The gate of a pipelined block's recovery job (`pipelined.ts`): two Int32s in a
 * SharedArrayBuffer that tell the coordinator which workers it must wait for once the block is
 * done. A worker enters before it reads any of the block's buffers and ends once it will read
 * none again; the coordinator, done with the block, closes the gate and waits only for the
 * workers that entered. A worker that reaches the job after that (a fresh one still loading its
 * modules, or one in an idle EVM warm-up step) skips it, so the block's buffers can serve the
 * next block at once and the coordinator never waits for a worker it did not need.
 *
 * Entering and closing are one atomic read-modify-write each on the same word (the count of
 * workers that entered, and the closed bit): a worker either entered before the gate closed and is
 * counted, or saw it closed and touches nothing more, not even the count of those that ended.
 */
const GATE = 0;
const ENDED = 1;
const CLOSED_BIT = 1 << 30;

export class JobGate {
  private readonly words: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(2 * 4)) {
    this.words = new Int32Array(buffer);
  }

  /**
   * Worker side, before it reads any of the block's buffers.
   * @returns false when the gate is closed: the worker must skip the job, reading nothing, and not {@link end} it
   */
  enter(): boolean {
    return (Atomics.add(this.words, GATE, 1) & CLOSED_BIT) === 0;
  }

  /** Worker side, once a worker that entered reads none of the block's buffers again. */
  end(): void {
    Atomics.add(this.words, ENDED, 1);
    Atomics.notify(this.words, ENDED);
  }

  /**
   * Coordinator side, once the block no longer needs the workers: no worker enters from now on.
   * @returns how many workers entered (those to wait for with {@link waitEnded})
   */
  close(): number {
    return Atomics.or(this.words, GATE, CLOSED_BIT) & ~CLOSED_BIT;
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
