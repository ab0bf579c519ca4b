// The JSON field checks of src/block/json.ts: each `is…` test accepts exactly what its asserting
// `as…` accepts (decodeBlock tests first and asserts only what fails), and each refusal names the
// field and what was wrong.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asAddress, asHash, asHex, asQuantity, isHex, isHexOfBytes, isQuantity } from '../../src/block/json.js';
import { FixtureFormatError } from '../../src/errors.js';

const address = `0x${'aB'.repeat(20)}`;
const hash = `0x${'c'.repeat(64)}`;
const values: unknown[] = [
  '0x',
  '0x0',
  '0x1a',
  '0xzz',
  '1a',
  '',
  address,
  address.slice(0, 41),
  `${address}0`,
  hash,
  `${hash}00`,
  0,
  7,
  -1,
  1.5,
  2 ** 53,
  null,
  undefined,
  true,
  [],
  {},
];

const accepts = (f: () => unknown): boolean => {
  try {
    f();
    return true;
  } catch (e) {
    assert.ok(e instanceof FixtureFormatError, `a typed error, not ${String(e)}`);
    return false;
  }
};

test('each is… accepts exactly what its as… accepts', () => {
  for (const v of values) {
    const name = JSON.stringify(v) ?? String(v);
    assert.equal(
      isQuantity(v),
      accepts(() => asQuantity(v, 'block.json', 'f')),
      `quantity ${name}`,
    );
    assert.equal(
      isHex(v),
      accepts(() => asHex(v, 'block.json', 'f')),
      `hex ${name}`,
    );
    assert.equal(
      isHexOfBytes(v, 20),
      accepts(() => asAddress(v, 'block.json', 'f')),
      `address ${name}`,
    );
    assert.equal(
      isHexOfBytes(v, 32),
      accepts(() => asHash(v, 'block.json', 'f')),
      `hash ${name}`,
    );
  }
});

test('what the checks return, and what their refusals say', () => {
  assert.equal(asQuantity('0x1a', 'block.json', 'f'), 26n);
  assert.equal(asQuantity('0x', 'block.json', 'f'), 0n);
  assert.equal(asQuantity(7, 'block.json', 'f'), 7n);
  assert.equal(asAddress(address, 'block.json', 'f'), address.toLowerCase());
  assert.equal(asHash(hash.toUpperCase().replace('0X', '0x'), 'block.json', 'f'), hash);
  assert.throws(() => asQuantity(-1, 'block.json', 'transactions[0].nonce'), /transactions\[0\]\.nonce.*expected a non-negative integer, got -1/);
  assert.throws(() => asHex(true, 'block.json', 'f'), /expected a hex string, got boolean/);
  assert.throws(() => asQuantity('0xzz', 'block.json', 'f'), /not hex: "0xzz"/);
  assert.throws(() => asAddress('0x1234', 'block.json', 'f'), /expected a 20-byte address, got 0x1234/);
  assert.throws(() => asHash(address, 'block.json', 'f'), /expected a 32-byte hash, got 0x/);
});
