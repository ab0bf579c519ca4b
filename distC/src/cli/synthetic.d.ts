import { type ParallelMode } from '../parallel/executeBlock.js';
import { type WorkloadKind } from '../workloads/index.js';
import { type EngineName } from '../execute/engine.js';
/** Options of `parevm run --synthetic`. */
export interface SyntheticOptions {
    kinds: WorkloadKind[];
    txs: number;
    concurrency?: number;
    /** The EVM both engines run (default parevm's). */
    engine?: EngineName;
    /** The parallel path (`executeBlock`'s `mode`, default auto); a block below the size rules still runs in parallel. */
    mode?: ParallelMode;
    json?: boolean;
    out?: (line: string) => void;
}
/**
 * Runs synthetic blocks (one per kind) through the parallel engine and the sequential engine
 * (same EVM), and checks they are equal (a synthetic block has no real header to verify). Times
 * are medians of {@link RUNS} alternated runs after one untimed run of each.
 * @returns exit status: 0 when every parallel result equals the sequential one
 */
export declare function syntheticCommand(opts: SyntheticOptions): Promise<number>;
