import { createVM } from '@ethereumjs/vm';
import { MissingBlockHashError } from '../errors.js';
/**
 * The ancestor-hash source the EVM's BLOCKHASH opcode reads (`EVMMockBlockchainInterface`):
 * answers from the state's block hashes and throws {@link MissingBlockHashError} for an unknown
 * ancestor, where ethereumjs's default mock would silently answer a zero hash.
 */
export function blockHashSource(reader) {
    const source = {
        async getBlock(number) {
            const hash = reader.blockHash(BigInt(number));
            if (hash === undefined)
                throw new MissingBlockHashError(BigInt(number));
            return { hash: () => hash };
        },
        async putBlock() { },
        shallowCopy() {
            return source;
        },
    };
    return source;
}
/**
 * An `@ethereumjs/vm` VM for one block: the block's Common (hardfork and crypto), the given
 * state manager, and BLOCKHASH answered by `reader`.
 */
export async function createBlockVM(common, stateManager, reader) {
    return createVM({ common, stateManager, blockchain: blockHashSource(reader) });
}
/** The block-level system work's view of a reference VM, system calls through `evm.runCall`. */
export function referenceSystemHost(vm) {
    return {
        common: vm.common,
        stateManager: vm.stateManager,
        evm: vm.evm,
        async systemCall(caller, to, gasLimit, block) {
            const r = await vm.evm.runCall({ caller, to, gasLimit, block, skipNonceIncrement: true });
            const e = r.execResult.exceptionError;
            return e === undefined ? { output: r.execResult.returnValue } : { output: r.execResult.returnValue, error: e.error };
        },
    };
}
//# sourceMappingURL=vm.js.map