import { BlockRejectedError } from './rejection.js';
import { BlockDecodeError, InvalidBlockError, InvalidTransactionError } from '../errors.js';
const tx = (...reasons) => (e) => e instanceof InvalidTransactionError && e.reasons.some((r) => reasons.includes(r));
const block = (...fields) => (e) => e instanceof InvalidBlockError && fields.includes(e.field);
const decode = (e) => e instanceof BlockDecodeError;
/**
 * The consensus tests' exception names (ethereum/execution-spec-tests `TransactionException` /
 * `BlockException`) → the typed error parevm raises for them: an {@link InvalidTransactionError}
 * `reason`, an {@link InvalidBlockError} `field`, or a {@link BlockDecodeError} for RLP.
 */
export const EXCEPTIONS = {
    'TransactionException.INTRINSIC_GAS_TOO_LOW': tx('intrinsic-gas'),
    'TransactionException.INSUFFICIENT_ACCOUNT_FUNDS': tx('insufficient-funds'),
    // gas limit × gas price above 2^256: no balance can pay it.
    'TransactionException.GASLIMIT_PRICE_PRODUCT_OVERFLOW': tx('insufficient-funds', 'malformed'),
    'TransactionException.INSUFFICIENT_MAX_FEE_PER_GAS': tx('fee-below-base-fee'),
    'TransactionException.PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS': tx('priority-fee-above-max-fee'),
    'TransactionException.INSUFFICIENT_MAX_FEE_PER_BLOB_GAS': tx('blob-fee-below-base-fee'),
    'TransactionException.GAS_ALLOWANCE_EXCEEDED': tx('gas-limit-exceeds-block', 'block-gas-exceeded'),
    'TransactionException.SENDER_NOT_EOA': tx('sender-not-eoa'),
    'TransactionException.NONCE_IS_MAX': tx('nonce-is-max'),
    'TransactionException.NONCE_MISMATCH_TOO_LOW': tx('nonce-too-low'),
    'TransactionException.NONCE_MISMATCH_TOO_HIGH': tx('nonce-too-high'),
    'TransactionException.INITCODE_SIZE_EXCEEDED': tx('initcode-too-large'),
    'TransactionException.TYPE_3_TX_ZERO_BLOBS': tx('blob-tx-without-blobs'),
    'TransactionException.TYPE_3_TX_BLOB_COUNT_EXCEEDED': tx('too-many-blobs'),
    'TransactionException.TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH': tx('blob-versioned-hash-invalid'),
    'TransactionException.TYPE_3_TX_CONTRACT_CREATION': tx('blob-contract-creation'),
    'TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED': tx('too-many-blobs'),
    'TransactionException.TYPE_3_TX_PRE_FORK': tx('unknown-type'),
    'TransactionException.TYPE_4_TX_PRE_FORK': tx('unknown-type'),
    'TransactionException.TYPE_4_TX_CONTRACT_CREATION': tx('set-code-contract-creation'),
    'TransactionException.TYPE_4_EMPTY_AUTHORIZATION_LIST': tx('empty-authorization-list'),
    'TransactionException.INTRINSIC_GAS_BELOW_FLOOR_GAS_COST': tx('calldata-floor'),
    'TransactionException.GAS_LIMIT_EXCEEDS_MAXIMUM': tx('gas-limit-above-cap'),
    'TransactionException.RLP_INVALID_VALUE': (e) => decode(e) || tx('malformed')(e),
    'BlockException.RLP_STRUCTURES_ENCODING': decode,
    'BlockException.RLP_INVALID_FIELD_OVERFLOW_64': decode,
    'BlockException.RLP_INVALID_ADDRESS': decode,
    'BlockException.RLP_WITHDRAWALS_NOT_READ': decode,
    'BlockException.UNKNOWN_PARENT': block('parentHash'),
    'BlockException.UNKNOWN_PARENT_ZERO': block('parentHash'),
    'BlockException.INVALID_BLOCK_NUMBER': block('number'),
    'BlockException.INVALID_BLOCK_TIMESTAMP_OLDER_THAN_PARENT': block('timestamp'),
    'BlockException.INVALID_GASLIMIT': block('gasLimit'),
    'BlockException.GASLIMIT_TOO_BIG': block('gasLimit'),
    'BlockException.EXTRA_DATA_TOO_BIG': block('extraData'),
    'BlockException.INVALID_BASEFEE_PER_GAS': block('baseFeePerGas'),
    'BlockException.IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS': block('uncles'),
    'BlockException.IMPORT_IMPOSSIBLE_DIFFICULTY_OVER_PARIS': block('difficulty'),
    'BlockException.INVALID_TRANSACTIONS_ROOT': block('transactionsRoot'),
    'BlockException.INVALID_WITHDRAWALS_ROOT': block('withdrawalsRoot'),
    'BlockException.INVALID_GAS_USED': block('gasUsed'),
    'BlockException.GAS_USED_OVERFLOW': block('gasUsed'),
    'BlockException.INVALID_RECEIPTS_ROOT': block('receiptsRoot'),
    'BlockException.INVALID_LOG_BLOOM': block('logsBloom'),
    'BlockException.INVALID_STATE_ROOT': block('stateRoot'),
    // EIP-7685: the header's requestsHash differs from the requests the block produced.
    'BlockException.INVALID_REQUESTS': block('requestsHash'),
    'BlockException.INVALID_DEPOSIT_EVENT_LAYOUT': block('depositLayout'),
    'BlockException.SYSTEM_CONTRACT_EMPTY': block('systemContractEmpty'),
    'BlockException.SYSTEM_CONTRACT_CALL_FAILED': block('systemContractCallFailed'),
    // EIP-7934: the block's RLP encoding is larger than 8 MiB (Osaka).
    'BlockException.RLP_BLOCK_LIMIT_EXCEEDED': block('blockSize'),
};
/**
 * Whether `error` is what a test expects: `expected` is one exception name or several joined by
 * `|` (any of them); a block rejected for several reasons ({@link BlockRejectedError}) matches when any
 * reason does. An unknown name never matches (the run then reports it).
 * @example matchesException('TransactionException.INTRINSIC_GAS_TOO_LOW', err)
 */
export function matchesException(expected, error) {
    const found = error instanceof BlockRejectedError ? error.errors : [error];
    return expected.split('|').some((name) => found.some((e) => EXCEPTIONS[name.trim()]?.(e) ?? false));
}
//# sourceMappingURL=exceptions.js.map