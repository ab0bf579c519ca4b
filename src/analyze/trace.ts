/**
 * Measures a block's {@link BlockModel}: every transaction runs in block order on this thread
 * through the same code a worker uses — a {@link TxView} over a single-threaded {@link MVMemory},
 * where transaction i's writes are recorded before transaction i+1 runs — so locations, lazy
 * beneficiary and transfer deltas, and value-validated balance reads are exactly the engine's.
 * Per transaction it times the execution (as `worker.ts` times it: view, EVM, collecting and
 * recording the writes), the validation of its read set (`validateReadSet`), and decoding plus
 * sender recovery (as a worker does from the transaction's encoding).
 */
import { createTxFromRLP, type TypedTransaction } from '@ethereumjs/tx';
import type { ChainSpec } from '../block/chains.js';
import { decodeBlock } from '../block/decode.js';
import { createTxCommon } from '../block/hardfork.js';
import { DEFAULT_ENGINE, createBlockEngine } from '../execute/engine.js';
import { depositContractOf, depositLogs } from '../execute/requests.js';
import { postBlock, preBlock, systemWork } from '../execute/lifecycle.js';
import { FLAG_DELTA, LOC_ACCOUNT, LOC_BALANCE, LOC_STORAGE, MVMemory, MVMemoryFullError, layoutFor, spareMVMemory } from '../parallel/mvMemory.js';
import { IncarnationRunner, blockAuthorities } from '../parallel/incarnation.js';
import { decodeWorkerTx } from '../parallel/workerTx.js';
import { BOUND_READ, LocationKeys, TxView, isNonceBlind, parseLocation } from '../parallel/txView.js';
import { lazySenderViolations, mergeWrites } from '../parallel/merge.js';
import { InvalidTransactionError, type InvalidTransactionReason } from '../errors.js';
import { validateReadSet } from '../parallel/validate.js';
import { ChangesOverlay } from '../state/overlay.js';
import type { StateChanges } from '../state/changes.js';
import type { StateReader } from '../state/reader.js';
import { SharedSnapshotReader, encodeSharedSnapshot } from '../state/sharedSnapshot.js';
import { SnapshotState } from '../state/snapshot.js';
import { BlockStateManager } from '../state/stateManager.js';
import type { Receipt } from '../types.js';
import type { BlockModel, LocationInfo, ModelRead, ModelSystem, ModelTx } from './model.js';
import { blockSeeds } from '../parallel/seeds.js';
import type { RpcBlockJson } from '../block/decode.js';
import { median } from './median.js';

/** Options of {@link traceBlock}. */
export interface TraceOptions {
  /** Measured runs; per-transaction times are their medians (default 3). */
  runs?: number;
  /** Unmeasured runs first, to warm up the JIT (default 1). */
  warmup?: number;
  /** The block's chain (default mainnet), as `decodeBlock` takes it. */
  chain?: ChainSpec;
}

/** A traced block: its model, and the versions its reads actually saw in MVMemory. */
export interface BlockTrace {
  model: BlockModel;
  /**
   * `observed[j]`: the transactions whose versions transaction j's reads returned in the
   * single-threaded MVMemory (through lazy deltas), ascending — the graph must equal it.
   */
  observed: number[][];
  /** What was not done (e.g. a skipped system call), as the sequential engine notes it. */
  notes: string[];
}

/** One traced run: the model with this run's times. */
export type TraceRun = BlockTrace & {
  /** Per transaction (ms): its execution (view, EVM, write set, recording), of which `evm` the engine's transaction call; its validation; its decoding and sender recovery. */
  times: { exec: number[]; evm: number[]; validate: number[]; recover: number[] };
};

/**
 * Traces `blockJson` (RPC JSON as `eth_getBlockByNumber(n, true)` returns it) on `state`: `warmup`
 * unmeasured runs, then `runs` runs whose per-transaction times are combined by {@link combineRuns}.
 * @throws the typed errors of `decodeBlock` and of execution (e.g. `InvalidTransactionError`):
 *   only valid blocks can be analyzed
 */
export async function traceBlock(blockJson: RpcBlockJson | Uint8Array, state: StateReader, options: TraceOptions = {}): Promise<BlockTrace> {
  const runs = Math.max(1, options.runs ?? 3);
  const warmup = Math.max(0, options.warmup ?? 1);
  const measured: TraceRun[] = [];
  for (let r = 0; r < warmup + runs; r++) {
    const run = await traceRun(blockJson, state, options.chain);
    if (r >= warmup) measured.push(run);
  }
  return combineRuns(measured);
}

/**
 * The model of the last run with every transaction's times combined over `runs`: each
 * transaction's median, scaled so that the block's total is the median run's total. A run's
 * pauses (garbage collection, preemption) fall on some transactions and not on the same ones each
 * run: medians alone would drop them, which a whole run never does.
 */
export function combineRuns(runs: TraceRun[]): BlockTrace {
  const { model, observed, notes } = runs.at(-1)!;
  const combine = (pick: (r: TraceRun) => number[]): number[] => {
    const medians = model.txs.map((_, i) => median(runs.map((r) => pick(r)[i]!)));
    const sum = medians.reduce((a, x) => a + x, 0);
    const total = median(runs.map((r) => pick(r).reduce((a, x) => a + x, 0)));
    return medians.map((m) => (sum > 0 ? (m * total) / sum : m));
  };
  const exec = combine((r) => r.times.exec);
  const validate = combine((r) => r.times.validate);
  const recover = combine((r) => r.times.recover);
  model.txs.forEach((tx, i) => {
    tx.execMs = exec[i]!;
    tx.validateMs = validate[i]!;
    tx.recoverMs = recover[i]!;
  });
  return { model, observed, notes };
}

/** One traced run (retried once with MVMemory's worst-case layout if the block overflows it). */
export async function traceRun(blockJson: RpcBlockJson | Uint8Array, state: StateReader, chain?: ChainSpec): Promise<TraceRun> {
  try {
    return await traceOnce(blockJson, state, chain, false);
  } catch (e) {
    if (!(e instanceof MVMemoryFullError)) throw e;
    return traceOnce(blockJson, state, chain, true);
  }
}

const encoded = new WeakMap<SnapshotState, SharedSnapshotReader>();
function sharedReader(state: SnapshotState): SharedSnapshotReader {
  let r = encoded.get(state);
  if (!r) encoded.set(state, (r = new SharedSnapshotReader(encodeSharedSnapshot(state))));
  return r;
}

async function traceOnce(blockJson: RpcBlockJson | Uint8Array, state: StateReader, chain: ChainSpec | undefined, worstCase: boolean): Promise<TraceRun> {
  const decoded = decodeBlock(blockJson, chain ? { chain } : {});
  const { block } = decoded;
  const n = block.transactions.length;

  // Decoding and sender recovery per transaction, from its encoding, as a worker does it.
  const txCommon = createTxCommon(decoded.hardfork, decoded.chain);
  const recover: number[] = [];
  const senders: string[] = [];
  const txs: TypedTransaction[] = [];
  for (const t of block.transactions) {
    const bytes = t.serialize();
    const t0 = performance.now();
    const tx = createTxFromRLP(bytes, { common: txCommon }) as TypedTransaction;
    tx.getSenderPublicKey();
    recover.push(performance.now() - t0);
    senders.push(tx.getSenderAddress().toString());
    // The light form a worker gives parevm's EVM (a full transaction object is slower to read).
    txs.push(decodeWorkerTx(bytes));
  }

  // Pre-block system work, then the base state the workers read (parallel/blockStmRun.ts).
  const preSm = new BlockStateManager(state);
  const notes: string[] = [];
  await preBlock((await createBlockEngine(DEFAULT_ENGINE, decoded, preSm, state)).host, decoded, notes);
  // Workers read the pre-state in place from its shared encoding: trace through the same reader.
  const base = new ChangesOverlay(state instanceof SnapshotState ? sharedReader(state) : state, preSm.changes());

  // The engine's buffer reuse: first touches of a fresh buffer's pages would be timed as execution.
  const layout = layoutFor(n, block.header.gasLimit, worstCase);
  const mv = MVMemory.create(layout, (bytes) => spareMVMemory.take(bytes));
  const keys = new LocationKeys(mv);
  const sm = new BlockStateManager(base);
  // The worker's transaction path (parallel/worker.ts): the same engine and fee-phase hook.
  const engine = await createBlockEngine(DEFAULT_ENGINE, decoded, sm, base);
  const beneficiary = block.header.coinbase.toString();
  const runner = new IncarnationRunner(mv, keys, base, engine, sm, block, blockAuthorities(txs));

  // MVMemory location → model location id.
  const ids = new Map<number, number>();
  const locations: LocationInfo[] = [];
  const kindOf = (loc: number) => {
    const k = parseLocation(mv, loc).kind;
    return k === LOC_ACCOUNT ? 'account' : k === LOC_BALANCE ? 'balance' : k === LOC_STORAGE ? 'storage' : undefined;
  };
  const idOf = (loc: number): number => {
    let id = ids.get(loc);
    if (id === undefined) {
      const k = parseLocation(mv, loc);
      const kind = kindOf(loc);
      if (!kind) throw new Error(`internal: unexpected location kind ${k.kind} in a read or write set`);
      ids.set(loc, (id = locations.length));
      locations.push({ kind, address: k.address, ...(k.slot !== undefined ? { slot: k.slot } : {}) });
    }
    return id;
  };

  const exec: number[] = [];
  const evm: number[] = [];
  const validate: number[] = [];
  const modelTxs: ModelTx[] = [];
  /** Whether each transaction ran with its sender lazy. */
  const lazy: boolean[] = [];
  const observed: number[][] = [];
  const receipts: Receipt[] = [];
  const preWrites = preBlockLocations(preSm.changes(), keys);
  const preReaders: number[] = [];
  let gasBefore = 0n;
  for (let i = 0; i < n; i++) {
    const tx = txs[i]!;
    const t0 = performance.now();
    const { receipt, thrown, view, writes, evmMs } = await runner.run(i, 0, tx, senders[i]!, gasBefore);
    if (!receipt) throw thrown; // an invalid transaction: the block has no model
    exec.push(performance.now() - t0);
    evm.push(evmMs);
    const t1 = performance.now();
    if (!validateReadSet(mv, i, base)) throw new Error(`internal: transaction ${i} does not validate in a sequential run`);
    validate.push(performance.now() - t1);
    gasBefore += receipt.gasUsed;
    receipts.push(receipt);

    const reads = view.reads;
    const count = reads.length / 3;
    const seenFrom = new Set<number>();
    const modelReads: ModelRead[] = [];
    lazy.push(view.lazySender !== undefined);
    for (let k = 0; k < reads.length; k += 3) {
      const loc = reads[k]!;
      const version = reads[k + 1]!;
      // A bounded contract balance holds whatever the deltas below it are while the balance covers
      // the payments (WETH's ether, far above what a block moves): no dependency. A contract
      // drained within the block does fail such a read's validation; the model does not see it.
      if (version === BOUND_READ) continue;
      // A lazy credit's account read under lazy senders' nonce increments sees only the absolute version below them.
      const blind = version === -2 && kindOf(loc) === 'account' && isNonceBlind(mv.values, reads[k + 2]!);
      modelReads.push(blind ? { loc: idOf(loc), at: (k / 3 + 0.5) / count, skipsDeltas: true } : { loc: idOf(loc), at: (k / 3 + 0.5) / count });
      if (version === -1 && preWrites.has(loc) && preReaders.at(-1) !== i) preReaders.push(i);
      if (version >= 0) seenFrom.add(version);
      else if (version === -2) for (const r of mv.readDeltas(loc, i)) if (r.kind === 'value' && !(blind && r.flags & FLAG_DELTA)) seenFrom.add(r.txIndex);
    }
    observed.push([...seenFrom].sort((a, b) => a - b));
    modelTxs.push({
      gas: Number(receipt.gasUsed),
      execMs: 0,
      validateMs: 0,
      recoverMs: 0,
      sender: senders[i]!,
      reads: modelReads,
      writes: Array.from({ length: writes.count }, (_, k) => ({ loc: idOf(writes.loc(k)), delta: (writes.flags(k) & FLAG_DELTA) !== 0 })),
      seeded: [],
    });
  }

  // Lazy senders are checked as the engine's block-end merge checks them.
  const merged = new BlockStateManager(base);
  mergeWrites(mv, n, merged, beneficiary, decoded.common.gteHardfork('spuriousDragon'), (i, address) => {
    const broken = lazySenderViolations(merged, block, senders, i, address);
    if (broken.length > 0)
      throw new InvalidTransactionError(i, `the sender's account before it breaks ${broken.join(', ')}`, { reason: broken[0] as InvalidTransactionReason });
  });

  // Post-block work reads what the transactions wrote: run it on a view after the last one.
  let system: ModelSystem | undefined;
  if (!decoded.transactionsOnly) {
    const after = new TxView(mv, keys, base, n, beneficiary);
    sm.reset(after);
    await postBlock(engine.host, sm, decoded, receipts, notes);
    const postReads = new Set<number>();
    const postDeps = new Set<number>();
    for (let k = 0; k < after.reads.length; k += 3) {
      const loc = after.reads[k]!;
      const version = after.reads[k + 1]!;
      if (kindOf(loc)) postReads.add(idOf(loc));
      if (version >= 0) postDeps.add(version);
      else if (version === -2) for (const r of mv.readDeltas(loc, n)) if (r.kind === 'value') postDeps.add(r.txIndex);
    }
    const deposit = depositContractOf(decoded);
    const work = systemWork(decoded);
    system = {
      pre: work.pre,
      preWrites: [...preWrites].map(idOf),
      preReaders,
      post: work.post,
      postReads: [...postReads],
      postDeps: [...postDeps].sort((a, b) => a - b),
      depositTxs: decoded.common.isActivatedEIP(6110) ? [...new Set(depositLogs(receipts, deposit).map((d) => d.receipt))] : [],
    };
  }

  // What the engine seeds, from the same inputs.
  const seeds = blockSeeds(decoded, (i) => lazy[i]!);
  modelTxs.forEach((t, i) => {
    if (seeds.waitsFor[i]! >= 0) t.waitsFor = seeds.waitsFor[i]!;
    const s = seeds.senders[i];
    t.seeded = s === undefined ? [] : [idOf(keys.account(s)), idOf(keys.balance(s))];
  });
  const model: BlockModel = { number: Number(block.header.number), beneficiary, txs: modelTxs, locations, ...(system ? { system } : {}) };
  spareMVMemory.keep(mv.buffer);
  return { model, observed, notes, times: { exec, evm, validate, recover } };
}

/** The MVMemory locations of the pre-block system writes (`changes` of the pre-block state manager). */
function preBlockLocations(changes: StateChanges, keys: LocationKeys): Set<number> {
  const out = new Set<number>();
  for (const c of changes) {
    if (c.balance !== undefined || c.deleted) out.add(keys.balance(c.address));
    if (c.nonce !== undefined || c.codeHash !== undefined || c.deleted) out.add(keys.account(c.address));
    for (const [slot] of c.storage) out.add(keys.storage(c.address, slot));
  }
  return out;
}
