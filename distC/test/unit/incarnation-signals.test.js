// An incarnation's control-flow throws (an ESTIMATE read, a lazy sender's balance read) carry no
// stack trace (src/parallel/txView.ts: its capture was most of the throw's cost), and leave
// Error.stackTraceLimit, and so every other error's stack, as they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EstimateReadError, LazySenderReadError } from '../../src/parallel/txView.js';
test('ESTIMATE and lazy-sender reads are thrown without a stack trace; other errors keep theirs', () => {
    const limit = Error.stackTraceLimit;
    const deep = (n) => {
        if (n > 0)
            return deep(n - 1);
        try {
            throw new EstimateReadError(7);
        }
        catch (e) {
            return e;
        }
    };
    const estimate = deep(20);
    assert.ok(estimate instanceof EstimateReadError && estimate instanceof Error);
    assert.equal(estimate.blockingTx, 7);
    assert.equal(estimate.message, 'read an ESTIMATE of transaction 7');
    assert.doesNotMatch(estimate.stack ?? '', /\n\s+at /);
    const lazy = new LazySenderReadError('0x00000000000000000000000000000000000000aa');
    assert.equal(lazy.address, '0x00000000000000000000000000000000000000aa');
    assert.doesNotMatch(lazy.stack ?? '', /\n\s+at /);
    assert.equal(Error.stackTraceLimit, limit);
    assert.match(new Error('x').stack ?? '', /\n\s+at /);
});
//# sourceMappingURL=incarnation-signals.test.js.map