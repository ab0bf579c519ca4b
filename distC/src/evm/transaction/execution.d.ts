import type { TxContext } from './context.js';
/**
 * The transaction's message: a call to `to` (value transfer, code or precompile) or a creation,
 * with the gas limit minus the intrinsic gas. Fills in the outcome, the gas left and the created
 * address.
 */
export declare function execution(ctx: TxContext): void;
