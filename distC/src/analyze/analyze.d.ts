import type { StateReader } from '../state/reader.js';
import { type CriticalPath, type Waves } from './criticalPath.js';
import { type DependencyGraph, type HotLocation } from './dependencies.js';
import { type Measurement } from './measure.js';
import type { BlockModel, LocationInfo } from './model.js';
import { type SimResult } from './simulate.js';
import { ThroughputProbe } from './throughput.js';
import type { RpcBlockJson } from '../block/decode.js';
/** Thread counts simulated by default. */
export declare const SIM_THREADS: readonly [1, 2, 4, 8, 16, 32, 64];
/**
 * Delay before an idle worker notices new work (ms): the worker loop yields with `setImmediate`
 * when it has no task, a turn of its event loop (tens of microseconds).
 */
export declare const IDLE_POLL_MS = 0.02;
/** Options of {@link analyzeBlock}. */
export interface AnalyzeOptions {
    /** Measured runs of the trace and of each engine (default 3). */
    runs?: number;
    /** Thread counts to simulate (default {@link SIM_THREADS}). */
    threads?: number[];
    /** Measure the engines on this machine (default true); without it no fixed cost is modelled. */
    measure?: boolean;
    /** Worker threads of the measured parallel run (default 2). */
    concurrency?: number;
    /** Keep the simulated timeline at this thread count (default 8). */
    timelineThreads?: number;
    /** A warm probe to reuse across blocks (default: one per call, closed at its end). */
    probe?: ThroughputProbe;
}
/** One transaction of the analysis. Times in ms, gas in gas units. */
export interface TxAnalysis {
    index: number;
    sender: string;
    gas: number;
    execMs: number;
    validateMs: number;
    readSet: number;
    writeSet: number;
    deps: number[];
    wave: number;
}
/** A hot location with its contract label (when the address is well known) and its role. */
export interface LabelledHotLocation extends HotLocation {
    label?: string;
}
/** The system work of a block in its dependency picture (see {@link ModelSystem}). */
export interface SystemAnalysis {
    pre: string[];
    /** Locations the pre-block work wrote. */
    preWrites: LocationInfo[];
    /** Transactions that read a pre-block write. */
    preReaders: number[];
    post: string[];
    /** How many locations the post-block work read. */
    postReads: number;
    /** Transactions whose writes the post-block work read. */
    postDeps: number[];
    /** Transactions with EIP-6110 deposit logs. */
    depositTxs: number[];
}
/** Everything `parevm analyze` shows for one block. */
export interface BlockAnalysis {
    block: number;
    txCount: number;
    gasUsed: number;
    beneficiary: string;
    txs: TxAnalysis[];
    graph: DependencyGraph;
    critical: {
        time: CriticalPath;
        gas: CriticalPath;
    };
    waves: Waves;
    hot: LabelledHotLocation[];
    simulations: SimResult[];
    /** The block's system work and the transactions it depends on or that depend on it (traced blocks). */
    system?: SystemAnalysis;
    measured?: Measurement;
    /**
     * The simulation at the measured thread count on this machine: tasks stretched by the measured
     * two-thread slowdown (`throughput.ts`; 1 when not measured). `simulations` assume a core each.
     */
    onMachine?: SimResult;
    /** `onMachine` speedup minus measured, over measured (signed). */
    simulationError?: number;
    notes: string[];
}
/**
 * Analyzes `blockJson` (RPC JSON) on `state`: see {@link BlockAnalysis}.
 * @throws the typed errors of decoding and executing the block (only valid blocks are analyzed)
 */
export declare function analyzeBlock(blockJson: RpcBlockJson | Uint8Array, state: StateReader, options?: AnalyzeOptions): Promise<BlockAnalysis>;
/**
 * The analysis of a block model (hand-built or traced). With `measured`, the simulation's
 * sequential time and fixed cost are the measured ones and the error at the measured thread count
 * is reported.
 */
export declare function analyzeModel(model: BlockModel, options?: {
    threads?: number[];
    timelineThreads?: number;
    measured?: Measurement;
    slowdown?: number;
}): BlockAnalysis;
