import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Account, createAddressFromString, setLengthLeft, bigIntToBytes, bytesToBigInt } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { BlockStateManager, CodeHashError, parseSnapshot } from '../src/index.js';

const A = '0x00000000000000000000000000000000000000aa';
const B = '0x00000000000000000000000000000000000000bb';
const key = (n: bigint) => setLengthLeft(bigIntToBytes(n), 32);

function fresh() {
  const state = parseSnapshot({
    preState: { [A]: { balance: '0x64', nonce: 1, storage: { '0x1': '0x5', '0x2': '0x0' } } },
    bytecodes: {},
    blockHashes: {},
  });
  return new BlockStateManager(state);
}

test('reads fall through to the snapshot; absent accounts do not exist; zero slots are absent', async () => {
  const sm = fresh();
  const a = await sm.getAccount(createAddressFromString(A));
  assert.equal(a?.balance, 100n);
  assert.equal(a?.nonce, 1n);
  assert.equal(await sm.getAccount(createAddressFromString(B)), undefined);
  assert.equal(bytesToBigInt(await sm.getStorage(createAddressFromString(A), key(1n))), 5n);
  assert.equal((await sm.getStorage(createAddressFromString(A), key(2n))).length, 0);
});

test('revert undoes account, storage and clear within a checkpoint; commit keeps them', async () => {
  const sm = fresh();
  const a = createAddressFromString(A);
  await sm.checkpoint();
  await sm.putStorage(a, key(1n), bigIntToBytes(9n));
  await sm.checkpoint();
  await sm.modifyAccountFields(a, { balance: 7n });
  await sm.clearStorage(a);
  assert.equal((await sm.getStorage(a, key(1n))).length, 0);
  await sm.revert();
  assert.equal((await sm.getAccount(a))?.balance, 100n);
  assert.equal(bytesToBigInt(await sm.getStorage(a, key(1n))), 9n);
  await sm.commit();
  assert.deepEqual(sm.changes(), [{ address: A, deleted: false, storageCleared: false, storage: [[1n, 9n]] }]);
});

test('changes() lists post-values of changed fields only, deletions and new accounts', async () => {
  const sm = fresh();
  const a = createAddressFromString(A);
  const b = createAddressFromString(B);
  await sm.putAccount(b, new Account(0n, 3n));
  await sm.putStorage(a, key(1n), bigIntToBytes(5n)); // unchanged value: not a change
  await sm.putCode(b, new Uint8Array([0x60, 0x00]));
  const changes = sm.changes();
  assert.equal(changes.length, 1);
  assert.equal(changes[0]!.address, B);
  assert.equal(changes[0]!.balance, 3n);
  assert.equal(changes[0]!.nonce, 0n);
  assert.equal(changes[0]!.code?.length, 2);
  await sm.deleteAccount(a);
  const after = sm.changes();
  assert.deepEqual(after[0], { address: A, deleted: true, storageCleared: false, storage: [] });
});

test('parseSnapshot checks each code against its code_hash: upper-case digits, an odd digit count padded at the front (as @ethereumjs/util reads hex), a code of 20 KB, a mismatch and an empty code refused', () => {
  // Hashes from @noble/hashes, not from parevm's keccak.
  const hashOf = (bytes: number[]) => `0x${Buffer.from(keccak_256(new Uint8Array(bytes))).toString('hex')}`;
  const even = [0x60, 0x01, 0x60, 0x00, 0x55, 0xab];
  const odd = [0x0a, 0xbc];
  const parse = (codes: Record<string, string>) =>
    parseSnapshot({
      preState: Object.fromEntries(Object.keys(codes).map((h, i) => [`0x${String(i + 1).padStart(40, '0')}`, { balance: '0x0', nonce: 1, code_hash: h }])),
      bytecodes: codes,
      blockHashes: {},
    });
  // Past Buffer's 4 KiB pool and hash-wasm's 16 KiB chunks.
  const large = Array.from({ length: 20_000 }, (_, i) => (i * 7) & 0xff);
  const largeHex = `0x${Buffer.from(large).toString('hex')}`;
  const state = parse({ [hashOf(even)]: '0x6001600055AB', [hashOf(odd)]: '0xabc', [hashOf(large)]: largeHex });
  assert.deepEqual(state.code(hashOf(even)), new Uint8Array(even));
  assert.deepEqual(state.code(hashOf(odd)), new Uint8Array(odd));
  assert.deepEqual(state.code(hashOf(large)), new Uint8Array(large));
  for (const [code, hashedTo] of [
    ['0x6001600055ac', [0x60, 0x01, 0x60, 0x00, 0x55, 0xac]],
    ['0x', []],
  ] as const)
    assert.throws(
      () => parse({ [hashOf(even)]: code }),
      (e: unknown) => e instanceof CodeHashError && e.message.endsWith(`bytecode hashes to ${hashOf([...hashedTo])}`),
      code,
    );
});
