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
  /** One input's target: the lowest and highest of its rounds' own ratios, and their quartiles where known ({@link spread}). */
  rounds?: Rounds;
}

/** The spread of one input's single-round ratios: lowest, highest, and (where known) the first and third quartiles. */
export interface Rounds {
  min: number;
  max: number;
  q1?: number;
  q3?: number;
  /** What one value is: a round of one input (the default), or a pass over the blocks of a gas-weighted target (each block's k-th round). */
  of?: 'rounds' | 'passes';
}

/**
 * The verdict of a figure met at `measured ≥ target`; undefined or NaN (no input measured it) is
 * "not measured", never MET.
 * @example verdict(1.9, undefined).met // null
 */
export function verdict(target: number, measured: number | undefined, extra: { bound?: number; detail?: string; rounds?: Rounds } = {}): Target {
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
 * A target's line: `label ≥T×: MET (F×[, detail][; single rounds|passes a–b×[, middle half c–d×]][; C cores' CPU time and the longest transaction allow ≈B×])`,
 * NOT MET likewise, or `not measured`; figures to as many decimals as it takes not to read as the
 * other verdict ({@link verdictFigure}). When the target lies within the middle half of the
 * single rounds or passes (first to third quartile), the line ends `— the target lies within the
 * middle half of the rounds (passes): another run may read the other verdict`: on 2 noisy cores one engine read
 * 1.76× and 1.99× for the transfers target in two runs (bench25, bench26).
 * @param cores the cores the bound is of
 */
export function targetLine(label: string, t: Target, cores: number): string {
  if (t.met === null) return `${label} ≥${t.target}×: not measured`;
  const detail = t.detail ? `, ${t.detail}` : '';
  const r = t.rounds;
  const quartiles = r?.q1 === undefined || r.q3 === undefined ? undefined : { q1: r.q1, q3: r.q3 };
  const middle = quartiles ? `, middle half ${quartiles.q1.toFixed(2)}–${quartiles.q3.toFixed(2)}×` : '';
  const of = r?.of ?? 'rounds';
  const rounds = r === undefined ? '' : `; single ${of} ${r.min.toFixed(2)}–${r.max.toFixed(2)}×${middle}`;
  const bound = t.bound === undefined ? '' : `; ${cores} cores' CPU time and the longest transaction allow ≈${verdictFigure(t.bound, t.target)}×`;
  const noisy =
    quartiles && quartiles.q1 <= t.target && t.target <= quartiles.q3
      ? ` — the target lies within the middle half of the ${of}: another run may read the other verdict`
      : '';
  return `${label} ≥${t.target}×: ${t.met ? 'MET' : 'NOT MET'} (${verdictFigure(t.measured!, t.target)}×${detail}${rounds}${bound})${noisy}`;
}

/**
 * Each round's own ratio `seq[i] / par[i]` (ms; the same index: one round's pair of runs), in
 * round order; {@link spread} of them is an input's single rounds.
 * @example roundRatios([10, 30, 20], [20, 10, 20]) // [0.5, 3, 1]
 */
export function roundRatios(seq: readonly number[], par: readonly number[]): number[] {
  return seq.map((s, i) => s / Math.max(0.001, par[i]!));
}

/**
 * The lowest, highest, first and third quartile of `values` (linear interpolation between the
 * sorted values, as numpy's default: the quartile at p lies at index (n − 1)·p); all NaN for
 * none. Of an input's {@link roundRatios}, or of a gas-weighted target's passes.
 * @example spread([2, 1, 4, 3, 5]) // { min: 1, max: 5, q1: 2, q3: 4 }
 */
export function spread(values: readonly number[]): Required<Omit<Rounds, 'of'>> {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { min: Number.NaN, max: Number.NaN, q1: Number.NaN, q3: Number.NaN };
  return { min: sorted[0]!, max: sorted[sorted.length - 1]!, q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** The `p`-quantile of ascending `sorted` (linear interpolation; see {@link spread}). */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (at - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * The no-block-below target (issue 16: ≥ 0.95×) over `rows`: the lowest speedup, with that
 * block's name and path (`seq: …` when both paths ran it on the sequential engine: then they
 * differ by `executeBlock`'s routing alone, 0.4–1.3 µs, while its 0.05–0.1 ms runs spread widely)
 * and the range of its single rounds. No row: "not measured".
 * @example noBlockBelowVerdict([{ name: '46147', path: 'seq: fewer than 12 transactions', speedup: 0.98, speedupRounds: { min: 0.6, max: 1.4 } }]).detail
 * // '46147, seq: fewer than 12 transactions'
 */
export function noBlockBelowVerdict(rows: readonly { name: string; path: string; speedup: number; speedupRounds: Rounds }[]): Target {
  const worst = rows.length ? rows.reduce((w, r) => (r.speedup < w.speedup ? r : w)) : undefined;
  return verdict(0.95, worst?.speedup, worst && { detail: `${worst.name}, ${worst.path}`, rounds: worst.speedupRounds });
}
