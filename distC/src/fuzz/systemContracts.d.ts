/**
 * The system contracts a fuzz block's pre-state holds (their deployed runtime code, not written
 * here: copied from the execution-spec-tests pre-state of
 * `blockchain_tests/prague/eip2537_bls_12_381_precompiles/test_eip_2537.json`, the same bytes as
 * in the Hoodi witness `witness/hoodi-1265656.json`). Cancun calls EIP-4788's before the
 * transactions; Prague adds EIP-2935's (before) and the EIP-7002 / EIP-7251 request queues
 * (after the transactions: a Prague block whose request contract has no code is invalid).
 */
/** One system contract: lowercase `0x` address, runtime code. */
export interface SystemContract {
    address: string;
    code: string;
}
/** EIP-4788 beacon-roots contract. */
export declare const BEACON_ROOTS: SystemContract;
/** EIP-2935 history-storage contract (the parent hash at slot `(number - 1) mod 8191`). */
export declare const HISTORY_STORAGE: SystemContract;
/**
 * EIP-7002 withdrawal-request queue: a call with 56 bytes (validator pubkey 48, amount 8) and at
 * least the fee in value queues a request; empty calldata returns the fee; the system call after
 * the transactions dequeues up to 16.
 */
export declare const WITHDRAWAL_REQUESTS: SystemContract;
/**
 * EIP-7251 consolidation-request queue: 96 bytes (source and target pubkeys) and the fee queue a
 * request; the system call dequeues up to 2.
 */
export declare const CONSOLIDATION_REQUESTS: SystemContract;
