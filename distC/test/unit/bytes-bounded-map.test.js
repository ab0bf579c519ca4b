// The bounded cache behind the EVM's code analyses and the workers' code copies
// (src/state/bytesBoundedMap.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BytesBoundedMap } from '../../src/state/bytesBoundedMap.js';
test('past the bound, the oldest entries go until half of it is left, never the one just added', () => {
    const codes = new BytesBoundedMap(100, (c) => c.length);
    for (let i = 0; i < 4; i++)
        codes.set(`0x${i}`, new Uint8Array(30));
    // 120 bytes > 100: the oldest go until at most 50 are left.
    assert.equal(codes.get('0x0'), undefined);
    assert.equal(codes.get('0x1'), undefined);
    assert.equal(codes.get('0x2'), undefined);
    assert.equal(codes.get('0x3')?.length, 30);
    codes.set('0x4', new Uint8Array(30));
    assert.equal(codes.get('0x3')?.length, 30, 'under the bound: nothing goes');
    assert.deepEqual([codes.size, codes.bytes], [2, 60]);
    // One entry larger than the bound is kept, alone.
    codes.set('0xbig', new Uint8Array(150));
    assert.deepEqual([codes.size, codes.bytes, codes.get('0xbig')?.length], [1, 150, 150]);
    // Setting a key again counts its size once.
    codes.set('0xbig', new Uint8Array(40));
    assert.deepEqual([codes.size, codes.bytes], [1, 40]);
});
//# sourceMappingURL=bytes-bounded-map.test.js.map