import assert from 'node:assert/strict';
import test from 'node:test';
import { LOC_BALANCE, MVMemory, layoutFor } from '../../src/parallel/mvMemory.js';
import { zeroShared } from '../../src/state/sharedBuffer.js';
test('zeroShared zeroes exactly [from, to), aligned or not', () => {
    for (const [from, to] of [
        [0, 64],
        [3, 61],
        [8, 16],
        [5, 7],
        [0, 0],
        [13, 13],
        [1, 9],
    ]) {
        const buffer = new SharedArrayBuffer(72);
        const u8 = new Uint8Array(buffer).fill(0xff);
        zeroShared(buffer, from, to);
        for (let i = 0; i < u8.length; i++)
            assert.equal(u8[i], i >= from && i < to ? 0 : 0xff, `byte ${i} after zeroing [${from}, ${to})`);
    }
});
test('an MVMemory on a reused buffer full of old bytes starts with an empty location table', () => {
    const layout = layoutFor(4, 100000n);
    const first = MVMemory.create(layout);
    // Every byte of the old buffer non-zero: a location table not cleared would hold no empty slot.
    new Uint8Array(first.buffer).fill(0xa5);
    const mv = MVMemory.create(layout, () => first.buffer);
    assert.equal(mv.buffer, first.buffer);
    const key = new Uint8Array(21).fill(7);
    key[0] = LOC_BALANCE;
    assert.equal(mv.location(key, false), -1, 'absent before insertion');
    const loc = mv.location(key, true);
    assert.ok(loc >= 0);
    assert.equal(mv.location(key, false), loc);
    assert.equal(mv.keyKind(loc), LOC_BALANCE);
});
//# sourceMappingURL=shared-buffer.test.js.map