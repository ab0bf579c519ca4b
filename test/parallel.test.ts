import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  WorkerPool,
  closeSharedPools,
  decodeBlock,
  diffResults,
  executeBlock,
  executeBlockSequential,
  listFixtureBlocks,
  loadFixtureBlock,
} from '../src/index.js';
import { executeBlockWithFaults } from '../src/parallel/executeBlock.js';
import { WORKLOAD_KINDS, buildWorkload } from '../src/workloads/index.js';
import { FIXTURES } from './helpers.js';

after(() => closeSharedPools());

const CONCURRENCY = (process.env.PAREVM_TEST_CONCURRENCY ?? '1,2,4,8').split(',').map(Number);

// Parallel must equal sequential — receipts, logs, gas, state changes — on every fixture block.
test('parallel equals sequential on every mainnet fixture block', async (t) => {
  const numbers = listFixtureBlocks(FIXTURES);
  for (const n of numbers) {
    const fx = loadFixtureBlock(FIXTURES, n);
    const seq = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state);
    for (const c of CONCURRENCY) {
      await t.test(`block ${n} at concurrency ${c}`, async () => {
        const par = await executeBlock(decodeBlock(fx.blockJson), fx.state, { concurrency: c, force: true });
        assert.equal(par.metrics?.path, 'parallel', par.metrics?.reason);
        assert.deepEqual(diffResults(seq, par), undefined);
      });
    }
  }
});

test('the same block 20 times at concurrency 4 gives 20 identical results', async () => {
  const fx = loadFixtureBlock(FIXTURES, 14029313);
  const seq = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state);
  for (let i = 0; i < 20; i++) {
    const par = await executeBlock(decodeBlock(fx.blockJson), fx.state, { concurrency: 4, force: true });
    assert.deepEqual(diffResults(seq, par), undefined, `run ${i}`);
  }
});

test('parallel equals sequential on every synthetic workload', async (t) => {
  for (const kind of WORKLOAD_KINDS) {
    await t.test(kind, async () => {
      const w = await buildWorkload([kind], 120);
      const seq = await executeBlockSequential(decodeBlock(w.blockJson), w.state);
      assert.ok(
        seq.receipts.every((r) => r.status === 1),
        'every synthetic transaction succeeds',
      );
      for (const c of [2, 4]) {
        const par = await executeBlock(decodeBlock(w.blockJson), w.state, { concurrency: c, force: true });
        assert.equal(par.metrics?.path, 'parallel', par.metrics?.reason);
        assert.deepEqual(diffResults(seq, par), undefined, `concurrency ${c}`);
      }
    });
  }
});

for (const kind of ['throw', 'exit'] as const) {
  test(`a worker that ${kind === 'throw' ? 'throws' : 'exits'} mid-block: correct result, reported, pool recovers`, async () => {
    const pool = new WorkerPool(2);
    try {
      const fx = loadFixtureBlock(FIXTURES, 12047794);
      const seq = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state);
      const faulty = await executeBlockWithFaults(decodeBlock(fx.blockJson), fx.state, {
        pool,
        force: true,
        fault: { workerIndex: 1, kind, afterExecutions: 5 },
      });
      assert.equal(faulty.metrics?.path, 'sequential');
      assert.match(faulty.metrics?.reason ?? '', /worker failure/);
      assert.equal(faulty.metrics?.workerFailures?.length, 1);
      assert.deepEqual(diffResults(seq, faulty), undefined);
      assert.equal(pool.live, 2, 'no worker leaked or lost');
      const next = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, force: true });
      assert.equal(next.metrics?.path, 'parallel');
      assert.deepEqual(diffResults(seq, next), undefined);
    } finally {
      await pool.close();
    }
  });
}
