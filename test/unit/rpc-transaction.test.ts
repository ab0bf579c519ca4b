// The fields the pipelined path reads from a block's JSON before decoding it
// (src/block/rpcTransaction.ts) encode as @ethereumjs/tx's `serialize()` of the decoded
// transaction, on every legacy, EIP-2930 and EIP-1559 transaction of the mainnet fixture blocks;
// `sameEncoding` (the check before any sender recovered from them is used) tells apart a change
// to any one encoded field; other transaction types and malformed fields are not read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBlock } from '../../src/block/decode.js';
import { listFixtureBlocks, loadFixtureBlock } from '../../src/block/fixtures.js';
import { transactionFieldsFromRpc } from '../../src/block/rpcTransaction.js';
import { type TransactionFields, sameEncoding, transactionBound, writeTransactionAt } from '../../src/block/transactionEncoding.js';
import { TransactionBuffer } from '../../src/parallel/transactionBuffer.js';
import { FIXTURES } from '../helpers.js';

type Json = Record<string, unknown>;

function encode(fields: TransactionFields): Uint8Array {
  const out = Buffer.alloc(transactionBound(fields));
  return out.subarray(0, writeTransactionAt(fields, out, 0));
}

test('fields read from the JSON encode as the decoded transaction on every fixture transaction of types 0–2; others are not read', () => {
  const counts = [0, 0, 0];
  let unread = 0;
  for (const n of listFixtureBlocks(FIXTURES)) {
    const json = loadFixtureBlock(FIXTURES, n).blockJson as Json;
    const txs = json.transactions as Json[];
    const decoded = decodeBlock(json).block.transactions;
    txs.forEach((t, i) => {
      const fields = transactionFieldsFromRpc(t);
      const type = Number(t.type ?? '0x0');
      if (type > 2) {
        assert.equal(fields, undefined, `block ${n} tx ${i}: type ${type} is not read`);
        unread++;
        return;
      }
      assert.ok(fields, `block ${n} tx ${i}`);
      assert.ok(sameEncoding(fields, decoded[i]!), `block ${n} tx ${i}: same fields`);
      assert.deepEqual(Buffer.from(encode(fields)), Buffer.from(decoded[i]!.serialize()), `block ${n} tx ${i}: same encoding`);
      counts[type]!++;
    });
    // The buffer's own check agrees over the whole block, when every transaction was read.
    const all = txs.map(transactionFieldsFromRpc);
    if (all.every((f) => f !== undefined)) assert.ok(new TransactionBuffer(all).writeAll().matches(decoded), `block ${n}`);
  }
  assert.ok(
    counts.every((c) => c > 0),
    `every type read: ${counts}`,
  );
  assert.ok(unread > 0, 'the fixtures hold blob transactions, which are not read');
});

test('sameEncoding tells apart a change to any one encoded field; the buffer then does not match', () => {
  // Mainnet 13217637 holds transactions of types 0, 1 (with an access list) and 2.
  const json = loadFixtureBlock(FIXTURES, 13217637).blockJson as Json;
  const decoded = decodeBlock(json).block.transactions;
  const txs = json.transactions as Json[];
  for (const type of [0, 1, 2]) {
    const i = txs.findIndex((t) => Number(t.type ?? '0x0') === type && (type !== 1 || ((t.accessList as unknown[]) ?? []).length > 0));
    assert.ok(i >= 0, `a transaction of type ${type}`);
    const base = transactionFieldsFromRpc(txs[i])! as TransactionFields & Json;
    const changes: [string, (f: Json) => void][] = [
      ['nonce', (f) => (f.nonce = (f.nonce as bigint) + 1n)],
      ['gasLimit', (f) => (f.gasLimit = (f.gasLimit as bigint) + 1n)],
      ['value', (f) => (f.value = (f.value as bigint) + 1n)],
      ['data', (f) => (f.data = Buffer.concat([f.data as Uint8Array, Buffer.from([0])]))],
      ['to', (f) => (f.to = { bytes: Buffer.alloc(20, 7) })],
      ['to (creation)', (f) => (f.to = undefined)],
      ['v', (f) => (f.v = (f.v as bigint) + 1n)],
      ['r', (f) => (f.r = (f.r as bigint) + 1n)],
      ['s', (f) => (f.s = (f.s as bigint) + 1n)],
      ['type', (f) => (f.type = type === 2 ? 1 : type + 1)],
      ...(type === 2
        ? ([
            ['maxFeePerGas', (f) => (f.maxFeePerGas = (f.maxFeePerGas as bigint) + 1n)],
            ['maxPriorityFeePerGas', (f) => (f.maxPriorityFeePerGas = (f.maxPriorityFeePerGas as bigint) + 1n)],
          ] as [string, (f: Json) => void][])
        : ([['gasPrice', (f) => (f.gasPrice = (f.gasPrice as bigint) + 1n)]] as [string, (f: Json) => void][])),
      ...(type === 0
        ? []
        : ([
            ['chainId', (f) => (f.chainId = (f.chainId as bigint) + 1n)],
            ['accessList (an entry more)', (f) => (f.accessList = [...(f.accessList as unknown[]), [Buffer.alloc(20), []]])],
          ] as [string, (f: Json) => void][])),
    ];
    assert.ok(sameEncoding(base, decoded[i]!), `type ${type}: unchanged`);
    for (const [name, change] of changes) {
      const changed = { ...base, accessList: (base.accessList as unknown[] | undefined)?.slice() } as Json;
      change(changed);
      assert.equal(sameEncoding(changed as unknown as TransactionFields, decoded[i]!), false, `type ${type}: ${name}`);
      const all = txs.map(transactionFieldsFromRpc) as TransactionFields[];
      all[i] = changed as unknown as TransactionFields;
      if (name !== 'type') assert.equal(new TransactionBuffer(all).writeAll().matches(decoded), false, `type ${type}: ${name} (buffer)`);
    }
  }
});

test('a JSON transaction with a field missing or not hex is not read', () => {
  const json = loadFixtureBlock(FIXTURES, 14029313).blockJson as Json;
  const t = (json.transactions as Json[])[0]!;
  assert.ok(transactionFieldsFromRpc(t));
  for (const [field, value] of [
    ['nonce', undefined],
    ['nonce', 12],
    ['gas', 'zz'],
    ['r', '0xzz'],
    ['input', 5],
    ['type', '0x7'],
  ] as [string, unknown][]) {
    assert.equal(transactionFieldsFromRpc({ ...t, [field]: value }), undefined, `${field}: ${String(value)}`);
  }
  assert.equal(transactionFieldsFromRpc(null), undefined);
  assert.equal(transactionFieldsFromRpc('0x01'), undefined);
});
