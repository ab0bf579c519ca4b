// The pipelined path starts its workers on a block given as JSON before decoding it
// (executeBlock's earlyPipelined: sender recovery from src/block/rpcTransaction.ts's fields):
// equal to sequential on mainnet blocks, and says so in `metrics.earlyRecovery` exactly when every
// transaction is of type 0–2; fields that do not encode as the decoded transactions are given up
// on (the senders recovered from them are never used); a JSON that fails to decode throws the
// sequential engine's typed error and leaves the pool serving the next block.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { WorkerPool, decodeBlock, diffResults, executeBlock, executeBlockSequential, loadFixtureBlock } from '../src/index.js';
import { recoveryRules } from '../src/block/senders.js';
import { transactionFieldsFromRpc } from '../src/block/rpcTransaction.js';
import type { TransactionFields } from '../src/block/transactionEncoding.js';
import { executePipelined, startPipelined } from '../src/parallel/pipelined.js';
import { gasBound } from '../src/block/limits.js';
import { FIXTURES } from './helpers.js';

const pool = new WorkerPool(2);
after(() => pool.close());

type Json = Record<string, unknown>;

test('a mainnet block given as JSON: the workers recover senders from its fields before it is decoded; equal to sequential', async (t) => {
  // Types 0 and 2; 0, 1 and 2; a blob transaction among them (19932703: not read, so not early).
  for (const n of [14029313, 13217637, 4330482, 19932703]) {
    await t.test(`block ${n}`, async () => {
      const fx = loadFixtureBlock(FIXTURES, n);
      const json = fx.blockJson as Json;
      const seq = await executeBlockSequential(json, fx.state);
      const par = await executeBlock(json, fx.state, { pool, mode: 'pipelined' });
      assert.equal(par.metrics?.path, 'pipelined', par.metrics?.reason);
      assert.deepEqual(diffResults(seq, par), undefined);
      const typesRead = (json.transactions as Json[]).every((tx) => Number(tx.type ?? '0x0') <= 2);
      assert.equal(par.metrics?.earlyRecovery === true, typesRead);
      // A decoded block has nothing left to decode: its workers start as before.
      const decoded = await executeBlock(decodeBlock(json), fx.state, { pool, mode: 'pipelined' });
      assert.equal(decoded.metrics?.earlyRecovery, undefined);
      assert.deepEqual(diffResults(seq, decoded), undefined);
    });
  }
});

test("fields that do not encode as the decoded transactions are given up on: the block runs on the decoded ones, equal to sequential (the senders recovered from a changed nonce would not be the block's)", async () => {
  const fx = loadFixtureBlock(FIXTURES, 14029313);
  const json = fx.blockJson as Json;
  const decoded = decodeBlock(json);
  const seq = await executeBlockSequential(decoded, fx.state);
  const fields = (json.transactions as Json[]).map(transactionFieldsFromRpc) as TransactionFields[];
  fields[5] = { ...fields[5]!, nonce: fields[5]!.nonce + 1n };
  const options = { pool, engine: 'parevm' as const, deadlineMs: 0 };
  const early = await startPipelined(fields, gasBound(fields, decoded.block.header.gasLimit), recoveryRules(decoded.common), options);
  const par = await executePipelined(decoded, fx.state, options, { t0: performance.now(), decodeMs: 0 }, early);
  assert.equal(par.metrics?.path, 'pipelined');
  assert.equal(par.metrics?.earlyRecovery, undefined);
  assert.deepEqual(diffResults(seq, par), undefined);
  // The same start with the fields unchanged is used.
  const fields2 = (json.transactions as Json[]).map(transactionFieldsFromRpc) as TransactionFields[];
  const early2 = await startPipelined(fields2, gasBound(fields2, decoded.block.header.gasLimit), recoveryRules(decoded.common), options);
  const par2 = await executePipelined(decoded, fx.state, options, { t0: performance.now(), decodeMs: 0 }, early2);
  assert.equal(par2.metrics?.earlyRecovery, true);
  assert.deepEqual(diffResults(seq, par2), undefined);
});

test("a JSON block that fails to decode after its workers started (a high-s signature, EIP-2): the sequential engine's typed error, and the pool serves the next block", async () => {
  const fx = loadFixtureBlock(FIXTURES, 14029313);
  const json = structuredClone(fx.blockJson) as Json;
  const txs = json.transactions as Json[];
  const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  txs[3] = { ...txs[3], s: `0x${(n - BigInt(txs[3]!.s as string)).toString(16)}` };
  assert.ok(transactionFieldsFromRpc(txs[3]), 'the workers start on it');
  const expected = await executeBlockSequential(json, fx.state).then(
    () => assert.fail('the sequential engine accepted a high-s signature'),
    (e: Error) => e,
  );
  await assert.rejects(executeBlock(json, fx.state, { pool, mode: 'pipelined' }), (e: Error) => {
    assert.equal(e.constructor, expected.constructor);
    assert.equal(e.message, expected.message);
    return true;
  });
  const seq = await executeBlockSequential(fx.blockJson, fx.state);
  const next = await executeBlock(fx.blockJson, fx.state, { pool, mode: 'pipelined' });
  assert.equal(next.metrics?.earlyRecovery, true);
  assert.deepEqual(diffResults(seq, next), undefined);
});

test('a JSON whose decoded numbers route it elsewhere, and a route that throws: the early run ends, and the next block runs on every worker', async () => {
  // Header without gas used and transactions with both `gas` and `gasLimit`: the early start reads
  // `gas` (light, pipelined), the decoded block `gasLimit` (heavy: Block-STM's rules run, and a
  // pre-state read that fails there sends the block to the sequential engine, which reports its
  // error: here the senders, whose signed gas limit changed).
  const fx = loadFixtureBlock(FIXTURES, 14029313);
  const json = structuredClone(fx.blockJson) as Json;
  json.gasUsed = '0x0';
  for (const t of json.transactions as Json[]) t.gasLimit = '0x989680';
  const broken = Object.create(fx.state) as typeof fx.state;
  broken.account = () => {
    throw new Error('reader down');
  };
  const expected = await executeBlockSequential(json, broken).then(
    () => assert.fail('the sequential engine ran a block it cannot read'),
    (e: Error) => e,
  );
  await assert.rejects(
    executeBlock(json, broken, { pool, deadlineMs: 0 }),
    (e: Error) => e.constructor === expected.constructor && e.message === expected.message,
  );
  // Left running, the early run's worker would still be on its job: this block would wait for it
  // until its deadline, then report the worker terminated.
  const seq = await executeBlockSequential(fx.blockJson, fx.state);
  const next = await executeBlock(fx.blockJson, fx.state, { pool, mode: 'block-stm', deadlineMs: 5000 });
  assert.equal(next.metrics?.path, 'parallel', next.metrics?.reason);
  assert.equal(next.metrics?.workerFailures, undefined);
  assert.deepEqual(diffResults(seq, next), undefined);
});
