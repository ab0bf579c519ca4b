import { recoverSenders } from '../../block/senders.js';
import { preBlock, toDecoded } from '../../execute/lifecycle.js';
import { guarded } from '../../state/guarded.js';
import { BlockStateManager } from '../../state/stateManager.js';
import { createBlockEngine } from '../../execute/engine.js';
/**
 * Executes a block's transactions in order, as `executeBlockSequential` does (senders, pre-block
 * system work, one state manager), and sends EIP-3155 lines of the traced ones to `sink`. Stops
 * after the last traced transaction; no post-block work.
 * @returns the indexes of the transactions traced
 * @throws RangeError when `tx` is not a transaction of the block
 * @throws what `executeBlockSequential` throws for the same block (invalid transaction, state
 *   read, unsupported hardfork), and what `sink` throws
 */
export async function traceTransactions(input, state, options) {
    const { decoded } = toDecoded(input);
    const { block } = decoded;
    const count = block.transactions.length;
    const only = options.tx;
    if (only !== undefined && !(Number.isInteger(only) && only >= 0 && only < count)) {
        throw new RangeError(`block ${block.header.number} has ${count} transaction(s): no transaction ${only}`);
    }
    const last = only ?? count - 1;
    const traced = (i) => only === undefined || i === only;
    recoverSenders(block, decoded.expectedSenders);
    const reader = guarded(state);
    const sm = new BlockStateManager(reader);
    const notes = [];
    const done = [];
    let gasBefore = 0n;
    const engine = await createBlockEngine(options.engine ?? 'parevm', decoded, sm, reader);
    await preBlock(engine.host, decoded, notes);
    for (let i = 0; i <= last; i++) {
        const tx = block.transactions[i];
        const trace = traced(i) ? engine.startTrace(options.sink, tx) : undefined;
        let completed = false;
        try {
            gasBefore = (await engine.runTransaction(block, i, gasBefore)).cumulativeGasUsed;
            completed = true;
        }
        finally {
            trace?.stop(completed);
        }
        if (trace !== undefined)
            done.push(i);
    }
    return done;
}
//# sourceMappingURL=traceTransactions.js.map