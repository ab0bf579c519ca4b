import { stateChangesToJSON } from '../state/changes.js';
/**
 * Compares two results of the same block field for field (senders, receipts, gasUsed,
 * logsBloom, receiptsRoot, state changes, notes); timings and metrics are not compared.
 * @returns undefined when equal, else the path of the first differing field and both values
 */
export function diffResults(a, b) {
    const fields = [
        ['hash', (r) => r.hash],
        ['senders', (r) => r.senders],
        ['gasUsed', (r) => r.gasUsed],
        ['logsBloom', (r) => r.logsBloom],
        ['receiptsRoot', (r) => r.receiptsRoot],
        ['requests', (r) => r.requests],
        ['requestsHash', (r) => r.requestsHash],
        ['notes', (r) => r.notes],
    ];
    for (const [field, get] of fields) {
        const x = canon(get(a)), y = canon(get(b));
        if (x !== y)
            return { field, a: x, b: y };
    }
    const n = Math.max(a.receipts.length, b.receipts.length);
    for (let i = 0; i < n; i++) {
        const x = canon(a.receipts[i]), y = canon(b.receipts[i]);
        if (x !== y)
            return { field: `receipts[${i}]`, a: x, b: y };
    }
    const sa = stateChangesToJSON(a.stateChanges), sb = stateChangesToJSON(b.stateChanges);
    const m = Math.max(sa.length, sb.length);
    for (let i = 0; i < m; i++) {
        const x = canon(sa[i]), y = canon(sb[i]);
        if (x !== y)
            return { field: `stateChanges[${i}]`, a: x, b: y };
    }
    return undefined;
}
function canon(v) {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Buffer.from(x).toString('hex') : x)) ?? 'undefined';
}
/** The field a failed merge check is reported under ({@link failedMergeCheck}). */
export const MERGE_CHECK_FIELD = 'mergeCheck';
/**
 * Whether a parallel result fell back because Block-STM's writes failed the block-end merge's
 * lazy-sender or balance check (`metrics.mergeCheck`; the block then ran sequentially). Only for
 * a valid block's result (one the sequential engine executed): there neither check fails by
 * design, so a failure is a rule of Block-STM that let through an incarnation sequential execution
 * runs differently, which only the check kept from diverging. A balance above 2^256 − 1 is left
 * out: there the check is the rule. A {@link ResultDifference} (`a` sequential, `b` parallel).
 * @returns undefined when no such check failed
 */
export function failedMergeCheck(parallel) {
    const m = parallel.metrics;
    if (m?.mergeCheck === undefined || m.mergeCheck === 'balance-overflow')
        return undefined;
    return { field: MERGE_CHECK_FIELD, a: 'a valid block: no merge check fails', b: `${m.mergeCheck}: ${m.reason ?? ''}` };
}
/**
 * What two engines must agree on when a block fails: the error class, its `code`, the transaction
 * index and the reasons — not the wording, which each engine writes its own way.
 */
export function sameErrorKey(e) {
    const err = e;
    return `${err?.constructor?.name}:${err?.code}:${err?.txIndex}:${err?.reasons?.join(',') ?? ''}`;
}
//# sourceMappingURL=compare.js.map