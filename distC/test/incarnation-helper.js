import { decodeBlock } from '../src/block/decode.js';
import { createBlockEngine } from '../src/execute/engine.js';
import { IncarnationRunner } from '../src/parallel/incarnation.js';
import { MVMemory, layoutFor, spareMVMemory } from '../src/parallel/mvMemory.js';
import { LocationKeys } from '../src/parallel/txView.js';
import { validateReadSet } from '../src/parallel/validate.js';
import { decodeWorkerTx } from '../src/parallel/workerTx.js';
import { BlockStateManager } from '../src/state/stateManager.js';
/**
 * A block on the engine's own incarnation path, as a worker runs it (IncarnationRunner on one
 * MVMemory over `state`), with the order left to the test: `run(i)` runs transaction i's next
 * incarnation (its result's `writes` hold until the next run), `valid(i)` validates its last one
 * as the scheduler does, `release()` hands the MVMemory buffer back for the next block.
 */
export async function onIncarnationPath(state, blockJson) {
    const decoded = decodeBlock(blockJson);
    const txs = decoded.block.transactions;
    // The engine's buffer reuse (a fresh buffer per block spent most of a test's time in the kernel).
    const mv = MVMemory.create(layoutFor(txs.length, decoded.block.header.gasLimit), (bytes) => spareMVMemory.take(bytes));
    const sm = new BlockStateManager(state);
    const engine = await createBlockEngine('parevm', decoded, sm, state);
    const runner = new IncarnationRunner(mv, new LocationKeys(mv), state, engine, sm, decoded.block);
    const light = txs.map((t) => decodeWorkerTx(t.serialize()));
    const senders = txs.map((t) => t.getSenderAddress().toString());
    const incarnation = new Array(txs.length).fill(-1);
    return {
        mv,
        n: txs.length,
        run: (i) => runner.run(i, ++incarnation[i], light[i], senders[i], 0n),
        valid: (i) => validateReadSet(mv, i, state),
        release: () => spareMVMemory.keep(mv.buffer),
    };
}
//# sourceMappingURL=incarnation-helper.js.map