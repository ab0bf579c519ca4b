import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { Scheduler, TASK_EXECUTE, TASK_NONE, TASK_VALIDATE, type Task } from '../src/parallel/scheduler.js';

const make = (n: number) => new Scheduler(new SharedArrayBuffer(Scheduler.bytesFor(n)), n, true);

/** Drives the scheduler on one thread; `onExecute` decides each execution's outcome. */
function drive(s: Scheduler, onExecute: (t: Task) => { wroteNew: boolean }, onValidate: (t: Task) => boolean = () => true): Task[] {
  const log: Task[] = [];
  let task: Task = { kind: TASK_NONE, txIndex: -1, incarnation: -1 };
  for (let guard = 0; !s.done(); guard++) {
    assert.ok(guard < 10_000, 'scheduler did not finish');
    if (task.kind === TASK_NONE) task = s.nextTask();
    if (task.kind === TASK_EXECUTE) {
      log.push(task);
      task = s.finishExecution(task.txIndex, task.incarnation, onExecute(task).wroteNew);
    } else if (task.kind === TASK_VALIDATE) {
      const ok = onValidate(task);
      const aborted = !ok && s.tryValidationAbort(task.txIndex, task.incarnation);
      task = s.finishValidation(task.txIndex, aborted);
    }
  }
  return log;
}

/** The next execution task, finishing any validation handed out meanwhile as valid. */
function nextExecution(s: Scheduler): Task {
  for (let guard = 0; guard < 100; guard++) {
    const t = s.nextTask();
    if (t.kind === TASK_EXECUTE) return t;
    if (t.kind === TASK_VALIDATE) s.finishValidation(t.txIndex, false);
  }
  throw new Error('no execution task');
}

test('a block without conflicts: each transaction executes once, then all are validated and done', () => {
  const s = make(5);
  const log = drive(s, () => ({ wroteNew: true }));
  assert.deepEqual(
    log.map((t) => [t.txIndex, t.incarnation]),
    [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ],
  );
  for (let i = 0; i < 5; i++) assert.deepEqual(s.status(i), { status: 'executed', incarnation: 0 });
  assert.equal(s.counters().executions, 5);
  assert.ok(s.counters().validations >= 5);
});

test('an empty block is done at once', () => {
  assert.equal(make(0).done(), true);
});

test('a transaction parked on an ESTIMATE resumes with the next incarnation when the blocker finishes', () => {
  const s = make(3);
  const t0 = nextExecution(s);
  const t1 = nextExecution(s);
  assert.deepEqual([t0.txIndex, t1.txIndex], [0, 1]);
  assert.equal(s.addDependency(1, 0), true);
  assert.equal(s.status(1).status, 'aborting');
  s.finishExecution(0, 0, true);
  assert.deepEqual(s.status(1), { status: 'ready', incarnation: 1 });
  const again = nextExecution(s);
  assert.deepEqual([again.txIndex, again.incarnation], [1, 1]);
  assert.equal(s.counters().dependencyWaits, 1);
});

test('a seeded dependency: the transaction is skipped until its blocker executes, then runs as incarnation 0; a chain of seeds runs in order', () => {
  const s = make(4);
  s.seedDependency(2, 0);
  s.seedDependency(3, 2);
  assert.deepEqual(s.status(2), { status: 'aborting', incarnation: -1 });
  const t0 = nextExecution(s);
  const t1 = nextExecution(s);
  assert.deepEqual([t0.txIndex, t1.txIndex], [0, 1]);
  // 2 and 3 wait: the execution index passes them without a task.
  assert.equal(s.nextTask().kind, TASK_NONE);
  assert.equal(s.nextTask().kind, TASK_NONE);
  s.finishExecution(1, 0, true);
  assert.equal(s.status(2).status, 'aborting');
  s.finishExecution(0, 0, true);
  assert.deepEqual(s.status(2), { status: 'ready', incarnation: 0 });
  assert.equal(s.status(3).status, 'aborting');
  const t2 = nextExecution(s);
  assert.deepEqual([t2.txIndex, t2.incarnation], [2, 0]);
  s.finishExecution(2, 0, true);
  assert.deepEqual(s.status(3), { status: 'ready', incarnation: 0 });
  const log = [t0, t1, t2, ...drive(s, () => ({ wroteNew: false }))];
  assert.deepEqual(
    log.map((t) => [t.txIndex, t.incarnation]),
    [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ],
  );
  assert.equal(s.done(), true);
  // A seed is not a dependency found by execution.
  assert.equal(s.counters().dependencyWaits, 0);
});

test('seedDependency refuses a blocker that does not come first, and a second seed on one transaction', () => {
  const s = make(3);
  assert.throws(() => s.seedDependency(1, 1), RangeError);
  assert.throws(() => s.seedDependency(1, 2), RangeError);
  assert.throws(() => s.seedDependency(3, 0), RangeError);
  s.seedDependency(2, 0);
  assert.throws(() => s.seedDependency(2, 1), RangeError);
});

test('a dependency on a transaction that already executed is refused: re-execute at once', () => {
  const s = make(2);
  const t0 = nextExecution(s);
  nextExecution(s);
  s.finishExecution(t0.txIndex, t0.incarnation, true);
  assert.equal(s.addDependency(1, 0), false);
  assert.deepEqual(s.status(1), { status: 'executing', incarnation: 0 });
});

test('validation abort: won once per incarnation, re-executes with incarnation+1, later txs revalidated', () => {
  const s = make(3);
  let aborts = 0;
  const validated: number[] = [];
  drive(
    s,
    () => ({ wroteNew: true }),
    (t) => {
      validated.push(t.txIndex);
      if (t.txIndex === 1 && t.incarnation === 0 && aborts++ === 0) return false;
      return true;
    },
  );
  assert.deepEqual(s.status(1), { status: 'executed', incarnation: 1 });
  assert.equal(s.counters().validationAborts, 1);
  // tx 2 was validated again after tx 1's re-execution
  assert.ok(validated.lastIndexOf(2) > validated.indexOf(1));
  const fresh = make(1);
  const t = fresh.nextTask();
  fresh.finishExecution(0, t.incarnation, true);
  assert.equal(fresh.tryValidationAbort(0, 0), true);
  assert.equal(fresh.tryValidationAbort(0, 0), false);
});

test('halt stops every worker loop', () => {
  const buffer = new SharedArrayBuffer(Scheduler.bytesFor(4));
  const a = new Scheduler(buffer, 4, true);
  const b = new Scheduler(buffer, 4, false);
  a.nextTask();
  assert.equal(b.done(), false);
  a.halt();
  assert.equal(b.done(), true);
  assert.equal(b.nextTask().kind, TASK_NONE);
});

/**
 * Runs `action` ('finish': execute then finish transaction 0; 'halt') on a scheduler over `buffer`
 * in another thread once this thread is asleep in waitForWork, and returns what waitForWork answered.
 */
async function sleepUntil(action: 'finish' | 'halt'): Promise<string> {
  const buffer = new SharedArrayBuffer(Scheduler.bytesFor(2));
  const s = new Scheduler(buffer, 2, true);
  const task = s.nextTask();
  assert.equal(task.kind, TASK_EXECUTE);
  const url = new URL('../src/parallel/scheduler.js', import.meta.url).href;
  // The other thread acts once this one counts as a sleeper.
  const code = `
    const { workerData } = require('node:worker_threads');
    import(${JSON.stringify(url)}).then(({ Scheduler }) => {
      const s = new Scheduler(workerData, 2, false);
      const pause = new Int32Array(new SharedArrayBuffer(4));
      while (s.sleepers() === 0) Atomics.wait(pause, 0, 0, 1);
      if (${JSON.stringify(action)} === 'halt') s.halt();
      else s.finishExecution(0, 0, true);
    });`;
  const worker = new Worker(code, { eval: true, workerData: buffer });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  // A lost wake-up sleeps the whole minute: 'timed-out' ('not-equal' if the other thread acted
  // between this one counting itself and sleeping).
  const answer = s.waitForWork(s.generation(), 60_000);
  await exited;
  return answer;
}

test('an idle worker asleep in waitForWork wakes when a transaction finishes and when the block halts; news before it sleeps returns at once', async () => {
  assert.notEqual(await sleepUntil('finish'), 'timed-out');
  assert.notEqual(await sleepUntil('halt'), 'timed-out');
  const s = make(2);
  const generation = s.generation();
  const t = s.nextTask();
  s.finishExecution(t.txIndex, t.incarnation, true);
  assert.equal(s.waitForWork(generation, 60_000), 'not-equal');
  // Nothing happened: the timeout ends the sleep.
  assert.equal(s.waitForWork(s.generation(), 1), 'timed-out');
});

test('exhausted: only once both indices have passed the last transaction (an empty answer before that moved an index)', () => {
  const s = make(2);
  const t0 = s.nextTask();
  assert.equal(t0.kind, TASK_EXECUTE);
  assert.equal(s.exhausted(), false);
  assert.equal(s.nextTask().kind, TASK_NONE); // the validation index steps past transaction 0, still executing
  assert.equal(s.exhausted(), false);
  const t1 = s.nextTask();
  assert.equal(t1.kind, TASK_EXECUTE);
  assert.equal(s.nextTask().kind, TASK_NONE); // … and past transaction 1
  assert.equal(s.exhausted(), true);
  // A finish lowers the validation index: work again, and a sleeper would be woken.
  const generation = s.generation();
  const v = s.finishExecution(t0.txIndex, t0.incarnation, true);
  assert.notEqual(s.generation(), generation);
  assert.equal(v.kind, TASK_NONE);
  assert.equal(s.exhausted(), false);
});

/**
 * Runs one synthetic block of `n` transactions on `threads` threads sharing a Scheduler: each
 * execution reads an ESTIMATE of a random earlier transaction now and then (addDependency), some
 * transactions are seeded to wait before the block starts (seedDependency), validations abort at
 * random. Returns what the threads saw.
 */
async function stressBlock(n: number, threads: number, seed: number): Promise<{ violations: number; lostWakeUps: number; s: Scheduler }> {
  const buffer = new SharedArrayBuffer(Scheduler.bytesFor(n));
  const s = new Scheduler(buffer, n, true);
  // Per transaction: finishExecution calls begun (first n words) and returned (next n).
  const finishes = new SharedArrayBuffer(8 * n);
  // Per transaction: the transaction it waits for (-1: none) and how many of that one's finishExecution calls had returned before it started to wait.
  const waits = new SharedArrayBuffer(8 * n);
  const w = new Int32Array(waits).fill(-1);
  let rng = seed;
  const rand = () => (rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = 1; i < n; i++) {
    if (rand() < 0.2) {
      const j = Math.floor(rand() * i);
      s.seedDependency(i, j);
      w[2 * i] = j;
      w[2 * i + 1] = 0;
    }
  }
  const start = new SharedArrayBuffer(4);
  const url = new URL('../src/parallel/scheduler.js', import.meta.url).href;
  // An execution that runs after a wait must find a finishExecution of its blocker begun that had
  // not returned when the wait began (only such a call can see the parked transaction); a
  // sleep in waitForWork that times out after 20 s is a lost wake-up (no task here takes that long).
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(${JSON.stringify(url)}).then(({ Scheduler, TASK_EXECUTE, TASK_VALIDATE, TASK_NONE }) => {
      const { buffer, n, finishes, waits, seed, start, threads } = workerData;
      const s = new Scheduler(buffer, n, false);
      const fin = new Int32Array(finishes);
      const w = new Int32Array(waits);
      // All threads start together: the first to load would otherwise run the whole block alone.
      const gate = new Int32Array(start);
      if (Atomics.add(gate, 0, 1) + 1 === threads) Atomics.notify(gate, 0);
      while (Atomics.load(gate, 0) < threads) Atomics.wait(gate, 0, Atomics.load(gate, 0), 50);
      let rng = seed >>> 0;
      const rand = () => (rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0) / 2 ** 32;
      let violations = 0, lostWakeUps = 0;
      let task = { kind: TASK_NONE };
      while (!s.done()) {
        if (task.kind === TASK_NONE) {
          const generation = s.generation();
          task = s.nextTask();
          if (task.kind === TASK_NONE && s.exhausted() && s.waitForWork(generation, 20000) === 'timed-out') lostWakeUps++;
          continue;
        }
        if (task.kind === TASK_EXECUTE) {
          const i = task.txIndex;
          const j = Atomics.load(w, 2 * i);
          if (j >= 0) {
            if (Atomics.load(fin, j) <= Atomics.load(w, 2 * i + 1)) violations++;
            Atomics.store(w, 2 * i, -1);
          }
          if (i > 0 && rand() < 0.3) {
            // A recent transaction, often still executing or about to be re-executed.
            const b = Math.max(0, i - 1 - Math.floor(rand() * 4));
            Atomics.store(w, 2 * i + 1, Atomics.load(fin, n + b));
            Atomics.store(w, 2 * i, b);
            if (s.addDependency(i, b)) { task = { kind: TASK_NONE }; continue; }
            Atomics.store(w, 2 * i, -1);
          }
          const until = performance.now() + rand() * 0.05;
          while (performance.now() < until);
          Atomics.add(fin, i, 1);
          const incarnation = task.incarnation;
          task = s.finishExecution(i, incarnation, rand() < 0.5);
          Atomics.add(fin, n + i, 1);
        } else if (task.kind === TASK_VALIDATE) {
          const aborted = rand() < 0.1 && s.tryValidationAbort(task.txIndex, task.incarnation);
          task = s.finishValidation(task.txIndex, aborted);
        }
      }
      parentPort.postMessage({ violations, lostWakeUps });
    });`;
  const results = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const worker = new Worker(code, { eval: true, workerData: { buffer, n, finishes, waits, seed: seed * 31 + t, start, threads } });
      return new Promise<{ violations: number; lostWakeUps: number }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      }).finally(() => worker.terminate());
    }),
  );
  return { violations: results.reduce((a, r) => a + r.violations, 0), lostWakeUps: results.reduce((a, r) => a + r.lostWakeUps, 0), s };
}

test('threads racing on dependencies (seeded and read), aborts and sleeps: every wait ends with its blocker finished, no wake-up is lost, every transaction ends executed', async () => {
  let waits = 0;
  for (let round = 0; round < 12; round++) {
    const n = 150;
    const { violations, lostWakeUps, s } = await stressBlock(n, 4, round + 1);
    assert.equal(violations, 0, `round ${round}: a transaction ran before the transaction it waited for finished`);
    assert.equal(lostWakeUps, 0, `round ${round}: a sleeping thread was not woken`);
    assert.equal(s.halted(), false);
    for (let i = 0; i < n; i++) assert.equal(s.status(i).status, 'executed', `round ${round}: transaction ${i}`);
    waits += s.counters().dependencyWaits;
  }
  // The rounds did exercise the parking path (4 threads on this machine's 2 cores: about 150 per run here).
  assert.ok(waits > 20, `only ${waits} dependency waits`);
});
