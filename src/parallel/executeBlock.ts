/**
 * `executeBlock`, the parallel engine's entry: a block too small runs sequentially at once; a
 * block given as JSON may start its workers on sender recovery before it is decoded; then the
 * route (`route.ts`) sends it pipelined (`pipelined.ts`), on Block-STM (`blockStmRun.ts`) or to
 * the sequential engine, which also finishes any run that falls back (`fallback.ts`).
 */
import type { DecodedBlock } from '../block/decode.js';
import { DEFAULT_ENGINE, type EngineName } from '../execute/engine.js';
import { executeBlockSequential, executeBlockSequentialFrom } from '../execute/sequential.js';
import { type BlockInput, rpcBlockJson, toDecoded, transactionCount } from '../execute/lifecycle.js';
import type { StateReader } from '../state/reader.js';
import type { BlockResult, ExecutionMetrics } from '../types.js';
import { type RecoveryRules, recoveryRules } from '../block/senders.js';
import { MAINNET } from '../block/chains.js';
import { createChainCommon, hardforkFor } from '../block/hardfork.js';
import { parseHexQuantity } from '../block/json.js';
import { transactionFieldsFromRpc } from '../block/rpcTransaction.js';
import type { TransactionFields } from '../block/transactionEncoding.js';
import { Fallback } from './fallback.js';
import { type PipelinedOptions, type PipelinedStart, endPipelined, executePipelined, startPipelined } from './pipelined.js';
import { gasBound } from '../block/limits.js';
import { type ParallelOptions, type ParallelTestOptions, defaultDeadlineMs, poolOf } from './options.js';
import { chooseRoute, gasOf, sizeRoute, tooFewTransactions } from './route.js';
import { blockOnBlockStm } from './blockStmRun.js';

/**
 * Executes a block on worker threads: with Block-STM (Gelashvili et al., PPoPP'23), the workers
 * sharing MVMemory and the scheduler through SharedArrayBuffers, or pipelined (`pipelined.ts`:
 * the workers recover the senders while this thread executes the transactions in order), as
 * `options.mode` and the block's transactions decide ({@link ParallelOptions.mode}). The result
 * equals {@link executeBlockSequential}'s field for field; `metrics` says which path ran and why.
 *
 * Falls back to sequential execution (and says so in `metrics.reason`) for small blocks, when
 * MVMemory is full or would exceed `maxMVMemoryBytes`, when a worker throws, exits, is
 * terminated, stalls on a sender (pipelined), fails to read the state or passes the deadline (`metrics.workerFailures`,
 * `metrics.workersReplaced`: the pool replaces such workers and serves the next block), and for
 * blocks that are invalid (so the typed error is the sequential one). A fault never gives a
 * wrong result: the block is then executed sequentially from the untouched pre-state.
 * @example
 * const fx = loadFixtureBlock('../shared/fixtures/mainnet', 14029313)
 * const result = await executeBlock(fx.blockJson, fx.state, { concurrency: 2 })
 * @throws the same typed errors as {@link executeBlockSequential} (StateReadError when the
 *   state reader throws, on the coordinator or while encoding the snapshot for the workers)
 */
export function executeBlock(input: BlockInput, state: StateReader, options: ParallelOptions = {}): Promise<BlockResult> {
  // Not async: the promise as it is, without a wrapping one's turns of the microtask queue.
  return executeBlockWithFaults(input, state, options);
}

/** {@link executeBlock} with {@link ParallelTestOptions} (fault injection): tests only. */
export async function executeBlockWithFaults(input: BlockInput, state: StateReader, options: ParallelTestOptions = {}): Promise<BlockResult> {
  const t0 = performance.now();
  const engineName = options.engine ?? DEFAULT_ENGINE;
  // Too few transactions, counted without decoding: straight to the sequential engine. Through
  // the early start's checks, decoding and the route, the empty block 19910734 (~50 µs decoded)
  // took 3.1 µs more than sequentially, then 1.3–1.5 µs (timed from here), now 0.4–0.6 µs (medians
  // of 3,000 alternated calls, three processes): the sequential engine stamps the total from `t0`
  // (no promise turn counted that its own run leaves out), and both engines' phases add up to it.
  const count = transactionCount(input);
  const few = count === undefined ? undefined : tooFewTransactions(count, options);
  if (few !== undefined) return runSequentially(input, state, engineName, t0, undefined, few, {});
  // A block given as JSON that runs pipelined by its size alone: its workers start recovering
  // senders from the JSON's fields now, while this thread decodes it (mainnet 14396881: 15 ms of
  // decoding, ~70 ms of recovery).
  const starting = earlyPipelined(input, options);
  // No await for a block that does not start early (most calls: a decoded block): a turn of the
  // microtask queue per block, which an empty block (0.3 ms) would feel.
  const early = starting === undefined ? undefined : await starting;
  let decoded: DecodedBlock;
  let decodeMs: number;
  try {
    ({ decoded, decodeMs } = toDecoded(input));
  } catch (e) {
    if (early) await endPipelined(early.start, 'abandoned', early.options);
    throw e;
  }
  // The early start is part of decoding: every millisecond before the block's phases counts.
  if (early) decodeMs = performance.now() - t0;
  /** The sequential path, after the parallel one was ruled out or gave up: `reason` and `metrics` say why. */
  const sequentially = (reason: string, metrics: Partial<ExecutionMetrics>): Promise<BlockResult> =>
    runSequentially(decoded, state, engineName, t0, decodeMs, reason, metrics);
  /** The early run until the pipelined path takes it, or it is given up on (on every other way out: a route the decoded block's numbers changed, a throw). */
  let pending = early;
  const abandonEarly = async (): Promise<void> => {
    const run = pending;
    pending = undefined;
    if (run) await endPipelined(run.start, 'abandoned', run.options);
  };
  try {
    const route = chooseRoute(decoded, state, options);
    // The same rule on the same numbers: only a JSON that decodes to other ones (a transaction
    // with both `gas` and `gasLimit`, the header declaring no gas used) gets here.
    if (route.path !== 'pipelined') await abandonEarly();
    if (route.path === 'sequential') return await sequentially(route.reason, {});
    if (route.path === 'pipelined') {
      const handed = pending;
      pending = undefined;
      const r = await executePipelined(
        decoded,
        state,
        handed?.options ?? pipelinedOptions(options, decoded.block.header.gasLimit),
        { t0, decodeMs },
        handed?.start,
      );
      if (route.reason) r.metrics!.reason = route.reason;
      return r;
    }
    return await blockOnBlockStm(decoded, route.state, options, { t0, decodeMs });
  } catch (e) {
    await abandonEarly();
    if (!(e instanceof Fallback)) throw e;
    return sequentially(e.reason, e.metrics);
  }
}

/**
 * The sequential engine's run of a block the parallel path ruled out or gave up on, timed from
 * `t0`, the parallel call's start: the attempt's time counts (a block that falls back costs it and
 * the sequential run), in execution with whatever else the call waited for (a failed worker's
 * replacement may run on the event loop between the two runs), so the phases add up.
 * `decodeMs`: the parallel path's decoding (`input` is then decoded); undefined, the sequential
 * engine's own. `metrics.reason` says why.
 */
async function runSequentially(
  input: BlockInput,
  state: StateReader,
  engine: EngineName,
  t0: number,
  decodeMs: number | undefined,
  reason: string,
  metrics: Partial<ExecutionMetrics>,
): Promise<BlockResult> {
  const r = await executeBlockSequentialFrom(t0, input, state, { engine });
  // The sequential engine's phases add up to the total from `t0`; with this path's own decoding in
  // place of its (a decoded block: ~0), the attempt's time before it lands in execution.
  if (decodeMs !== undefined) {
    const t = r.timings;
    t.decodeMs = decodeMs;
    t.executionMs = t.totalMs - t.decodeMs - t.senderRecoveryMs - t.postBlockMs;
  }
  r.metrics = { path: 'sequential', reason, workers: 0, ...metrics };
  return r;
}

/** The pipelined path's options under `options`, for a block of gas limit `gasLimit` (its default deadline). */
function pipelinedOptions(options: ParallelTestOptions, gasLimit: bigint): PipelinedOptions {
  const fault = options.fault;
  const pipelinedFault =
    fault && fault.kind !== 'read' && fault.kind !== 'terminate'
      ? { workerIndex: fault.workerIndex, kind: fault.kind, afterRecoveries: fault.afterExecutions }
      : undefined;
  return {
    pool: poolOf(options),
    engine: options.engine ?? DEFAULT_ENGINE,
    deadlineMs: options.deadlineMs ?? defaultDeadlineMs(gasLimit),
    ...(pipelinedFault ? { fault: pipelinedFault } : {}),
  };
}

/**
 * The pipelined run of a block given as RPC JSON, started before the block is decoded
 * ({@link startPipelined}, on {@link transactionFieldsFromRpc}'s fields) when {@link sizeRoute}
 * runs it pipelined by its header's numbers; undefined (at once, not a promise of it) when it does
 * not, or when the JSON is not a mainnet block whose every transaction's fields read (the block
 * then starts as usual, after decoding, and reports whatever is wrong with it). Not with a fault
 * injected: the fault tests count the workers' recoveries from the block's start.
 */
function earlyPipelined(
  input: BlockInput,
  options: ParallelTestOptions,
): Promise<{ start: PipelinedStart; options: PipelinedOptions } | undefined> | undefined {
  const json = options.fault ? undefined : rpcBlockJson(input);
  if (!json || !Array.isArray(json.transactions)) return undefined;
  const number = parseHexQuantity(json.number);
  const timestamp = parseHexQuantity(json.timestamp);
  const gasUsed = parseHexQuantity(json.gasUsed);
  const gasLimit = parseHexQuantity(json.gasLimit);
  if (number === undefined || timestamp === undefined || gasUsed === undefined || gasLimit === undefined) return undefined;
  const txs: TransactionFields[] = [];
  for (const t of json.transactions) {
    const fields = transactionFieldsFromRpc(t);
    if (!fields) return undefined;
    txs.push(fields);
  }
  if (sizeRoute(txs.length, gasOf(gasUsed, txs), options)?.path !== 'pipelined') return undefined;
  let rules: RecoveryRules;
  try {
    rules = recoveryRules(createChainCommon(hardforkFor(number, timestamp, MAINNET), MAINNET));
  } catch {
    return undefined; // an unsupported hardfork: decoding reports it
  }
  const pipelined = pipelinedOptions(options, gasLimit);
  // A start that fails leaves nothing running: the block then starts as usual.
  return startPipelined(txs, gasBound(txs, gasLimit), rules, pipelined).then(
    (start) => ({ start, options: pipelined }),
    () => undefined,
  );
}
