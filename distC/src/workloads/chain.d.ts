import { type FeeMarket1559Tx } from '@ethereumjs/tx';
import type { StateChanges } from '../state/changes.js';
import { type SnapshotState } from '../state/snapshot.js';
import type { BlockResult } from '../types.js';
/** A deterministic key pair of the synthetic chain. */
export interface Wallet {
    privateKey: Uint8Array;
    /** Lowercase 0x hex. */
    address: string;
}
/** `count` wallets derived from `seed` (private key i = keccak-256(seed ‖ i)). */
export declare function wallets(seed: string, count: number, from?: number): Wallet[];
/** A call to put in a synthetic block. Gas in gas units, value in wei, data 0x hex. */
export interface Call {
    from: Wallet;
    to?: string;
    data?: string;
    value?: bigint;
    gasLimit: bigint;
    /** The nonce to sign with (default: the wallet's next one); the next default continues from it. */
    nonce?: bigint;
}
/**
 * A synthetic chain on a genesis it builds itself: funded wallets, then setup blocks (contract
 * deployments by constructor transactions) executed with the sequential engine and folded into
 * the state, then the workload block, returned as RPC JSON plus its pre-state.
 */
export declare class SyntheticChain {
    state: SnapshotState;
    private number;
    private timestamp;
    private readonly nonces;
    readonly common: import("@ethereumjs/common").Common;
    readonly coinbase: string;
    constructor(state: SnapshotState);
    /** A genesis state: each wallet holds `balance` wei. */
    static genesis(funded: Wallet[], balance: bigint): SyntheticChain;
    /** Signs `calls` as EIP-1559 transactions with consecutive nonces per sender. */
    sign(calls: Call[]): FeeMarket1559Tx[];
    /** The next block, as `eth_getBlockByNumber(n, true)` would return it (header roots are zero). */
    blockJson(txs: FeeMarket1559Tx[]): Record<string, unknown>;
    /** Executes a setup block sequentially and folds its state changes into the chain's state. */
    mine(calls: Call[]): Promise<BlockResult>;
}
/** A new snapshot: `state` with `changes` applied. */
export declare function applyChanges(state: SnapshotState, changes: StateChanges): SnapshotState;
