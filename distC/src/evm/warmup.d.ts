/** What {@link warmUpEvm} ran: per opcode, how many times it executed; and whether the program ended as written. */
export interface WarmUpReport {
    /** Executions per opcode (index: the opcode byte), counted by the interpreter. */
    opCounts: Float64Array;
    /** `undefined` when every program's top-level call stopped normally, else the first failure's status name. */
    error: string | undefined;
    /** Wall time (ms). */
    ms: number;
}
/**
 * The warm-up in steps (one program at one fork; 10–40 ms warm, up to ~170 ms the first time in a
 * thread), so a thread can run them
 * while it is idle and stop when work arrives (the pool's workers do); `report` fills in as
 * they run. {@link warmUpEvm} runs them all at once.
 * @param rounds how many times every program runs (the first round may run before V8 collects feedback)
 */
export declare function evmWarmUp(rounds?: number): {
    steps: (() => void)[];
    report: WarmUpReport;
};
/**
 * Runs the whole warm-up ({@link evmWarmUp}; its first step runs the main program at Osaka) on
 * parevm's EVM in this thread, `rounds` times
 * (~150–450 ms the first time here), on a state and blocks of its own: nothing outside is read or
 * written. The worker pool's workers run it in idle time (`WorkerPool`'s `evmWarmUp`); call it
 * once on a thread that is about to execute many blocks (`parevm run` does for more than one
 * block). One block alone does not gain: the JIT has barely started.
 * @returns what ran ({@link WarmUpReport})
 * @example
 * warmUpEvm() // then executeBlockSequential / executeBlock, block after block
 */
export declare function warmUpEvm(rounds?: number): WarmUpReport;
