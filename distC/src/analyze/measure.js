/**
 * The measured point the simulation is checked against: the parallel engine at `concurrency`
 * workers against the sequential engine, in this process, on this machine, median of `runs`
 * after a warm-up run of each.
 *
 * What is compared (the span the simulation models): the sequential engine's sender recovery
 * plus execution (pre-block work and the transactions; `timings.senderRecoveryMs +
 * timings.executionMs`) against the parallel engine's same span (its worker phase: from encoding the job to the last
 * worker's reply — sender recovery, Block-STM, dispatch and setup; `executionSpanMs`).
 * Post-block work (rewards, the block-end merge, receipts root, state diff) is left out of both.
 *
 * The engine's fixed per-block cost is measured the same way on the block with its transactions
 * removed (same header, same pre-state): encoding the pre-state, dispatch, worker setup and
 * replies, with no transaction to run. The simulation adds it to its Block-STM time.
 */
import { loadavg } from 'node:os';
import { decodeBlock } from '../block/decode.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import { executionSpanMs } from '../execute/timings.js';
import { median } from './median.js';
/** The RPC JSON of `blockJson` with no transactions (for the engine's fixed cost). */
function withoutTransactions(blockJson) {
    return { ...blockJson, transactions: [] };
}
/** Runs the sequential engine, the parallel engine and the parallel engine on the empty block once each. */
export async function measureRound(blockJson, state, concurrency = 2) {
    const s = await executeBlockSequential(decodeBlock(blockJson), state);
    const p = await executeBlock(decodeBlock(blockJson), state, { concurrency, force: true });
    const f = await executeBlock(decodeBlock(withoutTransactions(blockJson)), state, { concurrency, force: true });
    const m = p.metrics;
    return {
        sequentialMs: executionSpanMs(s.timings),
        parallelMs: executionSpanMs(p.timings),
        fixedMs: executionSpanMs(f.timings),
        path: m?.path === 'parallel' ? 'parallel' : `sequential: ${m?.reason ?? 'unknown'}`,
        reexecutions: (m?.incarnations ?? []).reduce((a, x) => a + x - 1, 0),
    };
}
/** Medians of measured rounds (the path and re-executions of the last one). */
export function combineSamples(samples, concurrency, loadAverage) {
    const sequentialMs = median(samples.map((x) => x.sequentialMs));
    const parallelMs = median(samples.map((x) => x.parallelMs));
    const last = samples.at(-1);
    return {
        concurrency,
        runs: samples.length,
        sequentialMs,
        parallelMs,
        speedup: parallelMs > 0 ? sequentialMs / parallelMs : 1,
        fixedMs: median(samples.map((x) => x.fixedMs)),
        path: last.path,
        reexecutions: last.reexecutions,
        loadAverage,
    };
}
/**
 * Measures the parallel engine against the sequential one on a block (see the module comment):
 * a warm-up round, then `runs` rounds.
 * @throws the typed errors of both engines for an invalid block
 */
export async function measureBlock(blockJson, state, options = {}) {
    const concurrency = options.concurrency ?? 2;
    const runs = Math.max(1, options.runs ?? 3);
    const loadAverage = loadavg()[0];
    const samples = [];
    for (let r = 0; r <= runs; r++) {
        const sample = await measureRound(blockJson, state, concurrency);
        if (r > 0)
            samples.push(sample);
    }
    return combineSamples(samples, concurrency, loadAverage);
}
//# sourceMappingURL=measure.js.map