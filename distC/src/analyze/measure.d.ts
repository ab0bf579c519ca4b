import type { StateReader } from '../state/reader.js';
import type { RpcBlockJson } from '../block/decode.js';
/** Options of {@link measureBlock}. */
export interface MeasureOptions {
    /** Worker threads of the parallel run (default 2). */
    concurrency?: number;
    /** Measured runs of each engine (default 3). */
    runs?: number;
}
/** Measured times (ms, medians) and the speedup of the parallel engine over the sequential one. */
export interface Measurement {
    concurrency: number;
    runs: number;
    sequentialMs: number;
    parallelMs: number;
    /** `sequentialMs / parallelMs`. */
    speedup: number;
    /** The parallel engine's worker phase on the block without its transactions. */
    fixedMs: number;
    /** `parallel`, or `sequential: <reason>` when the engine fell back. */
    path: string;
    /** Block-STM re-executions of the last parallel run. */
    reexecutions: number;
    /** One-minute load average when the measurement started (this machine's other load). */
    loadAverage: number;
}
/** One measured round: both engines and the fixed cost, times in ms. */
export interface MeasureSample {
    sequentialMs: number;
    parallelMs: number;
    fixedMs: number;
    path: string;
    reexecutions: number;
}
/** Runs the sequential engine, the parallel engine and the parallel engine on the empty block once each. */
export declare function measureRound(blockJson: RpcBlockJson, state: StateReader, concurrency?: number): Promise<MeasureSample>;
/** Medians of measured rounds (the path and re-executions of the last one). */
export declare function combineSamples(samples: MeasureSample[], concurrency: number, loadAverage: number): Measurement;
/**
 * Measures the parallel engine against the sequential one on a block (see the module comment):
 * a warm-up round, then `runs` rounds.
 * @throws the typed errors of both engines for an invalid block
 */
export declare function measureBlock(blockJson: RpcBlockJson, state: StateReader, options?: MeasureOptions): Promise<Measurement>;
