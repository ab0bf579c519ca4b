/**
 * `analyzeBlock`: the parallelism of one block — trace (model), dependency graph, critical paths
 * and waves, hot locations, the simulated engine at 1…64 threads, and the measured point.
 */
import { loadavg } from 'node:os';
import { decodeBlock } from '../block/decode.js';
import { SnapshotState } from '../state/snapshot.js';
import { criticalPath, waves } from './criticalPath.js';
import { WriterIndex, dependencyGraph, hotLocations } from './dependencies.js';
import { labelFor } from './labels.js';
import { combineSamples, measureRound } from './measure.js';
import { simulateBlockSTM } from './simulate.js';
import { ThroughputProbe, slowdownOf } from './throughput.js';
import { combineRuns, traceRun } from './trace.js';
/** Thread counts simulated by default. */
export const SIM_THREADS = [1, 2, 4, 8, 16, 32, 64];
/**
 * Delay before an idle worker notices new work (ms): the worker loop yields with `setImmediate`
 * when it has no task, a turn of its event loop (tens of microseconds).
 */
export const IDLE_POLL_MS = 0.02;
/**
 * Analyzes `blockJson` (RPC JSON) on `state`: see {@link BlockAnalysis}.
 * @throws the typed errors of decoding and executing the block (only valid blocks are analyzed)
 */
export async function analyzeBlock(blockJson, state, options = {}) {
    const runs = Math.max(1, options.runs ?? 3);
    const concurrency = options.concurrency ?? 2;
    // Rounds interleave the trace and the measurements, so that both see the machine alike; the
    // first round warms up the JIT and the worker pool and is not counted.
    const loadAverage = loadavg()[0];
    const measure = options.measure !== false;
    const probe = measure && state instanceof SnapshotState ? (options.probe ?? new ThroughputProbe()) : undefined;
    const traces = [];
    const samples = [];
    const throughput = [];
    // Measuring also runs the block without its transactions: that needs the JSON form.
    const json = blockJson instanceof Uint8Array ? undefined : blockJson;
    if (!json && (measure || probe))
        throw new TypeError('measuring the engines needs the block as RPC JSON, not RLP (pass measure: false)');
    try {
        for (let r = 0; r <= runs; r++) {
            const t = await traceRun(blockJson, state);
            const m = measure ? await measureRound(json, state, concurrency) : undefined;
            const p = probe ? await probe.round(json, state) : undefined;
            if (r === 0)
                continue;
            traces.push(t);
            if (m)
                samples.push(m);
            if (p)
                throughput.push(p);
        }
    }
    finally {
        if (probe && probe !== options.probe)
            await probe.close();
    }
    const trace = combineRuns(traces);
    const measured = samples.length > 0 ? combineSamples(samples, concurrency, loadAverage) : undefined;
    const analysis = analyzeModel(trace.model, {
        threads: options.threads,
        timelineThreads: options.timelineThreads,
        measured,
        slowdown: throughput.length > 0 ? slowdownOf(throughput) : undefined,
    });
    analysis.gasUsed = Number(decodeBlock(blockJson).block.header.gasUsed);
    analysis.notes.push(...trace.notes);
    return analysis;
}
/**
 * The analysis of a block model (hand-built or traced). With `measured`, the simulation's
 * sequential time and fixed cost are the measured ones and the error at the measured thread count
 * is reported.
 */
export function analyzeModel(model, options = {}) {
    const index = new WriterIndex(model);
    const graph = dependencyGraph(model, index);
    const time = criticalPath(graph.deps, model.txs.map((t) => t.execMs));
    const gas = criticalPath(graph.deps, model.txs.map((t) => t.gas));
    const w = waves(graph.deps);
    const sent = new Map();
    for (const t of model.txs)
        sent.set(t.sender, (sent.get(t.sender) ?? 0) + 1);
    const hot = hotLocations(model, graph, index).map((h) => {
        const n = sent.get(h.info.address) ?? 0;
        const role = n > 1 && h.info.kind !== 'storage' ? `sender of ${n} transactions` : undefined;
        const known = labelFor(h.info.address, model.beneficiary);
        const label = known && role ? `${known}, ${role}` : (known ?? role);
        return label ? { ...h, label } : h;
    });
    const measured = options.measured;
    const costs = { fixedMs: measured?.fixedMs ?? 0, pollMs: IDLE_POLL_MS };
    const timelineThreads = options.timelineThreads ?? 8;
    const threads = [...new Set([...(options.threads ?? SIM_THREADS), ...(measured ? [measured.concurrency] : [])])].sort((a, b) => a - b);
    const simulations = threads.map((t) => simulateBlockSTM(model, { threads: t, costs, sequentialMs: measured?.sequentialMs, timeline: t === timelineThreads }));
    // The measured thread count on this machine: every task stretched by its measured slowdown.
    const onMachine = measured
        ? simulateBlockSTM(model, { threads: measured.concurrency, costs, sequentialMs: measured.sequentialMs, slowdown: options.slowdown ?? 1 })
        : undefined;
    const notes = [];
    if (measured && measured.path !== 'parallel')
        notes.push(`the measured parallel run fell back to ${measured.path}`);
    return {
        block: model.number,
        txCount: model.txs.length,
        gasUsed: model.txs.reduce((s, t) => s + t.gas, 0),
        beneficiary: model.beneficiary,
        txs: model.txs.map((t, i) => ({
            index: i,
            sender: t.sender,
            gas: t.gas,
            execMs: t.execMs,
            validateMs: t.validateMs,
            readSet: t.reads.length,
            writeSet: t.writes.length,
            deps: graph.deps[i],
            wave: w.level[i],
        })),
        graph,
        critical: { time, gas },
        waves: w,
        hot,
        simulations,
        ...(model.system ? { system: systemAnalysis(model) } : {}),
        ...(measured ? { measured } : {}),
        ...(onMachine ? { onMachine } : {}),
        ...(onMachine && measured && measured.speedup > 0 ? { simulationError: (onMachine.speedup - measured.speedup) / measured.speedup } : {}),
        notes,
    };
}
function systemAnalysis(model) {
    const s = model.system;
    return {
        pre: s.pre,
        preWrites: s.preWrites.map((l) => model.locations[l]),
        preReaders: s.preReaders,
        post: s.post,
        postReads: s.postReads.length,
        postDeps: s.postDeps,
        depositTxs: s.depositTxs,
    };
}
//# sourceMappingURL=analyze.js.map