// 256-bit words ↔ bigint (src/state/u256.ts) against hex strings, at the boundaries of its fast paths.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readU256, u256Bytes, writeU256 } from '../../src/state/u256.js';
const hexOf = (v) => v.toString(16).padStart(64, '0');
const bytesHex = (b, at = 0) => Buffer.from(b.subarray(at, at + 32)).toString('hex');
const VALUES = [
    0n,
    1n,
    255n,
    256n,
    (1n << 64n) - 1n,
    1n << 64n,
    (1n << 64n) + 1n,
    (1n << 128n) - 1n,
    1n << 192n,
    (1n << 256n) - 1n,
    10n ** 18n * 12345n,
];
for (let i = 0; i < 64; i++)
    VALUES.push(BigInt(`0x${Buffer.from(Array.from({ length: 32 }, (_, k) => (k * 37 + i * 101) & 0xff)).toString('hex')}`) >> BigInt(i * 4));
test('writeU256 and readU256 agree with hex at every offset of a shared buffer, and leave the bytes around alone', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(128), 8, 100);
    for (const v of VALUES) {
        for (const at of [0, 3, 35, 68]) {
            shared.fill(0xaa);
            writeU256(shared, at, v);
            assert.equal(bytesHex(shared, at), hexOf(v), `write ${v} at ${at}`);
            assert.equal(readU256(shared, at), v, `read ${v} at ${at}`);
            if (at > 0)
                assert.equal(shared[at - 1], 0xaa);
            if (at + 32 < shared.length)
                assert.equal(shared[at + 32], 0xaa);
        }
        assert.equal(bytesHex(u256Bytes(v)), hexOf(v));
    }
});
test('writeU256 and readU256 refuse a word that does not fit (RangeError), as the DataView they replaced did', () => {
    const b = new Uint8Array(40);
    assert.throws(() => writeU256(b, 9, 1n), RangeError);
    assert.throws(() => readU256(b, 9), RangeError);
    assert.throws(() => readU256(b, -1), RangeError);
    writeU256(b, 8, 5n);
    assert.equal(readU256(b, 8), 5n);
});
//# sourceMappingURL=u256.test.js.map