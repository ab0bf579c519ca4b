import { recoverSenders } from '../block/senders.js';
import type { StateReader } from '../state/reader.js';
import { guarded } from '../state/guarded.js';
import { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, Receipt } from '../types.js';
import { type BlockInput, assembleResult, postBlock, preBlock, toDecoded } from './lifecycle.js';
import { DEFAULT_ENGINE, type EngineName, createBlockEngine } from './engine.js';
import type { Evm } from '../evm/evm.js';
import type { DecodedBlock } from '../block/decode.js';

/** Options of {@link executeBlockSequential}. */
export interface SequentialOptions {
  /** Cross-check recovered senders against these (lowercase hex); defaults to the JSON's `from`. */
  expectedSenders?: (string | undefined)[];
  /** The EVM that executes the transactions (default {@link DEFAULT_ENGINE}); see {@link EngineName}. */
  engine?: EngineName;
  /**
   * With `engine: 'parevm'`: called with parevm's EVM before the first transaction (the fuzzer
   * attaches its opcode and precompile counters here).
   */
  onParevmEvm?: (evm: Evm) => void;
}

/**
 * Executes a block's transactions one after another on `@ethereumjs/vm` — the reference that
 * every parallel result must equal. Phases: decode (when given JSON), sender recovery,
 * pre-block system work (DAO irregular change at 1,920,000; EIP-4788 beacon root), the
 * transactions in order, post-block work (proof-of-work rewards, EIP-4895 withdrawals),
 * receipts root, logs bloom and the state diff.
 *
 * `state` is only read; the pre-state passed in is never mutated.
 * @example
 * const fx = loadFixtureBlock('../shared/fixtures/mainnet', 19932703)
 * const result = await executeBlockSequential(fx.blockJson, fx.state)
 * verifyHeader(result, fx.blockJson).ok // true
 * @throws BlockDecodeError / FixtureFormatError / UnsupportedHardforkError / InvalidTransactionError
 *   on bad block input (see `decodeBlock`)
 * @throws InvalidSignatureError / SenderMismatchError from sender recovery
 * @throws InvalidTransactionError when a transaction is invalid in the block (its `reason` and
 *   `txIndex` say which and why); decode-time rejections come from `decodeBlock`
 * @throws StateReadError when `state` throws (the reader's error is the cause)
 * @throws MissingBlockHashError when BLOCKHASH needs an ancestor the state lacks
 */
export function executeBlockSequential(input: BlockInput, state: StateReader, options: SequentialOptions = {}): Promise<BlockResult> {
  return executeBlockSequentialFrom(performance.now(), input, state, options);
}

/** Called around each transaction of {@link executeBlockSequentialFrom} (`bench/longestTransaction.ts` times them). */
export interface TransactionObserver {
  /** Transaction `i` is about to run (its sender is known). */
  before(i: number): void;
  /** Transaction `i` ran; its receipt. */
  after(i: number, receipt: Receipt): void;
}

/**
 * {@link executeBlockSequential} timed from `t0` (`performance.now()`), not from its own start:
 * the parallel engine's sequential path, whose `timings.totalMs` then spans the whole call and is
 * stamped where the sequential engine stamps its own (before the promise's turns that deliver it).
 * @param observe - called before and after each transaction (none: no call per transaction)
 * @throws the typed errors of {@link executeBlockSequential}
 */
export async function executeBlockSequentialFrom(
  t0: number,
  input: BlockInput,
  state: StateReader,
  options: SequentialOptions = {},
  observe?: TransactionObserver,
): Promise<BlockResult> {
  const { decoded, decodeMs } = toDecoded(input);
  const { senders, ms: senderRecoveryMs } = recoverSenders(decoded.block, options.expectedSenders ?? decoded.expectedSenders);
  const parts: InOrderParts = { t0, decodeMs, senderRecoveryMs, senders, senderOf: (i) => senders[i]! };
  if (observe !== undefined) {
    parts.senderOf = (i) => {
      observe.before(i);
      return senders[i]!;
    };
    parts.onReceipt = (i, receipt) => observe.after(i, receipt);
  }
  return executeInOrder(decoded, state, options, parts);
}

/** How {@link executeInOrder} was started and gets each transaction's sender. */
export interface InOrderParts {
  /** `performance.now()` when the block's call started, and its decoding time (ms). */
  t0: number;
  decodeMs: number;
  /** Sender recovery before execution (ms); 0 when the senders come as the transactions run. */
  senderRecoveryMs: number;
  /** The senders (lowercase `0x` hex) in block order; complete once the last transaction ran. */
  senders: string[];
  /**
   * Transaction `i`'s sender (lowercase `0x` hex), its public key installed on the transaction
   * where the engine reads it from there (the reference engine: parevm's EVM takes the sender);
   * called in order, just before the transaction runs (the pipelined path waits here for its workers).
   */
  senderOf: (i: number) => string;
  /** Called with each transaction's receipt once it ran (the pipelined path publishes it to its workers). */
  onReceipt?: (i: number, receipt: Receipt) => void;
  /** The receipts root computed elsewhere ({@link assembleResult}'s `receiptsRoot`), from the block's receipts. */
  receiptsRoot?: (receipts: readonly Receipt[]) => string | undefined;
}

/**
 * The sequential engine's phases after sender recovery: pre-block system work, the transactions
 * one after another, post-block work, assembly (`execute/lifecycle.ts`). Shared by
 * {@link executeBlockSequential} and the pipelined path (`parallel/pipelined.ts`), whose workers
 * recover the senders while the transactions run here.
 * @throws the typed errors of {@link executeBlockSequential} past sender recovery
 */
export async function executeInOrder(
  decoded: DecodedBlock,
  state: StateReader,
  options: Pick<SequentialOptions, 'engine' | 'onParevmEvm'>,
  parts: InOrderParts,
): Promise<BlockResult> {
  const { block } = decoded;
  const reader = guarded(state);
  const sm = new BlockStateManager(reader);
  const notes: string[] = [];
  const receipts: Receipt[] = [];
  const engine = await createBlockEngine(options.engine ?? DEFAULT_ENGINE, decoded, sm, reader);
  if (engine.parevmEvm !== undefined) options.onParevmEvm?.(engine.parevmEvm);
  await preBlock(engine.host, decoded, notes);
  for (let i = 0; i < block.transactions.length; i++) {
    const receipt = await engine.runTransaction(block, i, receipts.at(-1)?.cumulativeGasUsed ?? 0n, undefined, parts.senderOf(i));
    receipts.push(receipt);
    parts.onReceipt?.(i, receipt);
  }
  const tPost = performance.now();
  const requests = await postBlock(engine.host, sm, decoded, receipts, notes);
  const result = await assembleResult(decoded, sm, {
    senders: parts.senders,
    receipts,
    requests,
    notes,
    ...(parts.receiptsRoot ? { receiptsRoot: () => parts.receiptsRoot!(receipts) } : {}),
    timings: { decodeMs: parts.decodeMs, senderRecoveryMs: parts.senderRecoveryMs, executionMs: 0, postBlockMs: 0, totalMs: 0 },
  });
  const end = performance.now();
  const t = result.timings;
  t.postBlockMs = end - tPost;
  t.totalMs = end - parts.t0;
  // The phases add up to the total, as on the parallel paths: the steps between them (the calls
  // into decoding and recovery, setting up execution) count as execution, so that both engines'
  // block times span the same work.
  t.executionMs = t.totalMs - t.decodeMs - t.senderRecoveryMs - t.postBlockMs;
  return result;
}
