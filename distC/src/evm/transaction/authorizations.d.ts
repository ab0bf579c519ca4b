import type { TxContext } from './context.js';
/**
 * EIP-7702 `set_delegation`: for each authorization tuple `[chainId, address, nonce, yParity,
 * r, s]` of a type-4 transaction, in order, after the sender's nonce increment and before
 * execution. A tuple for another chain, with a nonce at 2^64−1, a high `s`, a `yParity` above 1
 * or a signature that does not recover is skipped, as is one whose authority holds code other
 * than a designator or whose nonce differs. Otherwise the authority is warmed, its nonce
 * incremented and its code set to `0xef0100 ++ address` (cleared for the zero address); an
 * authority that already existed refunds `perEmptyAccountCost − perAuthBaseGas` (into
 * `ctx.authRefund`, kept even when execution fails). Not undone when execution reverts.
 * The authority is recovered by `@ethereumjs/util` (`eoaCode7702RecoverAuthority`).
 */
export declare function applyAuthorizations(ctx: TxContext): void;
/**
 * The authorities an EIP-7702 transaction's authorization list names (lowercase `0x` hex), those
 * whose signature recovers, whether or not each tuple then applies: what a block may delegate.
 * Empty for other transaction types.
 */
export declare function authoritiesOf(tx: object): string[];
