/**
 * `parevm/analyze`: how parallel a block is. `traceBlock` runs each transaction through the
 * engine's own incarnation path (a block model: reads, writes, times), `simulateBlockSTM` replays
 * the engine's scheduler on the model at any thread count, `analyzeBlock` puts both together with
 * the measured speedup (critical path, waves, hot locations).
 * @example
 * import { analyzeBlock } from 'parevm/analyze'
 * const analysis = await analyzeBlock(fx.blockJson, fx.state, { threads: [2, 8, 32] })
 */
export { analyzeBlock, analyzeModel, type BlockAnalysis, type AnalyzeOptions } from './analyze.js';
export { simulateBlockSTM, type SimResult, type SimOptions } from './simulate.js';
export { traceBlock, type BlockTrace, type TraceOptions } from './trace.js';
export type { BlockModel } from './model.js';
