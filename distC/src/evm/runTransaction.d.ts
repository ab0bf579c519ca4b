import type { Block } from '@ethereumjs/block';
import type { TypedTransaction } from '@ethereumjs/tx';
import { type VM } from '@ethereumjs/vm';
import { type InvalidTransactionReason } from '../errors.js';
import type { Receipt } from '../types.js';
/**
 * Runs transaction `index` of `block` on `vm` (whose state manager holds the state before it)
 * and returns its receipt. `cumulativeGasUsed` of the result is `gasBefore + gasUsed`.
 * @param gasBefore gas used by the block's earlier transactions
 * @param tx the transaction, when `block` holds only the header (parallel workers)
 * @throws InvalidTransactionError when the transaction is invalid in the block, with its
 *   `reason` (nonce-too-low/-high, insufficient-funds, intrinsic-gas, gas-limit-exceeds-block,
 *   block-gas-exceeded, fee-below-base-fee, sender-not-eoa, ...): the block is invalid
 * @throws StateReadError when the state reader failed, attributed to this transaction
 * @throws ParevmError subclasses raised by the state (e.g. MissingBlockHashError) unchanged
 */
export declare function runTransaction(vm: VM, block: Block, index: number, gasBefore: bigint, tx?: TypedTransaction): Promise<Receipt>;
/**
 * The block-level gas rules of transaction `index` (both engines): its gas limit within the
 * block's, and within what the earlier transactions (`gasBefore`) left.
 * @throws InvalidTransactionError `gas-limit-exceeds-block` / `block-gas-exceeded`
 */
export declare function checkBlockGas(block: Block, index: number, gasBefore: bigint, tx: TypedTransaction): void;
/**
 * The validity rules a rejected transaction breaks, checked against its sender's account before
 * it (Yellow Paper §6.2; EIP-1559 fee cap; EIP-3607; EIP-4844 blob fee): the nonce, the fee cap
 * against the base fee, the balance against gas limit × fee cap + value (+ blob gas × blob fee
 * cap), the intrinsic gas, the sender's code. Only on the failure path (both engines stop at the
 * first rule they check; this lists every one).
 */
export declare function transactionViolations(account: {
    nonce: bigint;
    balance: bigint;
    hasCode: boolean;
} | undefined, block: Block, tx: TypedTransaction): InvalidTransactionReason[];
/**
 * The rules of {@link transactionViolations} that depend on the sender's account before the
 * transaction: the nonce, the balance against {@link maxUpfrontCost}, no code (EIP-3607). The
 * parallel engine checks a lazy sender's transactions with these alone (the others were checked
 * when it executed).
 */
export declare function accountViolations(account: {
    nonce: bigint;
    balance: bigint;
    hasCode: boolean;
} | undefined, tx: TypedTransaction): InvalidTransactionReason[];
/**
 * The balance (wei) a sender needs before transaction `tx`: gas limit × fee cap (`maxFeePerGas`
 * or `gasPrice`) + value (+ EIP-4844 blob gas × `maxFeePerBlobGas`), Yellow Paper §6.2.
 */
export declare function maxUpfrontCost(tx: TypedTransaction): bigint;
