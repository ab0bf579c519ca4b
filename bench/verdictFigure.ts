/**
 * A measured figure beside its target, as a bench's target line prints it: to 2 decimals, or to
 * as many more (up to 6) as it takes not to read as the other verdict. 1.897 against a target of
 * ≥ 1.9 prints `1.897` (NOT MET), where 2 decimals printed `1.90`.
 * @param atLeast true: the target is met at `measured ≥ target`; false: at `measured ≤ target`
 * @example verdictFigure(1.897, 1.9) // '1.897'
 * @example verdictFigure(1.8512, 1.9) // '1.85'
 */
export function verdictFigure(measured: number, target: number, atLeast = true): string {
  const met = (x: number) => (atLeast ? x >= target : x <= target);
  for (let digits = 2; digits <= 6; digits++) {
    const s = measured.toFixed(digits);
    if (met(Number(s)) === met(measured)) return s;
  }
  return String(measured);
}
