/**
 * Longest paths and waves of a dependency DAG whose nodes are in topological (block) order:
 * `deps[j]` only holds indices below `j`.
 */
/** The heaviest chain of dependent transactions under some per-transaction weight. */
export interface CriticalPath {
    /** Sum of the weights on the path (same unit as the weights: ms or gas). */
    length: number;
    /** Transaction indices on the path, ascending. */
    path: number[];
    /** Sum of all weights (the total work). */
    total: number;
    /** `total / length`: the speedup no number of cores can exceed (1 for an empty block). */
    bound: number;
}
/**
 * The longest path weighted by `weight[j]` (node weights, e.g. execution ms or gas).
 * Ties go to the lower predecessor index, so the path is deterministic.
 * @throws RangeError when `weight` and `deps` differ in length or an edge is not backwards
 */
export declare function criticalPath(deps: number[][], weight: number[]): CriticalPath;
/** Dependency-free waves: wave 0 has no dependencies, wave k depends on wave k−1 at most. */
export interface Waves {
    /** Number of waves (0 for an empty block). */
    count: number;
    /** Wave of each transaction. */
    level: number[];
    /** Transactions per wave. */
    widths: number[];
}
/** Splits the DAG into waves (the length of its longest path in edges, plus one). */
export declare function waves(deps: number[][]): Waves;
