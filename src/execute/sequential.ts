import { recoverSenders } from '../block/senders.js';
import type { StateReader } from '../state/reader.js';
import { guarded } from '../state/guarded.js';
import { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, Receipt } from '../types.js';
import { type BlockInput, assembleResult, postBlock, preBlock, toDecoded } from './lifecycle.js';
import { DEFAULT_ENGINE, type EngineName, createBlockEngine } from './engine.js';
import type { Evm } from '../evm/evm.js';

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
export async function executeBlockSequential(input: BlockInput, state: StateReader, options: SequentialOptions = {}): Promise<BlockResult> {
  const t0 = performance.now();
  const { decoded, decodeMs } = toDecoded(input);
  const { block } = decoded;
  const { senders, ms: senderRecoveryMs } = recoverSenders(block, options.expectedSenders ?? decoded.expectedSenders);

  const tExec = performance.now();
  const reader = guarded(state);
  const sm = new BlockStateManager(reader);
  const notes: string[] = [];
  const receipts: Receipt[] = [];
  const engine = await createBlockEngine(options.engine ?? DEFAULT_ENGINE, decoded, sm, reader);
  if (engine.parevmEvm !== undefined) options.onParevmEvm?.(engine.parevmEvm);
  await preBlock(engine.host, decoded, notes);
  for (let i = 0; i < block.transactions.length; i++) {
    receipts.push(await engine.runTransaction(block, i, receipts.at(-1)?.cumulativeGasUsed ?? 0n, undefined, senders[i]));
  }
  const tPost = performance.now();
  const requests = await postBlock(engine.host, sm, decoded, receipts, notes);
  const result = await assembleResult(decoded, sm, {
    senders,
    receipts,
    requests,
    notes,
    timings: { decodeMs, senderRecoveryMs, executionMs: tPost - tExec, postBlockMs: 0, totalMs: 0 },
  });
  const end = performance.now();
  result.timings.postBlockMs = end - tPost;
  result.timings.totalMs = end - t0;
  return result;
}
