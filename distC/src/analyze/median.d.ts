/**
 * The median of `xs` (the mean of the two middle values for an even count; 0 for none): the one
 * definition the benchmarks, the analyzer and the replay report summarise repeated figures with.
 * @example median([3, 1, 2]) // 2
 */
export declare function median(xs: readonly number[]): number;
