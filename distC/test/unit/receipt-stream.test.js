// The receipt stream of both parallel paths (src/parallel/receiptStream.ts): receipts published as
// their transactions end (or after a Block-STM run), their trie leaves hashed by "workers" (here a second view of the same
// buffer, as a worker builds it from its job), the root built from them on the coordinator. The
// root must be the block header's whoever hashed which leaf: all by the workers, none, those
// published before a receipt did not fit (hashed in a worker thread), and with a leaf claimed by a
// worker that never ends it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
import { executeBlockSequential } from '../../src/execute/sequential.js';
import { ReceiptStream } from '../../src/parallel/receiptStream.js';
import { FIXTURES } from '../helpers.js';
async function blockReceipts(number) {
    const fx = loadFixtureBlock(FIXTURES, number);
    const result = await executeBlockSequential(fx.blockJson, fx.state);
    const header = fx.blockJson;
    assert.equal(result.receiptsRoot, header.receiptsRoot, `block ${number}: the sequential engine's root is the header's`);
    return { receipts: result.receipts, root: header.receiptsRoot, gas: BigInt(header.gasLimit) };
}
function publishAll(stream, receipts) {
    for (const [i, r] of receipts.entries())
        stream.publish(i, r);
}
test("every leaf hashed by a worker, or none: the header's receipts root either way", async () => {
    for (const number of [4370000, 14396881, 15537394]) {
        const { receipts, root, gas } = await blockReceipts(number);
        const all = ReceiptStream.create(receipts.length, gas);
        publishAll(all, receipts);
        // Every receipt published: the worker hashes them all and returns.
        new ReceiptStream(all.buffer).hashLeaves();
        assert.equal(all.root(receipts), root, `block ${number}, leaves on a worker`);
        assert.equal(all.leavesOnWorkers, receipts.length);
        const none = ReceiptStream.create(receipts.length, gas);
        publishAll(none, receipts);
        assert.equal(none.root(receipts), root, `block ${number}, leaves on the coordinator`);
        assert.equal(none.leavesOnWorkers, 0);
    }
});
/** A worker thread hashing `stream`'s leaves (as a pool worker does after its senders); resolves when its job ends. */
function hashingWorker(stream) {
    const module = new URL('../../src/parallel/receiptStream.js', import.meta.url).href;
    const code = `const { parentPort, workerData } = require('node:worker_threads');
import(${JSON.stringify(module)}).then(({ ReceiptStream }) => { new ReceiptStream(workerData).hashLeaves(); parentPort.postMessage('ended'); });`;
    const worker = new Worker(code, { eval: true, workerData: stream.buffer });
    return new Promise((resolve, reject) => {
        worker.once('message', () => resolve(void worker.terminate()));
        worker.once('error', reject);
    });
}
test('a receipt that does not fit ends publishing: a worker hashes those before it, the coordinator the rest', async () => {
    // 15537394: one receipt of 1.6 MB, beyond the room of a block said to use no gas.
    const { receipts, root } = await blockReceipts(15537394);
    const stream = ReceiptStream.create(receipts.length, 0n);
    publishAll(stream, receipts);
    const ended = hashingWorker(stream);
    // The worker waits for receipts that never come until the stream closes: give it the published ones first.
    const status = new Int32Array(stream.buffer, 16, receipts.length);
    const published = new Int32Array(stream.buffer, 0, 1)[0];
    assert.ok(published > 0 && published < receipts.length, `${published} of ${receipts.length} published`);
    for (let t = 0; t < 500 && status.subarray(0, published).some((s) => s !== 2); t++)
        await new Promise((r) => setTimeout(r, 10));
    assert.equal(stream.root(receipts), root);
    await ended;
    assert.equal(stream.leavesOnWorkers, published);
});
test('closed before a worker starts (a failed block): the worker hashes nothing and ends', async () => {
    const { receipts, root, gas } = await blockReceipts(4370000);
    const stream = ReceiptStream.create(receipts.length, gas);
    publishAll(stream, receipts);
    stream.close();
    new ReceiptStream(stream.buffer).hashLeaves();
    assert.equal(stream.root(receipts), root);
    assert.equal(stream.leavesOnWorkers, 0);
});
test('a leaf a lost worker claimed and never hashed is hashed by the coordinator after its wait', async () => {
    const { receipts, root, gas } = await blockReceipts(14396881);
    const stream = ReceiptStream.create(receipts.length, gas);
    publishAll(stream, receipts);
    // The status words follow the 16-byte header: receipt 7 claimed (1) by a worker that is gone.
    const status = new Int32Array(stream.buffer, 16, receipts.length);
    assert.equal(Atomics.compareExchange(status, 7, 0, 1), 0);
    new ReceiptStream(stream.buffer).hashLeaves();
    assert.equal(stream.root(receipts), root);
    assert.equal(stream.leavesOnWorkers, receipts.length - 1);
});
test('a buffer kept from an earlier block (every byte stale) starts clean', async () => {
    const { receipts, root, gas } = await blockReceipts(4370000);
    const kept = new SharedArrayBuffer(16 << 20);
    new Uint8Array(kept).fill(0xff);
    const stream = ReceiptStream.create(receipts.length, gas, (bytes) => {
        assert.ok(bytes <= kept.byteLength);
        return kept;
    });
    assert.equal(stream.buffer, kept);
    publishAll(stream, receipts);
    new ReceiptStream(stream.buffer).hashLeaves();
    assert.equal(stream.root(receipts), root);
    assert.equal(stream.leavesOnWorkers, receipts.length);
});
test('no receipt or one: no root from the stream (the coordinator computes it as before)', () => {
    const one = { txType: 2, status: 1, gasUsed: 21000n, cumulativeGasUsed: 21000n, logs: [], logsBloom: `0x${'00'.repeat(256)}` };
    const empty = ReceiptStream.create(0, 30000000n);
    new ReceiptStream(empty.buffer).hashLeaves();
    assert.equal(empty.root([]), undefined);
    const single = ReceiptStream.create(1, 30000000n);
    single.publish(0, one);
    new ReceiptStream(single.buffer).hashLeaves();
    assert.equal(single.root([one]), undefined);
});
//# sourceMappingURL=receipt-stream.test.js.map