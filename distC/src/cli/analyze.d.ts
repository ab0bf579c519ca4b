import { type Command } from 'commander';
import { type BlockAnalysis } from '../analyze/analyze.js';
/** Options of `parevm analyze`. */
export interface AnalyzeCommandOptions {
    fixtures?: string;
    /** One block: report, headline numbers. */
    block?: number;
    /** Every fixture block: the summary table. */
    all?: boolean;
    /** Report path for `block` (default `reports/block-<N>.html`). */
    out?: string;
    json?: boolean;
    /** Measured runs of the trace and of each engine (default 3). */
    runs?: number;
    /** Measure the engines on this machine (default true). */
    measure?: boolean;
    /** Progress lines (stderr). */
    progress?: boolean;
    print?: (line: string) => void;
}
/** The numbers of one block that `--json` prints (times in ms, gas in gas units). */
export declare function summary(a: BlockAnalysis, report?: string): {
    report?: string | undefined;
    block: number;
    txs: number;
    gasUsed: number;
    totalWorkMs: number;
    criticalPath: {
        ms: number;
        share: number;
        txs: number[];
        gas: number;
        gasTxs: number[];
    };
    maxSpeedup: {
        time: number;
        gas: number;
    };
    waves: number;
    dependencies: number;
    simulated: {
        [k: string]: {
            speedup: number;
            totalMs: number;
            reexecutions: number;
        };
    };
    measured: import("../analyze/measure.js").Measurement | null;
    onMachine: {
        threads: number;
        slowdown: number;
        speedup: number;
        totalMs: number;
    } | null;
    simulationError: number | null;
    hot: {
        kind: "account" | "storage" | "balance";
        address: string;
        slot: string | undefined;
        label: string | undefined;
        dependencies: number;
        dependentReaders: number;
        writers: number;
    }[];
    system: {
        preWrites: {
            kind: "account" | "storage" | "balance";
            address: string;
            slot: string | undefined;
        }[];
        pre: string[];
        preReaders: number[];
        post: string[];
        postReads: number;
        postDeps: number[];
        depositTxs: number[];
    } | null;
    notes: string[];
};
/**
 * `parevm analyze`: the parallelism of one fixture block (`--block N`: HTML report and headline
 * numbers) or of every fixture block (`--all`: one table).
 * @returns the process exit status: 0, or 1 when a block could not be loaded or analyzed
 */
export declare function analyzeCommand(opts: AnalyzeCommandOptions): Promise<number>;
/** Thread counts of the gas-weighted summary of `analyze --all` (RISE pevm reports 32 vCPUs). */
export declare const WEIGHTED_THREADS: readonly [8, 16, 32];
/**
 * The simulated engine speedup at 8, 16 and 32 threads, weighted by each block's gas (the
 * blocks with transactions): the figure to set beside RISE pevm's measured 2.02× mainnet mean on
 * 32 vCPUs — a different EVM, machine and block sample, so a comparison of orders, not a race.
 */
export declare function gasWeightedSimulation(rows: BlockAnalysis[]): {
    blocks: number;
    speedup: Record<number, number>;
};
/**
 * What the blocks' dependencies allow on `threads` threads with no engine cost at all: per block,
 * the total execution work ÷ max(critical path, work ÷ threads) (Block-STM §2: no schedule beats
 * either), gas-weighted over the blocks of ≥ 5 Mgas — the blocks of `bench:parallel`'s gas-weighted
 * target. Execution only: sender recovery (which parallelises fully) and the post-block work are
 * left out, so it bounds the execution phase's speedup, not a whole block's.
 */
export declare function dependencyBound(rows: BlockAnalysis[], threads: number): {
    blocks: number;
    speedup: number;
};
/** The simulation's error against the measured speedup over a set of blocks (blocks with transactions). */
export declare function errorStats(rows: BlockAnalysis[]): {
    blocks: number;
    within15: number;
    medianAbs: number;
    meanAbs: number;
    maxAbs: number;
    wholeSet: {
        measured: number;
        simulated: number;
        error: number;
    };
    loadAverage: number;
};
/** Registers `parevm analyze` on the CLI program. */
export declare function registerAnalyze(program: Command): void;
