/**
 * Typed errors of parevm. Every error a caller can act on is one of these; each names what is
 * wrong (the file and field for fixture input) so a message alone is enough to fix the input.
 */
/** Base class of every parevm error. `code` is stable and safe to switch on. */
export class ParevmError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = new.target.name;
        this.code = code;
    }
}
/** A fixture directory or file does not exist. `path` is the path that was looked up. */
export class FixtureNotFoundError extends ParevmError {
    path;
    constructor(path, hint) {
        super('FIXTURE_NOT_FOUND', `fixture not found: ${path}${hint ? ` (${hint})` : ''}`);
        this.path = path;
    }
}
/** A fixture file is not valid JSON, or a field has the wrong type or is not valid hex. */
export class FixtureFormatError extends ParevmError {
    file;
    field;
    constructor(file, field, detail) {
        super('FIXTURE_FORMAT', `${file}: ${field ? `field ${field}: ` : ''}${detail}`);
        this.file = file;
        this.field = field;
    }
}
/** An account's `code_hash` has no bytecode, or the bytecode does not hash to it (keccak-256). */
export class CodeHashError extends ParevmError {
    codeHash;
    file;
    constructor(codeHash, detail, file = '') {
        super('CODE_HASH', `${file ? `${file}: ` : ''}code_hash ${codeHash}: ${detail}`);
        this.codeHash = codeHash;
        this.file = file;
    }
}
/** No hardfork this engine supports is scheduled for the block's number and timestamp. */
export class UnsupportedHardforkError extends ParevmError {
    blockNumber;
    timestamp;
    constructor(blockNumber, timestamp, detail) {
        super('UNSUPPORTED_HARDFORK', `block ${blockNumber} (timestamp ${timestamp}): ${detail}`);
        this.blockNumber = blockNumber;
        this.timestamp = timestamp;
    }
}
/**
 * A chain configuration (`--chain`, `--chain-config FILE`: a geth-style genesis or chain config)
 * cannot be used: unreadable, an unknown chain or fork name, forks out of order, a blob fork
 * without its blob schedule. `file` and `field` name the place (`config.pragueTime`).
 */
export class ChainConfigError extends ParevmError {
    file;
    field;
    constructor(file, field, detail) {
        super('CHAIN_CONFIG', `${file}: ${field ? `field ${field}: ` : ''}${detail}`);
        this.file = file;
        this.field = field;
    }
}
/** The sender recovered from a transaction's signature differs from the `from` the input gave. */
export class SenderMismatchError extends ParevmError {
    txIndex;
    expected;
    recovered;
    constructor(txIndex, expected, recovered) {
        super('SENDER_MISMATCH', `transaction ${txIndex}: recovered sender ${recovered} differs from "from" ${expected}`);
        this.txIndex = txIndex;
        this.expected = expected;
        this.recovered = recovered;
    }
}
/** BLOCKHASH asked for an ancestor whose hash the state does not hold. Never answered with zero. */
export class MissingBlockHashError extends ParevmError {
    blockNumber;
    constructor(blockNumber) {
        super('MISSING_BLOCK_HASH', `BLOCKHASH(${blockNumber}) was executed but the ancestor hash is not in the block hashes (block_hashes.json)`);
        this.blockNumber = blockNumber;
    }
}
/** A block's JSON could not be decoded into a block and its transactions. */
export class BlockDecodeError extends ParevmError {
    constructor(detail, options) {
        super('BLOCK_DECODE', `cannot decode block: ${detail}`, options);
    }
}
/**
 * The reason of an `@ethereumjs/tx` or `@ethereumjs/vm` rejection, from its message (they throw
 * plain errors; the messages are matched against the library's text, v10).
 */
export function classifyTransactionError(message) {
    const nonce = /account has nonce of: (\d+) tx has nonce of: (\d+)/.exec(message);
    if (nonce)
        return BigInt(nonce[2]) < BigInt(nonce[1]) ? 'nonce-too-low' : 'nonce-too-high';
    const rules = [
        [/s-values greater than secp256k1n\/2/, 'high-s'],
        [/chain ID|EIP155-based V/, 'wrong-chain-id'],
        [/invalid signature/i, 'invalid-signature'],
        [/Tx instantiation with type .* not supported|EIP-\d+ not enabled on Common|not activated/, 'unknown-type'],
        [/doesn't have enough funds/, 'insufficient-funds'],
        // gas limit × price above 2^256 − 1: no balance can pay it (geth: insufficient funds).
        [/gas ?limit \* (gasPrice|maxFeePerGas) cannot exceed MAX_INTEGER/i, 'insufficient-funds'],
        [/lower than the minimum gas limit of \d+ \(calldata floor/, 'calldata-floor'],
        [/INTRINSIC_GAS_TOO_LOW|lower than the minimum gas limit/, 'intrinsic-gas'],
        [/exceeds the maximum allowed by EIP-7825/, 'gas-limit-above-cap'],
        [/authorization list is empty/, 'empty-authorization-list'],
        [/EOACode7702Tx cannot create contracts/, 'set-code-contract-creation'],
        [/higher gas limit than the block/, 'gas-limit-exceeds-block'],
        [/maxFeePerBlobGas.*less than block blobGasPrice/, 'blob-fee-below-base-fee'],
        [/less than the block's baseFeePerGas/, 'fee-below-base-fee'],
        [/maxFeePerGas cannot be less than maxPriorityFeePerGas/, 'priority-fee-above-max-fee'],
        [/at least one blob/, 'blob-tx-without-blobs'],
        [/nonce exceeds 2\^64 - 1|nonce cannot equal or exceed/, 'nonce-is-max'],
        [/initcode size of this transaction is too large/, 'initcode-too-large'],
        [/blobs exceeds max|total blob gas of|exceed maximum blob gas per block/, 'too-many-blobs'],
        [/versioned hash (does not start|is invalid length)/, 'blob-versioned-hash-invalid'],
        [/should have a "to" field|Blob4844Tx cannot create contracts/, 'blob-contract-creation'],
        [/not EOA/, 'sender-not-eoa'],
        [/cannot equal or exceed|Cannot convert/, 'malformed'],
    ];
    return rules.find(([re]) => re.test(message))?.[1] ?? 'other';
}
/**
 * The reason part of an `@ethereumjs` error message: the first line, without the long
 * "(block number=…)" / "(tx type=… hash=…)" context the library appends.
 */
export function libraryErrorDetail(e) {
    const msg = e instanceof Error ? e.message : String(e);
    return msg
        .split(' -> ')[0]
        .replace(/\s*\(?(block (header )?number|tx type)=.*$/s, '')
        .split('\n')[0]
        .trim();
}
/**
 * A transaction is invalid in its block: the block is invalid (a block-level error; nothing of it
 * is applied). `txIndex` is the transaction's index in the block; `reason` says what is wrong
 * ({@link InvalidTransactionReason}; classified from `detail` when not given).
 */
export class InvalidTransactionError extends ParevmError {
    txIndex;
    /** Error code of this class (overridden by subclasses). */
    static CODE = 'INVALID_TRANSACTION';
    reason;
    /**
     * Every rule the transaction breaks that was checked, `reason` first (a transaction can be
     * both underfunded and below its intrinsic gas; clients differ in which they report).
     */
    reasons;
    constructor(txIndex, detail, options = {}) {
        const reason = options.reason ?? classifyTransactionError(detail);
        const also = (options.also ?? []).filter((r) => r !== reason);
        super(new.target.CODE, `transaction ${txIndex} is invalid (${[reason, ...also].join(', ')}): ${detail}`, {
            cause: options.cause,
        });
        this.txIndex = txIndex;
        this.reason = reason;
        this.reasons = [reason, ...new Set(also)];
    }
}
/**
 * A transaction's signature is invalid: v/r/s do not recover (`invalid-signature`), s is above
 * n/2 after Homestead (`high-s`, EIP-2), or it was signed for another chain (`wrong-chain-id`,
 * EIP-155). An {@link InvalidTransactionError} with its own code.
 */
export class InvalidSignatureError extends InvalidTransactionError {
    static CODE = 'INVALID_SIGNATURE';
    constructor(txIndex, detail, reason = 'invalid-signature', options = {}) {
        super(txIndex, detail, { ...options, reason });
    }
}
/**
 * Reading the pre-state failed: the {@link StateReader} threw (e.g. a database behind it failed).
 * Never answered with a default value: the block fails with this error and nothing is returned.
 * `operation` is the reader method (`account`, `storage`, `code`, `blockHash`, or `encode` for the
 * parallel engine's copy of a snapshot), `key` what was read; `txIndex` the transaction that read
 * it, when a transaction did. The reader's own error is the `cause`.
 */
export class StateReadError extends ParevmError {
    operation;
    key;
    txIndex;
    constructor(operation, key, cause, txIndex) {
        const why = cause instanceof Error ? cause.message : String(cause);
        super('STATE_READ', `state read failed${txIndex === undefined ? '' : ` in transaction ${txIndex}`}: ${operation}(${key}): ${why}`, { cause });
        this.operation = operation;
        this.key = key;
        this.txIndex = txIndex;
    }
    /** The same failure, attributed to transaction `txIndex`. */
    inTransaction(txIndex) {
        return new StateReadError(this.operation, this.key, this.cause, txIndex);
    }
}
/**
 * A block is invalid: its header breaks a consensus rule against its parent (number, timestamp,
 * gas limit, EIP-1559 base fee, EIP-4844 excess blob gas, ...), its body does not match the header
 * (transactions/withdrawals roots, ommers), or executing it does not give the header's
 * `gasUsed`, `receiptsRoot`, `logsBloom` or `stateRoot`. `field` names the rule or header field.
 */
export class InvalidBlockError extends ParevmError {
    field;
    constructor(field, detail, options) {
        super('INVALID_BLOCK', `invalid block (${field}): ${detail}`, options);
        this.field = field;
    }
}
/**
 * The header field or rule an `@ethereumjs/block` / `@ethereumjs/blockchain` rejection names, from
 * its message (v10 wording): `extraData`, `difficulty`, `uncles`, `gasUsed`, `gasLimit`,
 * `baseFeePerGas`, `timestamp`, `number`, `parentHash`, `transactionsRoot`, `withdrawalsRoot`,
 * `blobGas`, or `header` when none is recognised.
 */
export function classifyBlockError(message) {
    const rules = [
        [/extraData/, 'extraData'],
        [/difficulty/i, 'difficulty'],
        [/uncle/i, 'uncles'],
        [/too much gas used|gasUsed/, 'gasUsed'],
        [/invalid transaction trie/, 'transactionsRoot'],
        [/invalid withdrawals trie/, 'withdrawalsRoot'],
        [/blob gas|excessBlobGas|blobGasUsed/i, 'blobGas'],
        [/base ?fee/i, 'baseFeePerGas'],
        [/gas ?limit/i, 'gasLimit'],
        [/timestamp/, 'timestamp'],
        [/invalid number|block number/, 'number'],
        [/not found in DB|parent/i, 'parentHash'],
    ];
    return rules.find(([re]) => re.test(message))?.[1] ?? 'header';
}
/**
 * A state trie node that an execution witness (geth `debug_executionWitness`) does not hold was
 * needed: to read an account or slot at load, or to apply a change for the post-state root.
 * `nodeHash` is the missing node's keccak-256 (`0x` hex). When known: `trie` names the trie
 * (`account trie`, or `storage trie of 0x<address>`), `key` what was looked up (`0x` address or
 * 32-byte slot), `path` the missing node's position as nibbles of keccak-256(key) (hex digits,
 * no `0x`; absent when the node is off the key's own path, e.g. a sibling that a deletion
 * needs to collapse a branch), and `file` the witness file.
 */
export class WitnessNodeMissingError extends ParevmError {
    nodeHash;
    context;
    constructor(nodeHash, context = {}, options) {
        const { trie, key, path, file } = context;
        const where = trie === undefined
            ? ''
            : ` (${trie}${key === undefined ? '' : `, key ${key}`}: ${path === undefined ? "a node off the key's path, needed to restructure the trie" : `node at path ${path === '' ? '(root)' : path}`})`;
        super('WITNESS_NODE_MISSING', `${file ? `${file}: ` : ''}trie node ${nodeHash} is not in the witness state${where}`, options);
        this.nodeHash = nodeHash;
        this.context = context;
    }
}
/**
 * An account in an execution witness has a code hash whose bytecode is not in the witness's
 * `codes`. `address` and `codeHash` are `0x` hex.
 */
export class WitnessCodeMissingError extends ParevmError {
    address;
    codeHash;
    file;
    constructor(address, codeHash, file = '') {
        super('WITNESS_CODE_MISSING', `${file ? `${file}: ` : ''}account ${address} has code hash ${codeHash}, but witness.codes holds no bytecode with that hash`);
        this.address = address;
        this.codeHash = codeHash;
        this.file = file;
    }
}
/**
 * The witness's state nodes do not hold the parent header's state root, so they are not (a part
 * of) the parent's state trie. `stateRoot` is the parent header's root, `0x` hex.
 */
export class WitnessRootMismatchError extends ParevmError {
    stateRoot;
    parentNumber;
    file;
    constructor(stateRoot, parentNumber, file = '') {
        super('WITNESS_ROOT_MISMATCH', `${file ? `${file}: ` : ''}witness root does not match the parent header: block ${parentNumber}'s stateRoot ${stateRoot} is not among witness.state's nodes`);
        this.stateRoot = stateRoot;
        this.parentNumber = parentNumber;
        this.file = file;
    }
}
/**
 * A read of the pre-state that the execution witness does not cover: an account neither in its
 * `keys` nor named by the block and proven by its nodes, or a slot not listed under its account
 * (while the account has storage). A witness state answers only what the witness proves;
 * anything else would read as "absent" and could give wrong results. `address` is `0x` hex,
 * `slot` the slot (absent for an account read).
 */
export class WitnessNotCoveredError extends ParevmError {
    address;
    slot;
    constructor(address, slot) {
        super('WITNESS_NOT_COVERED', slot === undefined
            ? `account ${address} was read, but the execution witness does not cover it (not in witness.keys, nor named by the block and proven by witness.state)`
            : `storage slot 0x${slot.toString(16)} of ${address} was read, but the execution witness does not cover it (not in witness.keys under that account)`);
        this.address = address;
        this.slot = slot;
    }
}
function rpcWhere(c) {
    return `${c.url}${c.method !== undefined ? ` ${c.method}` : ''}${c.block !== undefined ? ` (block ${c.block})` : ''}`;
}
/**
 * A JSON-RPC request failed after its retries, or the node's answer cannot be used. The code says
 * which (`RPC_UNREACHABLE`, `RPC_BAD_RESPONSE`, `RPC_BLOCK_NOT_FOUND`, `RPC_CHAIN_MISMATCH`,
 * `RPC_METHOD`, `RPC_BAD_BLOCK`, `RPC_STATE_MISMATCH`); `url` is redacted (no user, password, query
 * or API-key path segment).
 */
export class RpcError extends ParevmError {
    url;
    method;
    block;
    constructor(code, context, detail, options) {
        super(code, `${rpcWhere(context)}: ${detail}`, options);
        this.url = context.url;
        this.method = context.method;
        this.block = context.block;
    }
}
/** The endpoint cannot be reached (connection refused or dropped, DNS, timeout), retries included. */
export class RpcUnreachableError extends RpcError {
    constructor(context, detail, options) {
        super('RPC_UNREACHABLE', context, `endpoint unreachable: ${detail}`, options);
    }
}
/** The endpoint answered, but not JSON-RPC (HTML, plain text, a JSON without `result`), or a result of the wrong shape. */
export class RpcResponseError extends RpcError {
    constructor(context, detail, options) {
        super('RPC_BAD_RESPONSE', context, `not a JSON-RPC answer: ${detail}`, options);
    }
}
/** The node does not have the block (yet): `eth_getBlockByNumber` answered null. `head` is the node's latest block when known. */
export class RpcBlockNotFoundError extends RpcError {
    constructor(context, head) {
        super('RPC_BLOCK_NOT_FOUND', context, `block ${context.block} does not exist on this node${head !== undefined ? ` (its latest block is ${head})` : ''}`);
    }
}
/** The node's `eth_chainId` differs from the chain the blocks must run under (`--chain-config`, `--chain`). */
export class RpcChainMismatchError extends RpcError {
    expected;
    actual;
    constructor(context, expected, actual, source) {
        super('RPC_CHAIN_MISMATCH', context, `the node is on chain id ${actual}, but ${source} is chain id ${expected}`);
        this.expected = expected;
        this.actual = actual;
    }
}
/** The node answered a JSON-RPC error for a method it must serve (after retries); `rpcCode` is the node's error code. */
export class RpcMethodError extends RpcError {
    rpcCode;
    constructor(context, rpcCode, detail, options) {
        super('RPC_METHOD', context, `the node answered an error${rpcCode !== undefined ? ` (${rpcCode})` : ''}: ${detail}`, options);
        this.rpcCode = rpcCode;
    }
}
/**
 * The node returned a block that is not self-consistent: its transactions (or withdrawals) do
 * not hash to the header's `transactionsRoot` (`withdrawalsRoot`), or its header does not hash
 * to its `hash`. `field` names the header field.
 */
export class RpcBadBlockError extends RpcError {
    field;
    constructor(context, field, detail) {
        super('RPC_BAD_BLOCK', context, `the block the node returned is inconsistent (${field}): ${detail}`);
        this.field = field;
    }
}
/**
 * The block executed on the pre-state fetched from the node does not match its header
 * (`fields` lists the header fields that differ, e.g. `receiptsRoot`, `stateRoot`): the node
 * served a wrong pre-state, or the block is invalid. Nothing of the block is cached.
 */
export class RpcStateMismatchError extends RpcError {
    fields;
    constructor(context, fields, detail) {
        super('RPC_STATE_MISMATCH', context, `the block executed on the fetched pre-state does not match its header (${fields.join(', ')}): ${detail}`);
        this.fields = fields;
    }
}
/**
 * The replay queue or its result store failed: Redis unreachable, a job that failed for good after
 * its retries, a record that cannot be read. `url` is the queue's URL with any password redacted.
 */
export class ReplayQueueError extends ParevmError {
    url;
    constructor(url, detail, options) {
        super('REPLAY_QUEUE', `replay queue ${url}: ${detail}`, options);
        this.url = url;
    }
}
//# sourceMappingURL=errors.js.map