import { type TraceLine } from './types.js';
/** Where two traces first part. */
export interface TraceDifference {
    identical: false;
    /** 0-based index of the first line that differs (a step or a summary). */
    index: number;
    /** The two lines there; undefined where that trace had already ended. */
    a: TraceLine | undefined;
    b: TraceLine | undefined;
    /** The fields whose values differ, in line order; `['(missing)']` when one trace ended. */
    fields: string[];
}
/** Two traces that agree line for line. */
export interface TraceAgreement {
    identical: true;
    /** Lines compared, and how many of them are steps (the rest are summaries). */
    lines: number;
    steps: number;
}
/** The fields of `a` and `b` whose values differ (a field only one line has differs). */
export declare function differingFields(a: TraceLine, b: TraceLine): string[];
/**
 * Compares two EIP-3155 traces line by line (parsed objects, as `traceTransactions` emits them or
 * `JSON.parse` reads them back) and returns the first line that differs, or the agreement.
 * @example
 * const r = firstDifference(parevmLines, referenceLines)
 * if (!r.identical) console.log(r.index, r.fields)
 */
export declare function firstDifference(a: readonly TraceLine[], b: readonly TraceLine[]): TraceDifference | TraceAgreement;
