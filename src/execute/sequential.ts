import { Block } from '@ethereumjs/block';
import { decodeBlock, type DecodedBlock } from '../block/decode.js';
import { recoverSenders } from '../block/senders.js';
import type { ChainSpec } from '../block/chains.js';
import type { StateReader } from '../state/reader.js';
import { guarded } from '../state/guarded.js';
import { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, Receipt } from '../types.js';
import { assembleResult } from './result.js';
import { BEACON_ROOTS_ADDRESS, type RequestHost, type SystemHost, applyBeaconRoot, applyBlockRewards, applyDaoChange, applyHistoryStorage, applyWithdrawals } from './system.js';
import { applyRequests, type BlockRequests } from './requests.js';
import { DEFAULT_ENGINE, type EngineName, createBlockEngine } from './engine.js';
import type { Evm } from '../evm/evm.js';

/** A block to execute: RPC JSON (decoded here, timed), a decoded block, or an ethereumjs Block. */
export type BlockInput = DecodedBlock | Block | unknown;

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

/** Normalises a {@link BlockInput}; returns the decoded block and the decode time (ms). */
export function toDecoded(input: BlockInput): { decoded: DecodedBlock; decodeMs: number } {
  const start = performance.now();
  if (input instanceof Block) {
    const decoded: DecodedBlock = {
      block: input,
      hardfork: input.common.hardfork() as DecodedBlock['hardfork'],
      // Common keeps the ChainConfig it was built from (no public getter).
      chain: (input.common as unknown as { _chainParams: ChainSpec })._chainParams,
      common: input.common,
      ommerCount: input.uncleHeaders.length,
      ommers: input.uncleHeaders,
      expectedSenders: [],
    };
    return { decoded, decodeMs: 0 };
  }
  if (typeof input === 'object' && input !== null && (input as DecodedBlock).block instanceof Block) {
    return { decoded: input as DecodedBlock, decodeMs: 0 };
  }
  const decoded = decodeBlock(input);
  return { decoded, decodeMs: performance.now() - start };
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
export async function executeBlockSequential(
  input: BlockInput,
  state: StateReader,
  options: SequentialOptions = {},
): Promise<BlockResult> {
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
    receipts.push(await engine.runTransaction(block, i, receipts.at(-1)?.cumulativeGasUsed ?? 0n));
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

/**
 * Pre-block system work, in order: DAO irregular change, EIP-4788 beacon root, EIP-2935 parent
 * block hash. Its writes are the base state every transaction reads. None for a
 * `transactionsOnly` block.
 */
export async function preBlock(vm: SystemHost, decoded: DecodedBlock, notes: string[]): Promise<void> {
  const { block, common } = decoded;
  if (decoded.transactionsOnly) return;
  if (common.hardforkBlock('dao') === block.header.number) await applyDaoChange(vm);
  if (common.isActivatedEIP(4788) && !(await applyBeaconRoot(vm, block))) {
    notes.push(`EIP-4788 beacon root system call skipped: contract ${BEACON_ROOTS_ADDRESS} has no code in the pre-state`);
  }
  if (common.isActivatedEIP(2935) && !(await applyHistoryStorage(vm, block))) {
    notes.push('EIP-2935 history storage system call skipped: the history contract has no code in the pre-state');
  }
}

/**
 * The names of the block's system work, as {@link preBlock} and {@link postBlock} do it (the
 * analyzer lists them; a pre-block call skipped for an empty contract is in the notes instead).
 */
export function systemWork(decoded: DecodedBlock): { pre: string[]; post: string[] } {
  const { block, common } = decoded;
  if (decoded.transactionsOnly) return { pre: [], post: [] };
  const pre: string[] = [];
  if (common.hardforkBlock('dao') === block.header.number) pre.push('DAO irregular state change');
  if (common.isActivatedEIP(4788)) pre.push('EIP-4788 beacon root');
  if (common.isActivatedEIP(2935)) pre.push('EIP-2935 history storage');
  const post: string[] = [];
  if (common.consensusType() === 'pow') post.push('block rewards');
  if (common.isActivatedEIP(4895)) post.push('EIP-4895 withdrawals');
  if (common.isActivatedEIP(6110)) post.push('EIP-6110 deposits');
  if (common.isActivatedEIP(7002)) post.push('EIP-7002 withdrawal requests');
  if (common.isActivatedEIP(7251)) post.push('EIP-7251 consolidation requests');
  return { pre, post };
}

/**
 * Post-block work, in order: proof-of-work rewards (before the merge), EIP-4895 withdrawals,
 * EIP-7685 requests (EIP-6110 deposits from `receipts`, EIP-7002/7251 system calls).
 * None for a `transactionsOnly` block.
 * @returns the block's requests from Prague on, else undefined
 * @throws InvalidBlockError when a request system contract is empty or its call fails, or a
 *   deposit log is malformed (see `applyRequests`)
 */
export async function postBlock(
  vm: RequestHost,
  sm: BlockStateManager,
  decoded: DecodedBlock,
  receipts: Receipt[],
  notes: string[],
): Promise<BlockRequests | undefined> {
  const { block, common } = decoded;
  if (decoded.transactionsOnly) return undefined;
  if (common.consensusType() === 'pow') {
    const unpaid = await applyBlockRewards(vm, block, decoded.ommerCount);
    if (unpaid > 0) notes.push(`rewards of ${unpaid} ommer(s) not paid: their headers are not in the input (RPC JSON lists only hashes)`);
  }
  if (common.isActivatedEIP(4895)) await applyWithdrawals(vm, block);
  return applyRequests(vm, sm, decoded, receipts);
}
