/**
 * `npm run bench:evm-profile`: where parevm's EVM spends its time on the mainnet fixture blocks.
 * A V8 CPU profile (node:inspector, 100 µs sampling) of sequential execution on parevm's EVM,
 * after a warm-up pass; each sample's self time is attributed by the source file of its function
 * to: interpreter, state access, keccak, memory, calls and journal, precompiles and signatures,
 * block work (decoding, receipts root, bloom, state diff), garbage collection, other.
 *
 * Then ns per opcode: one more pass with a tracer (`evm.tracer`) that charges the time between
 * two steps to the first opcode (a CALL's own work up to the callee's first step, so a precompile's
 * work and the analysis of new code count as the CALL's), minus the tracer's own cost per step — the median of the fastest opcode's
 * (JUMPDEST) intervals; the 20 costliest opcodes by total time. An estimate: the clock costs tens
 * of ns per read, the same order as a cheap opcode.
 *
 *   npm run bench:evm-profile -- [--fixtures DIR] [--blocks N,N] [--rounds 3] [--json]
 */
import { Session } from 'node:inspector/promises';
import Table from 'cli-table3';
import { Command } from 'commander';
import { decodeBlock } from '../src/block/decode.js';
import { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } from '../src/block/fixtures.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { OPCODE_NAMES } from '../src/evm/interpreter/opcodes.js';
const opts = new Command('bench:evm-profile')
    .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
    .option('--blocks <list>', 'comma-separated block numbers')
    .option('--rounds <n>', 'profiled passes over the blocks', '3')
    .option('--json', 'JSON output')
    .parse()
    .opts();
/** Categories in match order: the first whose test accepts a sample's function wins. */
const CATEGORIES = [
    ['garbage collection', (_u, fn) => fn === '(garbage collector)'],
    ['keccak', (u) => /evm\/keccak|sha3|keccak/i.test(u)],
    ['memory', (u) => /evm\/interpreter\/memory/.test(u)],
    ['calls and journal', (u) => /evm\/frames\//.test(u)],
    ['state access', (u) => /src\/state\//.test(u)],
    ['interpreter', (u) => /evm\/interpreter\/|evm\/words/.test(u)],
    ['precompiles and signatures', (u, fn) => /precompiles|@noble\/curves|secp256k1|bn254|kzg|ecrecover/i.test(u) || /secp256k1/i.test(fn)],
    ['transaction phases', (u) => /evm\/transaction\/|evm\/engine|evm\/bloom/.test(u)],
    ['block work (decode, roots, diff)', (u) => /src\/(block|execute|verify)\/|@ethereumjs\/(block|tx|rlp|mpt|util)/.test(u)],
    ['idle', (_u, fn) => fn === '(idle)' || fn === '(program)'],
];
const numbers = opts.blocks ? opts.blocks.split(',').map(Number) : listFixtureBlocks(opts.fixtures);
const fixtures = numbers.map((n) => loadFixtureBlock(opts.fixtures, n));
const pass = async () => {
    for (const fx of fixtures)
        await executeBlockSequential(decodeBlock(fx.blockJson), fx.state, { engine: 'parevm' });
};
await pass(); // warm-up: JIT, code analysis cache
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let r = 0; r < Number(opts.rounds); r++)
    await pass();
const wallMs = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop'));
session.disconnect();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const fns = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    const { url, functionName } = node.callFrame;
    const category = CATEGORIES.find(([, test]) => test(url, functionName))?.[0] ?? 'other';
    self.set(category, (self.get(category) ?? 0) + dt);
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}`;
    fns.set(key, (fns.get(key) ?? 0) + dt);
    total += dt;
});
const shares = [...self.entries()].sort((a, b) => b[1] - a[1]).map(([category, us]) => ({ category, ms: us / 1000, share: us / total }));
const top = [...fns.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([fn, us]) => ({ fn, ms: us / 1000, share: us / total }));
// ns per opcode: time between consecutive steps, charged to the earlier opcode.
const count = new Float64Array(256);
const nanos = new Float64Array(256);
const jumpdest = [];
let lastOp = -1;
let lastAt = 0;
const tracer = {
    step(_f, _pc, op) {
        const now = performance.now();
        if (lastOp >= 0) {
            const ns = (now - lastAt) * 1e6;
            count[lastOp]++;
            nanos[lastOp] += ns;
            if (lastOp === 0x5b && jumpdest.length < 1e6)
                jumpdest.push(ns);
        }
        lastOp = op;
        lastAt = performance.now();
    },
    charged() { },
    halt() {
        lastOp = -1; // the interval after a frame's last opcode spans its return: not an opcode's
    },
};
const attach = (evm) => {
    evm.tracer = tracer;
};
for (const fx of fixtures) {
    lastOp = -1;
    await executeBlockSequential(decodeBlock(fx.blockJson), fx.state, { engine: 'parevm', onParevmEvm: attach });
}
const floor = [...jumpdest].sort((a, b) => a - b)[Math.floor(jumpdest.length / 2)] ?? 0;
const opcodes = [...count.keys()]
    .filter((op) => count[op] > 0)
    .map((op) => ({
    op: OPCODE_NAMES[op],
    count: count[op],
    nsPerOp: Math.max(0, nanos[op] / count[op] - floor),
    totalMs: (Math.max(0, nanos[op] / count[op] - floor) * count[op]) / 1e6,
}))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 20);
if (opts.json) {
    console.log(JSON.stringify({ blocks: numbers.length, rounds: Number(opts.rounds), wallMs, shares, top, tracerFloorNs: floor, opcodes }, null, 2));
}
else {
    const t = new Table({ head: ['where', 'ms', 'share'], style: { head: [], border: [], compact: true }, colAligns: ['left', 'right', 'right'] });
    for (const s of shares)
        t.push([s.category, s.ms.toFixed(0), `${(100 * s.share).toFixed(1)}%`]);
    console.log(t.toString());
    const f = new Table({ head: ['function (self time)', 'ms', 'share'], style: { head: [], border: [], compact: true }, colAligns: ['left', 'right', 'right'] });
    for (const s of top)
        f.push([s.fn.slice(0, 90), s.ms.toFixed(0), `${(100 * s.share).toFixed(1)}%`]);
    console.log(f.toString());
    console.log(`${numbers.length} blocks × ${opts.rounds} rounds on parevm's EVM, ${wallMs.toFixed(0)} ms wall; V8 sampling profile (100 µs), self time by source file`);
    const o = new Table({
        head: ['opcode', 'executions', 'ns/op', 'total ms'],
        style: { head: [], border: [], compact: true },
        colAligns: ['left', 'right', 'right', 'right'],
    });
    for (const r of opcodes)
        o.push([r.op, r.count.toLocaleString('en-US'), r.nsPerOp.toFixed(0), r.totalMs.toFixed(1)]);
    console.log(o.toString());
    console.log(`the 20 costliest opcodes over one traced pass (time between steps, minus the tracer's ${floor.toFixed(0)} ns per step: the median JUMPDEST interval)`);
}
//# sourceMappingURL=evmProfile.js.map