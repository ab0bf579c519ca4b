import type { Block } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import { InvalidTransactionError } from '../errors.js';
import { type ChainSpec } from './chains.js';
import { type SupportedHardfork } from './hardfork.js';
/** A block decoded from RPC JSON, ready to execute. */
export interface DecodedBlock {
    block: Block;
    hardfork: SupportedHardfork;
    /** The chain whose rules (fork schedule, chain id, blob schedule) the block runs under. */
    chain: ChainSpec;
    common: Common;
    /**
     * Number of ommers (uncles). RPC JSON lists only their hashes, so their headers (and
     * coinbases) are known only when `uncleHeaders` were given; see `ommers`.
     */
    ommerCount: number;
    /** Ommer headers when known (for their rewards, pre-merge). */
    ommers: Block['uncleHeaders'];
    /** The RPC JSON the block was decoded from (undefined for a block built in code or from RLP). */
    json?: unknown;
    /** `from` of each transaction as the JSON gave it (lowercase hex), for cross-checking recovery. */
    expectedSenders: (string | undefined)[];
    /**
     * Only the transactions run: no block-level work before or after them (EIP-4788/EIP-2935 system
     * calls, rewards, EIP-4895 withdrawals, EIP-7685 requests). A consensus state test's block:
     * one transaction against a pre-state, as geth's and execution-specs' state-test runners do.
     */
    transactionsOnly?: boolean;
}
/**
 * A block as JSON-RPC returns it: `eth_getBlockByNumber(n, true)`'s result (hex quantities,
 * full transaction objects), or the fixtures' `block.json` in that shape.
 */
export type RpcBlockJson = Record<string, unknown>;
/**
 * Decodes a block as `eth_getBlockByNumber(n, true)` returns it — or its consensus encoding
 * (RLP of [header, transactions, ommers(, withdrawals)], Yellow Paper §4.3; EIP-2718 typed
 * transactions; EIP-4895 withdrawals) given as bytes — into an `@ethereumjs/block` Block whose
 * Common is set to the hardfork of `options.chain` (default mainnet) for its number and timestamp.
 * Handles legacy, EIP-2930, EIP-1559, EIP-4844 and EIP-7702 transactions, withdrawals (EIP-4895)
 * and the requests hash (EIP-7685).
 * @param json the RPC block object (hex quantities), or the block's RLP as a `Uint8Array`
 * @param options.file name used in error messages; `options.uncleHeaders` RPC headers of the ommers;
 *   `options.chain` the chain (default mainnet); `options.hardfork` decodes at this hardfork
 *   instead of the chain's schedule (consensus tests)
 * @throws FixtureFormatError on a missing or mistyped header or transaction field (names file and
 *   field, e.g. `transactions[3].nonce`)
 * @throws UnsupportedHardforkError when the block's hardfork is not supported
 * @throws InvalidSignatureError (`high-s`, `wrong-chain-id`) / InvalidTransactionError
 *   (`unknown-type`, `blob-tx-without-blobs`, `priority-fee-above-max-fee`, `malformed`, ...)
 *   when a transaction cannot be constructed, with its index
 * @throws InvalidBlockError (RLP input) when the header breaks a rule checked on construction
 *   (extra data above 32 bytes, post-merge difficulty/ommers, gas used above the gas limit, ...)
 * @throws BlockDecodeError on malformed RLP (also a uint64 header or withdrawal field longer than
 *   8 bytes, an address not 20 bytes), or when the header cannot be constructed
 */
export declare function decodeBlock(json: unknown, options?: {
    file?: string;
    uncleHeaders?: unknown[];
    hardfork?: SupportedHardfork;
    chain?: ChainSpec;
}): DecodedBlock;
/**
 * Checks an EIP-2718 transaction type against the hardfork: a type whose EIP is not active yet
 * (a blob transaction before Cancun, a set-code transaction before Prague) is not a transaction.
 * Checked before construction: `@ethereumjs/tx` would otherwise fail on something else first
 * (a blob transaction asks for a KZG the Common has only from Cancun on).
 * @throws InvalidTransactionError (`unknown-type`) naming transaction `i` and the active types
 */
export declare function checkTransactionType(type: bigint, i: number, common: Common): void;
/** The EIP-2718 type of a consensus-encoded transaction: its first byte when below 0xc0, else legacy (an RLP list). */
export declare function encodedTransactionType(encoded: Uint8Array | unknown[]): bigint;
/**
 * The typed error of transaction `i` for what @ethereumjs/tx threw while constructing it
 * (`json`: the transaction as given, to name the chain id it was signed for). Its `reason` is
 * `other` when the library's message names no known rule.
 */
export declare function transactionConstructionError(i: number, e: unknown, json?: Record<string, unknown>, common?: Common): InvalidTransactionError;
