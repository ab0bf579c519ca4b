/**
 * The block lifecycle both engines share, as named phases:
 *
 *   decode ({@link toDecoded}) → pre-block system calls ({@link preBlock}) → transactions
 *   (sequentially: `execute/sequential.ts`; Block-STM: `parallel/executeBlock.ts`) →
 *   post-block work ({@link postBlock}) → assemble ({@link assembleResult}).
 *
 * Every phase but the transactions is this module's, so the two engines cannot differ in
 * anything but how they ran the transactions.
 */
import { Block } from '@ethereumjs/block';
import { type DecodedBlock, type RpcBlockJson } from '../block/decode.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, PhaseTimings, Receipt } from '../types.js';
import { type RequestHost, type SystemHost } from './system.js';
import { type BlockRequests } from './requests.js';
/**
 * A block to execute: RPC JSON (decoded here, timed), a block `decodeBlock` already decoded, or
 * an ethereumjs `Block`, or the RLP of a block (decoded here).
 */
export type BlockInput = DecodedBlock | Block | RpcBlockJson | Uint8Array;
/** Normalises a {@link BlockInput}; returns the decoded block and the decode time (ms). */
export declare function toDecoded(input: BlockInput): {
    decoded: DecodedBlock;
    decodeMs: number;
};
/**
 * Pre-block system work, in order: DAO irregular change, EIP-4788 beacon root, EIP-2935 parent
 * block hash. Its writes are the base state every transaction reads. None for a
 * `transactionsOnly` block.
 */
export declare function preBlock(vm: SystemHost, decoded: DecodedBlock, notes: string[]): Promise<void>;
/**
 * The names of the block's system work, as {@link preBlock} and {@link postBlock} do it (the
 * analyzer lists them; a pre-block call skipped for an empty contract is in the notes instead).
 */
export declare function systemWork(decoded: DecodedBlock): {
    pre: string[];
    post: string[];
};
/**
 * Post-block work, in order: proof-of-work rewards (before the merge), EIP-4895 withdrawals,
 * EIP-7685 requests (EIP-6110 deposits from `receipts`, EIP-7002/7251 system calls).
 * None for a `transactionsOnly` block.
 * @returns the block's requests from Prague on, else undefined
 * @throws InvalidBlockError when a request system contract is empty or its call fails, or a
 *   deposit log is malformed (see `applyRequests`)
 */
export declare function postBlock(vm: RequestHost, sm: BlockStateManager, decoded: DecodedBlock, receipts: Receipt[], notes: string[]): Promise<BlockRequests | undefined>;
/**
 * The {@link BlockResult} of a block whose post-state is in `sm` — the same assembly for the
 * sequential and the parallel path, so their results can only differ in what they executed.
 */
export declare function assembleResult(decoded: DecodedBlock, sm: BlockStateManager, parts: {
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
}): Promise<BlockResult>;
