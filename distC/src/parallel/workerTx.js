import { Capability } from '@ethereumjs/tx';
import { Address, bytesToHex } from '@ethereumjs/util';
import { toHex } from '../state/hex.js';
import { rlpChildren, rlpItem } from '../state/rlp.js';
import { readUintBE } from '../state/u256.js';
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
export function decodeWorkerTx(bytes, owned = false) {
    const type = bytes[0] >= 0xc0 ? 0 : bytes[0];
    // The fields are views into private bytes, never into the shared buffer: a copy unless `owned`.
    const b = owned ? bytes.subarray(type === 0 ? 0 : 1) : bytes.slice(type === 0 ? 0 : 1);
    const f = rlpChildren(b, rlpItem(b, 0));
    let tx;
    if (type === 0) {
        tx = new WorkerTx(0, big(b, f[0]), big(b, f[2]), addressOf(b, f[3]), big(b, f[4]), view(b, f[5]));
        tx.gasPrice = big(b, f[1]);
        tx.eip155 = big(b, f[6]) >= 35n;
    }
    else if (type === 1) {
        tx = new WorkerTx(1, big(b, f[1]), big(b, f[3]), addressOf(b, f[4]), big(b, f[5]), view(b, f[6]));
        tx.gasPrice = big(b, f[2]);
        tx.accessList = accessListOf(b, f[7]);
    }
    else if (type >= 2 && type <= 4) {
        tx = new WorkerTx(type, big(b, f[1]), big(b, f[4]), addressOf(b, f[5]), big(b, f[6]), view(b, f[7]));
        tx.maxPriorityFeePerGas = big(b, f[2]);
        tx.maxFeePerGas = big(b, f[3]);
        tx.accessList = accessListOf(b, f[8]);
        if (type === 3) {
            tx.maxFeePerBlobGas = big(b, f[9]);
            tx.blobVersionedHashes = strings(b, f[10]).map((h) => bytesToHex(h));
        }
        if (type === 4)
            tx.authorizationList = rlpChildren(b, f[9]).map((t) => strings(b, t));
    }
    else {
        throw new Error(`internal: transaction type ${type} reached a worker`);
    }
    return tx;
}
const view = (b, it) => b.subarray(it.start, it.end);
const big = (b, it) => readUintBE(b, it.start, it.end - it.start);
const addressOf = (b, it) => (it.end === it.start ? undefined : new RecipientAddress(view(b, it)));
const strings = (b, list) => rlpChildren(b, list).map((x) => view(b, x));
const accessListOf = (b, list) => rlpChildren(b, list).map((e) => {
    const [address, keys] = rlpChildren(b, e);
    return [view(b, address), strings(b, keys)];
});
/**
 * A transaction's recipient, its hex computed once: an incarnation turns it into hex three times
 * (the EVM's validation, the lazy-credit check, the precompile lookup), and @ethereumjs/util's
 * `bytesToHex` builds the string pair by pair (about 1 KB of allocation per transaction of a
 * worker's 30 KB on mainnet 13217637, in `lazyTransferRecipient` alone).
 */
class RecipientAddress extends Address {
    hex;
    toString() {
        return (this.hex ??= toHex(this.bytes));
    }
}
const CAPABILITIES = {
    0: [],
    1: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists],
    2: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket],
    3: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket],
    4: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket, Capability.EIP7702EOACode],
};
class WorkerTx {
    type;
    nonce;
    gasLimit;
    to;
    value;
    data;
    gasPrice;
    maxPriorityFeePerGas;
    maxFeePerGas;
    accessList;
    maxFeePerBlobGas;
    blobVersionedHashes;
    authorizationList;
    constructor(type, nonce, gasLimit, to, value, data) {
        this.type = type;
        this.nonce = nonce;
        this.gasLimit = gasLimit;
        this.to = to;
        this.value = value;
        this.data = data;
    }
    /** EIP-155 replay protection of a legacy transaction (v ≥ 35; typed transactions do not report it, as in @ethereumjs/tx). */
    eip155 = false;
    supports(capability) {
        if (capability === Capability.EIP155ReplayProtection)
            return this.eip155;
        return CAPABILITIES[this.type].includes(capability);
    }
    numBlobs() {
        return this.blobVersionedHashes?.length ?? 0;
    }
    getIntrinsicGas() {
        throw new Error('a worker transaction has no intrinsic gas of its own: the engine computes it from its fork schedule');
    }
    getMinimumGasLimit() {
        return this.getIntrinsicGas();
    }
}
//# sourceMappingURL=workerTx.js.map