// The gate of a pipelined block's recovery job (src/parallel/jobGate.ts): the coordinator, done
// with the block, closes it and waits only for the workers that entered; a worker arriving later
// skips the job and touches nothing, not even the count of the workers that ended (its end would
// let the coordinator stop waiting for a worker still on the job).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JobGate } from '../../src/parallel/jobGate.js';

test('a worker that entered before the gate closed is counted, and waited for until it ends', () => {
  const coordinator = new JobGate();
  const worker = new JobGate(coordinator.buffer);
  assert.equal(worker.enter(), true, 'the gate is open: the worker takes the job');
  assert.equal(coordinator.close(), 1, 'one worker entered');
  assert.equal(coordinator.waitEnded(1, 0), false, 'it has not ended yet');
  worker.end();
  assert.equal(coordinator.waitEnded(1, 0), true);
});

test('a worker reaching a closed gate skips the job and is not counted: the coordinator still waits for the one on the job', () => {
  const coordinator = new JobGate();
  const early = new JobGate(coordinator.buffer);
  const late = new JobGate(coordinator.buffer);
  assert.equal(early.enter(), true);
  assert.equal(coordinator.close(), 1, 'only the early worker entered');
  assert.equal(late.enter(), false, 'the late worker skips the job');
  assert.equal(coordinator.waitEnded(1, 0), false, 'the early worker is still on the job');
  early.end();
  assert.equal(coordinator.waitEnded(1, 0), true);
});

test('waitEnded blocks until a worker thread ends the job, within its timeout', async () => {
  const { Worker } = await import('node:worker_threads');
  const coordinator = new JobGate();
  assert.equal(coordinator.waitEnded(1, 5), false, 'nobody ends it: false after the timeout');
  // A real second thread ends the job 50 ms from now, while this thread waits in Atomics.wait.
  const gateModule = new URL('../../src/parallel/jobGate.js', import.meta.url).href;
  const w = new Worker(
    `const { workerData } = require('node:worker_threads');
     import(${JSON.stringify(gateModule)}).then(({ JobGate }) => {
       const gate = new JobGate(workerData);
       if (!gate.enter()) throw new Error('the gate was closed');
       setTimeout(() => gate.end(), 50);
     });`,
    { eval: true, workerData: coordinator.buffer },
  );
  try {
    assert.equal(coordinator.waitEnded(1, 10_000), true, 'the other thread entered and ended the job');
    assert.equal(coordinator.close(), 1, 'it had entered');
  } finally {
    await w.terminate();
  }
});
