/**
 * A deterministic discrete-event simulation of the engine's Block-STM run on N worker threads,
 * driven by the engine's own {@link Scheduler} (`parallel/scheduler.ts`, one instance, one
 * JavaScript thread): every virtual worker runs the loop of `parallel/worker.ts` — take a task,
 * execute or validate it, report back — and the scheduler calls happen at the virtual times
 * at which the workers would make them. Optimistic execution is modelled on the block model's
 * locations, so the simulation incurs the re-executions the real scheduler would:
 *
 * - an incarnation of transaction j reads its locations at fractions `at` of its execution time;
 *   a read sees the highest transaction below j that has published a version there (a recorded
 *   incarnation, or a seeded sender ESTIMATE), resolving lazy DELTA credits down to the first
 *   absolute write; an ESTIMATE stops the incarnation and parks j (`addDependency`);
 * - at the end of its execution time the incarnation records its writes (its read and write sets
 *   are the block model's: the same every incarnation) and calls `finishExecution`;
 * - a validation lasts `validateMs` and fails when a read would now see another version (by
 *   version, or by the set of delta writers for a value-validated balance), which aborts the
 *   incarnation and marks its writes ESTIMATE;
 * - an idle worker polls again `pollMs` after the scheduler's state next changes.
 *
 * Around Block-STM: sender recovery shared evenly by the workers (`recovery.ts`: strides, then
 * whichever worker is free claims what is left, no barrier),
 * and a fixed per-block cost (`fixedMs`: encoding the pre-state and transactions, dispatch,
 * worker setup, replies). Each virtual worker has a core of its own.
 */
import { Scheduler, TASK_EXECUTE, TASK_NONE, TASK_VALIDATE } from '../parallel/scheduler.js';
import { WriterIndex } from './dependencies.js';
/** Default costs: none (tests); `analyze` passes measured ones. */
export const NO_COSTS = { fixedMs: 0, pollMs: 0 };
class EventQueue {
    heap = [];
    seq = 0;
    get size() {
        return this.heap.length;
    }
    push(time, run) {
        const h = this.heap;
        h.push({ time, seq: this.seq++, run });
        let i = h.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!less(h[i], h[p]))
                break;
            [h[i], h[p]] = [h[p], h[i]];
            i = p;
        }
    }
    pop() {
        const h = this.heap;
        const top = h[0];
        const last = h.pop();
        if (h.length > 0) {
            h[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < h.length && less(h[l], h[m]))
                    m = l;
                if (r < h.length && less(h[r], h[m]))
                    m = r;
                if (m === i)
                    break;
                [h[i], h[m]] = [h[m], h[i]];
                i = m;
            }
        }
        return top;
    }
}
const less = (a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq);
/**
 * Simulates the engine executing `model` on `options.threads` workers (see the module comment).
 * Deterministic: the same model and options give the same result.
 * @throws RangeError for a thread count below 1
 * @throws Error if the scheduler stops making progress (an engine or model inconsistency)
 */
export function simulateBlockSTM(model, options) {
    const N = options.threads;
    if (!Number.isInteger(N) || N < 1)
        throw new RangeError(`threads must be a whole number ≥ 1, got ${N}`);
    const costs = { ...NO_COSTS, ...options.costs };
    const stretch = options.slowdown ?? 1;
    const txs = stretch === 1
        ? model.txs
        : model.txs.map((t) => ({ ...t, execMs: t.execMs * stretch, validateMs: t.validateMs * stretch, recoverMs: t.recoverMs * stretch }));
    const n = txs.length;
    const index = new WriterIndex(model);
    // Reads that can see another transaction's write, and whether the first record writes a location
    // the seeded ESTIMATEs did not cover (the scheduler's `wroteNewLocation`).
    const rel = txs.map((tx, j) => tx.reads
        .map((r) => ({ at: r.at, writers: index.below(r.loc, j, r.skipsDeltas) }))
        .filter((r) => r.writers.length > 0)
        .sort((a, b) => a.at - b.at));
    const firstWritesNew = txs.map((tx) => tx.writes.some((w) => !tx.seeded.includes(w.loc)));
    const recorded = new Int32Array(n).fill(-1);
    const estimate = new Uint8Array(n);
    const seen = new Array(n);
    /** What the read sees now: a version key, or the transaction whose ESTIMATE it hit. */
    const resolve = (r) => {
        let key = '';
        for (const w of r.writers) {
            const rec = recorded[w.tx];
            let state;
            if (w.seededOnly)
                state = rec < 0 ? 'estimate' : 'absent';
            else if (rec >= 0)
                state = estimate[w.tx] ? 'estimate' : 'value';
            else
                state = w.seeded ? 'estimate' : 'absent';
            if (state === 'absent')
                continue;
            if (state === 'estimate')
                return { estimate: w.tx };
            // An absolute version on top is validated by version; under deltas, by value (writers).
            if (!w.delta)
                return { key: key === '' ? `v${w.tx}.${rec}` : `${key}|${w.tx}` };
            key += `${key === '' ? 'd' : '|'}${w.tx}`;
        }
        return { key: key === '' ? '-' : key };
    };
    // Sender recovery: claimed by whichever worker is free (strides first, no barrier), so shared evenly.
    const recoveryMs = n === 0 ? 0 : txs.reduce((sum, tx) => sum + tx.recoverMs, 0) / N;
    const sequentialMs = options.sequentialMs ?? model.txs.reduce((s, t) => s + t.execMs + t.recoverMs, 0);
    const buffer = new SharedArrayBuffer(Scheduler.bytesFor(n));
    const scheduler = new Scheduler(buffer, n, true);
    txs.forEach((t, i) => {
        if (t.waitsFor !== undefined)
            scheduler.seedDependency(i, t.waitsFor);
    });
    // The scheduler's execution and validation indices (words 0 and 1 of its buffer, `scheduler.ts`).
    const indices = new Int32Array(buffer, 0, 2);
    const queue = new EventQueue();
    const timeline = [];
    const idle = new Set();
    let executions = 0;
    let busy = 0;
    let doneAt = -1;
    const NONE = { kind: TASK_NONE, txIndex: -1, incarnation: -1 };
    const changed = (time) => {
        for (const t of [...idle].sort((a, b) => a - b)) {
            idle.delete(t);
            queue.push(time + costs.pollMs, () => poll(t, time + costs.pollMs));
        }
    };
    const run = (thread, task, time) => {
        if (task.kind === TASK_EXECUTE)
            execute(thread, task.txIndex, task.incarnation, time);
        else if (task.kind === TASK_VALIDATE)
            validate(thread, task.txIndex, task.incarnation, time);
        else
            poll(thread, time);
    };
    const poll = (thread, time) => {
        if (scheduler.done()) {
            if (doneAt < 0)
                doneAt = time;
            return;
        }
        const task = scheduler.nextTask();
        if (scheduler.done()) {
            if (doneAt < 0)
                doneAt = time;
            changed(time);
            return;
        }
        if (task.kind !== TASK_NONE)
            run(thread, task, time);
        // An empty answer that moved an index (it skipped a transaction not ready) may be followed by
        // work at once: the worker yields one turn and asks again. Otherwise nothing changes until
        // another worker reports: sleep until then.
        else if (Math.min(indices[0], indices[1]) < n)
            queue.push(time + costs.pollMs, () => poll(thread, time + costs.pollMs));
        else
            idle.add(thread);
    };
    const execute = (thread, j, inc, start) => {
        executions++;
        const tx = txs[j];
        const reads = rel[j];
        const keys = [];
        const step = (k) => {
            if (k === reads.length) {
                queue.push(start + tx.execMs, () => finish(start + tx.execMs));
                return;
            }
            const r = reads[k];
            const at = start + r.at * tx.execMs;
            queue.push(at, () => {
                const v = resolve(r);
                if ('key' in v) {
                    keys.push(v.key);
                    step(k + 1);
                    return;
                }
                busy += at - start;
                if (options.timeline)
                    timeline.push({ thread, kind: 'execute', tx: j, incarnation: inc, start, end: at, outcome: 'estimate' });
                const parked = scheduler.addDependency(j, v.estimate);
                changed(at);
                if (parked)
                    poll(thread, at);
                else
                    execute(thread, j, inc, at);
            });
        };
        const finish = (end) => {
            busy += end - start;
            const wroteNew = recorded[j] < 0 ? firstWritesNew[j] : false;
            recorded[j] = inc;
            estimate[j] = 0;
            seen[j] = keys;
            if (options.timeline)
                timeline.push({ thread, kind: 'execute', tx: j, incarnation: inc, start, end, outcome: 'final' });
            const next = scheduler.finishExecution(j, inc, wroteNew);
            changed(end);
            run(thread, next, end);
        };
        step(0);
    };
    const validate = (thread, j, inc, start) => {
        const end = start + txs[j].validateMs;
        queue.push(end, () => {
            busy += end - start;
            const keys = seen[j] ?? [];
            let valid = true;
            rel[j].forEach((r, k) => {
                if (!valid)
                    return;
                const v = resolve(r);
                if (!('key' in v) || v.key !== keys[k])
                    valid = false;
            });
            const aborted = !valid && scheduler.tryValidationAbort(j, inc);
            if (aborted)
                estimate[j] = 1;
            if (options.timeline)
                timeline.push({ thread, kind: 'validate', tx: j, incarnation: inc, start, end, outcome: aborted ? 'aborted' : 'valid' });
            const next = scheduler.finishValidation(j, aborted);
            changed(end);
            run(thread, next, end);
        });
    };
    if (n === 0 || scheduler.done())
        doneAt = 0;
    else
        for (let t = 0; t < N; t++)
            queue.push(0, () => run(t, NONE, 0));
    let guard = 0;
    while (doneAt < 0) {
        if (queue.size === 0)
            throw new Error(`simulation stalled: scheduler not done with no task in flight (${N} threads)`);
        const ev = queue.pop();
        ev.run();
        if (++guard > 50_000_000)
            throw new Error('simulation did not finish within 50 million events');
    }
    const counters = scheduler.counters();
    let reexecutions = 0;
    const finalInc = Array.from({ length: n }, (_, i) => scheduler.status(i).incarnation);
    for (const inc of finalInc)
        reexecutions += inc;
    if (options.timeline) {
        for (const e of timeline)
            if (e.kind === 'execute' && e.outcome === 'final' && e.incarnation !== finalInc[e.tx])
                e.outcome = 'aborted';
        timeline.sort((a, b) => a.start - b.start || a.thread - b.thread);
    }
    const blockStmMs = doneAt;
    const totalMs = costs.fixedMs + recoveryMs + blockStmMs;
    return {
        threads: N,
        slowdown: stretch,
        totalMs,
        fixedMs: costs.fixedMs,
        recoveryMs,
        blockStmMs,
        sequentialMs,
        speedup: totalMs > 0 ? sequentialMs / totalMs : 1,
        executions,
        reexecutions,
        validations: counters.validations,
        aborts: counters.validationAborts,
        estimateWaits: counters.dependencyWaits,
        utilization: blockStmMs > 0 ? busy / (N * blockStmMs) : 1,
        ...(options.timeline ? { timeline } : {}),
    };
}
//# sourceMappingURL=simulate.js.map