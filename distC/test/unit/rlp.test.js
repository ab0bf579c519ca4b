// parevm's RLP encoder (src/state/rlp.ts) equals @ethereumjs/rlp (the reference) at every length
// boundary of strings, integers and nested lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToHex } from '@ethereumjs/util';
import { encodeRlp } from '../../src/state/rlp.js';
/** The same item with integers as their minimal bytes, for the reference. */
function asBytes(item) {
    if (typeof item === 'bigint')
        return bigIntToUnpaddedBytes(item);
    if (item instanceof Uint8Array)
        return item;
    return item.map(asBytes);
}
test('strings, integers and lists at each RLP length boundary', () => {
    const items = [];
    for (const n of [0, 1, 2, 55, 56, 57, 255, 256, 257, 65535, 65536, 70000]) {
        for (const fill of [0x00, 0x7f, 0x80, 0xff])
            items.push(new Uint8Array(n).fill(fill));
    }
    for (const v of [0n, 1n, 0x7fn, 0x80n, 0xffn, 0x100n, 0xffffn, 2n ** 64n - 1n, 2n ** 256n - 1n])
        items.push(v);
    // Every byte-length boundary of an integer, 2^53 (exact doubles) and beyond 256 bits.
    for (let k = 1; k <= 34; k++)
        items.push(2n ** BigInt(8 * k) - 1n, 2n ** BigInt(8 * k), 2n ** BigInt(8 * k) + 1n, 3n * 2n ** BigInt(8 * k - 3));
    items.push(2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 300n + 12345n);
    items.push([], [[]], [[], [[]]], [0n, 1n, new Uint8Array(3)]);
    for (const n of [1, 2, 13, 14, 56, 300, 5000])
        items.push(Array.from({ length: n }, (_, i) => (i % 3 === 0 ? BigInt(i) : i % 3 === 1 ? new Uint8Array(i % 70) : [BigInt(i), [new Uint8Array(1).fill(i)]])));
    for (const [i, item] of items.entries()) {
        assert.equal(bytesToHex(encodeRlp(item)), bytesToHex(RLP.encode(asBytes(item))), `item ${i}`);
        assert.equal(bytesToHex(encodeRlp(item, 2)), bytesToHex(Uint8Array.from([2, ...RLP.encode(asBytes(item))])), `item ${i} with a type byte`);
    }
    assert.throws(() => encodeRlp(-1n), RangeError);
});
//# sourceMappingURL=rlp.test.js.map