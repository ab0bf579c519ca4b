import assert from 'node:assert/strict';
import test from 'node:test';
import { median } from '../../src/analyze/median.js';
test('median: the middle value of an odd count, the mean of the two middle ones of an even count, 0 for none; the input is left unsorted', () => {
    const xs = [9, 1, 5];
    assert.equal(median(xs), 5);
    assert.deepEqual(xs, [9, 1, 5]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
    assert.equal(median([]), 0);
    // Numeric order, not string order (10 sorts before 9 as text).
    assert.equal(median([10, 9, 100]), 10);
});
//# sourceMappingURL=median.test.js.map