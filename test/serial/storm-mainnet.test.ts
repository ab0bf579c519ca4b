// Run alone, after the other test files (package.json "test"): the re-execution bound judges
// wasted execution *time*, and with the other files running beside it on 2 cores a block whose
// execution normally takes 26 ms took 211 ms and halted (19929064, a fresh clone's `npm test`).
// Alone, 19929064's early burst of conflicts still halted it in about 2 of 170 runs while the
// bound asked 30 % of the incarnations wasted; it asks half now (a storm wastes 65 % or more,
// these blocks 34 % at their peak over 30 runs each). In an experiment with the time share lowered
// from its default of 40 % to 25 %, none of 120 runs of these four blocks halted, against 11 with
// the old rule (`STORM_MIN_WASTED_INCARNATIONS`).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeSharedPools, decodeBlock, executeBlock, loadFixtureBlock, warmUpEvm } from '../../src/index.js';
import { sharedPool } from '../../src/parallel/pool.js';
import { FIXTURES, waitForWorkers, workersWarmedUp } from '../helpers.js';

after(() => closeSharedPools());

// Item 3 of issue 16: these blocks waste little in all, but conflict in a burst at their start;
// judged over a quarter of the block, the bound halted them in 6 of 30 runs.
// Warm, as a node's pool is after its first blocks (and as the benches run): this file was the
// process's first Block-STM job, and cold workers ran the early transactions several times slower:
// 19929064's burst then wasted 46 of 123 ms of execution (~25 ms warm) and halted, in one CI run.
// So the workers and this thread run the EVM warm-up first, and each block runs once first, its
// outcome not asserted. A cold pool's first Block-STM block is not what this test judges.
test('mainnet blocks with an early burst of conflicts finish on Block-STM (no storm halt)', async () => {
  warmUpEvm();
  const pool = sharedPool(2);
  pool.warmUpEvm();
  await waitForWorkers(pool, workersWarmedUp, "the workers' EVM warm-up");
  for (const n of [19929064, 19426586, 19933597, 12520364]) {
    const fx = loadFixtureBlock(FIXTURES, n);
    await executeBlock(decodeBlock(fx.blockJson), fx.state, { concurrency: 2, mode: 'block-stm' });
    for (let run = 0; run < 3; run++) {
      const par = await executeBlock(decodeBlock(fx.blockJson), fx.state, { concurrency: 2, mode: 'block-stm' });
      assert.equal(par.metrics?.path, 'parallel', `${n}: ${par.metrics?.reason}`);
      assert.equal(par.metrics?.sequentialFrom, undefined, `${n} run ${run}: ${par.metrics?.reason}`);
    }
  }
});
