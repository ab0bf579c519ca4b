/**
 * One range job: for each block not yet recorded, load it from the source, execute it with the
 * parallel engine and the sequential one (`parevm run --compare`'s step, so the verdicts are
 * `parevm run`'s), verify the header, analyze its parallelism, and record it — once. A block that
 * fails is recorded as failed with its typed error and the job goes on; only a failure of the
 * store itself fails the job (BullMQ then retries it, and the blocks already recorded are skipped).
 */
import { hostname } from 'node:os';
import { analyzeBlock } from '../analyze/analyze.js';
import { chainByName } from '../block/chains.js';
import { summary } from '../cli/analyze.js';
import { errorRow, executeAndVerifyFixture, matched } from '../cli/run.js';
import { ParevmError } from '../errors.js';
import { blockTimeMs } from '../execute/timings.js';
/** Thread counts whose simulated speedup a record keeps. */
export const RECORD_THREADS = [8, 16, 32];
/** `host:pid` of this process. */
export const workerName = () => `${hostname()}:${process.pid}`;
/**
 * Runs `job`: see the module comment.
 * @throws only what the store throws (e.g. Redis unreachable); block errors are recorded
 */
export async function runRangeJob(job, ctx) {
    const out = { blocks: job.blocks.length, recorded: 0, failed: 0, skipped: 0, refused: 0 };
    const worker = ctx.worker ?? workerName();
    if (ctx.source.prefetch) {
        const todo = [];
        for (const n of job.blocks)
            if (!(await ctx.store.has(job.chainId, n)))
                todo.push(n);
        // A node that cannot serve the job fails each block's load below, with its typed error.
        await ctx.source.prefetch(todo).catch(() => undefined);
    }
    for (const n of job.blocks) {
        if (await ctx.store.has(job.chainId, n)) {
            out.skipped++;
            continue;
        }
        await ctx.onStart?.(n);
        const body = await replayBlock(job, n, ctx);
        const record = { ...body, worker, jobId: job.id, attempt: ctx.attempt, recordedAt: new Date().toISOString() };
        const wrote = await ctx.store.put(record);
        if (!wrote)
            out.refused++;
        else {
            out.recorded++;
            if (record.status === 'failed')
                out.failed++;
        }
        ctx.onBlock?.(record, wrote);
    }
    return out;
}
/**
 * Replays one block of `job`: the record without its who/when fields. Never throws: a block that
 * cannot be loaded or executed gives a `failed` record with the typed error (`code` INTERNAL for
 * an error that is not a ParevmError).
 */
export async function replayBlock(job, n, ctx) {
    const base = { chainId: job.chainId, chain: job.chain, block: n };
    try {
        const fx = await ctx.source.load(n);
        const { row, result } = await executeAndVerifyFixture(fx, {
            concurrency: ctx.concurrency,
            compare: ctx.concurrency > 0,
            reference: false,
            chain: chainByName(job.chain),
        });
        const parallelMs = blockTimeMs(result.timings);
        const body = {
            ...base,
            status: matched(row) ? 'match' : 'mismatch',
            hardfork: row.hardfork,
            txs: row.txs,
            gasUsed: row.gasUsed?.toString(),
            path: row.path,
            reexecutions: row.reexecutions,
            parallelMs,
            sequentialMs: row.sequentialMs ?? parallelMs,
            speedup: row.speedup ?? 1,
            ...(row.equal !== undefined ? { equal: row.equal } : {}),
            verdict: row.verdict,
            ...(row.stateRoot ? { stateRoot: row.stateRoot } : {}),
        };
        if (ctx.analyze !== false) {
            try {
                body.analysis = recordAnalysis(await analyzeBlock(fx.blockJson, fx.state, { runs: 1, measure: false, threads: [...RECORD_THREADS], timelineThreads: 0 }));
            }
            catch (e) {
                body.analysisError = { code: e instanceof ParevmError ? e.code : 'INTERNAL', message: e.message };
            }
        }
        return body;
    }
    catch (e) {
        return { ...base, status: 'failed', error: errorRow(n, e).error };
    }
}
/** The analyzer's numbers a record keeps, from `parevm analyze --json`'s summary. */
function recordAnalysis(a) {
    const s = summary(a);
    const sim = (t) => s.simulated[t]?.speedup ?? 1;
    return {
        totalWorkMs: s.totalWorkMs,
        criticalPath: { ms: s.criticalPath.ms, share: s.criticalPath.share, txs: s.criticalPath.txs.length },
        maxSpeedup: s.maxSpeedup,
        simulated: { '8': sim(8), '16': sim(16), '32': sim(32) },
        hot: s.hot.map((h) => ({
            kind: h.kind,
            address: h.address,
            ...(h.slot !== undefined ? { slot: h.slot } : {}),
            ...(h.label !== undefined ? { label: h.label } : {}),
            dependencies: h.dependencies,
        })),
    };
}
//# sourceMappingURL=job.js.map