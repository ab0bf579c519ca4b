import type { Rng } from './rng.js';
/** Wei a mover may hold before the block: one payment below, not two (its payments are 500–5,000 wei). */
export declare const MOVER_BALANCES: readonly [0n, 1000n, 3000n, 6000n];
/** A mover's runtime code (the same for every mover). */
export declare function moverCode(): Uint8Array;
/**
 * Calldata of one mover transaction: mostly payments (CALL with value, to another mover, a wallet
 * or another of `targets`; half of them slow), sometimes a CREATE with an endowment, a
 * SELFDESTRUCT or a balance read.
 */
export declare function moverData(rng: Rng, movers: readonly string[], targets: readonly string[]): {
    action: number;
    data: string;
};
