/**
 * Longest paths and waves of a dependency DAG whose nodes are in topological (block) order:
 * `deps[j]` only holds indices below `j`.
 */
/**
 * The longest path weighted by `weight[j]` (node weights, e.g. execution ms or gas).
 * Ties go to the lower predecessor index, so the path is deterministic.
 * @throws RangeError when `weight` and `deps` differ in length or an edge is not backwards
 */
export function criticalPath(deps, weight) {
    if (deps.length !== weight.length)
        throw new RangeError(`${deps.length} transactions but ${weight.length} weights`);
    const finish = new Float64Array(deps.length);
    const pred = new Int32Array(deps.length).fill(-1);
    let end = -1;
    let total = 0;
    for (let j = 0; j < deps.length; j++) {
        let best = 0;
        for (const i of deps[j]) {
            if (!(i >= 0 && i < j))
                throw new RangeError(`dependency ${i} → ${j} is not on an earlier transaction`);
            if (pred[j] === -1 || finish[i] > best) {
                best = finish[i];
                pred[j] = i;
            }
        }
        finish[j] = best + weight[j];
        total += weight[j];
        if (end === -1 || finish[j] > finish[end])
            end = j;
    }
    const path = [];
    for (let j = end; j !== -1; j = pred[j])
        path.push(j);
    path.reverse();
    const length = end === -1 ? 0 : finish[end];
    return { length, path, total, bound: length > 0 ? total / length : 1 };
}
/** Splits the DAG into waves (the length of its longest path in edges, plus one). */
export function waves(deps) {
    const level = deps.map(() => 0);
    const widths = [];
    deps.forEach((d, j) => {
        let l = 0;
        for (const i of d)
            l = Math.max(l, level[i] + 1);
        level[j] = l;
        widths[l] = (widths[l] ?? 0) + 1;
    });
    return { count: widths.length, level, widths };
}
//# sourceMappingURL=criticalPath.js.map