import { firstDifference } from './compare.js';
import { traceTransactions } from './traceTransactions.js';
/**
 * Traces the block's transactions one by one on the reference engine and parevm's EVM and returns
 * the first differing EIP-3155 line, or undefined when every transaction traces alike (the
 * difference is then outside the traces: the block-level work or the result). A transaction that
 * cannot run on one engine ends the search there.
 */
export async function firstDifferingStep(block, state, txCount) {
    for (let tx = 0; tx < txCount; tx++) {
        const lines = async (engine) => {
            const out = [];
            await traceTransactions(block, state, { engine, tx, sink: (l) => out.push(l) }).catch(() => undefined);
            return out;
        };
        const reference = await lines('reference');
        const parevm = await lines('parevm');
        const d = firstDifference(reference, parevm);
        if (!d.identical)
            return { tx, index: d.index, fields: d.fields, reference: d.a, parevm: d.b };
    }
    return undefined;
}
//# sourceMappingURL=firstStep.js.map