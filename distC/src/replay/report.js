/**
 * The history report of a replayed range (`parevm report --range A..B`): numbers over the range
 * ({@link historySummary}, what `--json` prints) and a self-contained HTML page
 * ({@link renderHistoryReport}) with the analyzer's charting library (ECharts, inlined) and its
 * chart bootstrap: speedup and parallelism over block number, the header-mismatch list, the
 * distribution of critical-path share, the hot contracts and slots across the range.
 */
import { CHART_READY_JS, echartsSource, esc } from '../analyze/report.js';
import { mismatches } from './results.js';
import { median } from '../analyze/median.js';
/** The summary of `records` (one per block, any order) for `range`. */
export function historySummary(records, range, chainId) {
    const sorted = [...records].sort((a, b) => a.block - b.block);
    const series = sorted.map((r) => ({
        block: r.block,
        status: r.status,
        txs: r.txs ?? 0,
        gasUsed: Number(r.gasUsed ?? 0),
        ...(r.speedup !== undefined ? { speedup: r.speedup } : {}),
        ...(r.path !== undefined ? { path: r.path } : {}),
        ...(r.reexecutions !== undefined ? { reexecutions: r.reexecutions } : {}),
        ...(r.analysis
            ? {
                maxSpeedup: r.analysis.maxSpeedup.time,
                sim8: r.analysis.simulated['8'],
                sim16: r.analysis.simulated['16'],
                sim32: r.analysis.simulated['32'],
                share: r.analysis.criticalPath.share,
            }
            : {}),
    }));
    const used = series.filter((p) => p.status !== 'failed' && p.txs > 0 && p.gasUsed > 0);
    const gas = used.reduce((s, p) => s + p.gasUsed, 0);
    const weighted = (f) => (gas > 0 ? used.reduce((s, p) => s + p.gasUsed * (f(p) ?? 1), 0) / gas : 1);
    const shares = series
        .filter((p) => p.txs > 0 && p.share !== undefined)
        .map((p) => p.share)
        .sort((a, b) => a - b);
    const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, blocks: 0 }));
    for (const s of shares)
        bins[Math.min(9, Math.floor(s * 10))].blocks++;
    const hot = new Map();
    for (const r of sorted) {
        for (const h of r.analysis?.hot ?? []) {
            const key = `${h.kind}|${h.address}|${h.slot ?? ''}`;
            const e = hot.get(key) ?? { kind: h.kind, address: h.address, ...(h.slot ? { slot: h.slot } : {}), dependencies: 0, blocks: 0 };
            e.dependencies += h.dependencies;
            e.blocks++;
            // A label with a block-specific role ("sender of N transactions") is kept only when it names a contract.
            if (h.label && !e.label)
                e.label = h.label.replace(/(, )?sender of \d+ transactions/, '') || undefined;
            hot.set(key, e);
        }
    }
    const workers = {};
    for (const r of sorted)
        workers[r.worker] = (workers[r.worker] ?? 0) + 1;
    return {
        chainId,
        range,
        blocks: sorted.length,
        matched: sorted.filter((r) => r.status === 'match').length,
        mismatched: sorted.filter((r) => r.status === 'mismatch').length,
        failed: sorted.filter((r) => r.status === 'failed').length,
        gasWeighted: {
            blocks: used.length,
            measuredSpeedup: weighted((p) => p.speedup),
            maxSpeedup: weighted((p) => p.maxSpeedup),
            simulated: { '8': weighted((p) => p.sim8), '16': weighted((p) => p.sim16), '32': weighted((p) => p.sim32) },
        },
        mismatches: sorted
            .filter((r) => r.status === 'mismatch')
            .map((r) => ({
            block: r.block,
            fields: mismatches(r).map(({ field, verdict }) => ({ field, expected: verdict.expected, actual: verdict.actual, reason: verdict.reason })),
        })),
        failures: sorted.filter((r) => r.status === 'failed').map((r) => ({ block: r.block, ...r.error })),
        criticalPathShare: { bins, median: shares.length ? median(shares) : null },
        hot: [...hot.values()].sort((a, b) => b.dependencies - a.dependencies || b.blocks - a.blocks).slice(0, 20),
        series,
        workers,
    };
}
const fmt = (x, d = 2) => (x === undefined || !Number.isFinite(x) ? '' : x.toFixed(d));
const short = (s) => (s === undefined ? '' : s.length > 24 ? `${s.slice(0, 12)}…${s.slice(-8)}` : s);
/** The HTML report of `s`: one document, UTF-8, no external resources. */
export function renderHistoryReport(s) {
    const data = {
        series: s.series.map((p) => [p.block, p.speedup ?? null, p.maxSpeedup ?? null, p.sim8 ?? null, p.sim16 ?? null, p.sim32 ?? null, p.txs, p.status]),
        bins: s.criticalPathShare.bins.map((b) => [`${Math.round(100 * b.from)}–${Math.round(100 * b.to)}%`, b.blocks]),
        hot: s.hot.slice(0, 15).map((h) => [`${h.kind} ${h.label ?? short(h.address)}${h.slot ? ` [${short(h.slot)}]` : ''}`, h.dependencies, h.kind]),
    };
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const x = (v) => `${v.toFixed(2)}×`;
    const head = [
        ['chain id', String(s.chainId)],
        ['range', `${s.range.from}..${s.range.to}`],
        ['blocks recorded', `${s.blocks}: ${s.matched} match their headers, ${s.mismatched} mismatch, ${s.failed} failed`],
        [
            'measured speedup (gas-weighted)',
            `${x(s.gasWeighted.measuredSpeedup)} over ${s.gasWeighted.blocks} blocks with transactions (sequential ÷ parallel on the worker that ran each)`,
        ],
        ['max speedup, unlimited cores (gas-weighted)', x(s.gasWeighted.maxSpeedup)],
        [
            'simulated speedup 8 / 16 / 32 threads (gas-weighted)',
            `${x(s.gasWeighted.simulated['8'])} / ${x(s.gasWeighted.simulated['16'])} / ${x(s.gasWeighted.simulated['32'])}`,
        ],
        ['median critical-path share', s.criticalPathShare.median === null ? 'n/a' : `${(100 * s.criticalPathShare.median).toFixed(1)}%`],
        [
            'workers',
            Object.entries(s.workers)
                .map(([w, n]) => `${w} (${n})`)
                .join(', '),
        ],
    ]
        .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`)
        .join('');
    const mism = s.mismatches
        .flatMap((m) => m.fields.map((f) => `<tr><td class="num">${m.block}</td><td>${esc(f.field)}</td><td class="mono">${esc(f.expected ?? '')}</td><td class="mono">${esc(f.actual ?? '')}</td><td>${esc(f.reason ?? '')}</td></tr>`))
        .join('');
    const fails = s.failures
        .map((f) => `<tr><td class="num">${f.block}</td><td class="mono">${esc(f.code)}</td><td>${esc([f.reason, f.txIndex !== undefined ? `transaction ${f.txIndex}` : ''].filter(Boolean).join(', '))}</td><td>${esc(f.message.slice(0, 300))}</td></tr>`)
        .join('');
    const hot = s.hot
        .map((h, i) => `<tr><td>${i + 1}</td><td>${esc(h.kind)}</td><td class="mono">${esc(h.address)}</td><td class="mono">${esc(h.slot ?? '')}</td><td>${esc(h.label ?? '')}</td><td class="num">${h.dependencies}</td><td class="num">${h.blocks}</td></tr>`)
        .join('');
    const rows = s.series
        .map((p) => `<tr${p.status === 'match' ? '' : ' class="bad"'}><td class="num">${p.block}</td><td>${p.status}</td><td class="num">${p.txs}</td><td class="num">${p.gasUsed.toLocaleString('en-US')}</td><td>${esc(p.path ?? '')}</td><td class="num">${p.reexecutions ?? ''}</td><td class="num">${fmt(p.speedup)}</td><td class="num">${fmt(p.maxSpeedup)}</td><td class="num">${fmt(p.sim8)}</td><td class="num">${fmt(p.sim32)}</td><td class="num">${p.share === undefined ? '' : `${(100 * p.share).toFixed(1)}%`}</td></tr>`)
        .join('');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>parevm report — blocks ${s.range.from}..${s.range.to}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1b1f24;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
table{border-collapse:collapse;font-size:13px}th,td{padding:3px 8px;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
table.head th{font-weight:500;color:#57606a}.num{text-align:right;font-variant-numeric:tabular-nums}.mono{font-family:ui-monospace,monospace;font-size:12px}
.chart{width:100%;border:1px solid #e3e6ea;border-radius:6px}tr.bad td{background:#fdecea}.muted{color:#57606a}
</style></head><body>
<h1>Blocks ${s.range.from}..${s.range.to}: replay history</h1>
<p class="muted">Each block was executed by a <code>parevm worker</code> with the parallel engine and the sequential one, verified against its header, and analyzed (dependencies from the engine's own transaction path, the critical path, Block-STM simulated on 8, 16 and 32 threads).</p>
<table class="head">${head}</table>
<h2>Speedup and parallelism over block number</h2>
<div id="speedup" class="chart" style="height:400px"></div>
<h2>Header mismatches</h2>
<table><tr><th>block</th><th>field</th><th>expected</th><th>actual</th><th>where</th></tr>${mism || '<tr><td colspan="5">none: every checked header field matched</td></tr>'}</table>
<h2>Failed blocks</h2>
<table><tr><th>block</th><th>error code</th><th>reason</th><th>message</th></tr>${fails || '<tr><td colspan="4">none</td></tr>'}</table>
<h2>Critical-path share</h2>
<p class="muted">Share of each block's execution time on its critical path (blocks with transactions): near 0% is embarrassingly parallel, 100% is one chain of dependencies.</p>
<div id="share" class="chart" style="height:300px"></div>
<h2>Hot contracts and slots across the range</h2>
<p class="muted">Locations ranked by the dependencies they caused, summed over the blocks where they were among a block's ten hottest.</p>
<div id="hot" class="chart" style="height:${Math.max(160, 40 + 24 * Math.min(15, s.hot.length))}px"></div>
<table><tr><th>#</th><th>kind</th><th>address</th><th>slot</th><th>label</th><th>dependencies</th><th>blocks</th></tr>${hot || '<tr><td colspan="7">no dependencies</td></tr>'}</table>
<h2>Blocks</h2>
<details><summary>${s.blocks} blocks</summary>
<table><tr><th>block</th><th>status</th><th>txs</th><th>gas</th><th>path</th><th>re-exec</th><th>speedup</th><th>max speedup</th><th>sim 8</th><th>sim 32</th><th>crit. path</th></tr>${rows}</table></details>
<script>${echartsSource()}</script>
<script>
const D = ${json};
${CHART_READY_JS}
function speedup() {
  const c = chart(document.getElementById('speedup'));
  const line = (name, k, color, dashed) => ({ name, type: 'line', symbolSize: 5, connectNulls: true, itemStyle: { color }, lineStyle: dashed ? { type: 'dashed' } : {},
    data: D.series.filter(p => p[k] !== null).map(p => [p[0], p[k]]) });
  c.setOption({
    animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 50 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 14, bottom: 6 }],
    xAxis: { type: 'value', name: 'block', nameLocation: 'middle', nameGap: 26, scale: true },
    yAxis: { type: 'log', logBase: 2, name: 'speedup', min: v => Math.pow(2, Math.floor(Math.log2(Math.min(0.5, v.min)))),
      max: v => Math.pow(2, Math.ceil(Math.log2(Math.max(2, v.max)))), axisLabel: { formatter: v => +Number(v).toPrecision(3) + '×' } },
    series: [
      line('measured (worker)', 1, '#1a7f37'),
      line('max (critical path)', 2, '#d1242f', true),
      line('simulated 8 threads', 3, '#4f7fbf'),
      line('simulated 16 threads', 4, '#8250df'),
      line('simulated 32 threads', 5, '#f0883e'),
    ],
  });
  return c;
}
function share() {
  const c = chart(document.getElementById('share'));
  c.setOption({
    animation: false, tooltip: { trigger: 'axis' },
    grid: { left: 50, right: 20, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: D.bins.map(b => b[0]), name: 'critical-path share', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', name: 'blocks', minInterval: 1 },
    series: [{ type: 'bar', data: D.bins.map(b => b[1]), itemStyle: { color: '#4f7fbf' } }],
  });
  return c;
}
function hot() {
  const c = chart(document.getElementById('hot'));
  c.setOption({
    animation: false, tooltip: { trigger: 'axis' },
    grid: { left: 260, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: 'dependencies', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: D.hot.map(h => h[0]) },
    series: [{ type: 'bar', data: D.hot.map(h => ({ value: h[1], itemStyle: { color: h[2] === 'storage' ? '#8250df' : '#d1242f' } })) }],
  });
  return c;
}
const charts = [speedup(), share(), hot()];
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
</script>
</body></html>
`;
}
//# sourceMappingURL=report.js.map