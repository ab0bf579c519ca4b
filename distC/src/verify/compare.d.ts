import type { BlockResult } from '../types.js';
/** The first field two results differ in, with both values (canonical JSON; `a`, `b` as the arguments). */
export interface ResultDifference {
    field: string;
    a: string;
    b: string;
}
/**
 * Compares two results of the same block field for field (senders, receipts, gasUsed,
 * logsBloom, receiptsRoot, state changes, notes); timings and metrics are not compared.
 * @returns undefined when equal, else the path of the first differing field and both values
 */
export declare function diffResults(a: BlockResult, b: BlockResult): ResultDifference | undefined;
/** The field a failed merge check is reported under ({@link failedMergeCheck}). */
export declare const MERGE_CHECK_FIELD = "mergeCheck";
/**
 * Whether a parallel result fell back because Block-STM's writes failed the block-end merge's
 * lazy-sender or balance check (`metrics.mergeCheck`; the block then ran sequentially). Only for
 * a valid block's result (one the sequential engine executed): there neither check fails by
 * design, so a failure is a rule of Block-STM that let through an incarnation sequential execution
 * runs differently, which only the check kept from diverging. A balance above 2^256 − 1 is left
 * out: there the check is the rule. A {@link ResultDifference} (`a` sequential, `b` parallel).
 * @returns undefined when no such check failed
 */
export declare function failedMergeCheck(parallel: BlockResult): ResultDifference | undefined;
/**
 * What two engines must agree on when a block fails: the error class, its `code`, the transaction
 * index and the reasons — not the wording, which each engine writes its own way.
 */
export declare function sameErrorKey(e: unknown): string;
