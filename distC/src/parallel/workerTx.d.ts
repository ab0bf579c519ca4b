import { type TypedTransaction } from '@ethereumjs/tx';
/**
 * A transaction as a worker executes it on parevm's EVM: the fields that EVM reads, decoded from
 * the consensus encoding (EIP-2718: legacy, 0x01 EIP-2930, 0x02 EIP-1559, 0x03 EIP-4844, 0x04
 * EIP-7702) by offsets into a private copy ({@link rlpItem}). `createTxFromRLP` spent ~30% of a worker's execution
 * time on transfers (validation and fork checks the coordinator's `decodeBlock` already did on the
 * same bytes), and a worker executes transactions whose senders the other workers recovered.
 *
 * Shapes follow `@ethereumjs/tx` v10 (bigints; `to` an `Address`; access lists and authorization
 * tuples as bytes; blob hashes as `0x` hex), so the EVM takes it as a `TypedTransaction`
 * (`test/unit/worker-tx.test.ts` compares every field with `createTxFromRLP` on every fixture
 * transaction and the EEST set-code and blob transactions). Not for signature recovery, the
 * reference engine, or `getIntrinsicGas` (it throws: the EVM computes intrinsic gas from its fork
 * schedule; only an invalid transaction's list of every broken rule lacks it, and an invalid block's
 * error comes from the sequential engine).
 * @param owned - `bytes` are the caller's private copy, which the fields may view (no copy per transaction)
 */
export declare function decodeWorkerTx(bytes: Uint8Array, owned?: boolean): TypedTransaction;
