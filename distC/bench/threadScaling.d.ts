/**
 * One block's figures: the sequential engine's median block time (ms: sender recovery, execution
 * and post-block work, as `bench:parallel` times both engines) alone and side by side.
 */
export interface ThreadScalingRow {
    block: number;
    aloneMs: number;
    togetherMs: number;
    /** N × alone ÷ together: throughput of N threads side by side over one alone (N.00× = perfect). */
    ceiling: number;
}
/**
 * Measures {@link ThreadScalingRow} for each of `blocks` (fixture block numbers under `fixtures`):
 * `warmup` unmeasured rounds, then `rounds` measured ones, alone and side by side in turn.
 * @param threads - threads side by side (the engine's worker count)
 * @throws what loading a fixture throws (a missing block), from the worker
 */
export declare function measureThreadScaling(fixtures: string, blocks: number[], options?: {
    threads?: number;
    rounds?: number;
    warmup?: number;
}): Promise<ThreadScalingRow[]>;
