/**
 * The block lifecycle both engines share, as named phases:
 *
 *   decode ({@link toDecoded}) → pre-block system calls ({@link preBlock}) → transactions
 *   (sequentially: `execute/sequential.ts`; Block-STM: `parallel/blockStmRun.ts`) →
 *   post-block work ({@link postBlock}) → assemble ({@link assembleResult}).
 *
 * Every phase but the transactions is this module's, so the two engines cannot differ in
 * anything but how they ran the transactions.
 */
import { Block } from '@ethereumjs/block';
import { bytesToHex } from '@ethereumjs/util';
import { decodeBlock, type DecodedBlock, type RpcBlockJson } from '../block/decode.js';
import type { ChainSpec } from '../block/chains.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, PhaseTimings, Receipt } from '../types.js';
import { blockLogsBloom, receiptsRoot } from '../verify/receipts.js';
import {
  BEACON_ROOTS_ADDRESS,
  type RequestHost,
  type SystemHost,
  applyBeaconRoot,
  applyBlockRewards,
  applyDaoChange,
  applyHistoryStorage,
  applyWithdrawals,
} from './system.js';
import { applyRequests, type BlockRequests } from './requests.js';

/**
 * A block to execute: RPC JSON (decoded here, timed), a block `decodeBlock` already decoded, or
 * an ethereumjs `Block`, or the RLP of a block (decoded here).
 */
export type BlockInput = DecodedBlock | Block | RpcBlockJson | Uint8Array;

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
  if (isDecodedBlock(input)) return { decoded: input, decodeMs: 0 };
  const decoded = decodeBlock(input);
  return { decoded, decodeMs: performance.now() - start };
}

function isDecodedBlock(input: BlockInput): input is DecodedBlock {
  return typeof input === 'object' && input !== null && (input as DecodedBlock).block instanceof Block;
}

/**
 * How many transactions `input` holds, read without decoding it; undefined for RLP bytes, or a
 * JSON whose `transactions` is not an array (left to decoding: it reports a malformed field, and
 * reads a missing or null one as no transactions).
 */
export function transactionCount(input: BlockInput): number | undefined {
  if (input instanceof Uint8Array) return undefined;
  if (input instanceof Block) return input.transactions.length;
  if (isDecodedBlock(input)) return input.block.transactions.length;
  const txs = typeof input === 'object' && input !== null ? (input as { transactions?: unknown }).transactions : undefined;
  return Array.isArray(txs) ? txs.length : undefined;
}

/** `input` when it is a block's RPC JSON ({@link toDecoded} decodes it with `decodeBlock`), else undefined: a decoded block, an ethereumjs Block, RLP bytes. */
export function rpcBlockJson(input: BlockInput): RpcBlockJson | undefined {
  if (input instanceof Block || input instanceof Uint8Array || isDecodedBlock(input)) return undefined;
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? input : undefined;
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

/**
 * The {@link BlockResult} of a block whose post-state is in `sm` — the same assembly for the
 * sequential and the parallel path, so their results can only differ in what they executed.
 */
export async function assembleResult(
  decoded: DecodedBlock,
  sm: BlockStateManager,
  parts: {
    senders: string[];
    receipts: Receipt[];
    requests?: BlockRequests;
    notes: string[];
    timings: PhaseTimings;
    /**
     * The receipts root (`0x` hex) computed elsewhere (the parallel paths: leaves hashed on
     * workers), asked for once the bloom and the state diff are built; undefined: computed here.
     */
    receiptsRoot?: () => Promise<string | undefined> | string | undefined;
  },
): Promise<BlockResult> {
  const { block } = decoded;
  // Before waiting for a receipts root computed elsewhere: this work overlaps it.
  const hash = bytesToHex(block.hash());
  const logsBloom = blockLogsBloom(parts.receipts);
  const stateChanges = sm.changes();
  const root = (await parts.receiptsRoot?.()) ?? (await receiptsRoot(parts.receipts));
  return {
    number: block.header.number,
    hash,
    hardfork: decoded.hardfork,
    senders: parts.senders,
    receipts: parts.receipts,
    gasUsed: parts.receipts.at(-1)?.cumulativeGasUsed ?? 0n,
    logsBloom,
    receiptsRoot: root,
    stateChanges,
    ...(parts.requests ? { requests: parts.requests.requests, requestsHash: parts.requests.requestsHash } : {}),
    notes: parts.notes,
    timings: parts.timings,
  };
}
