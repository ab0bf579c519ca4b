/**
 * A signed transaction's consensus encoding (EIP-2718) written straight from its fields, and the
 * message its sender signed read back from that encoding: the one definition both engines use,
 * the coordinator to hand transactions to the workers (`TransactionBuffer`, src/parallel/transactionBuffer.ts) and sender
 * recovery in either engine (`recoverPublicKey`, src/block/senders.ts).
 */
import type { TypedTransaction } from '@ethereumjs/tx';
/**
 * Whether {@link writeTransaction} encodes `tx` — its consensus encoding (EIP-2718) as
 * `tx.serialize()` gives it, straight from the fields (`test/unit/worker-tx.test.ts` compares the
 * two on every fixture transaction): a legacy, EIP-2930 or EIP-1559 transaction with its whole
 * signature. Others go through `serialize()`: blob and set-code
 * transactions, and one whose `r` or `s` is missing (@ethereumjs/tx reads a 0 there as absent).
 */
export declare function writtenFieldByField(tx: TypedTransaction): boolean;
/**
 * Most bytes the encoding of a transaction {@link writtenFieldByField} can take, from its data
 * length, access list and `v` only (a cheap bound for sizing a buffer before writing): the type
 * byte and a list header of ≤ 5 bytes; eight integers (chain id, nonce, the gas prices, gas limit,
 * value, r, s) of at most 256 bits, which @ethereumjs/tx checks, at ≤ 33 bytes each; `v` as it is
 * (a legacy `v` before EIP-155 has no limit); the recipient (21); the data with a header of ≤ 5;
 * the access list with its headers.
 */
export declare function transactionBound(tx: TypedTransaction): number;
/**
 * Writes the consensus encoding of `tx` ({@link writtenFieldByField}) at `at` of `out`; returns
 * where it ends. Size `out` with {@link transactionBound}.
 * @throws RangeError when the encoding would pass the end of `out` (nothing is written then)
 */
export declare function writeTransactionAt(tx: TypedTransaction, out: Buffer, at: number): number;
/** What a transaction's sender signed, and the signature: the arguments of sender recovery. */
export interface SignedMessage {
    /** keccak-256 of the signed payload (32 bytes). */
    hash: Uint8Array;
    /** 27/28 or EIP-155 `chainId * 2 + 35/36` (legacy), the y-parity 0/1 (typed). */
    v: bigint;
    r: Uint8Array;
    s: Uint8Array;
    /** The chain id under EIP-155 (legacy with v ≥ 35 from Spurious Dragon on), else undefined. */
    chainId?: bigint;
}
/**
 * The signed message of a transaction, from its consensus encoding alone: keccak-256 of
 * `rlp([nonce, gasPrice, gas, to, value, data])`, with `[chainId, 0, 0]` appended under EIP-155,
 * for a legacy transaction (Yellow Paper Appendix F); of `type || rlp(fields but yParity, r, s)`
 * for a typed one (EIP-2718). The same message and recovery arguments as @ethereumjs/tx's
 * `getSenderPublicKey` (`test/unit/worker-tx.test.ts` recovers every fixture transaction both
 * ways), without decoding the transaction into its class: workers recover senders from the bytes.
 * @param eip155 - the fork has EIP-155 (Spurious Dragon on): a legacy v ≥ 35 then names the chain
 */
export declare function signedMessage(bytes: Uint8Array, eip155: boolean): SignedMessage;
