// The numeric options of the CLI and the benches go through one parser (src/cli/wholeNumber.ts):
// a bad value is commander's typed error with the option's name and exit 1, not a NaN that runs on
// (a NaN `bench:parallel --min-time` ran every block --max-runs times).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import { InvalidArgumentError } from 'commander';
import { wholeNumber } from '../../src/cli/wholeNumber.js';

test('wholeNumber: whole numbers at or above its minimum pass; text, fractions, negatives, below the minimum and unsafe integers are InvalidArgumentErrors', () => {
  assert.equal(wholeNumber(1)('3'), 3);
  assert.equal(wholeNumber(0)('0'), 0);
  for (const [min, bad] of [
    [1, 'abc'],
    [1, ''],
    [0, ''],
    [0, ' '],
    [0, '1.5'],
    [0, '-5'],
    [1, '0'],
    [0, '1e400'],
    [0, String(2 ** 53)],
  ] as const) {
    assert.throws(
      () => wholeNumber(min)(bad),
      (e: unknown) => e instanceof InvalidArgumentError && e.message === `expected a whole number ≥ ${min}`,
      `${JSON.stringify(bad)} at min ${min}`,
    );
  }
});

test('bench:parallel rejects a bad number before measuring anything: exit 1, the option named, no table', () => {
  const script = fileURLToPath(new URL('../../bench/parallel.js', import.meta.url));
  for (const args of [
    ['--runs', 'abc'],
    ['--synthetic-min-time', '-5'],
    ['--tiny-ms', '1.5'],
  ]) {
    const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`option '${args[0]} <[a-z]+>' argument '${args[1]}' is invalid\\. expected a whole number ≥ \\d`), args.join(' '));
    assert.equal(r.stdout, '', 'nothing measured or printed');
  }
});
