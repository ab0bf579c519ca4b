import { ParevmBlockEngine } from '../evm/engine.js';
import { runTransaction } from '../evm/runTransaction.js';
import { createBlockVM, referenceSystemHost } from '../evm/vm.js';
import { ParevmTracer } from '../evm/trace/parevmTracer.js';
import { ReferenceTracer } from '../evm/trace/referenceTracer.js';
import { intrinsicGas } from '../evm/transaction/validate.js';
/** The engines. */
export const ENGINES = ['parevm', 'reference'];
/** The engine `executeBlockSequential` and `executeBlock` use when none is given. */
export const DEFAULT_ENGINE = 'parevm';
/**
 * The engine `name` for one block (`block` and `common` as `decodeBlock` gives them) on `sm`,
 * BLOCKHASH answered by `reader`.
 */
export async function createBlockEngine(name, decoded, sm, reader) {
    return name === 'parevm' ? parevmEngine(decoded, sm, reader) : referenceEngine(decoded.common, sm, reader);
}
function parevmEngine(decoded, sm, reader) {
    const engine = new ParevmBlockEngine(decoded, sm, reader);
    const self = {
        name: 'parevm',
        host: engine.systemHost(),
        parevmEvm: engine.evm,
        onFeePhase: undefined,
        reportsBalanceReads: true,
        get balanceObserver() {
            return engine.evm.balanceObserver;
        },
        set balanceObserver(observer) {
            engine.evm.balanceObserver = observer;
        },
        async runTransaction(block, index, gasBefore, tx = block.transactions[index], sender = tx.getSenderAddress().toString()) {
            return engine.runTransaction(block, index, gasBefore, sender, tx, self.onFeePhase);
        },
        isPrecompile: (address) => engine.evm.precompiles.has(address.toString()),
        startTrace(sink, tx) {
            const evm = engine.evm;
            const tracer = new ParevmTracer(evm, sink);
            evm.tracer = tracer;
            return {
                stop(completed) {
                    evm.tracer = undefined;
                    if (completed)
                        tracer.summary(tx.gasLimit - intrinsicGas(evm.schedule, tx), tx.to === undefined);
                },
            };
        },
    };
    return self;
}
async function referenceEngine(common, sm, reader) {
    const vm = await createBlockVM(common, sm, reader);
    const self = {
        name: 'reference',
        host: referenceSystemHost(vm),
        parevmEvm: undefined,
        onFeePhase: undefined,
        reportsBalanceReads: false,
        balanceObserver: undefined,
        runTransaction: (block, index, gasBefore, tx) => runTransaction(vm, block, index, gasBefore, tx),
        isPrecompile: (address) => vm.evm.getPrecompile(address) !== undefined,
        startTrace(sink) {
            const tracer = new ReferenceTracer(vm, sink);
            tracer.attach();
            return { stop: () => tracer.detach() };
        },
    };
    // The interpreter enters `runCall` for every nested CALL/CREATE too: only the return of the
    // outermost call (depth 0) starts the fee phase (found by `parevm fuzz`: a BALANCE of the
    // beneficiary after a nested call read the lazy placeholder).
    const runCall = vm.evm.runCall.bind(vm.evm);
    let depth = 0;
    vm.evm.runCall = async (opts) => {
        depth++;
        try {
            return await runCall(opts);
        }
        finally {
            if (--depth === 0)
                self.onFeePhase?.();
        }
    };
    return self;
}
//# sourceMappingURL=engine.js.map