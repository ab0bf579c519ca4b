import { type TypedTransaction } from '@ethereumjs/tx';
import type { Evm } from '../evm.js';
import type { ForkSchedule } from '../interpreter/schedule.js';
import type { TxContext } from './context.js';
import type { Block } from '@ethereumjs/block';
/**
 * Intrinsic gas g0 (Yellow Paper §6.2): the base cost, 4/16 (68 before Istanbul, EIP-2028) per
 * zero/non-zero calldata byte, the creation cost (Homestead, EIP-2) and EIP-3860's initcode
 * words, EIP-2930's access-list entries, EIP-7702's authorizations (each priced as for an empty
 * authority; existing ones are refunded in pre-execution).
 */
export declare function intrinsicGas(s: ForkSchedule, tx: TypedTransaction): bigint;
/**
 * The transaction's intrinsic gas (see {@link intrinsicGas}) and its EIP-7623 calldata floor
 * (`txGas + totalCostFloorPerToken × tokens`, a zero byte 1 token and a non-zero byte 4; 0 before
 * Prague): its gas limit must cover both, and it pays at least the floor.
 */
export declare function gasFloors(s: ForkSchedule, tx: TypedTransaction): {
    intrinsic: bigint;
    floor: bigint;
};
/**
 * Checks transaction `index` against the block and its sender's account before it, in the
 * reference engine's order (block gas, intrinsic gas, EIP-1559 fee cap, EIP-3607 sender code,
 * balance for the upfront cost, EIP-4844 blob fee, balance for the maximum cost, nonce), and
 * returns its context with the gas price, the beneficiary's fee and the blob gas. Reads only.
 * @throws InvalidTransactionError with the reason of the first rule broken and every other rule
 *   the transaction breaks (`reasons`)
 */
export declare function validateTransaction(evm: Evm, block: Block, index: number, gasBefore: bigint, tx: TypedTransaction, sender: string): TxContext;
