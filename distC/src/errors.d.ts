/**
 * Typed errors of parevm. Every error a caller can act on is one of these; each names what is
 * wrong (the file and field for fixture input) so a message alone is enough to fix the input.
 */
/** Base class of every parevm error. `code` is stable and safe to switch on. */
export declare class ParevmError extends Error {
    readonly code: string;
    constructor(code: string, message: string, options?: {
        cause?: unknown;
    });
}
/** A fixture directory or file does not exist. `path` is the path that was looked up. */
export declare class FixtureNotFoundError extends ParevmError {
    readonly path: string;
    constructor(path: string, hint?: string);
}
/** A fixture file is not valid JSON, or a field has the wrong type or is not valid hex. */
export declare class FixtureFormatError extends ParevmError {
    readonly file: string;
    readonly field: string;
    constructor(file: string, field: string, detail: string);
}
/** An account's `code_hash` has no bytecode, or the bytecode does not hash to it (keccak-256). */
export declare class CodeHashError extends ParevmError {
    readonly codeHash: string;
    readonly file: string;
    constructor(codeHash: string, detail: string, file?: string);
}
/** No hardfork this engine supports is scheduled for the block's number and timestamp. */
export declare class UnsupportedHardforkError extends ParevmError {
    readonly blockNumber: bigint;
    readonly timestamp: bigint;
    constructor(blockNumber: bigint, timestamp: bigint, detail: string);
}
/**
 * A chain configuration (`--chain`, `--chain-config FILE`: a geth-style genesis or chain config)
 * cannot be used: unreadable, an unknown chain or fork name, forks out of order, a blob fork
 * without its blob schedule. `file` and `field` name the place (`config.pragueTime`).
 */
export declare class ChainConfigError extends ParevmError {
    readonly file: string;
    readonly field: string;
    constructor(file: string, field: string, detail: string);
}
/** The sender recovered from a transaction's signature differs from the `from` the input gave. */
export declare class SenderMismatchError extends ParevmError {
    readonly txIndex: number;
    readonly expected: string;
    readonly recovered: string;
    constructor(txIndex: number, expected: string, recovered: string);
}
/** BLOCKHASH asked for an ancestor whose hash the state does not hold. Never answered with zero. */
export declare class MissingBlockHashError extends ParevmError {
    readonly blockNumber: bigint;
    constructor(blockNumber: bigint);
}
/** A block's JSON could not be decoded into a block and its transactions. */
export declare class BlockDecodeError extends ParevmError {
    constructor(detail: string, options?: {
        cause?: unknown;
    });
}
/**
 * Why a transaction is invalid in its block. Stable: safe to switch on.
 * - `malformed`: a field out of range or not decodable (e.g. a value above 2^256−1);
 * - `unknown-type`: an EIP-2718 type that is not a transaction type at the block's hardfork;
 * - `invalid-signature`: v/r/s do not recover a public key (Yellow Paper Appendix F);
 * - `high-s`: s above secp256k1n/2 after Homestead (EIP-2);
 * - `wrong-chain-id`: signed for another chain (EIP-155 `v`, or the typed `chainId` field);
 * - `nonce-too-low` / `nonce-too-high`: tx nonce below / above the sender's (Yellow Paper §6.2);
 * - `insufficient-funds`: balance below gas limit × (max) fee + value (+ blob fee, EIP-4844);
 * - `intrinsic-gas`: gas limit below the intrinsic gas (Yellow Paper §6.2, EIP-2028, EIP-3860);
 * - `gas-limit-exceeds-block`: gas limit above the block's gas limit;
 * - `block-gas-exceeded`: gas limit above the gas the block has left after the earlier transactions;
 * - `fee-below-base-fee`: max fee per gas (or gas price) below the block's base fee (EIP-1559);
 * - `priority-fee-above-max-fee`: max priority fee above max fee (EIP-1559);
 * - `blob-tx-without-blobs`: an EIP-4844 transaction with no blob versioned hashes;
 * - `blob-fee-below-base-fee`: max fee per blob gas below the block's blob base fee (EIP-4844);
 * - `sender-not-eoa`: the sender has code (EIP-3607);
 * - `nonce-is-max`: the nonce is 2^64−1, so it cannot be incremented (EIP-2681);
 * - `initcode-too-large`: a creation's initcode is above 49,152 bytes (EIP-3860);
 * - `too-many-blobs`: more blob versioned hashes than a block may carry (EIP-4844);
 * - `blob-versioned-hash-invalid`: a versioned hash of the wrong length or version byte (EIP-4844);
 * - `blob-contract-creation`: an EIP-4844 transaction without a `to` (it cannot create contracts);
 * - `set-code-contract-creation`: an EIP-7702 transaction without a `to` (it cannot create contracts);
 * - `empty-authorization-list`: an EIP-7702 transaction whose authorization list is empty;
 * - `calldata-floor`: gas limit below the EIP-7623 calldata floor (10/40 gas per zero/non-zero
 *   calldata byte token, plus 21,000);
 * - `gas-limit-above-cap`: gas limit above 2^24 = 16,777,216 (Osaka, EIP-7825);
 * - `other`: any other rejection by `@ethereumjs/tx` or `@ethereumjs/vm` (the message says which).
 */
export type InvalidTransactionReason = 'malformed' | 'unknown-type' | 'invalid-signature' | 'high-s' | 'wrong-chain-id' | 'nonce-too-low' | 'nonce-too-high' | 'insufficient-funds' | 'intrinsic-gas' | 'gas-limit-exceeds-block' | 'block-gas-exceeded' | 'fee-below-base-fee' | 'priority-fee-above-max-fee' | 'blob-tx-without-blobs' | 'blob-fee-below-base-fee' | 'sender-not-eoa' | 'nonce-is-max' | 'initcode-too-large' | 'too-many-blobs' | 'blob-versioned-hash-invalid' | 'blob-contract-creation' | 'set-code-contract-creation' | 'empty-authorization-list' | 'calldata-floor' | 'gas-limit-above-cap' | 'other';
/**
 * The reason of an `@ethereumjs/tx` or `@ethereumjs/vm` rejection, from its message (they throw
 * plain errors; the messages are matched against the library's text, v10).
 */
export declare function classifyTransactionError(message: string): InvalidTransactionReason;
/**
 * The reason part of an `@ethereumjs` error message: the first line, without the long
 * "(block number=…)" / "(tx type=… hash=…)" context the library appends.
 */
export declare function libraryErrorDetail(e: unknown): string;
/**
 * A transaction is invalid in its block: the block is invalid (a block-level error; nothing of it
 * is applied). `txIndex` is the transaction's index in the block; `reason` says what is wrong
 * ({@link InvalidTransactionReason}; classified from `detail` when not given).
 */
export declare class InvalidTransactionError extends ParevmError {
    readonly txIndex: number;
    /** Error code of this class (overridden by subclasses). */
    protected static readonly CODE: string;
    readonly reason: InvalidTransactionReason;
    /**
     * Every rule the transaction breaks that was checked, `reason` first (a transaction can be
     * both underfunded and below its intrinsic gas; clients differ in which they report).
     */
    readonly reasons: readonly InvalidTransactionReason[];
    constructor(txIndex: number, detail: string, options?: {
        cause?: unknown;
        reason?: InvalidTransactionReason;
        also?: readonly InvalidTransactionReason[];
    });
}
/**
 * A transaction's signature is invalid: v/r/s do not recover (`invalid-signature`), s is above
 * n/2 after Homestead (`high-s`, EIP-2), or it was signed for another chain (`wrong-chain-id`,
 * EIP-155). An {@link InvalidTransactionError} with its own code.
 */
export declare class InvalidSignatureError extends InvalidTransactionError {
    protected static readonly CODE: string;
    constructor(txIndex: number, detail: string, reason?: 'invalid-signature' | 'high-s' | 'wrong-chain-id', options?: {
        cause?: unknown;
    });
}
/**
 * Reading the pre-state failed: the {@link StateReader} threw (e.g. a database behind it failed).
 * Never answered with a default value: the block fails with this error and nothing is returned.
 * `operation` is the reader method (`account`, `storage`, `code`, `blockHash`, or `encode` for the
 * parallel engine's copy of a snapshot), `key` what was read; `txIndex` the transaction that read
 * it, when a transaction did. The reader's own error is the `cause`.
 */
export declare class StateReadError extends ParevmError {
    readonly operation: 'account' | 'storage' | 'code' | 'blockHash' | 'encode';
    readonly key: string;
    readonly txIndex?: number | undefined;
    constructor(operation: 'account' | 'storage' | 'code' | 'blockHash' | 'encode', key: string, cause: unknown, txIndex?: number | undefined);
    /** The same failure, attributed to transaction `txIndex`. */
    inTransaction(txIndex: number): StateReadError;
}
/**
 * A block is invalid: its header breaks a consensus rule against its parent (number, timestamp,
 * gas limit, EIP-1559 base fee, EIP-4844 excess blob gas, ...), its body does not match the header
 * (transactions/withdrawals roots, ommers), or executing it does not give the header's
 * `gasUsed`, `receiptsRoot`, `logsBloom` or `stateRoot`. `field` names the rule or header field.
 */
export declare class InvalidBlockError extends ParevmError {
    readonly field: string;
    constructor(field: string, detail: string, options?: {
        cause?: unknown;
    });
}
/**
 * The header field or rule an `@ethereumjs/block` / `@ethereumjs/blockchain` rejection names, from
 * its message (v10 wording): `extraData`, `difficulty`, `uncles`, `gasUsed`, `gasLimit`,
 * `baseFeePerGas`, `timestamp`, `number`, `parentHash`, `transactionsRoot`, `withdrawalsRoot`,
 * `blobGas`, or `header` when none is recognised.
 */
export declare function classifyBlockError(message: string): string;
/**
 * A state trie node that an execution witness (geth `debug_executionWitness`) does not hold was
 * needed: to read an account or slot at load, or to apply a change for the post-state root.
 * `nodeHash` is the missing node's keccak-256 (`0x` hex). When known: `trie` names the trie
 * (`account trie`, or `storage trie of 0x<address>`), `key` what was looked up (`0x` address or
 * 32-byte slot), `path` the missing node's position as nibbles of keccak-256(key) (hex digits,
 * no `0x`; absent when the node is off the key's own path, e.g. a sibling that a deletion
 * needs to collapse a branch), and `file` the witness file.
 */
export declare class WitnessNodeMissingError extends ParevmError {
    readonly nodeHash: string;
    readonly context: {
        trie?: string;
        key?: string;
        path?: string;
        file?: string;
    };
    constructor(nodeHash: string, context?: {
        trie?: string;
        key?: string;
        path?: string;
        file?: string;
    }, options?: {
        cause?: unknown;
    });
}
/**
 * An account in an execution witness has a code hash whose bytecode is not in the witness's
 * `codes`. `address` and `codeHash` are `0x` hex.
 */
export declare class WitnessCodeMissingError extends ParevmError {
    readonly address: string;
    readonly codeHash: string;
    readonly file: string;
    constructor(address: string, codeHash: string, file?: string);
}
/**
 * The witness's state nodes do not hold the parent header's state root, so they are not (a part
 * of) the parent's state trie. `stateRoot` is the parent header's root, `0x` hex.
 */
export declare class WitnessRootMismatchError extends ParevmError {
    readonly stateRoot: string;
    readonly parentNumber: bigint;
    readonly file: string;
    constructor(stateRoot: string, parentNumber: bigint, file?: string);
}
/**
 * A read of the pre-state that the execution witness does not cover: an account neither in its
 * `keys` nor named by the block and proven by its nodes, or a slot not listed under its account
 * (while the account has storage). A witness state answers only what the witness proves;
 * anything else would read as "absent" and could give wrong results. `address` is `0x` hex,
 * `slot` the slot (absent for an account read).
 */
export declare class WitnessNotCoveredError extends ParevmError {
    readonly address: string;
    readonly slot?: bigint | undefined;
    constructor(address: string, slot?: bigint | undefined);
}
/**
 * Where a JSON-RPC failure happened: the endpoint (`url`, credentials redacted), the JSON-RPC
 * `method` and the `block` being fetched, when known. Every {@link RpcError} carries it and its
 * message names all three.
 */
export interface RpcContext {
    url: string;
    method?: string;
    block?: bigint;
}
/**
 * A JSON-RPC request failed after its retries, or the node's answer cannot be used. The code says
 * which (`RPC_UNREACHABLE`, `RPC_BAD_RESPONSE`, `RPC_BLOCK_NOT_FOUND`, `RPC_CHAIN_MISMATCH`,
 * `RPC_METHOD`, `RPC_BAD_BLOCK`, `RPC_STATE_MISMATCH`); `url` is redacted (no user, password, query
 * or API-key path segment).
 */
export declare class RpcError extends ParevmError {
    readonly url: string;
    readonly method?: string;
    readonly block?: bigint;
    constructor(code: string, context: RpcContext, detail: string, options?: {
        cause?: unknown;
    });
}
/** The endpoint cannot be reached (connection refused or dropped, DNS, timeout), retries included. */
export declare class RpcUnreachableError extends RpcError {
    constructor(context: RpcContext, detail: string, options?: {
        cause?: unknown;
    });
}
/** The endpoint answered, but not JSON-RPC (HTML, plain text, a JSON without `result`), or a result of the wrong shape. */
export declare class RpcResponseError extends RpcError {
    constructor(context: RpcContext, detail: string, options?: {
        cause?: unknown;
    });
}
/** The node does not have the block (yet): `eth_getBlockByNumber` answered null. `head` is the node's latest block when known. */
export declare class RpcBlockNotFoundError extends RpcError {
    constructor(context: RpcContext & {
        block: bigint;
    }, head?: bigint);
}
/** The node's `eth_chainId` differs from the chain the blocks must run under (`--chain-config`, `--chain`). */
export declare class RpcChainMismatchError extends RpcError {
    readonly expected: bigint;
    readonly actual: bigint;
    constructor(context: RpcContext, expected: bigint, actual: bigint, source: string);
}
/** The node answered a JSON-RPC error for a method it must serve (after retries); `rpcCode` is the node's error code. */
export declare class RpcMethodError extends RpcError {
    readonly rpcCode: number | undefined;
    constructor(context: RpcContext, rpcCode: number | undefined, detail: string, options?: {
        cause?: unknown;
    });
}
/**
 * The node returned a block that is not self-consistent: its transactions (or withdrawals) do
 * not hash to the header's `transactionsRoot` (`withdrawalsRoot`), or its header does not hash
 * to its `hash`. `field` names the header field.
 */
export declare class RpcBadBlockError extends RpcError {
    readonly field: string;
    constructor(context: RpcContext & {
        block: bigint;
    }, field: string, detail: string);
}
/**
 * The block executed on the pre-state fetched from the node does not match its header
 * (`fields` lists the header fields that differ, e.g. `receiptsRoot`, `stateRoot`): the node
 * served a wrong pre-state, or the block is invalid. Nothing of the block is cached.
 */
export declare class RpcStateMismatchError extends RpcError {
    readonly fields: string[];
    constructor(context: RpcContext & {
        block: bigint;
    }, fields: string[], detail: string);
}
/**
 * The replay queue or its result store failed: Redis unreachable, a job that failed for good after
 * its retries, a record that cannot be read. `url` is the queue's URL with any password redacted.
 */
export declare class ReplayQueueError extends ParevmError {
    readonly url: string;
    constructor(url: string, detail: string, options?: {
        cause?: unknown;
    });
}
