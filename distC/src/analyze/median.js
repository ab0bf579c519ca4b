/**
 * The median of `xs` (the mean of the two middle values for an even count; 0 for none): the one
 * definition the benchmarks, the analyzer and the replay report summarise repeated figures with.
 * @example median([3, 1, 2]) // 2
 */
export function median(xs) {
    if (xs.length === 0)
        return 0;
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
//# sourceMappingURL=median.js.map