// A bench's target line must not print a missed target's figure as if it met it (1.897× of ≥ 1.9× read "1.90×").
import assert from 'node:assert/strict';
import test from 'node:test';
import { verdictFigure } from '../../bench/verdictFigure.js';

test('verdictFigure: 2 decimals, more where 2 would read as the other verdict', () => {
  assert.equal(verdictFigure(1.8512, 1.9), '1.85');
  assert.equal(verdictFigure(1.897, 1.9), '1.897');
  assert.equal(verdictFigure(0.9496, 0.95), '0.9496');
  assert.equal(verdictFigure(1.5, 1.5), '1.50');
  assert.equal(verdictFigure(1.9, 1.9), '1.90');
  assert.equal(verdictFigure(1.904, 1.9), '1.90');
  // A target met at or below (a cost): 1.1004 is above 1.1.
  assert.equal(verdictFigure(1.1004, 1.1, false), '1.1004');
  assert.equal(verdictFigure(1.096, 1.1, false), '1.10');
  assert.equal(verdictFigure(0.9999999, 1), '0.9999999');
});
