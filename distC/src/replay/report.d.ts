import type { BlockRange } from './range.js';
import { type ReplayRecord } from './results.js';
/** One block in the report's series. Speedups are ratios; `share` is 0…1. */
export interface HistoryPoint {
    block: number;
    status: ReplayRecord['status'];
    txs: number;
    gasUsed: number;
    /** Measured sequential ÷ parallel time on the worker that ran it. */
    speedup?: number;
    path?: string;
    reexecutions?: number;
    /** Critical-path bound (total work ÷ critical path, by time). */
    maxSpeedup?: number;
    sim8?: number;
    sim16?: number;
    sim32?: number;
    /** Share of the block's work on its critical path. */
    share?: number;
}
/** A hot location summed over the range: dependencies it caused, blocks where it was hot. */
export interface RangeHotLocation {
    kind: string;
    address: string;
    slot?: string;
    label?: string;
    dependencies: number;
    blocks: number;
}
/** The numbers of a range (`parevm report --json`). Gas in gas units, times in ms. */
export interface HistorySummary {
    chainId: number;
    range: BlockRange;
    /** Blocks with a record in the range, and how they ended. */
    blocks: number;
    matched: number;
    mismatched: number;
    failed: number;
    /** Gas-weighted over the executed blocks with transactions (1 when there are none). */
    gasWeighted: {
        blocks: number;
        measuredSpeedup: number;
        maxSpeedup: number;
        simulated: Record<'8' | '16' | '32', number>;
    };
    /** Blocks whose checked header fields did not all match, with the fields. */
    mismatches: {
        block: number;
        fields: {
            field: string;
            expected?: string;
            actual?: string;
            reason?: string;
        }[];
    }[];
    /** Blocks that could not be loaded or executed, with their typed error. */
    failures: {
        block: number;
        code: string;
        message: string;
        reason?: string;
        txIndex?: number;
    }[];
    /** Critical-path share in ten bins of 10% (blocks with transactions), and its median. */
    criticalPathShare: {
        bins: {
            from: number;
            to: number;
            blocks: number;
        }[];
        median: number | null;
    };
    /** The 20 locations causing the most dependencies over the range. */
    hot: RangeHotLocation[];
    series: HistoryPoint[];
    /** Who recorded the blocks (`host:pid`) and how many each. */
    workers: Record<string, number>;
}
/** The summary of `records` (one per block, any order) for `range`. */
export declare function historySummary(records: readonly ReplayRecord[], range: BlockRange, chainId: number): HistorySummary;
/** The HTML report of `s`: one document, UTF-8, no external resources. */
export declare function renderHistoryReport(s: HistorySummary): string;
