import { type SnapshotState } from '../state/snapshot.js';
/** Address of the adversarial contract in the generated pre-state. */
export declare const ADVERSARY = "0x00000000000000000000000000000000000ad7e5";
/**
 * Runtime of the adversary: loop `calldata[0..32]` times, read slot 0 (and log it, so a stale
 * read shows in the receipts too), loop `calldata[32..64]` times, then `slot0 = value read + 1`.
 */
export declare function adversaryCode(): Uint8Array;
/** An adversarial block (RPC JSON) and its pre-state. */
export interface AdversarialBlock {
    blockJson: Record<string, unknown>;
    state: SnapshotState;
}
/**
 * Builds an adversarial Cancun block: `txs` transactions from distinct senders, each burning
 * `gasPerTx` gas in its two loops (30 % before reading the shared slot, 70 % before writing it).
 * @param txs transactions (default 100)
 * @param gasPerTx gas each transaction burns in its loops (default 100,000; ~35 gas per iteration)
 */
export declare function adversarialBlock(txs?: number, gasPerTx?: number): AdversarialBlock;
