import { MerkleStateManager } from '@ethereumjs/statemanager';
import { Account, bigIntToBytes, createAddressFromString, setLengthLeft } from '@ethereumjs/util';
import { createVM, runBlock } from '@ethereumjs/vm';
import { blockHashSource } from '../src/evm/vm.js';
/**
 * ethereumjs's own path on the same input: a MerkleStateManager filled from the snapshot, then
 * `runBlock` (no header/state-root validation, which a partial pre-state cannot pass).
 * @returns wall time of `runBlock` alone (ms) and its gasUsed
 */
export async function runBlockBaseline(block, state) {
    const sm = new MerkleStateManager({ common: block.common });
    for (const address of state.addresses()) {
        const info = state.account(address);
        const a = createAddressFromString(address);
        await sm.putAccount(a, new Account(info.nonce, info.balance));
        if (info.codeHash)
            await sm.putCode(a, state.code(info.codeHash));
        for (const [slot, value] of state.storageOf(address)) {
            await sm.putStorage(a, setLengthLeft(bigIntToBytes(slot), 32), bigIntToBytes(value));
        }
    }
    await sm.checkpoint();
    await sm.commit();
    const vm = await createVM({ common: block.common, stateManager: sm, blockchain: blockHashSource(state) });
    const start = performance.now();
    const result = await runBlock(vm, {
        block,
        skipBlockValidation: true,
        skipHeaderValidation: true,
        skipHardForkValidation: true,
        generate: true,
    });
    return { ms: performance.now() - start, gasUsed: result.gasUsed };
}
//# sourceMappingURL=ethereumjs-baseline.js.map