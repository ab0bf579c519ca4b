import type { SnapshotState } from '../state/snapshot.js';
/** Kinds of synthetic block. */
export declare const WORKLOAD_KINDS: readonly ["transfers", "erc20", "uniswap", "chain", "compute", "mix"];
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];
/** A synthetic block (RPC JSON) and its pre-state. */
export interface Workload {
    kind: string;
    blockJson: Record<string, unknown>;
    state: SnapshotState;
}
/**
 * Builds a synthetic block of `txs` transactions of one kind (or a seeded mix of kinds) on a
 * genesis built for it: contracts are deployed by constructor transactions in setup blocks.
 * - transfers: independent ETH transfers, distinct senders and recipients;
 * - erc20: OpenZeppelin ERC-20 transfers, distinct senders and recipients;
 * - uniswap: swaps over `pools` Uniswap V2 pairs (the compiled `@uniswap/v2-core` artifacts);
 * - chain: every transaction increments the same storage slot (fully dependent);
 * - compute: independent compute-bound calls (`Compute.work(2000)`: a sieve and a mixing loop,
 *   ~0.5 Mgas each);
 * - mix: a seeded shuffle of transfers, erc20, uniswap and chain.
 */
export declare function buildWorkload(kinds: WorkloadKind[], txs: number, options?: {
    seed?: string;
    pools?: number;
}): Promise<Workload>;
