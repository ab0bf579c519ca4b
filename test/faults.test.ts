// Fault injection (issue 5, part 3): a worker killed from outside or exiting, a state read that
// throws (on the coordinator / sequential path and inside a worker), a worker that hangs past the
// deadline. Each case: the correct result (equal to the sequential reference) or a typed error,
// never a wrong result, never a hang; `metrics` record what happened; the pool recovers.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  type BlockResult,
  type Receipt,
  SnapshotState,
  type StateReader,
  StateReadError,
  WorkerPool,
  closeSharedPools,
  decodeBlock,
  diffResults,
  executeBlock,
  executeBlockSequential,
  loadFixtureBlock,
} from '../src/index.js';
import type { WorkerFault } from '../src/parallel/options.js';
import { executeBlockWithFaults } from '../src/parallel/executeBlock.js';
import { BEACON_ROOTS_ADDRESS } from '../src/execute/system.js';
import { ReceiptStream } from '../src/parallel/receiptStream.js';
import { FIXTURES } from './helpers.js';

after(() => closeSharedPools());

const BLOCK = 4330482; // 237 transactions, Byzantium: quick, and long enough to be cut mid-block
const fx = loadFixtureBlock(FIXTURES, BLOCK);
let reference: BlockResult | undefined;
const sequentialReference = async () => (reference ??= await executeBlockSequential(decodeBlock(fx.blockJson), fx.state));

/** Runs the block with `fault` on a fresh 2-worker pool, then checks the pool serves the next block in parallel. */
async function withFault(fault: WorkerFault, options: { deadlineMs?: number } = {}): Promise<BlockResult> {
  const pool = new WorkerPool(2);
  try {
    const seq = await sequentialReference();
    // A warm pool: a worker still loading its modules when the block starts can find the other
    // one done with it, and a fault set to fire after its first executions never fires.
    await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, force: true });
    const faulty = await executeBlockWithFaults(decodeBlock(fx.blockJson), fx.state, { pool, force: true, fault, ...options });
    assert.deepEqual(diffResults(seq, faulty), undefined, 'the faulty run gives the sequential result');
    assert.equal(pool.live, 2, 'no worker leaked or lost');
    const next = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, force: true });
    assert.equal(next.metrics?.path, 'parallel', `the next block runs in parallel (${next.metrics?.reason})`);
    assert.deepEqual(diffResults(seq, next), undefined, 'and correctly');
    return faulty;
  } finally {
    await pool.close();
  }
}

test('worker.terminate() from outside mid-block: sequential result, failure recorded, worker replaced', async () => {
  const r = await withFault({ workerIndex: 1, kind: 'terminate', afterExecutions: 10 });
  assert.equal(r.metrics?.path, 'sequential');
  assert.match(r.metrics?.reason ?? '', /worker failure: worker 1 terminated: worker\.terminate\(\) from outside/);
  assert.ok((r.metrics?.workersReplaced ?? 0) >= 1, 'the terminated worker was replaced');
});

test('worker.terminate() during sender recovery: the other worker does not wait forever for a sender it claimed', async () => {
  const r = await withFault({ workerIndex: 0, kind: 'terminate', afterExecutions: 0 });
  assert.equal(r.metrics?.path, 'sequential');
  assert.match(r.metrics?.workerFailures?.join('\n') ?? '', /worker 0 terminated/);
});

test('process.exit inside a worker mid-block: exit code reported, worker replaced', async () => {
  const r = await withFault({ workerIndex: 1, kind: 'exit', afterExecutions: 1 });
  assert.equal(r.metrics?.path, 'sequential');
  assert.deepEqual(r.metrics?.workerFailures, ['worker 1 exited with code 3']);
  assert.equal(r.metrics?.workersReplaced, 1);
});

test('a worker that hangs (busy loop) past deadlineMs: terminated, replaced, block finished sequentially', async () => {
  const r = await withFault({ workerIndex: 1, kind: 'hang', afterExecutions: 1 }, { deadlineMs: 3000 });
  assert.equal(r.metrics?.path, 'sequential');
  assert.match(r.metrics?.reason ?? '', /deadline of 3000 ms passed/);
  assert.match(r.metrics?.workerFailures?.join('\n') ?? '', /worker 1 terminated: still running at the deadline of 3000 ms/);
  assert.ok((r.metrics?.workersReplaced ?? 0) >= 1);
});

test('a state read that throws inside a worker: StateReadError fails the worker, block finished sequentially', async () => {
  const r = await withFault({ workerIndex: 1, kind: 'read', afterExecutions: 0 });
  assert.equal(r.metrics?.path, 'sequential');
  assert.match(r.metrics?.reason ?? '', /worker failure: StateReadError: state read failed in transaction \d+: \w+\(.*injected state read fault/);
  assert.equal(r.metrics?.workersReplaced, 0, 'a worker that reports a failure stays in the pool');
});

/** A reader over the fixture state whose `account`/`storage` throws for `address`. */
function failingReader(address: string, what: 'account' | 'storage'): StateReader {
  const s = fx.state;
  return {
    account: (a) => {
      if (what === 'account' && a === address) throw new Error(`disk error reading ${a}`);
      return s.account(a);
    },
    storage: (a, slot) => {
      if (what === 'storage' && a === address) throw new Error(`disk error reading ${a} slot ${slot}`);
      return s.storage(a, slot);
    },
    code: (h) => s.code(h),
    blockHash: (n) => s.blockHash(n),
  };
}

const tx = (fx.blockJson as { transactions: { to: string | null; input: string }[] }).transactions;
const recipient = tx[100]!.to!.toLowerCase();
const contract = tx.find((t) => t.to && t.input.length > 10 && fx.state.storageOf(t.to.toLowerCase()).size > 0)!.to!.toLowerCase();

for (const [what, address] of [
  ['account', recipient],
  ['storage', contract],
] as const) {
  test(`a state reader whose ${what}() throws: the same StateReadError from both engines, pre-state untouched`, async () => {
    const before = JSON.stringify(fx.state.toJson());
    const reader = failingReader(address, what);
    const check = (e: unknown) => {
      assert.ok(e instanceof StateReadError, String(e));
      assert.equal(e.code, 'STATE_READ');
      assert.equal(e.operation, what);
      assert.ok(e.key.startsWith(address));
      assert.equal(typeof e.txIndex, 'number', 'attributed to the transaction that read it');
      assert.match(e.message, new RegExp(`state read failed in transaction ${e.txIndex}: ${what}\\(${address}.*disk error`));
      return true;
    };
    let seqMessage = '';
    await assert.rejects(executeBlockSequential(decodeBlock(fx.blockJson), reader), (e: unknown) => check(e) && ((seqMessage = (e as Error).message), true));
    for (const mode of ['block-stm', 'pipelined'] as const) {
      await assert.rejects(executeBlock(decodeBlock(fx.blockJson), reader, { concurrency: 2, force: true, mode }), (e: unknown) => {
        check(e);
        assert.equal((e as Error).message, seqMessage, mode);
        return true;
      });
    }
    assert.equal(JSON.stringify(fx.state.toJson()), before);
  });
}

// The workers are on sender recovery when the encoding fails: without the abort message they
// would wait for the block's state until the deadline (set far beyond the test's timeout here).
test('a SnapshotState whose account() throws: typed StateReadError on the parallel path too (snapshot encoding)', { timeout: 60_000 }, async () => {
  const broken = Object.create(fx.state) as SnapshotState;
  broken.account = (a: string) => {
    if (a === recipient) throw new Error(`corrupt entry ${a}`);
    return fx.state.account(a);
  };
  assert.ok(broken instanceof SnapshotState);
  await assert.rejects(executeBlock(decodeBlock(fx.blockJson), broken, { concurrency: 2, force: true, deadlineMs: 600_000 }), (e: unknown) => {
    assert.ok(e instanceof StateReadError);
    assert.equal(e.operation, 'encode', 'failed while encoding the snapshot, after the workers started');
    assert.match(e.message, new RegExp(`corrupt entry ${recipient}`));
    return true;
  });
  await assert.rejects(executeBlockSequential(decodeBlock(fx.blockJson), broken), StateReadError);
  // The workers had started on sender recovery before the encoding failed: they were told to abort, and serve the next block.
  const next = await executeBlock(decodeBlock(fx.blockJson), fx.state, { concurrency: 2, force: true });
  assert.equal(next.metrics?.path, 'parallel');
  assert.equal(next.metrics?.workerFailures, undefined);
  assert.equal(diffResults(await sequentialReference(), next), undefined);
});

// The workers start on sender recovery before the coordinator's pre-block work (EIP-4788's system
// call on a Cancun block): when that fails, they are told to abort (else they would wait for the
// block's state until the deadline, set far beyond the test's timeout), and the error is the
// sequential engine's.
test('pre-block work that throws (the beacon roots contract unreadable): the sequential StateReadError on the parallel path, the workers aborted', {
  timeout: 60_000,
}, async () => {
  const cancun = loadFixtureBlock(FIXTURES, 19929064);
  const broken = Object.create(cancun.state) as SnapshotState;
  broken.account = (a: string) => {
    if (a === BEACON_ROOTS_ADDRESS) throw new Error(`corrupt system contract ${a}`);
    return cancun.state.account(a);
  };
  let seqMessage = '';
  await assert.rejects(executeBlockSequential(decodeBlock(cancun.blockJson), broken), (e: unknown) => {
    assert.ok(e instanceof StateReadError, String(e));
    seqMessage = e.message;
    return true;
  });
  assert.match(seqMessage, /corrupt system contract/);
  const pool = new WorkerPool(2);
  try {
    await assert.rejects(executeBlock(decodeBlock(cancun.blockJson), broken, { pool, force: true, deadlineMs: 600_000 }), (e: unknown) => {
      assert.ok(e instanceof StateReadError, String(e));
      assert.equal(e.message, seqMessage);
      return true;
    });
    // Told to abort, the workers ended their job: none is left waiting for the block's state.
    assert.equal(pool.inFlight, 0, 'no job left in flight');
    const next = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, force: true });
    assert.equal(next.metrics?.path, 'parallel');
    assert.equal(next.metrics?.workerFailures, undefined);
    assert.equal(diffResults(await sequentialReference(), next), undefined);
  } finally {
    await pool.close();
  }
});

// Reads of the pre-state the coordinator makes before the guarded engines run (the routing rule's
// code check, the lazy-sender seeds): a failure there takes the sequential path, which reports
// the typed error — never a plain one.
for (const [label, block, pick, force] of [
  ['the busiest plain callee (routing rule, mainnet 6137495)', 6137495, () => '0xfcca0c5ccd723baf6bf7f6678c8cfb49ce0042c7', false],
  ['a sender (lazy-sender seeds, forced)', BLOCK, (json: { transactions: { from: string }[] }) => json.transactions[0]!.from.toLowerCase(), true],
] as const) {
  test(`a SnapshotState whose account() throws for ${label}: the sequential engine's StateReadError on the parallel path`, async () => {
    const f = loadFixtureBlock(FIXTURES, block);
    const address = pick(f.blockJson as { transactions: { from: string }[] });
    const broken = Object.create(f.state) as SnapshotState;
    broken.account = (a: string) => {
      if (a === address) throw new Error(`disk error at ${a}`);
      return f.state.account(a);
    };
    let seqMessage = '';
    await assert.rejects(executeBlockSequential(decodeBlock(f.blockJson), broken), (e: unknown) => {
      assert.ok(e instanceof StateReadError, String(e));
      seqMessage = e.message;
      return true;
    });
    await assert.rejects(executeBlock(decodeBlock(f.blockJson), broken, { concurrency: 2, force }), (e: unknown) => {
      assert.ok(e instanceof StateReadError, String(e));
      assert.equal(e.message, seqMessage);
      return true;
    });
  });
}

test("post-block task: the workers hash the receipts trie's leaves from a receipt stream, read in place, and the root built from them is the sequential engine's; a task on a worker that is terminated fails and the coordinator hashes every leaf", async () => {
  // No EVM warm-up: a worker inside a native warm-up call would put off its termination past the task.
  const pool = new WorkerPool(2, 5000, false);
  try {
    const seq = await sequentialReference();
    // Pre-Byzantium: the header's root covers intermediate state roots parevm does not compute, so the reference is the engine's own (the mainnet tests tie it to headers from Byzantium on).
    const DIGEST = { receiptsRoot: seq.receiptsRoot, logsBloom: seq.logsBloom };
    /** The root from a stream of `receipts`, every one published, hashed by `tasks` tasks (settled first), with how many leaves came from workers. */
    const rootOnWorkers = async (receipts: Receipt[], tasks: number) => {
      const stream = ReceiptStream.create(receipts.length, 30_000_000n);
      for (const [i, r] of receipts.entries()) stream.publish(i, r);
      const settled = await Promise.allSettled(Array.from({ length: tasks }, () => pool.task({ type: 'receiptLeaves', receipts: stream.buffer })));
      return { root: stream.root(receipts), onWorkers: stream.leavesOnWorkers, settled: settled.map((t) => t.status) };
    };
    const n = seq.receipts.length;
    assert.ok(n >= 2);
    assert.deepEqual(await rootOnWorkers(seq.receipts, 2), { root: seq.receiptsRoot, onWorkers: n, settled: ['fulfilled', 'fulfilled'] });
    assert.deepEqual(
      await rootOnWorkers(seq.receipts, 1),
      { root: seq.receiptsRoot, onWorkers: n, settled: ['fulfilled'] },
      'one task: every leaf on one worker',
    );
    // Against a header (Byzantium on: status receipts): the root built from the workers' leaves is the block's.
    const byz = loadFixtureBlock(FIXTURES, 4370000);
    const byzSeq = await executeBlockSequential(decodeBlock(byz.blockJson), byz.state);
    const header = byz.blockJson as unknown as { receiptsRoot: string };
    assert.deepEqual(await rootOnWorkers(byzSeq.receipts, 2), {
      root: header.receiptsRoot,
      onWorkers: byzSeq.receipts.length,
      settled: ['fulfilled', 'fulfilled'],
    });
    // Workers take turns: task n goes to worker n mod 2. Tasks 1 … 5 ran above, so the sixth goes
    // to worker 0, which is terminated before the task is posted (after, a fast worker could end
    // the task first). The task fails, no worker hashed a leaf, and the root is still the block's.
    pool.terminateWorker(0, 'terminated during a post-block task (test)');
    assert.deepEqual(await rootOnWorkers(byzSeq.receipts, 1), { root: header.receiptsRoot, onWorkers: 0, settled: ['rejected'] });
    const after = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, mode: 'block-stm' });
    assert.equal(after.metrics?.path, 'parallel');
    assert.deepEqual({ receiptsRoot: after.receiptsRoot, logsBloom: after.logsBloom }, DIGEST);
  } finally {
    await pool.close();
  }
});

// The pipelined path: the workers recover senders (then hash receipt leaves) while the coordinator executes. A worker
// that fails mid-recovery leaves a sender it claimed unrecovered: the coordinator gives up on it
// (SENDER_STALL_MS), stops the workers still on the block and runs it sequentially. Worker 0: with
// two workers, only one recovers (the coordinator is the other recoverer).
for (const kind of ['throw', 'exit', 'hang'] as const) {
  test(`pipelined: a worker that ${kind === 'throw' ? 'throws' : kind === 'exit' ? 'exits' : 'hangs'} mid-recovery: the sequential result, the failure reported, the pool serves the next block pipelined`, async () => {
    const pool = new WorkerPool(2);
    try {
      const seq = await sequentialReference();
      await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, mode: 'pipelined' });
      const started = performance.now();
      const faulty = await executeBlockWithFaults(decodeBlock(fx.blockJson), fx.state, {
        pool,
        mode: 'pipelined',
        fault: { workerIndex: 0, kind, afterExecutions: 10 },
      });
      assert.equal(faulty.metrics?.path, 'sequential');
      assert.match(faulty.metrics?.reason ?? '', /a worker stalled recovering transaction \d+'s sender|worker failure/);
      assert.deepEqual(diffResults(seq, faulty), undefined, 'the faulty run gives the sequential result');
      assert.ok((faulty.metrics?.workerFailures?.length ?? 0) >= 1, `the worker's failure is reported: ${JSON.stringify(faulty.metrics)}`);
      assert.equal(pool.inFlight, 0, 'no job left on a worker');
      // A hung worker is terminated once it is found stalled, not at the block's deadline (minutes).
      assert.ok(performance.now() - started < 30_000, `took ${(performance.now() - started).toFixed(0)} ms`);
      assert.equal(pool.live, 2, 'no worker leaked or lost');
      const next = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, mode: 'pipelined' });
      assert.equal(next.metrics?.path, 'pipelined', next.metrics?.reason);
      assert.deepEqual(diffResults(seq, next), undefined);
    } finally {
      await pool.close();
    }
  });
}
