import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockSeeds, chainHints, senderSeeds } from '../../src/parallel/seeds.js';
const A = '0x' + 'aa'.repeat(20);
const B = '0x' + 'bb'.repeat(20);
const T = '0x' + '11'.repeat(20);
const U = '0x' + '22'.repeat(20);
const call = (to, hasData = true) => ({ to, hasData });
test('chainHints: each call waits for the same sender’s previous call to the same contract, with calldata', () => {
    const senders = [A, A, B, A, A, A, undefined, A, A];
    const calls = [call(T), call(U), call(T), call(T), call(T, false), call(undefined), call(T), call(T), call(U)];
    // 0 A→T; 1 A→U; 2 B→T (another sender); 3 A→T waits on 0; 4 a plain value transfer: no hint, not
    // a link either; 5 a creation; 6 unknown sender; 7 A→T waits on 3 (not 4); 8 A→U waits on 1.
    assert.deepEqual(chainHints(senders, calls), [-1, -1, -1, 0, -1, -1, -1, 3, 1]);
});
test('blockSeeds: the sender seeds and the waits of a decoded block, from its `from` fields and its transactions’ `to` and calldata', () => {
    const tx = (to, data) => ({ to: to === undefined ? undefined : { toString: () => to }, data: new Uint8Array(data) });
    const block = { transactions: [tx(T, [1]), tx(T, []), tx(T, [2]), tx(undefined, [3])] };
    // 0 and 2 are A's calls to T with calldata: 2 waits for 0; 1 (no calldata) links nothing. A's next
    // transaction after 0 is 1, not lazy: 0 is seeded, as are 1 (next 2) and 2 (next 3).
    assert.deepEqual(blockSeeds({ block, expectedSenders: [A, A, A, A] }, () => false), { senders: [A, A, A, undefined], waitsFor: [-1, -1, 0, -1] });
    // An RLP block has no `from`: nothing is seeded.
    const none = blockSeeds({ block, expectedSenders: [] }, () => false);
    assert.deepEqual(none.senders, [undefined, undefined, undefined, undefined]);
    assert.deepEqual(none.waitsFor, [-1, -1, -1, -1]);
});
test('senderSeeds: a transaction is seeded for its sender when a later one of the sender is not lazy', () => {
    const senders = [A, B, A, A, B];
    // 0's next is 2 (not lazy): seeded; 2's next is 3 (lazy): not; 1's next is 4 (not lazy): seeded.
    const lazy = (i) => i === 3;
    assert.deepEqual(senderSeeds(senders, lazy), [A, B, undefined, undefined, undefined]);
});
test('chainHints: without the senders (an RLP block has no `from`), no call waits, one answer per call', () => {
    assert.deepEqual(chainHints([], [call(T), call(T), call(T)]), [-1, -1, -1]);
});
//# sourceMappingURL=seeds.test.js.map