/**
 * A worker's Block-STM job (`worker.ts` loads this module on its first one, or to warm the EVM
 * up): parevm's EVM and everything it imports, which a worker that only recovers senders (the
 * pipelined path) never needs. Loading it took ~450 ms of a fresh worker's ~600 ms of module
 * loading here.
 */
import { recoveryRules } from '../block/senders.js';
import { StateReadError } from '../errors.js';
import { createBlockEngine } from '../execute/engine.js';
import { GuardedReader } from '../state/guarded.js';
import { ChangesOverlay } from '../state/overlay.js';
import type { StateReader } from '../state/reader.js';
import { SharedSnapshotReader } from '../state/sharedSnapshot.js';
import { BlockStateManager } from '../state/stateManager.js';
import { IncarnationRunner, type IncarnationResult } from './incarnation.js';
import { LazyBlock } from './lazyBlock.js';
import { MVMemory } from './mvMemory.js';
import { OutputPacker, packOutputs } from './outputCodec.js';
import { RecoveryBuffer } from './recovery.js';
import { Scheduler, TASK_EXECUTE, TASK_NONE, TASK_VALIDATE, type Task } from './scheduler.js';
import { EstimateReadError, LocationKeys } from './txView.js';
import { validateReadSet } from './validate.js';
import type { BlockJob, BlockState, WorkerReply } from './workerMessages.js';
import { emptyMetrics, injectFault } from './workerJob.js';

export { evmWarmUp } from '../evm/warmup.js';

/** Empty answers in a row, with nothing left to hand out, before a worker sleeps on the scheduler. */
const IDLE_SPINS = 64;
/** Longest an idle worker sleeps before it asks the scheduler again (ms): a safety net, since every change that can give it a task wakes it. */
const IDLE_WAIT_MS = 2;

/** The output packer of this worker's last block, its arrays grown to that block's outputs (fresh, they grew anew each block). */
let sparePacker: OutputPacker | undefined;

/**
 * A {@link BlockJob}: this worker's stride of sender recovery, then Block-STM's loop (Algorithm 1:
 * run the next task, execute or validate) over MVMemory and the shared scheduler until the block
 * is done; every incarnation's output is packed into the reply.
 * @param stateOf the block's second message ({@link BlockState}), once the coordinator has sent it
 * @throws whatever fails the job (a state read, MVMemory full, an injected fault): the worker replies `failed`
 */
export async function runJob(job: BlockJob, stateOf: (blockId: number) => Promise<BlockState>): Promise<WorkerReply> {
  const tSetup = performance.now();
  const lazy = new LazyBlock(job.header, job.transactions);
  const metrics = emptyMetrics();
  const scheduler = new Scheduler(job.scheduler, job.txCount, false);
  metrics.setupMs = performance.now() - tSetup;
  // Sender recovery: this worker's stride first, then straight on (RecoveryBuffer: no barrier).
  const t0 = performance.now();
  const recovery = new RecoveryBuffer(job.recovery, job.txCount);
  const rules = recoveryRules(lazy.common);
  const bytesAt = (i: number) => lazy.bytesOf(i);
  // An invalid signature halts the block: the coordinator reports it sequentially.
  if (!recovery.recoverStride(bytesAt, job.workerIndex, job.workerCount, rules)) scheduler.halt();
  // parevm's EVM takes the light form of a transaction; the reference engine the full one, with its recovered key installed.
  const txAt = job.engine === 'parevm' ? (i: number) => lazy.workerTx(i) : (i: number) => lazy.tx(i, (tx) => recovery.install(i, tx));
  metrics.recoverMs = performance.now() - t0;

  // The coordinator encoded the pre-state and set up MVMemory meanwhile.
  const tWait = performance.now();
  const state = await stateOf(job.blockId);
  metrics.idleMs += performance.now() - tWait;
  if ('abort' in state) return { type: 'done', blockId: job.blockId, outputs: packOutputs([]), metrics };
  const t1 = performance.now();
  let snapshot: StateReader = new ChangesOverlay(new SharedSnapshotReader(state.snapshot), state.preChanges);
  const fault = job.fault;
  /** The read fault: armed after `afterExecutions` executions, or forced when the loop ends before it fired. */
  const readFault = { fired: false, forced: false };
  if (fault?.kind === 'read') snapshot = failingReader(snapshot, () => readFault.forced || metrics.executions > fault.afterExecutions, readFault);
  // A failing read is a StateReadError: it fails this worker's job (the block runs sequentially).
  const base: StateReader = new GuardedReader(snapshot);
  const mv = new MVMemory(state.mv.buffer, state.mv.layout);
  const sm = new BlockStateManager(base);
  const engine = await createBlockEngine(job.engine, lazy, sm, base);
  metrics.setupMs += performance.now() - t1;
  const runner = new IncarnationRunner(mv, new LocationKeys(mv), base, engine, sm, lazy.block, new Set(job.authorities));
  // Every incarnation's output, packed as it comes (the coordinator keeps each transaction's highest).
  const packer = sparePacker ?? new OutputPacker();
  sparePacker = undefined;
  /** Senders by transaction, derived once from the recovered keys (`recovery.ensure` before each execution). */
  const senders: (string | undefined)[] = new Array(job.txCount);
  let task: Task = { kind: TASK_NONE, txIndex: 0, incarnation: 0 };
  let emptyAnswers = 0;
  let generation = 0;
  while (!scheduler.done()) {
    if (task.kind === TASK_NONE) {
      const t = performance.now();
      generation = scheduler.generation();
      task = scheduler.nextTask();
      // An empty answer is idle time; one with a task is the scheduler's, in that task's time.
      const took = performance.now() - t;
      if (task.kind === TASK_NONE) metrics.idleMs += took;
      else {
        emptyAnswers = 0;
        metrics.schedulerMs += took;
        if (task.kind === TASK_EXECUTE) metrics.executeMs += took;
        else metrics.validateMs += took;
      }
    }
    if (task.kind === TASK_EXECUTE) {
      if (fault && fault.kind !== 'read' && metrics.executions >= fault.afterExecutions) injectFault(fault.kind);
      const t = performance.now();
      task = await execute(task);
      metrics.executeMs += performance.now() - t;
    } else if (task.kind === TASK_VALIDATE) {
      const t = performance.now();
      metrics.validations++;
      const { txIndex, incarnation } = task;
      const valid = validateReadSet(mv, txIndex, base);
      const tRead = performance.now();
      const aborted = !valid && scheduler.tryValidationAbort(txIndex, incarnation);
      let tEstimates = 0;
      if (aborted) {
        const te = performance.now();
        mv.convertWritesToEstimates(txIndex);
        tEstimates = performance.now() - te;
      }
      task = scheduler.finishValidation(txIndex, aborted);
      const end = performance.now();
      metrics.validateMs += end - t;
      metrics.mvMemoryMs += tRead - t + tEstimates;
      metrics.schedulerMs += end - tRead - tEstimates;
    } else {
      // No task now: typically validation reached a transaction another worker is still
      // executing. While an index can still move, ask again at once; once both have passed the
      // last transaction, only another worker's finish (or the end) brings news: after a few more
      // answers, sleep until the scheduler has some (a block's long transaction then keeps a core
      // to itself), and yield to the event loop only after a sleep that timed out.
      const t = performance.now();
      if (scheduler.exhausted() && ++emptyAnswers >= IDLE_SPINS) {
        emptyAnswers = 0;
        if (scheduler.waitForWork(generation, IDLE_WAIT_MS) === 'timed-out') await new Promise((r) => setImmediate(r));
      }
      metrics.idleMs += performance.now() - t;
    }
  }
  // A worker the other workers left without enough executions still fails, before it reports:
  // the fault tests must not depend on how the scheduler happened to share the block.
  if (fault && fault.kind !== 'read') injectFault(fault.kind);
  // A read fault that never fired (the other workers left this one no pre-state read after
  // `afterExecutions`) fails the job here; one that fired during execution already failed it.
  if (fault?.kind === 'read' && !readFault.fired) {
    readFault.forced = true;
    try {
      base.account(lazy.block.header.coinbase.toString());
    } catch (e) {
      throw e instanceof StateReadError ? e.inTransaction(job.txCount - 1) : e;
    }
  }
  const outputs = packer.done();
  // Nothing decoded from this block is used any more: the next block reuses their memory.
  sparePacker = packer.clear();
  lazy.release();
  return { type: 'done', blockId: job.blockId, outputs, metrics };

  async function execute(t: Task): Promise<Task> {
    for (;;) {
      // The sender of a transaction outside this worker's stride may not be recovered yet.
      const tSender = performance.now();
      const recovered = recovery.ensure(t.txIndex, bytesAt, rules, () => scheduler.halted());
      metrics.senderMs += performance.now() - tSender;
      if (!recovered) {
        scheduler.halt();
        return { kind: TASK_NONE, txIndex: 0, incarnation: 0 };
      }
      metrics.executions++;
      const started = performance.now();
      const tx = txAt(t.txIndex);
      const sender = (senders[t.txIndex] ??= recovery.sender(t.txIndex)!);
      let result: IncarnationResult;
      try {
        result = await runner.run(t.txIndex, t.incarnation, tx, sender, 0n);
      } catch (e) {
        if (!(e instanceof EstimateReadError)) throw e;
        metrics.estimateWaits++;
        const tWaste = performance.now();
        scheduler.recordWaste((tWaste - started) * 1000);
        const blocked = scheduler.addDependency(t.txIndex, e.blockingTx);
        metrics.schedulerMs += performance.now() - tWaste;
        if (blocked) return { kind: TASK_NONE, txIndex: 0, incarnation: 0 };
        continue; // the blocking transaction finished meanwhile: re-execute now
      }
      packer.add([t.txIndex, t.incarnation, result.receipt, result.error]);
      metrics.evmMs += result.evmMs;
      metrics.viewMs += result.viewMs;
      metrics.mvMemoryMs += result.recordMs;
      const tFinish = performance.now();
      scheduler.recordExecution(t.txIndex, (tFinish - started) * 1000);
      const next = scheduler.finishExecution(t.txIndex, t.incarnation, result.wroteNewLocation);
      metrics.schedulerMs += performance.now() - tFinish;
      return next;
    }
  }
}

/** Fault injection: `reader`, except that every read throws once `armed()` (plain errors, as a broken store would); `state.fired` records that one did. */
function failingReader(reader: StateReader, armed: () => boolean, state: { fired: boolean }): StateReader {
  const check = (what: string) => {
    if (!armed()) return;
    state.fired = true;
    throw new Error(`injected state read fault (${what})`);
  };
  return {
    account: (a) => (check(`account ${a}`), reader.account(a)),
    storage: (a, slot) => (check(`storage ${a}`), reader.storage(a, slot)),
    code: (h) => (check(`code ${h}`), reader.code(h)),
    blockHash: (n) => (check(`block hash ${n}`), reader.blockHash(n)),
  };
}
