import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { countDeopts } from '../../bench/deoptTrace.js';
// A function optimised for numbers, then called with strings: V8 deoptimises it once per call site
// that breaks its assumption. Its real `--trace-deopt` output is what bench:deopts reads.
const script = `
function addUp(a, b) { return a + b; }
%PrepareFunctionForOptimization(addUp);
addUp(1, 2); addUp(3, 4);
%OptimizeFunctionOnNextCall(addUp);
addUp(5, 6);
addUp('x', 'y');
const fns = []; fns.push((a) => a * 2);
const nameless = fns[0];
%PrepareFunctionForOptimization(nameless);
nameless(1); nameless(2);
%OptimizeFunctionOnNextCall(nameless);
nameless(3);
nameless('z');
`;
test("countDeopts counts V8's --trace-deopt lines by function, anonymous ones together", () => {
    const trace = execFileSync(process.execPath, ['--allow-natives-syntax', '--trace-deopt', '-e', script], { encoding: 'utf8' });
    const rows = countDeopts(trace);
    const addUp = rows.find((r) => r.name === 'addUp');
    assert.ok(addUp && addUp.deopts >= 1, `addUp deoptimised in:\n${trace.slice(0, 2000)}`);
    // V8 prints a function without a name as \`<JSFunction (sfi = 0x…)>\`.
    assert.deepEqual(rows.find((r) => r.name === '(anonymous)'), { name: '(anonymous)', deopts: 1 }, `the nameless arrow function's deopt: ${JSON.stringify(rows)}`);
    // No deoptimisation, no row.
    assert.deepEqual(countDeopts(execFileSync(process.execPath, ['--trace-deopt', '-e', '1 + 1'], { encoding: 'utf8' })), []);
});
//# sourceMappingURL=deopt-trace.test.js.map