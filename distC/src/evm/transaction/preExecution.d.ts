import type { TxContext } from './context.js';
/**
 * Before execution: EIP-161 cleanup of accounts touched since the last transaction (system work),
 * a fresh substate, the EIP-2929 warm set (precompiles, sender, recipient, EIP-3651 beneficiary,
 * EIP-2930 access list: warm for the whole transaction), then the sender pays gas limit × gas
 * price (+ EIP-4844 blob gas × blob gas price) and its nonce is incremented, then the EIP-7702
 * authorizations are applied. None of this is undone when the execution fails.
 */
export declare function preExecution(ctx: TxContext): void;
