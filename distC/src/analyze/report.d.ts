import type { BlockAnalysis } from './analyze.js';
/** At most this many edges are drawn in the DAG (the critical path's are always drawn). */
export declare const MAX_DRAWN_EDGES = 20000;
/** The source of Apache ECharts (`echarts/dist/echarts.min.js`), to inline in a report's `<script>`. */
export declare function echartsSource(): string;
/**
 * Browser code of a report: `chart(el)` makes an ECharts instance; once every chart made so has
 * finished its first full render, `window.__parevmReport` is `{ ready: true, charts: n }` (what
 * the browser tests wait for).
 */
export declare const CHART_READY_JS = "// Ready once every chart has finished its first full render (large series render progressively).\nconst rendered = new Set();\nlet expected = 0;\nfunction chart(el) {\n  const c = echarts.init(el);\n  expected++;\n  c.on('finished', () => {\n    rendered.add(c);\n    if (rendered.size === expected) window.__parevmReport = { ready: true, charts: expected };\n  });\n  return c;\n}\n";
/** `s` escaped for HTML text and attribute values. */
export declare const esc: (s: string) => string;
/** The numbers `parevm analyze` prints and the report heads with. */
export declare function headline(a: BlockAnalysis): {
    label: string;
    value: string;
}[];
/**
 * Renders the report of `a` as one HTML document (UTF-8, no external resources).
 * @param simulatedThreads the thread count whose simulated timeline is drawn (it must have been kept)
 */
export declare function renderReport(a: BlockAnalysis, options?: {
    simulatedThreads?: number;
}): string;
