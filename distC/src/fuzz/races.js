/**
 * Race hunting on real blocks: every fixture block executed on a parallel path (forced, so
 * small blocks count too; Block-STM, or the pipelined path with `mode`) `repeats` times at each concurrency, each result compared field for
 * field with the block's sequential result. Scheduling differs from run to run (worker start
 * times, the OS), so repeats explore different interleavings of the same block. A run that fell
 * back because Block-STM's writes failed the merge's lazy-sender or balance check counts as a
 * divergence too ({@link failedMergeCheck}): the blocks are valid, so a rule let something through.
 */
import { decodeBlock } from '../block/decode.js';
import { listFixtureBlocks, loadFixtureBlock } from '../block/fixtures.js';
import { ParevmError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import { diffResults, failedMergeCheck } from '../verify/compare.js';
/**
 * Runs the race hunt. Blocks are independent; a block whose sequential run throws is reported
 * with `error` and skipped.
 */
export async function huntRaces(opts) {
    const repeats = opts.repeats ?? 3;
    const concurrency = opts.concurrency ?? [2, 4, 8];
    const rows = [];
    for (const n of opts.blocks ?? listFixtureBlocks(opts.fixtures)) {
        const row = { block: n, txs: 0, parallelRuns: 0, fallbacks: 0, fallbackReasons: [], stormHalts: 0, maxReexecutions: 0, divergences: [] };
        try {
            const fx = loadFixtureBlock(opts.fixtures, n);
            const seq = await executeBlockSequential(decodeBlock(fx.blockJson, { file: fx.files.block }), fx.state, { engine: 'reference' });
            row.txs = seq.receipts.length;
            for (const k of concurrency) {
                for (let r = 0; r < repeats; r++) {
                    const par = await (opts.parallel ?? executeBlock)(decodeBlock(fx.blockJson, { file: fx.files.block }), fx.state, {
                        concurrency: k,
                        force: true,
                        mode: opts.mode ?? 'block-stm',
                        ...(opts.bound === false ? { reexecutionBound: false } : {}),
                    });
                    const m = par.metrics;
                    if (m?.sequentialFrom !== undefined)
                        row.stormHalts++;
                    if (m?.path === (opts.mode === 'pipelined' ? 'pipelined' : 'parallel'))
                        row.parallelRuns++;
                    else {
                        row.fallbacks++;
                        if (m?.reason && !row.fallbackReasons.includes(m.reason))
                            row.fallbackReasons.push(m.reason);
                    }
                    row.maxReexecutions = Math.max(row.maxReexecutions, (m?.incarnations ?? []).reduce((s, x) => s + x - 1, 0));
                    const d = diffResults(seq, par) ?? failedMergeCheck(par);
                    if (d)
                        row.divergences.push({ concurrency: k, repeat: r, field: d.field, sequential: d.a, parallel: d.b });
                }
            }
        }
        catch (e) {
            row.error = `${e instanceof ParevmError ? e.code : 'INTERNAL'}: ${e.message}`;
        }
        rows.push(row);
        opts.onBlock?.(row);
    }
    return rows;
}
//# sourceMappingURL=races.js.map