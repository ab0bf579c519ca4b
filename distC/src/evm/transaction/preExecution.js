import { bytesToBigInt } from '@ethereumjs/util';
import { applyAuthorizations } from './authorizations.js';
import { cleanupTouched } from './postExecution.js';
import { toHex } from '../words.js';
/**
 * Before execution: EIP-161 cleanup of accounts touched since the last transaction (system work),
 * a fresh substate, the EIP-2929 warm set (precompiles, sender, recipient, EIP-3651 beneficiary,
 * EIP-2930 access list: warm for the whole transaction), then the sender pays gas limit × gas
 * price (+ EIP-4844 blob gas × blob gas price) and its nonce is incremented, then the EIP-7702
 * authorizations are applied. None of this is undone when the execution fails.
 */
export function preExecution(ctx) {
    const { evm, tx, sender } = ctx;
    const s = evm.schedule;
    const j = evm.journal;
    cleanupTouched(evm);
    j.reset();
    if (s.eip2929) {
        for (const p of s.precompileAddresses)
            j.warmAddress(p);
        j.warmAddress(sender);
        if (ctx.to !== undefined)
            j.warmAddress(ctx.to);
        if (s.eip3651)
            j.warmAddress(evm.block.coinbase);
    }
    const accessList = tx.accessList;
    if (accessList !== undefined && s.eip2930) {
        for (const [addressBytes, slots] of accessList) {
            const address = toHex(addressBytes);
            j.warmAddress(address);
            const set = j.warmSlots(address);
            for (const slot of slots)
                j.warmSlot(address, set, bytesToBigInt(slot));
        }
    }
    const sm = evm.sm;
    const a = sm.readAccount(sender);
    sm.writeAccount(sender, {
        nonce: a.nonce + 1n,
        balance: a.balance - tx.gasLimit * ctx.gasPrice - ctx.blobGas * ctx.blobGasPrice,
        codeHash: a.codeHash,
        storageRoot: a.storageRoot,
        codeHashHex: a.codeHashHex,
    });
    j.touch(sender);
    applyAuthorizations(ctx);
    evm.tx = {
        origin: sender,
        originWord: BigInt(sender),
        gasPrice: ctx.gasPrice,
        blobHashes: (tx.blobVersionedHashes ?? []).map((h) => BigInt(h)),
    };
}
//# sourceMappingURL=preExecution.js.map