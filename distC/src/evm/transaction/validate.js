import { isBlob4844Tx } from '@ethereumjs/tx';
import { InvalidTransactionError } from '../../errors.js';
import { isEmptyCodeHash } from '../../state/stateManager.js';
import { checkBlockGas, transactionViolations } from '../runTransaction.js';
import { delegationTarget } from '../frames/delegation.js';
/**
 * Intrinsic gas g0 (Yellow Paper §6.2): the base cost, 4/16 (68 before Istanbul, EIP-2028) per
 * zero/non-zero calldata byte, the creation cost (Homestead, EIP-2) and EIP-3860's initcode
 * words, EIP-2930's access-list entries, EIP-7702's authorizations (each priced as for an empty
 * authority; existing ones are refunded in pre-execution).
 */
export function intrinsicGas(s, tx) {
    return gasFloors(s, tx).intrinsic;
}
/**
 * The transaction's intrinsic gas (see {@link intrinsicGas}) and its EIP-7623 calldata floor
 * (`txGas + totalCostFloorPerToken × tokens`, a zero byte 1 token and a non-zero byte 4; 0 before
 * Prague): its gas limit must cover both, and it pays at least the floor.
 */
export function gasFloors(s, tx) {
    const data = tx.data;
    const zeros = zeroBytes(data);
    const floor = s.eip7623 ? s.txGas + s.totalCostFloorPerToken * BigInt(zeros + 4 * (data.length - zeros)) : 0n;
    let gas = s.txGas + BigInt(zeros) * s.txDataZeroGas + BigInt(data.length - zeros) * s.txDataNonZeroGas;
    if (tx.to === undefined) {
        if (s.homestead)
            gas += s.txCreationGas;
        if (s.maxInitCodeSize > 0)
            gas += BigInt(s.initCodeWordGas * Math.ceil(data.length / 32));
    }
    const accessList = tx.accessList;
    if (accessList !== undefined) {
        // Indexed, not for-of with destructuring: a worker's light transactions (parallel/workerTx.ts)
        // build access lists of several array shapes, and the iterator deoptimised this function
        // 653 times over five blocks (run in the interpreter: its calldata loop cost ~20×).
        let keys = 0;
        for (let i = 0; i < accessList.length; i++)
            keys += accessList[i][1].length;
        gas += BigInt(accessList.length) * s.accessListAddressGas + BigInt(keys) * s.accessListStorageKeyGas;
    }
    const authorizations = tx.authorizationList;
    if (authorizations !== undefined)
        gas += BigInt(authorizations.length) * s.perEmptyAccountCost;
    return { intrinsic: gas, floor };
}
/** The zero bytes in `data` (calldata pricing, EIP-2028 / EIP-7623); its own function so that it is optimised on its own. */
function zeroBytes(data) {
    let zeros = 0;
    for (let i = 0; i < data.length; i++)
        if (data[i] === 0)
            zeros++;
    return zeros;
}
/**
 * Checks transaction `index` against the block and its sender's account before it, in the
 * reference engine's order (block gas, intrinsic gas, EIP-1559 fee cap, EIP-3607 sender code,
 * balance for the upfront cost, EIP-4844 blob fee, balance for the maximum cost, nonce), and
 * returns its context with the gas price, the beneficiary's fee and the blob gas. Reads only.
 * @throws InvalidTransactionError with the reason of the first rule broken and every other rule
 *   the transaction breaks (`reasons`)
 */
export function validateTransaction(evm, block, index, gasBefore, tx, sender) {
    checkBlockGas(block, index, gasBefore, tx);
    const s = evm.schedule;
    const header = block.header;
    const account = evm.sm.readAccount(sender);
    const fail = (reason, detail) => {
        let also = [];
        try {
            also = transactionViolations(account ? { nonce: account.nonce, balance: account.balance, hasCode: !isEmptyCodeHash(account) } : undefined, block, tx);
        }
        catch {
            // A parallel worker's light transaction (parallel/workerTx.ts) has no getIntrinsicGas: the
            // first reason stands; an invalid block's full list comes from the sequential engine.
        }
        throw new InvalidTransactionError(index, detail, { reason, also });
    };
    const t = tx;
    if (tx.type !== 0 && !s.eip2930)
        fail('unknown-type', 'Cannot run transaction: EIP 2930 is not activated.');
    if (t.maxFeePerGas !== undefined && !s.eip1559)
        fail('unknown-type', 'Cannot run transaction: EIP 1559 is not activated.');
    const { intrinsic: g0, floor } = gasFloors(s, tx);
    const minimum = g0 > floor ? g0 : floor;
    if (tx.gasLimit < minimum) {
        fail(tx.gasLimit < g0 ? 'intrinsic-gas' : 'calldata-floor', `INTRINSIC_GAS_TOO_LOW: tx gas limit ${tx.gasLimit} is lower than the minimum gas limit of ${minimum}`);
    }
    const baseFee = header.baseFeePerGas ?? 0n;
    if (s.eip1559) {
        const cap = t.maxFeePerGas ?? t.gasPrice;
        if (cap < baseFee) {
            fail('fee-below-base-fee', `Transaction's ${t.maxFeePerGas !== undefined ? 'maxFeePerGas' : 'gasPrice'} (${cap}) is less than the block's baseFeePerGas (${baseFee})`);
        }
    }
    // EIP-3607; from Prague a delegated EOA (EIP-7702 designator as code) still sends.
    if (account !== null && !isEmptyCodeHash(account) && !(s.eip7702 && delegationTarget(evm.sm.readCode(sender)) !== undefined)) {
        fail('sender-not-eoa', 'invalid sender address, address is not EOA (EIP-3607)');
    }
    const balance = account?.balance ?? 0n;
    let gasPrice;
    let minerFee;
    if (t.maxFeePerGas !== undefined) {
        const headroom = t.maxFeePerGas - baseFee;
        minerFee = t.maxPriorityFeePerGas < headroom ? t.maxPriorityFeePerGas : headroom;
        gasPrice = minerFee + baseFee;
    }
    else {
        gasPrice = t.gasPrice;
        minerFee = s.eip1559 ? gasPrice - baseFee : gasPrice;
    }
    const upfront = tx.gasLimit * gasPrice + tx.value;
    if (balance < upfront) {
        fail('insufficient-funds', `sender doesn't have enough funds to send tx. The upfront cost is: ${upfront} and the sender's account (${sender}) only has: ${balance}`);
    }
    let maxCost = tx.value;
    if (t.maxFeePerGas !== undefined)
        maxCost += tx.gasLimit * t.maxFeePerGas;
    let blobGas = 0n;
    let blobGasPrice = 0n;
    if (isBlob4844Tx(tx)) {
        if (!s.eip4844)
            fail('unknown-type', 'blob transactions are only valid with EIP4844 active');
        blobGas = s.blobGasPerBlob * BigInt(tx.numBlobs());
        maxCost += blobGas * tx.maxFeePerBlobGas;
        blobGasPrice = header.getBlobGasPrice();
        if (tx.maxFeePerBlobGas < blobGasPrice) {
            fail('blob-fee-below-base-fee', `Transaction's maxFeePerBlobGas ${tx.maxFeePerBlobGas}) is less than block blobGasPrice (${blobGasPrice}).`);
        }
    }
    if (balance < maxCost) {
        fail('insufficient-funds', `sender doesn't have enough funds to send tx. The max cost is: ${maxCost} and the sender's account (${sender}) only has: ${balance}`);
    }
    const nonce = account?.nonce ?? 0n;
    if (nonce !== tx.nonce) {
        fail(tx.nonce < nonce ? 'nonce-too-low' : 'nonce-too-high', `the tx doesn't have the correct nonce. account has nonce of: ${nonce} tx has nonce of: ${tx.nonce}`);
    }
    return {
        evm,
        block,
        index,
        tx,
        sender,
        to: tx.to?.toString(),
        gasBefore,
        intrinsicGas: g0,
        floorGas: floor,
        authRefund: 0n,
        gasPrice,
        minerFee,
        blobGas,
        blobGasPrice,
        status: 0,
        gasLeft: 0n,
        createdAddress: '',
    };
}
//# sourceMappingURL=validate.js.map