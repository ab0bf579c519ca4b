// The fields the pipelined path reads from a block's JSON before decoding it
// (src/block/rpcTransaction.ts) encode as @ethereumjs/tx's `serialize()` of the decoded
// transaction, on every legacy, EIP-2930 and EIP-1559 transaction of the mainnet fixture blocks;
// `sameEncoding` (the check before any sender recovered from them is used) tells apart a change
// to any one encoded field; other transaction types and malformed fields are not read.
// `txDataFromRpc` constructs, through @ethereumjs/tx's createTx, what the library's own
// normalizeTxParams constructs (the oracle), on the same JSON: every fixture transaction, every
// type, and the JSON shapes normalizeTxParams treats apart; where the library throws, it throws alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBlock } from '../../src/block/decode.js';
import { listFixtureBlocks, loadFixtureBlock } from '../../src/block/fixtures.js';
import { createTx, normalizeTxParams, type TypedTransaction } from '@ethereumjs/tx';
import { createTxCommon } from '../../src/block/hardfork.js';
import { transactionFieldsFromRpc, txDataFromRpc } from '../../src/block/rpcTransaction.js';
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

/** createTx on the library's normalizeTxParams (the oracle) and on txDataFromRpc: both throw alike, or construct alike. */
function constructAlike(json: Json, common: ReturnType<typeof createTxCommon>, what: string): TypedTransaction | undefined {
  const build = (data: () => unknown) => {
    try {
      return { tx: createTx(data() as never, { common }) };
    } catch (e) {
      return { error: `${(e as Error).name}: ${(e as Error).message}` };
    }
  };
  const lib = build(() => normalizeTxParams(json));
  const ours = build(() => txDataFromRpc(json));
  if (lib.error !== undefined || ours.error !== undefined) {
    assert.equal(ours.error, lib.error, `${what}: the same error`);
    return undefined;
  }
  const [a, b] = [lib.tx!, ours.tx!];
  assert.deepEqual(b.toJSON(), a.toJSON(), `${what}: the same fields`);
  assert.equal(b.isSigned(), a.isSigned(), `${what}: signed alike`);
  assert.deepEqual(Buffer.from(b.serialize()), Buffer.from(a.serialize()), `${what}: the same encoding`);
  if (a.isSigned()) assert.equal(b.getSenderAddress().toString(), a.getSenderAddress().toString(), `${what}: the same sender`);
  return b;
}

test('txDataFromRpc constructs what normalizeTxParams constructs on every fixture transaction', () => {
  const types = new Set<number>();
  let n = 0;
  for (const number of listFixtureBlocks(FIXTURES)) {
    const json = loadFixtureBlock(FIXTURES, number).blockJson as Json;
    const common = decodeBlock(json).block.transactions[0]?.common;
    if (!common) continue;
    (json.transactions as Json[]).forEach((t, i) => {
      constructAlike(t, common as ReturnType<typeof createTxCommon>, `block ${number} tx ${i}`);
      types.add(Number(t.type ?? '0x0'));
      n++;
    });
  }
  assert.ok(n > 8000, `${n} transactions`);
  assert.deepEqual([...types].sort(), [0, 1, 2, 3], 'types 0–3 on the fixtures');
});

test('txDataFromRpc constructs alike on every type and the JSON shapes normalizeTxParams treats apart, and throws alike where the library throws', () => {
  // Only JSON that decodeBlock's checks accept: txDataFromRpc does not check hex again.
  const common = createTxCommon('prague');
  const key = new Uint8Array(32).fill(7);
  const base = {
    nonce: 5n,
    gasLimit: 100_000n,
    to: '0x' + '11'.repeat(20),
    value: 10n ** 18n,
    data: '0x1234',
    chainId: 1n,
    accessList: [{ address: '0x' + '22'.repeat(20), storageKeys: ['0x' + '00'.repeat(31) + '01'] }],
  };
  const signed = [
    createTx({ ...base, type: 0, gasPrice: 7n, accessList: undefined } as never, { common }),
    createTx({ ...base, type: 1, gasPrice: 7n } as never, { common }),
    createTx({ ...base, type: 2, maxFeePerGas: 9n, maxPriorityFeePerGas: 2n } as never, { common }),
    createTx({ ...base, type: 3, maxFeePerGas: 9n, maxPriorityFeePerGas: 2n, maxFeePerBlobGas: 3n, blobVersionedHashes: ['0x01' + '33'.repeat(31)] } as never, {
      common,
    }),
    createTx(
      {
        ...base,
        type: 4,
        maxFeePerGas: 9n,
        maxPriorityFeePerGas: 2n,
        authorizationList: [
          { chainId: '0x1', address: '0x' + '44'.repeat(20), nonce: '0x0', yParity: '0x1', r: '0x' + '55'.repeat(32), s: '0x' + '66'.repeat(31) },
        ],
      } as never,
      { common },
    ),
  ].map((tx) => tx.sign(key));
  for (const tx of signed) {
    // The library's own JSON (gasLimit, data), and as a node sends it (gas, input; gasPrice also on a fee-market transaction).
    const own = tx.toJSON() as Json;
    const { gasLimit, data, ...rest } = own;
    const rpc: Json = { ...rest, gas: gasLimit, input: data, hash: '0x' + '77'.repeat(32), from: tx.getSenderAddress().toString() };
    if (tx.type >= 2) rpc.gasPrice = '0x9';
    const shapes: [string, Json][] = [
      ['its own JSON', own],
      ["a node's JSON", rpc],
      ['odd-length quantities', { ...rpc, nonce: '0x5', value: '0xde0b6b3a7640000', gas: '0x186a0' }],
      ['gasLimit beside gas', { ...rpc, gasLimit: '0x30d40' }],
      ['data beside input', { ...rpc, data: '0xabcd' }],
      ['a contract creation (to null)', { ...rpc, to: null }],
      ['JSON numbers', { ...rpc, nonce: 5, gas: 100000, value: 1000 }],
      ['unsigned (v, r, s 0x0)', { ...rpc, v: '0x0', r: '0x0', s: '0x0' }],
      ['v 0x0 of a signed transaction', { ...rpc, v: '0x0' }],
      ['no v', { ...rpc, v: undefined }],
      ['value 0x', { ...rpc, value: '0x' }],
      ['gas price 0x', { ...rpc, gasPrice: '0x' }],
    ];
    // Checked by decodeBlock where the type reads it (legacy, EIP-2930); converted, not read, on the others.
    if (tx.type >= 2) shapes.push(['gas price not hex', { ...rpc, gasPrice: '0xzz' }]);
    if (tx.type === 0) shapes.push(['type 0x', { ...rpc, type: '0x' }], ['no type', { ...rpc, type: undefined }]);
    if (tx.type >= 1) shapes.push(['signed for another chain', { ...rpc, chainId: '0xaa36a7' }]);
    // Fields no node sends, which the library reads (and rejects here).
    shapes.push(['baseFee an array', { ...rpc, baseFee: [] }]);
    if (tx.type === 3) shapes.push(['a network wrapper version', { ...rpc, networkWrapperVersion: '0x1' }], ['blobs', { ...rpc, blobs: ['0x00'] }]);
    for (const [what, json] of shapes) constructAlike(json, common, `type ${tx.type}, ${what}`);
  }
});
