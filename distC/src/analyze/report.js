/**
 * The self-contained HTML report of one block's analysis: headline numbers, the dependency DAG
 * (transactions in block order, critical path highlighted), speedup against threads (simulated,
 * with the measured point), the hot-location table, the Gantt chart of a simulated run, and the
 * per-transaction table. Charts are Apache ECharts (`echarts/dist/echarts.min.js`, Apache-2.0),
 * inlined so the file opens offline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
/** At most this many edges are drawn in the DAG (the critical path's are always drawn). */
export const MAX_DRAWN_EDGES = 20_000;
let echartsText;
/** The source of Apache ECharts (`echarts/dist/echarts.min.js`), to inline in a report's `<script>`. */
export function echartsSource() {
    echartsText ??= readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8');
    return echartsText;
}
/**
 * Browser code of a report: `chart(el)` makes an ECharts instance; once every chart made so has
 * finished its first full render, `window.__parevmReport` is `{ ready: true, charts: n }` (what
 * the browser tests wait for).
 */
export const CHART_READY_JS = `// Ready once every chart has finished its first full render (large series render progressively).
const rendered = new Set();
let expected = 0;
function chart(el) {
  const c = echarts.init(el);
  expected++;
  c.on('finished', () => {
    rendered.add(c);
    if (rendered.size === expected) window.__parevmReport = { ready: true, charts: expected };
  });
  return c;
}
`;
/** `s` escaped for HTML text and attribute values. */
export const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const slotHex = (s) => (s === undefined ? '' : `0x${s.toString(16)}`);
/** The numbers `parevm analyze` prints and the report heads with. */
export function headline(a) {
    const sim = (t) => a.simulations.find((s) => s.threads === t);
    const rows = [
        { label: 'transactions', value: String(a.txCount) },
        { label: 'gas used', value: a.gasUsed.toLocaleString('en-US') },
        { label: 'total work (execution)', value: `${fmt(a.critical.time.total, 1)} ms` },
        {
            label: 'critical path (time)',
            value: `${fmt(a.critical.time.length, 1)} ms, ${a.critical.time.path.length} txs (${pct(a.critical.time.total > 0 ? a.critical.time.length / a.critical.time.total : 0)} of the work)`,
        },
        { label: 'critical path (gas)', value: `${a.critical.gas.length.toLocaleString('en-US')} gas, ${a.critical.gas.path.length} txs` },
        { label: 'max speedup, unlimited cores', value: `${fmt(a.critical.time.bound)}× by time, ${fmt(a.critical.gas.bound)}× by gas` },
        { label: 'dependency-free waves', value: String(a.waves.count) },
        { label: 'dependencies (edges)', value: String(a.graph.edges.length) },
    ];
    if (a.system) {
        const sys = a.system;
        const txs = (l) => l.length === 0 ? 'no transaction' : `${l.length} tx${l.length === 1 ? '' : 's'} (${l.slice(0, 8).join(', ')}${l.length > 8 ? ', …' : ''})`;
        if (sys.pre.length > 0)
            rows.push({ label: 'pre-block system work', value: `${sys.pre.join(', ')}: writes ${sys.preWrites.length} locations, read by ${txs(sys.preReaders)}` });
        if (sys.post.length > 0) {
            const deposits = sys.depositTxs.length > 0 ? `; deposit logs from ${txs(sys.depositTxs)}` : '';
            rows.push({
                label: 'post-block system work',
                value: `${sys.post.join(', ')}: reads ${sys.postReads} locations, written by ${txs(sys.postDeps)}${deposits}`,
            });
        }
    }
    for (const t of [2, 8, 32]) {
        const s = sim(t);
        if (s)
            rows.push({ label: `simulated speedup, ${t} threads`, value: `${fmt(s.speedup)}× (${s.reexecutions} re-executions)` });
    }
    if (a.measured) {
        const m = a.measured;
        rows.push({
            label: `measured speedup, ${m.concurrency} threads`,
            value: `${fmt(m.speedup)}× (sequential ${fmt(m.sequentialMs, 1)} ms, parallel ${fmt(m.parallelMs, 1)} ms, median of ${m.runs}; load ${fmt(m.loadAverage)})`,
        });
        if (a.onMachine) {
            rows.push({
                label: `simulated on this machine, ${m.concurrency} threads`,
                value: `${fmt(a.onMachine.speedup)}× (tasks × ${fmt(a.onMachine.slowdown)}: two busy threads here vs one alone)`,
            });
        }
        if (a.simulationError !== undefined)
            rows.push({ label: `simulated − measured at ${m.concurrency}`, value: `${a.simulationError >= 0 ? '+' : ''}${pct(a.simulationError)}` });
    }
    return rows;
}
/**
 * Renders the report of `a` as one HTML document (UTF-8, no external resources).
 * @param simulatedThreads the thread count whose simulated timeline is drawn (it must have been kept)
 */
export function renderReport(a, options = {}) {
    const gantt = a.simulations.find((s) => s.timeline && (options.simulatedThreads === undefined || s.threads === options.simulatedThreads));
    const onPath = new Set(a.critical.time.path);
    const pathEdges = new Set();
    a.critical.time.path.forEach((j, k) => {
        k > 0 && pathEdges.add(`${a.critical.time.path[k - 1]}>${j}`);
    });
    const critical = a.graph.edges.filter((e) => pathEdges.has(`${e.from}>${e.to}`));
    const others = a.graph.edges.filter((e) => !pathEdges.has(`${e.from}>${e.to}`));
    const drawn = [...critical, ...others.slice(0, Math.max(0, MAX_DRAWN_EDGES - critical.length))];
    const data = {
        block: a.block,
        nodes: a.txs.map((t) => [t.index, t.wave, t.execMs, t.gas, onPath.has(t.index) ? 1 : 0, t.deps.length, t.readSet, t.writeSet]),
        edges: drawn.map((e) => [e.from, e.to, pathEdges.has(`${e.from}>${e.to}`) ? 1 : 0]),
        threads: a.simulations.map((s) => s.threads),
        speedups: a.simulations.map((s) => Number(s.speedup.toFixed(4))),
        bound: a.critical.time.bound,
        measured: a.measured ? [a.measured.concurrency, Number(a.measured.speedup.toFixed(4))] : null,
        onMachine: a.onMachine ? [a.onMachine.threads, Number(a.onMachine.speedup.toFixed(4))] : null,
        gantt: gantt
            ? {
                threads: gantt.threads,
                // [thread, start, end, tx, incarnation, outcome code]
                tasks: gantt.timeline.map((e) => [
                    e.thread,
                    Number(e.start.toFixed(4)),
                    Number(e.end.toFixed(4)),
                    e.tx,
                    e.incarnation,
                    e.kind === 'validate' ? (e.outcome === 'aborted' ? 4 : 3) : e.outcome === 'final' ? 0 : e.outcome === 'aborted' ? 1 : 2,
                ]),
                makespan: gantt.blockStmMs,
            }
            : null,
    };
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const head = headline(a)
        .map((r) => `<tr><th>${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`)
        .join('');
    const hot = a.hot
        .slice(0, 25)
        .map((h, i) => `<tr><td>${i + 1}</td><td>${h.info.kind}</td><td class="mono">${esc(h.info.address)}</td><td class="mono">${esc(slotHex(h.info.slot))}</td><td>${esc(h.label ?? '')}</td><td class="num">${h.dependencies}</td><td class="num">${h.dependentReaders}</td><td class="num">${h.writers}</td></tr>`)
        .join('');
    const sims = a.simulations
        .map((s) => `<tr><td class="num">${s.threads}</td><td class="num">${fmt(s.totalMs, 1)}</td><td class="num">${fmt(s.blockStmMs, 1)}</td><td class="num">${fmt(s.speedup)}×</td><td class="num">${s.reexecutions}</td><td class="num">${s.aborts}</td><td class="num">${s.estimateWaits}</td><td class="num">${pct(s.utilization)}</td></tr>`)
        .join('');
    const txRows = a.txs
        .map((t) => `<tr${onPath.has(t.index) ? ' class="crit"' : ''}><td class="num">${t.index}</td><td class="mono">${esc(t.sender)}</td><td class="num">${t.gas.toLocaleString('en-US')}</td><td class="num">${fmt(t.execMs, 3)}</td><td class="num">${t.readSet}</td><td class="num">${t.writeSet}</td><td class="num">${t.wave}</td><td>${esc(t.deps.join(', '))}</td></tr>`)
        .join('');
    const notes = [
        ...a.notes,
        ...(a.graph.edges.length > drawn.length ? [`The DAG draws ${drawn.length} of ${a.graph.edges.length} dependencies (all of the critical path's).`] : []),
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>parevm analyze — block ${a.block}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1b1f24;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
table{border-collapse:collapse;font-size:13px}th,td{padding:3px 8px;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
table.head th{font-weight:500;color:#57606a}.num{text-align:right;font-variant-numeric:tabular-nums}.mono{font-family:ui-monospace,monospace;font-size:12px}
.chart{width:100%;border:1px solid #e3e6ea;border-radius:6px}tr.crit td{background:#fdecea}.muted{color:#57606a}
</style></head><body>
<h1>Block ${a.block}: how parallel is it?</h1>
<p class="muted">Dependencies from a sequential run through parevm's MVMemory (transaction j depends on i when j reads a location whose last writer before j is i; lazy beneficiary and transfer credits as the engine treats them). Speedups are simulated on the engine's Block-STM scheduler with measured per-transaction times; each simulated thread has a core of its own.</p>
<table class="head">${head}</table>
${notes.map((n) => `<p class="muted">${esc(n)}</p>`).join('')}
<h2>Dependency graph</h2>
<p class="muted">Transactions in block order (x) by dependency wave (y); area ∝ execution time; critical path (by execution time) in red.</p>
<div id="dag" class="chart" style="height:520px"></div>
<h2>Speedup against threads</h2>
<div id="speedup" class="chart" style="height:380px"></div>
<table><tr><th>threads</th><th>total ms</th><th>Block-STM ms</th><th>speedup</th><th>re-executions</th><th>aborts</th><th>ESTIMATE waits</th><th>busy</th></tr>${sims}</table>
<h2>Hot locations</h2>
<p class="muted">Ranked by the dependencies they cause (an edge caused by two locations counts for both).</p>
<table><tr><th>#</th><th>kind</th><th>address</th><th>slot</th><th>label</th><th>dependencies</th><th>dependent readers</th><th>writers</th></tr>${hot || '<tr><td colspan="8">no dependencies</td></tr>'}</table>
<h2>Simulated run${gantt ? ` on ${gantt.threads} threads` : ''}</h2>
<p class="muted">Each bar is a task of one worker: executions that stand (blue), executions later aborted (orange), executions stopped at an ESTIMATE (red), validations (green; aborting ones dark red).</p>
<div id="gantt" class="chart" style="height:${gantt ? Math.max(220, 60 + gantt.threads * 34) : 120}px"></div>
<h2>Transactions</h2>
<details><summary>${a.txCount} transactions (critical path highlighted)</summary>
<table><tr><th>#</th><th>sender</th><th>gas</th><th>exec ms</th><th>reads</th><th>writes</th><th>wave</th><th>depends on</th></tr>${txRows}</table></details>
<script>${echartsSource()}</script>
<script>
const D = ${json};
const fmt = (x, d) => Number(x).toFixed(d);
${CHART_READY_JS}function dag() {
  const c = chart(document.getElementById('dag'));
  const maxMs = Math.max(1e-9, ...D.nodes.map(n => n[2]));
  c.setOption({
    animation: false,
    tooltip: { formatter: p => p.dataType === 'edge' ? 'tx ' + p.data.source + ' → tx ' + p.data.target
      : 'tx ' + p.data.value[0] + '<br>wave ' + p.data.value[1] + '<br>' + fmt(p.data.ms, 3) + ' ms, ' + p.data.gas.toLocaleString() + ' gas<br>' + p.data.deps + ' dependencies, ' + p.data.reads + ' reads, ' + p.data.writes + ' writes' },
    grid: { left: 50, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'value', name: 'transaction (block order)', nameLocation: 'middle', nameGap: 26, min: -1, max: Math.max(1, D.nodes.length) },
    yAxis: { type: 'value', name: 'wave', inverse: true, min: -0.5, max: Math.max(0.5, ...D.nodes.map(n => n[1] + 0.5)) },
    series: [{
      type: 'graph', coordinateSystem: 'cartesian2d', layout: 'none', progressive: 0, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 4,
      data: D.nodes.map(n => ({ value: [n[0], n[1]], ms: n[2], gas: n[3], deps: n[5], reads: n[6], writes: n[7],
        symbolSize: 4 + 18 * Math.sqrt(n[2] / maxMs), itemStyle: { color: n[4] ? '#d1242f' : '#4f7fbf' }, z: n[4] ? 3 : 2 })),
      links: D.edges.map(e => ({ source: e[0], target: e[1],
        lineStyle: e[2] ? { color: '#d1242f', width: 2, opacity: 0.95 } : { color: '#8c959f', width: 0.6, opacity: 0.35 } })),
    }],
  });
  return c;
}
function speedup() {
  const c = chart(document.getElementById('speedup'));
  const cats = D.threads.map(String);
  const series = [
    { name: 'simulated', type: 'line', data: D.speedups, symbolSize: 7, label: { show: true, formatter: p => fmt(p.value, 2) + '×' } },
    { name: 'linear', type: 'line', data: D.threads, lineStyle: { type: 'dashed', color: '#c4c9cf' }, itemStyle: { color: '#c4c9cf' }, symbol: 'none' },
    { name: 'bound (critical path)', type: 'line', data: D.threads.map(() => D.bound), lineStyle: { type: 'dotted', color: '#d1242f' }, itemStyle: { color: '#d1242f' }, symbol: 'none' },
  ];
  if (D.onMachine) series.push({ name: 'simulated, this machine', type: 'scatter', symbol: 'diamond', symbolSize: 13, itemStyle: { color: '#8250df' },
    data: [[String(D.onMachine[0]), D.onMachine[1]]], label: { show: true, position: 'left', formatter: p => 'this machine ' + fmt(p.value[1], 2) + '×' } });
  if (D.measured) series.push({ name: 'measured', type: 'scatter', symbolSize: 14, itemStyle: { color: '#1a7f37' },
    data: [[String(D.measured[0]), D.measured[1]]], label: { show: true, position: 'right', formatter: p => 'measured ' + fmt(p.value[1], 2) + '×' } });
  c.setOption({
    animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
    grid: { left: 50, right: 30, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: cats, name: 'threads', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'log', logBase: 2, name: 'speedup', min: v => Math.pow(2, Math.floor(Math.log2(Math.min(0.5, v.min)))),
      max: v => Math.pow(2, Math.ceil(Math.log2(Math.max(2, v.max)))), axisLabel: { formatter: v => +Number(v).toPrecision(3) + '×' } },
    series,
  });
  return c;
}
function gantt() {
  const el = document.getElementById('gantt');
  if (!D.gantt) { el.textContent = 'no simulated timeline kept'; return null; }
  const c = chart(el);
  const colors = ['#4f7fbf', '#f0883e', '#d1242f', '#2da44e', '#82071e'];
  const names = ['execution (stands)', 'execution (aborted later)', 'execution stopped at ESTIMATE', 'validation', 'validation (aborts)'];
  c.setOption({
    animation: false,
    tooltip: { formatter: p => names[p.value[5]] + '<br>tx ' + p.value[3] + ' incarnation ' + p.value[4] + '<br>' + fmt(p.value[1], 3) + '–' + fmt(p.value[2], 3) + ' ms' },
    grid: { left: 70, right: 20, top: 10, bottom: 50 },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }, { type: 'slider', xAxisIndex: 0, height: 14, bottom: 6, filterMode: 'weakFilter' }],
    xAxis: { type: 'value', name: 'ms', min: 0, max: Math.max(D.gantt.makespan, 1e-6), axisLabel: { formatter: v => +Number(v).toPrecision(4) } },
    yAxis: { type: 'category', data: Array.from({ length: D.gantt.threads }, (_, i) => 'thread ' + i), inverse: true },
    series: [{
      type: 'custom', encode: { x: [1, 2], y: 0 }, data: D.gantt.tasks, progressive: 0,
      renderItem: (params, api) => {
        const y = api.value(0), a = api.coord([api.value(1), y]), b = api.coord([api.value(2), y]);
        const h = api.size([0, 1])[1] * 0.7;
        const rect = echarts.graphic.clipRectByRect({ x: a[0], y: a[1] - h / 2, width: Math.max(b[0] - a[0], 0.5), height: h },
          { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
        return rect && { type: 'rect', shape: rect, style: { fill: colors[api.value(5)] } };
      },
    }],
  });
  return c;
}
const charts = [dag(), speedup(), gantt()].filter(Boolean);
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
</script>
</body></html>
`;
}
//# sourceMappingURL=report.js.map