import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeAccount, encodeAccountInto } from '../../src/parallel/txView.js';
import { WriteSet } from '../../src/parallel/writeSet.js';
const word = (v) => Uint8Array.from({ length: 32 }, (_, i) => Number((v >> BigInt(8 * (31 - i))) & 0xffn));
test('a write set keeps every value when its arrays and bytes grow, and clears for reuse', () => {
    const ws = new WriteSet();
    // 300 writes of 32 bytes (9,600 bytes) and 48-byte accounts: past the first 32 entries and 2 KiB.
    const expected = [];
    for (let i = 0; i < 300; i++) {
        if (i % 7 === 0) {
            const account = { exists: true, resetTx: i, nonce: BigInt(i) * 1000n, codeHash: `0x${i.toString(16).padStart(64, '0')}` };
            const at = ws.reserve(i, 2, 48);
            encodeAccountInto(account, ws.bytes, at);
            expected.push([i, 2, encodeAccount(account)]);
        }
        else {
            const v = (1n << 255n) - BigInt(i);
            ws.addWord(i, 0, v);
            expected.push([i, 0, word(v)]);
        }
    }
    ws.add(1000, 4, Uint8Array.of(1, 2, 3));
    expected.push([1000, 4, Uint8Array.of(1, 2, 3)]);
    assert.equal(ws.count, expected.length);
    expected.forEach(([loc, flags, value], i) => {
        assert.equal(ws.loc(i), loc);
        assert.equal(ws.flags(i), flags);
        assert.deepEqual(ws.value(i), value, `write ${i}`);
    });
    assert.equal(ws.has(1000), true);
    assert.equal(ws.has(1001), false);
    ws.clear().addWord(5, 0, 7n);
    assert.equal(ws.count, 1);
    assert.deepEqual(ws.value(0), word(7n));
    assert.equal(ws.has(1000), false);
});
test('WriteSet.from holds the writes it is given', () => {
    const ws = WriteSet.from([
        { loc: 3, flags: 0, value: word(9n) },
        { loc: 8, flags: 2, value: new Uint8Array(0) },
    ]);
    assert.equal(ws.count, 2);
    assert.deepEqual([ws.loc(1), ws.flags(1), ws.value(1).length], [8, 2, 0]);
    assert.deepEqual(ws.value(0), word(9n));
});
//# sourceMappingURL=write-set.test.js.map