// The bench's target lines (issue 16): a target nothing measured says "not measured", never MET
// (`bench:parallel --synthetic none` once printed "MET (Infinity×)"); a missed figure is not
// rounded up to the target; one input's line gives its single rounds' range, their middle half
// (and says when the target lies inside it) and its CPU bound.
import assert from 'node:assert/strict';
import test from 'node:test';
import { noBlockBelowVerdict, roundRatios, spread, targetLine, verdict } from '../../bench/targets.js';

test('a target nothing measured (undefined or NaN) is "not measured", with no figure', () => {
  for (const measured of [undefined, Number.NaN]) {
    const t = verdict(1.9, measured, { bound: 1.95, rounds: { min: 1, max: 2 } });
    assert.equal(t.met, null);
    assert.equal(t.measured, null);
    assert.equal(targetLine('synthetic erc20', t, 2), 'synthetic erc20 ≥1.9×: not measured');
  }
});

test('MET at or above the target, NOT MET below it, the figure never rounded onto the other side', () => {
  assert.equal(targetLine('x', verdict(1.5, 1.5), 2), 'x ≥1.5×: MET (1.50×)');
  assert.equal(targetLine('x', verdict(1.9, 1.897), 2), 'x ≥1.9×: NOT MET (1.897×)');
  assert.equal(targetLine('no block below', verdict(0.95, 0.98, { detail: '46147' }), 2), 'no block below ≥0.95×: MET (0.98×, 46147)');
});

test("the no-block-below target: the slowest block, with its path and its own single rounds' range", () => {
  const rows = [
    { name: '14029313', path: 'pipelined', speedup: 1.47, speedupRounds: { min: 1.2, max: 1.9 } },
    { name: '19910734', path: 'seq: fewer than 12 transactions', speedup: 0.94, speedupRounds: { min: 0.5, max: 1.5 } },
    { name: '46147', path: 'seq: fewer than 12 transactions', speedup: 0.96, speedupRounds: { min: 0.19, max: 14.82 } },
  ];
  const t = noBlockBelowVerdict(rows);
  assert.equal(t.met, false);
  assert.equal(
    targetLine('no block below', t, 2),
    'no block below ≥0.95×: NOT MET (0.94×, 19910734, seq: fewer than 12 transactions; single rounds 0.50–1.50×)',
  );
  assert.equal(noBlockBelowVerdict(rows.filter((r) => r.name !== '19910734')).met, true);
  assert.equal(targetLine('no block below', noBlockBelowVerdict([]), 2), 'no block below ≥0.95×: not measured');
});

test("one input's line: its single rounds' range and middle half, then its bound by the cores' CPU time", () => {
  // Ratios 2.0, 150/93 = 1.6129…, 130/81 = 1.6049…: sorted, the quartiles lie halfway between
  // the first two (1.6089…) and the last two (1.8064…).
  const t = verdict(1.9, 1.78, { bound: 1.8234, rounds: spread(roundRatios([140, 150, 130], [70, 93, 81])) });
  assert.equal(
    targetLine('synthetic transfers', t, 2),
    "synthetic transfers ≥1.9×: NOT MET (1.78×; single rounds 1.60–2.00×, middle half 1.61–1.81×; 2 cores' CPU time and the longest transaction allow ≈1.82×)",
  );
});

test('a target inside the middle half of the rounds says another run may read the other verdict; one outside it does not', () => {
  // Ratios 1.5, 1.8, 2.0, 2.2, 2.5: quartiles 1.8 and 2.2.
  const rounds = spread(roundRatios([150, 180, 200, 220, 250], [100, 100, 100, 100, 100]));
  assert.deepEqual(rounds, { min: 1.5, max: 2.5, q1: 1.8, q3: 2.2 });
  assert.equal(
    targetLine('synthetic transfers', verdict(1.9, 1.99, { rounds }), 2),
    'synthetic transfers ≥1.9×: MET (1.99×; single rounds 1.50–2.50×, middle half 1.80–2.20×) — the target lies within the middle half of the rounds: another run may read the other verdict',
  );
  assert.equal(
    targetLine('one-sender payout block 12520364', verdict(1.5, 1.99, { rounds }), 2),
    'one-sender payout block 12520364 ≥1.5×: MET (1.99×; single rounds 1.50–2.50×, middle half 1.80–2.20×)',
  );
  // Rounds without quartiles (a caller's own range) print as before, with no such ending.
  assert.equal(targetLine('x', verdict(1.9, 1.95, { rounds: { min: 1.5, max: 2.5 } }), 2), 'x ≥1.9×: MET (1.95×; single rounds 1.50–2.50×)');
});

test('roundRatios pairs each round with its own parallel run, not the sorted lists', () => {
  // Sorted, the lists would pair 10 with 5 and 30 with 30 (2× and 1×); by round they give 0.5×, 3× and 1×.
  assert.deepEqual(roundRatios([10, 30, 20], [20, 10, 20]), [0.5, 3, 1]);
  assert.deepEqual(spread(roundRatios([10, 30, 20], [20, 10, 20])), { min: 0.5, max: 3, q1: 0.75, q3: 2 });
});

test('spread: lowest, highest and quartiles of any values (a gas-weighted target passes its passes); NaN for none', () => {
  assert.deepEqual(spread([2, 1, 4, 3, 5]), { min: 1, max: 5, q1: 2, q3: 4 });
  // Four values: the quartiles lie at indexes 0.75 and 2.25 of 1, 2, 4, 8.
  assert.deepEqual(spread([8, 1, 4, 2]), { min: 1, max: 8, q1: 1.75, q3: 5 });
  const none = spread([]);
  assert.ok(Number.isNaN(none.min) && Number.isNaN(none.q1) && Number.isNaN(none.q3) && Number.isNaN(none.max));
  // A gas-weighted target's line names them passes.
  // Quartiles at indexes 0.75 and 2.25: 0.86 + 0.75 × 0.04 = 0.89 and 0.93 + 0.25 × 0.03 = 0.9375.
  const passes = { ...spread([0.9, 0.86, 0.96, 0.93]), of: 'passes' as const };
  assert.equal(
    targetLine('Block-STM at 1 worker', verdict(0.9, 0.92, { rounds: passes }), 2),
    'Block-STM at 1 worker ≥0.9×: MET (0.92×; single passes 0.86–0.96×, middle half 0.89–0.94×) — the target lies within the middle half of the passes: another run may read the other verdict',
  );
});
