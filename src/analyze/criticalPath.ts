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
export function criticalPath(deps: number[][], weight: number[]): CriticalPath {
  if (deps.length !== weight.length) throw new RangeError(`${deps.length} transactions but ${weight.length} weights`);
  const finish = new Float64Array(deps.length);
  const pred = new Int32Array(deps.length).fill(-1);
  let end = -1;
  let total = 0;
  for (let j = 0; j < deps.length; j++) {
    let best = 0;
    for (const i of deps[j]!) {
      if (!(i >= 0 && i < j)) throw new RangeError(`dependency ${i} → ${j} is not on an earlier transaction`);
      if (pred[j] === -1 || finish[i]! > best) {
        best = finish[i]!;
        pred[j] = i;
      }
    }
    finish[j] = best + weight[j]!;
    total += weight[j]!;
    if (end === -1 || finish[j]! > finish[end]!) end = j;
  }
  const path: number[] = [];
  for (let j = end; j !== -1; j = pred[j]!) path.push(j);
  path.reverse();
  const length = end === -1 ? 0 : finish[end]!;
  return { length, path, total, bound: length > 0 ? total / length : 1 };
}

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
export function waves(deps: number[][]): Waves {
  const level = deps.map(() => 0);
  const widths: number[] = [];
  deps.forEach((d, j) => {
    let l = 0;
    for (const i of d) l = Math.max(l, level[i]! + 1);
    level[j] = l;
    widths[l] = (widths[l] ?? 0) + 1;
  });
  return { count: widths.length, level, widths };
}
