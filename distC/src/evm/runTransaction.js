import { bytesToHex, equalsBytes, KECCAK256_NULL } from '@ethereumjs/util';
import { runTx } from '@ethereumjs/vm';
import { InvalidTransactionError, ParevmError, StateReadError, classifyTransactionError, libraryErrorDetail, } from '../errors.js';
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
export async function runTransaction(vm, block, index, gasBefore, tx = block.transactions[index]) {
    checkBlockGas(block, index, gasBefore, tx);
    let result;
    try {
        result = await runTx(vm, { tx, block, blockGasUsed: gasBefore, skipHardForkValidation: true });
    }
    catch (e) {
        // A ParevmError may arrive wrapped by the EVM (as the `cause` of its own error).
        const typed = e instanceof ParevmError ? e : e?.cause instanceof ParevmError ? e.cause : undefined;
        if (typed instanceof StateReadError && typed.txIndex === undefined)
            throw typed.inTransaction(index);
        if (typed)
            throw typed;
        const also = await violations(vm, block, tx).catch(() => []);
        const detail = libraryErrorDetail(e);
        let reason = classifyTransactionError(detail);
        // ethereumjs words the intrinsic gas and the EIP-7623 calldata floor alike: the checks tell them apart.
        if (reason === 'intrinsic-gas' && !also.includes('intrinsic-gas') && also.includes('calldata-floor'))
            reason = 'calldata-floor';
        throw new InvalidTransactionError(index, detail, { cause: e, reason, also });
    }
    const r = result.receipt;
    const receipt = {
        txType: tx.type,
        gasUsed: result.totalGasSpent,
        cumulativeGasUsed: gasBefore + result.totalGasSpent,
        logs: r.logs.map(([address, topics, data]) => ({
            address: bytesToHex(address),
            topics: topics.map((t) => bytesToHex(t)),
            data: bytesToHex(data),
        })),
        logsBloom: bytesToHex(r.bitvector),
    };
    if (r.stateRoot !== undefined)
        receipt.stateRoot = bytesToHex(r.stateRoot);
    else
        receipt.status = r.status;
    if (result.createdAddress !== undefined && result.execResult.exceptionError === undefined) {
        receipt.contractAddress = result.createdAddress.toString();
    }
    if (r.blobGasUsed !== undefined)
        receipt.blobGasUsed = r.blobGasUsed;
    return receipt;
}
/**
 * The block-level gas rules of transaction `index` (both engines): its gas limit within the
 * block's, and within what the earlier transactions (`gasBefore`) left.
 * @throws InvalidTransactionError `gas-limit-exceeds-block` / `block-gas-exceeded`
 */
export function checkBlockGas(block, index, gasBefore, tx) {
    if (tx.gasLimit > block.header.gasLimit) {
        throw new InvalidTransactionError(index, `gas limit ${tx.gasLimit} is above the block's gas limit ${block.header.gasLimit}`, {
            reason: 'gas-limit-exceeds-block',
        });
    }
    if (gasBefore + tx.gasLimit > block.header.gasLimit) {
        throw new InvalidTransactionError(index, `gas limit ${tx.gasLimit} exceeds the gas left in the block (${block.header.gasLimit - gasBefore} of ${block.header.gasLimit}, ${gasBefore} used by transactions 0..${index - 1})`, { reason: 'block-gas-exceeded' });
    }
}
/**
 * The validity rules a rejected transaction breaks, read through the reference VM's state (see
 * {@link transactionViolations}).
 */
async function violations(vm, block, tx) {
    const account = await vm.stateManager.getAccount(tx.getSenderAddress());
    return transactionViolations(account && { nonce: account.nonce, balance: account.balance, hasCode: !equalsBytes(account.codeHash, KECCAK256_NULL) }, block, tx);
}
/**
 * The validity rules a rejected transaction breaks, checked against its sender's account before
 * it (Yellow Paper §6.2; EIP-1559 fee cap; EIP-3607; EIP-4844 blob fee): the nonce, the fee cap
 * against the base fee, the balance against gas limit × fee cap + value (+ blob gas × blob fee
 * cap), the intrinsic gas, the sender's code. Only on the failure path (both engines stop at the
 * first rule they check; this lists every one).
 */
export function transactionViolations(account, block, tx) {
    const own = accountViolations(account, tx);
    const out = own.filter((r) => r === 'nonce-too-low' || r === 'nonce-too-high');
    const t = tx;
    const feeCap = t.maxFeePerGas ?? t.gasPrice ?? 0n;
    const baseFee = block.header.baseFeePerGas;
    if (baseFee !== undefined && feeCap < baseFee)
        out.push('fee-below-base-fee');
    if (t.maxFeePerBlobGas !== undefined && t.blobVersionedHashes !== undefined) {
        if (block.header.excessBlobGas !== undefined && t.maxFeePerBlobGas < block.header.getBlobGasPrice())
            out.push('blob-fee-below-base-fee');
    }
    if (own.includes('insufficient-funds'))
        out.push('insufficient-funds');
    const intrinsic = tx.getIntrinsicGas();
    if (tx.gasLimit < intrinsic)
        out.push('intrinsic-gas');
    // EIP-7623: the minimum is max(intrinsic gas, calldata floor) from Prague on.
    const minimum = tx.getMinimumGasLimit();
    if (minimum > intrinsic && tx.gasLimit < minimum)
        out.push('calldata-floor');
    if (own.includes('sender-not-eoa'))
        out.push('sender-not-eoa');
    return out;
}
/**
 * The rules of {@link transactionViolations} that depend on the sender's account before the
 * transaction: the nonce, the balance against {@link maxUpfrontCost}, no code (EIP-3607). The
 * parallel engine checks a lazy sender's transactions with these alone (the others were checked
 * when it executed).
 */
export function accountViolations(account, tx) {
    const out = [];
    const nonce = account?.nonce ?? 0n;
    if (tx.nonce < nonce)
        out.push('nonce-too-low');
    if (tx.nonce > nonce)
        out.push('nonce-too-high');
    if ((account?.balance ?? 0n) < maxUpfrontCost(tx))
        out.push('insufficient-funds');
    if (account?.hasCode)
        out.push('sender-not-eoa');
    return out;
}
/**
 * The balance (wei) a sender needs before transaction `tx`: gas limit × fee cap (`maxFeePerGas`
 * or `gasPrice`) + value (+ EIP-4844 blob gas × `maxFeePerBlobGas`), Yellow Paper §6.2.
 */
export function maxUpfrontCost(tx) {
    const t = tx;
    let cost = tx.gasLimit * (t.maxFeePerGas ?? t.gasPrice ?? 0n) + tx.value;
    if (t.maxFeePerBlobGas !== undefined && t.blobVersionedHashes !== undefined) {
        cost += BigInt(t.blobVersionedHashes.length) * BLOB_GAS_PER_BLOB * t.maxFeePerBlobGas;
    }
    return cost;
}
/** EIP-4844: gas per blob. */
const BLOB_GAS_PER_BLOB = 131072n;
//# sourceMappingURL=runTransaction.js.map