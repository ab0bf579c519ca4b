/**
 * The differential fuzzer's loop: generate block i of a seed ({@link generateCase}), execute it
 * with the sequential reference engine, then with the parallel engine (forced onto the parallel
 * path) at each concurrency, and compare the results field for field ({@link diffResults}) — or,
 * for an invalid block, the typed errors (code and message). A parallel run that fell back to
 * sequential is counted as a fallback, not as a parallel run, and as a difference too when the
 * block is valid and the merge's lazy-sender or balance check made it fall back: a rule gap the
 * check caught ({@link failedMergeCheck}). One more run per block forces the
 * re-execution bound to halt early (`wasteShare: 0`, a random `minExecutedMs`), so the
 * committed-prefix-plus-sequential-tail path is fuzzed as well, and one more runs the block on
 * the pipelined path (senders recovered by the workers, {@link RunConfig.mode}). Each block also runs on parevm's
 * own EVM, compared with the reference engine's result (or typed error: class, code,
 * transaction, reasons), with coverage counters attached ({@link EvmCoverage}). A difference is
 * minimised ({@link ddmin} over the transactions, re-signed with consecutive nonces, then the
 * withdrawals) and written as a reproducer ({@link writeReproducer}).
 */
import { firstDifferingStep } from '../evm/trace/firstStep.js';
import { join } from 'node:path';
import { ParevmError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import { diffResults, failedMergeCheck, sameErrorKey } from '../verify/compare.js';
import { buildBlock, generateCase } from './block.js';
import { EvmCoverage } from './coverage.js';
import { ddmin } from './minimize.js';
import { writeReproducer } from './reproducer.js';
import { Rng } from './rng.js';
const defaultParallel = (blockJson, state, run) => executeBlock(blockJson, state, { concurrency: run.concurrency, force: true, mode: run.mode ?? 'block-stm', reexecutionBound: run.bound });
const defaultEvm = (blockJson, state, onEvm) => executeBlockSequential(blockJson, state, { engine: 'parevm', ...(onEvm ? { onParevmEvm: onEvm } : {}) });
async function attempt(run) {
    try {
        return { result: await run() };
    }
    catch (e) {
        return { error: { code: e instanceof ParevmError ? e.code : 'INTERNAL', message: e.message, key: sameErrorKey(e) } };
    }
}
const describe = (o) => (o.error ? `${o.error.code}: ${o.error.message}` : 'a result');
/**
 * Compares a candidate outcome (a parallel run, or parevm's EVM) with the reference engine's: the
 * same result, or the same typed error (class, code, transaction, reasons — the engines word their
 * messages differently).
 */
function compare(reference, candidate) {
    if (reference.error || candidate.error) {
        if (reference.error && candidate.error && reference.error.key === candidate.error.key)
            return undefined;
        return { field: 'error', sequential: describe(reference), parallel: describe(candidate) };
    }
    return asDifference(diffResults(reference.result, candidate.result));
}
/** A parallel run that failed the merge's lazy-sender or balance check ({@link failedMergeCheck}; a valid block, as `compare` found no error): a difference, minimised and written as a reproducer like one. */
function caughtByMerge(candidate) {
    return candidate.result && asDifference(failedMergeCheck(candidate.result));
}
function asDifference(d) {
    return d && { field: d.field, sequential: d.a, parallel: d.b };
}
/**
 * Executes `intents` of case `c` on parevm's EVM and on the reference engine (unless given) and
 * compares them: equal results, or the same typed error.
 */
export async function checkEngine(c, intents, opts = {}) {
    const { blockJson, state } = opts.block ?? buildBlock(c, intents);
    const reference = opts.reference ?? (await attempt(() => executeBlockSequential(blockJson, state, { engine: 'reference' })));
    const coverage = opts.coverage;
    const parevm = await attempt(() => (opts.parevm ?? defaultEvm)(blockJson, state, coverage && ((evm) => coverage.attach(evm))));
    const difference = compare(reference, parevm);
    return { reference, parevm, ...(difference ? { difference } : {}) };
}
/**
 * Executes `intents` of case `c` sequentially, then in parallel once per run config, each
 * `repeats` times; stops at the first difference. Returns the block it built too.
 */
export async function checkCase(c, intents, configs, repeats, parallel = defaultParallel) {
    const block = buildBlock(c, intents);
    const { blockJson, state } = block;
    const sequential = await attempt(() => executeBlockSequential(blockJson, state, { engine: 'reference' }));
    const runs = [];
    for (const config of configs) {
        for (let r = 0; r < repeats; r++) {
            const par = await attempt(() => parallel(blockJson, state, config));
            const m = par.result?.metrics;
            const difference = compare(sequential, par) ?? caughtByMerge(par);
            runs.push({
                ...config,
                path: par.error ? 'error' : (m?.path ?? 'sequential'),
                ...(m?.reason ? { reason: m.reason } : {}),
                ...(m?.sequentialFrom !== undefined ? { sequentialFrom: m.sequentialFrom } : {}),
                reexecutions: (m?.incarnations ?? []).reduce((s, x) => s + x - 1, 0),
                ...(difference ? { difference } : {}),
            });
            if (difference)
                return { sequential, runs, block };
        }
    }
    return { sequential, runs, block };
}
/** The pipelined run of block `index`, at a worker count picked from `concurrency`. */
export function pipelinedConfig(seed, index, concurrency) {
    const rng = new Rng(`parevm-fuzz/${seed}/${index}/pipelined`);
    return { concurrency: rng.pick(concurrency), bound: false, mode: 'pipelined' };
}
/** The forced-storm run of block `index`: halt after a random 0–8 ms of execution. */
export function stormConfig(seed, index, concurrency) {
    const rng = new Rng(`parevm-fuzz/${seed}/${index}/storm`);
    return { concurrency: rng.pick(concurrency), bound: { wasteShare: 0, minExecutedMs: rng.pick([0, 0.5, 2, 8]) } };
}
/**
 * Minimises a divergence of case `c`: drops transactions (ddmin), then withdrawals, while the
 * parallel result under run config `config` still differs in some of `tries` runs — or, with
 * `config` 'engine', while parevm's EVM still differs from the reference engine.
 */
export async function minimizeCase(c, config, parallel = defaultParallel, tries = 3, parevm = defaultEvm) {
    let current = c;
    const fails = async (cc, intents) => config === 'engine'
        ? (await checkEngine(cc, intents, { parevm })).difference !== undefined
        : (await checkCase(cc, intents, [config], tries, parallel)).runs.some((r) => r.difference);
    const { items, checks } = await ddmin(c.intents, (candidate) => fails(current, candidate), 150);
    let n = checks;
    for (let i = current.withdrawals.length - 1; i >= 0; i--) {
        const fewer = { ...current, withdrawals: current.withdrawals.filter((_, j) => j !== i) };
        n++;
        if (await fails(fewer, items))
            current = fewer;
    }
    return { c: current, intents: items, checks: n };
}
/**
 * Runs the differential fuzzer: blocks `from` … `from + blocks - 1` of `seed` (deterministic).
 * @returns totals; `divergences` is empty when every parallel run equalled sequential
 */
export async function fuzz(opts) {
    const t0 = performance.now();
    const concurrency = opts.concurrency ?? [2, 4, 8];
    const repeats = opts.repeats ?? 1;
    const parallel = opts.parallel ?? defaultParallel;
    const summary = {
        seed: opts.seed,
        blocks: 0,
        txs: 0,
        gas: 0n,
        invalidBlocks: 0,
        parallelRuns: 0,
        pipelinedRuns: 0,
        stormHalts: 0,
        fallbacks: 0,
        fallbackReasons: {},
        reexecutions: 0,
        divergences: [],
        ms: 0,
        coverage: { succeeded: 0, reverted: 0, creations: 0, logs: 0, accountsDeleted: 0, storageCleared: 0, codeDeployed: 0, hardforks: {} },
        engineRuns: 0,
    };
    const evmCoverage = opts.evm === false ? undefined : new EvmCoverage();
    const cov = summary.coverage;
    const from = opts.from ?? 0;
    for (let index = from; index < from + opts.blocks && !opts.shouldStop?.(); index++) {
        const c = generateCase(opts.seed, index, opts.generator);
        const configs = concurrency.map((k) => ({ concurrency: k, bound: false }));
        if (opts.stormRuns !== false)
            configs.push(stormConfig(opts.seed, index, concurrency));
        if (opts.pipelinedRuns !== false)
            configs.push(pipelinedConfig(opts.seed, index, concurrency));
        const { sequential, runs, block } = await checkCase(c, c.intents, configs, repeats, parallel);
        const engine = evmCoverage
            ? await checkEngine(c, c.intents, { coverage: evmCoverage, block, reference: sequential, ...(opts.parevm ? { parevm: opts.parevm } : {}) })
            : undefined;
        const report = {
            index,
            hardfork: c.hardfork,
            txs: c.intents.length,
            gasUsed: sequential.result?.gasUsed ?? 0n,
            runs,
            ...(sequential.error ? { invalid: `${sequential.error.code}: ${sequential.error.message}` } : {}),
            ...(engine ? { engine: engine.difference ? { difference: engine.difference } : {} } : {}),
        };
        if (engine)
            summary.engineRuns++;
        summary.blocks++;
        summary.txs += c.intents.length;
        summary.gas += report.gasUsed;
        if (sequential.error)
            summary.invalidBlocks++;
        cov.hardforks[c.hardfork] = (cov.hardforks[c.hardfork] ?? 0) + 1;
        for (const r of sequential.result?.receipts ?? []) {
            if (r.status === 0)
                cov.reverted++;
            else
                cov.succeeded++;
            if (r.contractAddress)
                cov.creations++;
            cov.logs += r.logs.length;
        }
        for (const ch of sequential.result?.stateChanges ?? []) {
            if (ch.deleted)
                cov.accountsDeleted++;
            if (ch.storageCleared)
                cov.storageCleared++;
            if (ch.code && ch.code.length > 0)
                cov.codeDeployed++;
        }
        for (const r of runs) {
            summary.reexecutions += r.reexecutions;
            if (r.path === 'parallel')
                summary.parallelRuns++;
            if (r.path === 'pipelined')
                summary.pipelinedRuns++;
            if (r.sequentialFrom !== undefined)
                summary.stormHalts++;
            else if (r.path === 'sequential') {
                summary.fallbacks++;
                const reason = (r.reason ?? 'unknown').replace(/[0-9]+/g, 'N');
                summary.fallbackReasons[reason] = (summary.fallbackReasons[reason] ?? 0) + 1;
            }
        }
        const bad = runs.find((r) => r.difference);
        if (!bad && engine?.difference) {
            report.divergence = await engineDivergence(opts, c, index, engine.difference);
            summary.divergences.push(report.divergence);
        }
        if (bad) {
            const config = { concurrency: bad.concurrency, bound: bad.bound, ...(bad.mode ? { mode: bad.mode } : {}) };
            const minimized = opts.minimize === false ? { c, intents: c.intents } : await minimizeCase(c, config, parallel);
            const again = await checkCase(minimized.c, minimized.intents, [config], 3, parallel);
            const shown = again.runs.find((r) => r.difference)?.difference ?? bad.difference;
            const divergence = {
                seed: opts.seed,
                index,
                concurrency: bad.concurrency,
                bound: bad.bound,
                ...(bad.mode ? { mode: bad.mode } : {}),
                field: shown.field,
                sequential: shown.sequential,
                parallel: shown.parallel,
                txs: c.intents.length,
                minimizedTxs: minimized.intents.length,
            };
            if (opts.outDir) {
                const dir = join(opts.outDir, `seed-${opts.seed.replace(/[^A-Za-z0-9_.-]/g, '_')}-block-${index}`);
                divergence.reproducer = dir;
                divergence.command = writeReproducer(dir, minimized.c, minimized.intents, again.sequential.result, divergence);
            }
            report.divergence = divergence;
            summary.divergences.push(divergence);
        }
        opts.onBlock?.(report);
    }
    if (evmCoverage)
        summary.evmCoverage = evmCoverage.report();
    summary.ms = performance.now() - t0;
    return summary;
}
/** Minimises and writes a difference between parevm's EVM and the reference engine on block `index`. */
async function engineDivergence(opts, c, index, first) {
    const parevm = opts.parevm ?? defaultEvm;
    const minimized = opts.minimize === false ? { c, intents: c.intents } : await minimizeCase(c, 'engine', undefined, undefined, parevm);
    const again = await checkEngine(minimized.c, minimized.intents, { parevm });
    const shown = again.difference ?? first;
    const divergence = {
        seed: opts.seed,
        index,
        engine: 'parevm',
        concurrency: 0,
        field: shown.field,
        sequential: shown.sequential,
        parallel: shown.parallel,
        txs: c.intents.length,
        minimizedTxs: minimized.intents.length,
    };
    // The first EIP-3155 step where the engines part, as `parevm trace --compare` shows it.
    const { blockJson, state } = buildBlock(minimized.c, minimized.intents);
    const step = await firstDifferingStep(blockJson, state, minimized.intents.length);
    if (step)
        divergence.firstStep = `transaction ${step.tx}, step ${step.index} (${step.fields.join(', ')}): reference ${JSON.stringify(step.reference)} / parevm ${JSON.stringify(step.parevm)}`;
    if (opts.outDir) {
        const dir = join(opts.outDir, `seed-${opts.seed.replace(/[^A-Za-z0-9_.-]/g, '_')}-block-${index}-evm`);
        divergence.reproducer = dir;
        divergence.command = writeReproducer(dir, minimized.c, minimized.intents, again.reference.result, divergence);
    }
    return divergence;
}
//# sourceMappingURL=runner.js.map