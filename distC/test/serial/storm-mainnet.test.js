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
import { closeSharedPools, decodeBlock, executeBlock, loadFixtureBlock } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';
after(() => closeSharedPools());
// Item 3 of issue 16: these blocks waste little in all, but conflict in a burst at their start;
// judged over a quarter of the block, the bound halted them in 6 of 30 runs.
test('mainnet blocks with an early burst of conflicts finish on Block-STM (no storm halt)', async () => {
    for (const n of [19929064, 19426586, 19933597, 12520364]) {
        const fx = loadFixtureBlock(FIXTURES, n);
        for (let run = 0; run < 3; run++) {
            const par = await executeBlock(decodeBlock(fx.blockJson), fx.state, { concurrency: 2, mode: 'block-stm' });
            assert.equal(par.metrics?.path, 'parallel', `${n}: ${par.metrics?.reason}`);
            assert.equal(par.metrics?.sequentialFrom, undefined, `${n} run ${run}: ${par.metrics?.reason}`);
        }
    }
});
//# sourceMappingURL=storm-mainnet.test.js.map