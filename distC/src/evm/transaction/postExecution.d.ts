import type { Receipt } from '../../types.js';
import type { Evm } from '../evm.js';
import type { TxContext } from './context.js';
/**
 * After execution: gas used = gas limit − gas left, minus the refund (capped at 1/2 of it, 1/5
 * from London, EIP-3529; EIP-7702 authority refunds count even when execution fails), at least
 * the EIP-7623 calldata floor; the sender gets the unused gas back at the gas price, the beneficiary
 * its fee (all of it before London, the priority fee after: the base fee is burnt, EIP-1559);
 * self-destructed accounts are deleted (EIP-6780: only those created in the transaction), then
 * touched empty accounts (EIP-161). Returns the receipt.
 */
export declare function postExecution(ctx: TxContext): Receipt;
/** EIP-161 (Spurious Dragon on): deletes every touched account that is empty; clears the touched set. */
export declare function cleanupTouched(evm: Evm): void;
