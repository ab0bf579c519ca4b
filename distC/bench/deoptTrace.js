/** Reading V8's `--trace-deopt` output (`npm run bench:deopts`). */
/**
 * Counts V8's `--trace-deopt` lines by function name (`deoptimizing 0x… <JSFunction name …>`).
 * @returns every function deoptimised at least once, most deoptimised first
 */
export function countDeopts(trace) {
    const counts = new Map();
    for (const m of trace.matchAll(/deoptimizing 0x[0-9a-f]+ <JSFunction (\S*)/g)) {
        // An anonymous function prints as `<JSFunction (sfi = 0x…)>`.
        const name = !m[1] || m[1].startsWith('(') ? '(anonymous)' : m[1];
        counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].map(([name, deopts]) => ({ name, deopts })).sort((a, b) => b.deopts - a.deopts || a.name.localeCompare(b.name));
}
//# sourceMappingURL=deoptTrace.js.map