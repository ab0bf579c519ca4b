import { type TraceLine, isStep } from './types.js';

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

/** Whether two field values are equal (numbers, strings, and the stack's arrays of strings). */
function same(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

/** The fields of `a` and `b` whose values differ (a field only one line has differs). */
export function differingFields(a: TraceLine, b: TraceLine): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return keys.filter((k) => !same(x[k], y[k]));
}

/**
 * Compares two EIP-3155 traces line by line (parsed objects, as `traceTransactions` emits them or
 * `JSON.parse` reads them back) and returns the first line that differs, or the agreement.
 * @example
 * const r = firstDifference(parevmLines, referenceLines)
 * if (!r.identical) console.log(r.index, r.fields)
 */
export function firstDifference(a: readonly TraceLine[], b: readonly TraceLine[]): TraceDifference | TraceAgreement {
  const n = Math.max(a.length, b.length);
  let steps = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return { identical: false, index: i, a: x, b: y, fields: ['(missing)'] };
    const fields = differingFields(x, y);
    if (fields.length > 0) return { identical: false, index: i, a: x, b: y, fields };
    if (isStep(x)) steps++;
  }
  return { identical: true, lines: n, steps };
}
