import { isStep } from './types.js';
/** Whether two field values are equal (numbers, strings, and the stack's arrays of strings). */
function same(x, y) {
    if (Array.isArray(x) && Array.isArray(y))
        return x.length === y.length && x.every((v, i) => v === y[i]);
    return x === y;
}
/** The fields of `a` and `b` whose values differ (a field only one line has differs). */
export function differingFields(a, b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const x = a;
    const y = b;
    return keys.filter((k) => !same(x[k], y[k]));
}
/**
 * Compares two EIP-3155 traces line by line (parsed objects, as `traceTransactions` emits them or
 * `JSON.parse` reads them back) and returns the first line that differs, or the agreement.
 * @example
 * const r = firstDifference(parevmLines, referenceLines)
 * if (!r.identical) console.log(r.index, r.fields)
 */
export function firstDifference(a, b) {
    const n = Math.max(a.length, b.length);
    let steps = 0;
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined || y === undefined)
            return { identical: false, index: i, a: x, b: y, fields: ['(missing)'] };
        const fields = differingFields(x, y);
        if (fields.length > 0)
            return { identical: false, index: i, a: x, b: y, fields };
        if (isStep(x))
            steps++;
    }
    return { identical: true, lines: n, steps };
}
//# sourceMappingURL=compare.js.map