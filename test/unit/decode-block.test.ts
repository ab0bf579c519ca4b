// decodeBlock builds a block from RPC JSON with each transaction and the header constructed once
// (src/block/decode.ts, blockFromRpc), where @ethereumjs/block's createBlockFromRPC constructs
// them twice. The block must be the library's own: the same header, transactions (serialized,
// hashed, frozen, on the same hardfork) and withdrawals, the block and header frozen alike, on
// every mainnet fixture block and on fuzzed blocks of every fork the fuzzer draws (blob and
// set-code transactions, withdrawals, requests hash).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Block, createBlockFromRPC } from '@ethereumjs/block';
import { decodeBlock } from '../../src/block/decode.js';
import { listFixtureBlocks, loadFixtureBlock } from '../../src/block/fixtures.js';
import { createTxCommon } from '../../src/block/hardfork.js';
import { FUZZ_HARDFORKS, buildBlock, generateCase } from '../../src/fuzz/block.js';
import { FIXTURES } from '../helpers.js';

/** Asserts `ours` is the block the library builds from `json`; returns the transaction types seen. */
function assertLibraryBlock(json: Record<string, unknown>, what: string): Set<number> {
  const decoded = decodeBlock(json);
  const ours = decoded.block;
  const theirs: Block = createBlockFromRPC(json as never, [], { common: createTxCommon(decoded.hardfork, decoded.chain), setHardfork: false });
  assert.deepEqual(Buffer.from(ours.serialize()), Buffer.from(theirs.serialize()), `${what}: header, transactions, withdrawals`);
  assert.deepEqual(Buffer.from(ours.hash()), Buffer.from(theirs.hash()), `${what}: hash`);
  assert.equal(ours.header.common.hardfork(), theirs.header.common.hardfork(), `${what}: hardfork`);
  assert.equal(Object.isFrozen(ours), Object.isFrozen(theirs), `${what}: block frozen`);
  assert.equal(Object.isFrozen(ours.header), Object.isFrozen(theirs.header), `${what}: header frozen`);
  assert.deepEqual(
    ours.withdrawals?.map((w) => w.raw()),
    theirs.withdrawals?.map((w) => w.raw()),
    `${what}: withdrawals`,
  );
  assert.equal(ours.transactions.length, theirs.transactions.length, `${what}: transaction count`);
  const types = new Set<number>();
  ours.transactions.forEach((tx, i) => {
    const lib = theirs.transactions[i]!;
    assert.equal(tx.constructor, lib.constructor, `${what} tx ${i}: class`);
    assert.deepEqual(Buffer.from(tx.hash()), Buffer.from(lib.hash()), `${what} tx ${i}: hash`);
    // Frozen: the sender key recovered later is cached only on a frozen transaction.
    assert.equal(Object.isFrozen(tx), Object.isFrozen(lib), `${what} tx ${i}: frozen`);
    assert.equal(tx.common.hardfork(), lib.common.hardfork(), `${what} tx ${i}: hardfork`);
    types.add(tx.type);
  });
  return types;
}

test('decodeBlock builds the block createBlockFromRPC builds, on every mainnet fixture block', () => {
  const types = new Set<number>();
  let withdrawals = 0;
  for (const n of listFixtureBlocks(FIXTURES)) {
    const json = loadFixtureBlock(FIXTURES, n).blockJson as Record<string, unknown>;
    for (const t of assertLibraryBlock(json, `block ${n}`)) types.add(t);
    if (Array.isArray(json.withdrawals) && json.withdrawals.length > 0) withdrawals++;
  }
  assert.deepEqual([...types].sort(), [0, 1, 2, 3], 'legacy, access-list, fee-market and blob transactions');
  assert.ok(withdrawals > 0, 'blocks with withdrawals');
});

test('decodeBlock builds the block createBlockFromRPC builds, on fuzzed blocks of every fork', () => {
  const types = new Set<number>();
  const forks = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const c = generateCase('decode-once', i, { hardforks: [FUZZ_HARDFORKS[i % FUZZ_HARDFORKS.length]!] });
    forks.add(c.hardfork);
    for (const t of assertLibraryBlock(buildBlock(c).blockJson, `fuzz case ${i} (${c.hardfork})`)) types.add(t);
  }
  assert.equal(forks.size, FUZZ_HARDFORKS.length, 'every fork the fuzzer draws');
  assert.ok(types.has(4), `set-code transactions among ${[...types]}`);
});
