import type { EngineName } from '../src/execute/engine.js';
import type { BlockInput } from '../src/execute/lifecycle.js';
import { executeBlockSequentialFrom } from '../src/execute/sequential.js';
import type { StateReader } from '../src/state/reader.js';

/**
 * The time (ms) of a block's longest transaction on the sequential engine: in each of `runs` runs,
 * from just before it runs (its sender known) to its receipt (`executeBlockSequentialFrom`'s
 * observer: its validation, execution and receipt); the least over the runs of each run's
 * longest (a bound: a slow run — a GC pause, another process — must not lower it; with the median
 * of 3, on a machine running the test suite beside it, 15537393's one transaction read 19.2 ms
 * against the block's median 8.2). 0 for a block without transactions.
 *
 * No path runs a transaction faster than the sequential engine does (Block-STM runs each on one
 * thread, on the same EVM), so a block's parallel time is at least this, and its speedup at most
 * sequential time ÷ this: about 1× for a block of one transaction, whatever the cores.
 * @throws the typed errors of `executeBlockSequential` on bad input
 * @example
 * const ms = await longestTransactionMs(fx.blockJson, fx.state, 'parevm');
 */
export async function longestTransactionMs(input: BlockInput, state: StateReader, engine: EngineName, runs = 5): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    let started = 0;
    let most = 0;
    await executeBlockSequentialFrom(
      performance.now(),
      input,
      state,
      { engine },
      {
        before: () => {
          started = performance.now();
        },
        after: () => {
          most = Math.max(most, performance.now() - started);
        },
      },
    );
    least = Math.min(least, most);
  }
  return runs > 0 ? least : 0;
}
