import type { Block } from '@ethereumjs/block';
import type { TypedTransaction } from '@ethereumjs/tx';
import type { Evm } from '../evm.js';
/**
 * One transaction through parevm's EVM, as its phases fill it in (the handler stages of revm:
 * validate → pre-execution → execution → post-execution, one module each).
 */
export interface TxContext {
    readonly evm: Evm;
    readonly block: Block;
    readonly index: number;
    readonly tx: TypedTransaction;
    /** Sender and recipient, lowercase `0x` hex (`to` undefined for a creation). */
    readonly sender: string;
    readonly to: string | undefined;
    /** Gas used by the block's earlier transactions. */
    readonly gasBefore: bigint;
    /** Yellow Paper g0 (EIP-2028 calldata, EIP-2930 access list, EIP-3860 initcode words). */
    intrinsicGas: bigint;
    /** EIP-7623 calldata floor: the least gas the transaction pays (0 before Prague). */
    floorGas: bigint;
    /** EIP-7702 refund for authorities that already exist (kept even when execution fails). */
    authRefund: bigint;
    /** The price per gas the sender pays (legacy gas price, or base fee + priority fee). */
    gasPrice: bigint;
    /** Per gas, what the beneficiary receives (gas price before London; the priority fee after). */
    minerFee: bigint;
    /** EIP-4844 blob gas and its price. */
    blobGas: bigint;
    blobGasPrice: bigint;
    /** Outcome of the top-level message (a `Status`), gas left after it, the created address. */
    status: number;
    gasLeft: bigint;
    createdAddress: string;
}
