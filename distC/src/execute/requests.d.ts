import type { DecodedBlock } from '../block/decode.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { Receipt } from '../types.js';
import type { RequestHost } from './system.js';
/** EIP-7685 request types. */
export declare const REQUEST_TYPES: {
    readonly deposit: 0;
    readonly withdrawal: 1;
    readonly consolidation: 2;
};
/** The block's EIP-7685 execution-layer requests and their commitment. */
export interface BlockRequests {
    /** Each non-empty request: type byte ‖ data, `0x` hex, ascending by type. */
    requests: string[];
    /** `sha256(sha256(r₀) ‖ sha256(r₁) ‖ …)` over `requests` (EIP-7685), `0x` hex. */
    requestsHash: string;
}
/** A deposit event log (EIP-6110) of a block: its receipt's index, its index among that receipt's logs, its data (`0x` hex). */
export interface DepositLog {
    receipt: number;
    log: number;
    data: string;
}
/**
 * EIP-6110: the `DepositEvent` logs of `depositContract` (lowercase `0x` hex) in `receipts`, in
 * receipt order. A receipt whose bloom rules the contract out is not read (its hex logs are made
 * only when read: logs.ts). The engine's deposits and the analyzer's deposit transactions.
 */
export declare function depositLogs(receipts: readonly Receipt[], depositContract: string): DepositLog[];
/** EIP-6110: the deposits of a block ({@link depositLogs}), each as its request data, concatenated. */
export declare function depositRequests(receipts: Receipt[], depositContract: string): Uint8Array;
/** The chain's EIP-6110 deposit contract (lowercase `0x` hex): from its config, else mainnet's. */
export declare function depositContractOf(decoded: DecodedBlock): string;
/**
 * EIP-7685 requests of a block, after its transactions and withdrawals: EIP-6110 deposits from
 * the logs, then the EIP-7002 withdrawal and EIP-7251 consolidation requests dequeued by system
 * calls (which write those contracts' storage). Only for the EIPs active at the block's hardfork.
 * @returns undefined before Prague (no requests)
 * @throws InvalidBlockError (`depositLayout`, `systemContractEmpty`, `systemContractCallFailed`)
 */
export declare function applyRequests(host: RequestHost, sm: BlockStateManager, decoded: DecodedBlock, receipts: Receipt[]): Promise<BlockRequests | undefined>;
