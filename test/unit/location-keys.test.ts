import assert from 'node:assert/strict';
import test from 'node:test';
import { LOC_ACCOUNT, LOC_BALANCE, LOC_STORAGE, MVMemory, layoutFor } from '../../src/parallel/mvMemory.js';
import { LocationKeys, parseLocation } from '../../src/parallel/txView.js';
import type { StateReader } from '../../src/state/reader.js';

// LocationKeys decodes each address once, into an arena that starts at 1,024 addresses and grows:
// 3,000 addresses, their locations made in interleaved order (account, balance, a slot) so that later
// ones copy the bytes back from the arena after it grew twice, each key reads back as what was asked.
test('LocationKeys: 3,000 addresses across two arena growths, every account, balance and slot location keyed by its own address and slot', () => {
  const mv = MVMemory.create(layoutFor(3000, 30_000_000n));
  const keys = new LocationKeys(mv);
  const address = (i: number) => `0x${(i * 2654435761).toString(16).padStart(8, '0').repeat(5).slice(0, 40)}`;
  const made: [number, number, string, bigint | undefined][] = [];
  for (let i = 0; i < 3000; i++) made.push([keys.account(address(i)), LOC_ACCOUNT, address(i), undefined]);
  for (let i = 2999; i >= 0; i--) made.push([keys.balance(address(i)), LOC_BALANCE, address(i), undefined]);
  for (let i = 0; i < 3000; i += 7) made.push([keys.storage(address(i), BigInt(i) << 200n), LOC_STORAGE, address(i), BigInt(i) << 200n]);
  assert.equal(new Set(made.map(([loc]) => loc)).size, made.length, 'one location per key');
  for (const [loc, kind, a, slot] of made) {
    const k = parseLocation(mv, loc);
    assert.equal(k.kind, kind);
    assert.equal(k.address, a);
    assert.equal(k.slot, slot);
  }
  // Asked again, the same location.
  assert.equal(keys.account(address(1234)), made[1234]![0]);
  assert.throws(() => keys.account('0x1234'), /not a 20-byte address/);
});

test("LocationKeys.codeOf: the base's code, else code a transaction stored in MVMemory; found once, never cached while absent", () => {
  const mv = MVMemory.create(layoutFor(4, 100_000n));
  const keys = new LocationKeys(mv);
  const baseHash = `0x${'aa'.repeat(32)}`;
  const newHash = `0x${'bb'.repeat(32)}`;
  const baseCode = Uint8Array.of(0x60, 0x00);
  let codeReads = 0;
  const base = {
    code: (h: string) => {
      codeReads++;
      return h === baseHash ? baseCode : undefined;
    },
  } as unknown as StateReader;
  assert.equal(keys.codeOf(baseHash, base), baseCode);
  assert.equal(keys.codeOf(baseHash, base), baseCode);
  assert.equal(codeReads, 1, 'the base read once');
  assert.equal(keys.codeOf(newHash, base), undefined);
  mv.putCode(keys.code(newHash), Uint8Array.of(0x00));
  assert.deepEqual(keys.codeOf(newHash, base), Uint8Array.of(0x00));
});
