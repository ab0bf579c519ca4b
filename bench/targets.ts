import { verdictFigure } from './verdictFigure.js';

/** A bench target's verdict: MET / NOT MET with the measured figure, or "not measured" (`met: null`) when nothing measured it. */
export interface Target {
  target: number;
  measured: number | null;
  met: boolean | null;
  /** About the most the figure can be on the machine's cores: by the parallel runs' CPU time and each input's longest transaction; absent where not given. */
  bound?: number;
  /** Which block the figure is of (the lowest-block target). */
  detail?: string;
  /** One input's target: the lowest and highest of its rounds' own ratios ({@link roundRange}). */
  rounds?: { min: number; max: number };
}

/**
 * The verdict of a figure met at `measured ≥ target`; undefined or NaN (no input measured it) is
 * "not measured", never MET.
 * @example verdict(1.9, undefined).met // null
 */
export function verdict(
  target: number,
  measured: number | undefined,
  extra: { bound?: number; detail?: string; rounds?: { min: number; max: number } } = {},
): Target {
  if (measured === undefined || Number.isNaN(measured)) return { target, measured: null, met: null };
  return {
    target,
    measured,
    met: measured >= target,
    ...(extra.bound === undefined ? {} : { bound: extra.bound }),
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.rounds ? { rounds: extra.rounds } : {}),
  };
}

/**
 * A target's line: `label ≥T×: MET (F×[, detail][; single rounds a–b×][; C cores' CPU time and the longest transaction allow ≈B×])`,
 * NOT MET likewise, or `not measured`; figures to as many decimals as it takes not to read as the
 * other verdict ({@link verdictFigure}).
 * @param cores the cores the bound is of
 */
export function targetLine(label: string, t: Target, cores: number): string {
  if (t.met === null) return `${label} ≥${t.target}×: not measured`;
  const detail = t.detail ? `, ${t.detail}` : '';
  const rounds = t.rounds === undefined ? '' : `; single rounds ${t.rounds.min.toFixed(2)}–${t.rounds.max.toFixed(2)}×`;
  const bound = t.bound === undefined ? '' : `; ${cores} cores' CPU time and the longest transaction allow ≈${verdictFigure(t.bound, t.target)}×`;
  return `${label} ≥${t.target}×: ${t.met ? 'MET' : 'NOT MET'} (${verdictFigure(t.measured!, t.target)}×${detail}${rounds}${bound})`;
}

/** The lowest and highest ratio `seq[i] / par[i]` over the rounds (the same index: one round's pair of runs, ms). */
export function roundRange(seq: readonly number[], par: readonly number[]): { min: number; max: number } {
  const ratios = seq.map((s, i) => s / Math.max(0.001, par[i]!));
  return { min: Math.min(...ratios), max: Math.max(...ratios) };
}

/**
 * The no-block-below target (issue 16: ≥ 0.95×) over `rows`: the lowest speedup, with that
 * block's name and path (`seq: …` when both paths ran it on the sequential engine: then they
 * differ by `executeBlock`'s routing alone, 0.4–1.3 µs, while its 0.05–0.1 ms runs spread widely)
 * and the range of its single rounds. No row: "not measured".
 * @example noBlockBelowVerdict([{ name: '46147', path: 'seq: fewer than 12 transactions', speedup: 0.98, speedupRounds: { min: 0.6, max: 1.4 } }]).detail
 * // '46147, seq: fewer than 12 transactions'
 */
export function noBlockBelowVerdict(rows: readonly { name: string; path: string; speedup: number; speedupRounds: { min: number; max: number } }[]): Target {
  const worst = rows.length ? rows.reduce((w, r) => (r.speedup < w.speedup ? r : w)) : undefined;
  return verdict(0.95, worst?.speedup, worst && { detail: `${worst.name}, ${worst.path}`, rounds: worst.speedupRounds });
}
