// A worker's light transaction (src/parallel/workerTx.ts) carries exactly the fields that
// @ethereumjs/tx's createTxFromRLP decodes from the same bytes: on every transaction of the
// mainnet fixture blocks (legacy with and without EIP-155, EIP-2930, EIP-1559, EIP-4844) and on
// signed EIP-4844 and EIP-7702 transactions with access lists, blobs and authorizations.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Common, Mainnet } from '@ethereumjs/common';
import { Capability, createBlob4844Tx, createEOACode7702Tx, createFeeMarket1559Tx, createLegacyTx, createTx, createTxFromRLP, } from '@ethereumjs/tx';
import { SECP256K1_ORDER, bytesToHex, eoaCode7702SignAuthorization, hexToBytes } from '@ethereumjs/util';
import { createBlock } from '@ethereumjs/block';
import { decodeBlock } from '../../src/block/decode.js';
import { recoverSenders, recoveryRules } from '../../src/block/senders.js';
import { InvalidSignatureError } from '../../src/errors.js';
import { createTxCommon } from '../../src/block/hardfork.js';
import { testNetwork } from '../../src/conformance/hardforks.js';
import { LazyBlock } from '../../src/parallel/lazyBlock.js';
import { RecoveryBuffer } from '../../src/parallel/recovery.js';
import { TransactionBuffer, TransactionReader } from '../../src/parallel/transactionBuffer.js';
import { decodeWorkerTx } from '../../src/parallel/workerTx.js';
import { FIXTURES } from '../helpers.js';
const CAPABILITIES = [
    Capability.EIP155ReplayProtection,
    Capability.EIP1559FeeMarket,
    Capability.EIP2718TypedTransaction,
    Capability.EIP2930AccessLists,
    Capability.EIP7702EOACode,
];
/** The fields parevm's EVM and the parallel engine read, in comparable form. */
function fields(tx) {
    const t = tx;
    const hex = (v) => (v instanceof Uint8Array ? bytesToHex(v) : Array.isArray(v) ? v.map(hex) : v);
    return {
        type: tx.type,
        nonce: tx.nonce,
        gasLimit: tx.gasLimit,
        to: tx.to?.toString(),
        value: tx.value,
        data: bytesToHex(tx.data),
        gasPrice: t.gasPrice,
        maxFeePerGas: t.maxFeePerGas,
        maxPriorityFeePerGas: t.maxPriorityFeePerGas,
        accessList: hex(t.accessList),
        maxFeePerBlobGas: t.maxFeePerBlobGas,
        blobVersionedHashes: t.blobVersionedHashes,
        numBlobs: 'numBlobs' in tx ? tx.numBlobs() : 0,
        authorizationList: hex(t.authorizationList),
        supports: CAPABILITIES.map((c) => tx.supports(c)),
    };
}
/** The sender key and address a worker recovers from `bytes` under `common`'s rules (RecoveryBuffer, one worker), undefined if it finds the signature invalid. */
function workerRecovery(bytes, common) {
    const recovery = new RecoveryBuffer(new SharedArrayBuffer(RecoveryBuffer.bytesFor(1)), 1);
    recovery.recoverStride(() => bytes, 0, 1, recoveryRules(common));
    return { key: recovery.publicKey(0), sender: recovery.sender(0) };
}
function check(tx, label) {
    const bytes = tx.serialize();
    const full = createTxFromRLP(bytes, { common: tx.common });
    assert.deepEqual(fields(decodeWorkerTx(bytes)), fields(full), label);
    // Owned bytes, as LazyBlock passes them: a view into a larger private copy, not copied again.
    const block = new Uint8Array(bytes.length + 7).fill(0xee);
    block.set(bytes, 3);
    assert.deepEqual(fields(decodeWorkerTx(block.subarray(3, 3 + bytes.length), true)), fields(full), `${label}: owned`);
    // A worker recovers the sender from the bytes: the key @ethereumjs/tx recovers.
    const recovered = workerRecovery(bytes, tx.common);
    assert.equal(bytesToHex(recovered.key ?? new Uint8Array()), bytesToHex(full.getSenderPublicKey()), `${label}: sender key`);
    assert.equal(recovered.sender, full.getSenderAddress().toString(), `${label}: sender address`);
}
/** `LazyBlock.encodeTransactions` writes each transaction's `serialize()` bytes, in order, back to back; read through a LazyBlock when a header is given. */
function checkBlockEncoding(txs, label, header) {
    const buffer = LazyBlock.encodeTransactions(txs);
    const reader = new TransactionReader(buffer);
    assert.equal(reader.count, txs.length, `${label}: count`);
    const lazy = header ? new LazyBlock(header, buffer) : undefined;
    txs.forEach((tx, i) => {
        if (i > 0)
            assert.equal(reader.start(i), reader.end(i - 1), `${label}: transaction ${i} follows the one before`);
        const bytes = lazy ? lazy.bytesOf(i) : reader.bytes.subarray(reader.start(i), reader.end(i));
        assert.equal(bytesToHex(bytes), bytesToHex(tx.serialize()), `${label}: transaction ${i} for the workers`);
    });
}
test('every mainnet fixture transaction: the light form has the fields of createTxFromRLP', () => {
    let count = 0;
    const types = new Set();
    for (const n of readdirSync(join(FIXTURES, 'blocks'))) {
        const decoded = decodeBlock(JSON.parse(readFileSync(join(FIXTURES, 'blocks', n, 'block.json'), 'utf8')));
        checkBlockEncoding(decoded.block.transactions, `block ${n}`, LazyBlock.encodeHeader(decoded.block.header, decoded.hardfork, decoded.chain));
        // The sequential engine recovers from the encoding too (written field by field here), on a
        // block of its own: the sender and the key it caches are @ethereumjs/tx's.
        const fresh = decodeBlock(JSON.parse(readFileSync(join(FIXTURES, 'blocks', n, 'block.json'), 'utf8'))).block;
        const { senders } = recoverSenders(fresh);
        decoded.block.transactions.forEach((tx, i) => {
            check(tx, `block ${n} transaction ${i}`);
            const full = createTxFromRLP(tx.serialize(), { common: tx.common });
            assert.equal(senders[i], full.getSenderAddress().toString(), `block ${n} transaction ${i}: sequential sender`);
            // Read from the cache itself: getSenderPublicKey() would recover again without one.
            const cached = fresh.transactions[i].cache.senderPubKey;
            assert.equal(bytesToHex(cached ?? new Uint8Array()), bytesToHex(full.getSenderPublicKey()), `block ${n} transaction ${i}: cached key`);
            types.add(tx.type);
            count++;
        });
    }
    assert.ok(count > 8_000, `${count} transactions`);
    assert.deepEqual([...types].sort(), [0, 1, 2, 3]);
});
test('signed EIP-4844 and EIP-7702 transactions with access lists, blobs and authorizations', () => {
    const common = createTxCommon('prague', testNetwork('Prague').chain);
    const key = hexToBytes(`0x${'a1'.padStart(64, '0')}`);
    const accessList = [{ address: `0x${'11'.repeat(20)}`, storageKeys: [`0x${'00'.repeat(31)}01`, `0x${'ff'.repeat(32)}`] }];
    const blob = createBlob4844Tx({
        chainId: 1n,
        nonce: 7n,
        to: `0x${'22'.repeat(20)}`,
        value: 5n,
        data: '0xdeadbeef',
        gasLimit: 100000n,
        maxFeePerGas: 30n,
        maxPriorityFeePerGas: 2n,
        maxFeePerBlobGas: 9n,
        accessList,
        blobVersionedHashes: [`0x01${'33'.repeat(31)}`, `0x01${'44'.repeat(31)}`],
    }, { common }).sign(key);
    check(blob, 'EIP-4844');
    const auth = eoaCode7702SignAuthorization({ chainId: '0x1', address: `0x${'55'.repeat(20)}`, nonce: '0x3' }, key);
    const setCode = createEOACode7702Tx({
        chainId: 1n,
        nonce: 0n,
        to: `0x${'66'.repeat(20)}`,
        value: 0n,
        gasLimit: 200000n,
        maxFeePerGas: 10n,
        maxPriorityFeePerGas: 1n,
        accessList,
        authorizationList: [auth, auth],
    }, { common }).sign(key);
    check(setCode, 'EIP-7702');
    // Written for the workers together with transactions of the fast path (legacy, EIP-1559 with an access list).
    const legacy = createLegacyTx({ nonce: 1n, gasPrice: 10n, gasLimit: 21000n, to: `0x${'77'.repeat(20)}`, value: 3n }, { common }).sign(key);
    checkBlockEncoding([legacy, blob, setCode, legacy], 'mixed');
});
test('sender recovery from the bytes rejects a high s from Homestead on (EIP-2), as @ethereumjs/tx does', () => {
    const key = hexToBytes(`0x${'b2'.padStart(64, '0')}`);
    const tx = { nonce: 1n, gasPrice: 10n, gasLimit: 21000n, to: `0x${'77'.repeat(20)}`, value: 3n };
    for (const hardfork of ['chainstart', 'homestead', 'spuriousDragon', 'london']) {
        const common = new Common({ chain: Mainnet, hardfork });
        const signed = createLegacyTx(tx, { common }).sign(key);
        // The malleable twin: (r, n − s) with the other parity signs the same message with the same key.
        const v = signed.v % 2n === 1n ? signed.v + 1n : signed.v - 1n;
        const high = createLegacyTx({ ...tx, v, r: signed.r, s: SECP256K1_ORDER - signed.s }, { common });
        const theirs = (() => {
            try {
                return bytesToHex(high.getSenderPublicKey());
            }
            catch {
                return 'invalid';
            }
        })();
        const ours = workerRecovery(high.serialize(), common);
        // The sequential engine: the key, or @ethereumjs/tx's error as the typed one.
        const sequential = (() => {
            try {
                return recoverSenders(createBlock({ transactions: [high] }, { common })).senders[0];
            }
            catch (e) {
                assert.ok(e instanceof InvalidSignatureError && e.reason === 'high-s', `${hardfork}: ${e}`);
                return 'invalid';
            }
        })();
        assert.equal(sequential, theirs === 'invalid' ? 'invalid' : high.getSenderAddress().toString(), `${hardfork}: sequential`);
        assert.equal(ours.key === undefined ? 'invalid' : bytesToHex(ours.key), theirs, hardfork);
        assert.equal(ours.sender === undefined, ours.key === undefined, `${hardfork}: no address without a key`);
        assert.equal(theirs === 'invalid', hardfork !== 'chainstart', `${hardfork}: EIP-2 decides`);
        assert.equal(bytesToHex(workerRecovery(signed.serialize(), common).key), bytesToHex(signed.getSenderPublicKey()), `${hardfork}: low s`);
    }
});
test('a transaction buffer publishes what is written: a reader of an aborted one stops with an error, of a written one reads every encoding', () => {
    const common = createTxCommon('prague', testNetwork('Prague').chain);
    const key = hexToBytes(`0x${'c3'.padStart(64, '0')}`);
    const txs = Array.from({ length: 130 }, (_, i) => createLegacyTx({ nonce: BigInt(i), gasPrice: 10n, gasLimit: 21000n, to: `0x${'78'.repeat(20)}`, value: BigInt(i) << 200n }, { common }).sign(key));
    const aborted = new TransactionBuffer(txs);
    const waiting = new TransactionReader(aborted.buffer);
    assert.equal(waiting.count, 130);
    aborted.abort();
    assert.throws(() => waiting.waitFor(0), /could not encode/);
    const written = new TransactionBuffer(txs).writeAll();
    const reader = new TransactionReader(written.buffer);
    reader.waitFor(129);
    txs.forEach((tx, i) => {
        assert.equal(bytesToHex(reader.bytes.subarray(reader.start(i), reader.end(i))), bytesToHex(tx.serialize()), `transaction ${i}`);
    });
});
test('a transaction buffer takes the largest fields a transaction may have, and a missing r or s goes through serialize()', () => {
    // Before EIP-155 (Spurious Dragon) a legacy v has no upper limit: here 4,000 bytes.
    const homestead = new Common({ chain: Mainnet, hardfork: 'homestead' });
    const max = (1n << 256n) - 1n;
    const hugeV = createLegacyTx({ nonce: 1n, gasPrice: 1n << 190n, gasLimit: (1n << 64n) - 1n, to: `0x${'79'.repeat(20)}`, value: max, v: (1n << 32000n) + 27n, r: max, s: 1n }, { common: homestead });
    // An empty r, as @ethereumjs/tx reads an RPC block's "r": "0x0": the transaction has v but no r.
    const noR = createLegacyTx({ nonce: 2n, gasPrice: 10n, gasLimit: 21000n, to: `0x${'7a'.repeat(20)}`, value: 1n, v: 27n, r: '0x', s: 1n }, { common: homestead });
    assert.equal(noR.r, undefined);
    const common = createTxCommon('prague', testNetwork('Prague').chain);
    const key = hexToBytes(`0x${'c4'.padStart(64, '0')}`);
    const accessList = Array.from({ length: 40 }, (_, i) => ({
        address: `0x${i.toString(16).padStart(40, '0')}`,
        storageKeys: Array.from({ length: 20 }, (_, k) => `0x${'ff'.repeat(31)}${k.toString(16).padStart(2, '0')}`),
    }));
    const big1559 = createFeeMarket1559Tx({
        chainId: 1n,
        nonce: (1n << 64n) - 2n,
        maxPriorityFeePerGas: 1n << 190n,
        maxFeePerGas: 1n << 190n,
        gasLimit: (1n << 64n) - 1n,
        to: `0x${'7b'.repeat(20)}`,
        value: max,
        data: new Uint8Array(70_000).fill(0xfe),
        accessList,
    }, { common }).sign(key);
    checkBlockEncoding([hugeV, noR, big1559, noR, hugeV], 'largest fields');
});
test('a transaction that cannot be encoded marks the buffer failed: a worker waiting for it stops with an error', () => {
    const common = createTxCommon('prague', testNetwork('Prague').chain);
    const key = hexToBytes(`0x${'c5'.padStart(64, '0')}`);
    const good = createLegacyTx({ nonce: 0n, gasPrice: 10n, gasLimit: 21000n, to: `0x${'7c'.repeat(20)}`, value: 1n }, { common }).sign(key);
    // Not a transaction @ethereumjs/tx would build: a negative nonce has no RLP.
    const broken = Object.assign(Object.create(Object.getPrototypeOf(good)), good, { nonce: -1n });
    const buffer = new TransactionBuffer([good, broken]);
    const reader = new TransactionReader(buffer.buffer);
    assert.equal(reader.written(), 0);
    assert.throws(() => buffer.writeAll(), RangeError);
    assert.equal(reader.written(), -1, 'marked failed');
    assert.throws(() => reader.waitFor(0), /could not encode/);
});
test("the pipelined coordinator's help: the lowest pending sender from where it asks, each once, then none; the senders are recoverSenders'", () => {
    const fx = decodeBlock(JSON.parse(readFileSync(join(FIXTURES, 'blocks', '4330482', 'block.json'), 'utf8')));
    const txs = fx.block.transactions.slice(0, 6);
    const bytes = txs.map((tx) => tx.serialize());
    const rules = recoveryRules(fx.common);
    const recovery = new RecoveryBuffer(new SharedArrayBuffer(RecoveryBuffer.bytesFor(6)), 6);
    const at = (i) => bytes[i];
    // A worker has recovered 0 and 4 (strides of 6); 1, 2, 3 and 5 are claimed by no one yet.
    recovery.recoverStride(at, 0, 6, rules);
    recovery.recoverStride(at, 4, 6, rules);
    assert.equal(recovery.recoverOneFrom(2, at, rules), 2, 'the one it asks from, when pending');
    assert.equal(recovery.recoverOneFrom(2, at, rules), 3, 'the next pending one');
    assert.equal(recovery.recoverOneFrom(3, at, rules), 5, 'past the one a worker recovered');
    assert.equal(recovery.recoverOneFrom(6, at, rules), -1, 'nothing past the last transaction');
    assert.equal(recovery.recoverOneFrom(0, at, rules), 1, 'below: the only one left');
    assert.equal(recovery.recoverOneFrom(0, at, rules), -1, 'every one claimed');
    const expected = recoverSenders(createBlock({ header: fx.block.header, transactions: txs }, { common: fx.common })).senders;
    assert.deepEqual(recovery.senders(), expected);
});
test("Block-STM's coordinator recovers from the block's end until every sender is claimed, and stops at an invalid signature", () => {
    const fx = decodeBlock(JSON.parse(readFileSync(join(FIXTURES, 'blocks', '4330482', 'block.json'), 'utf8')));
    const txs = fx.block.transactions.slice(0, 6);
    const bytes = txs.map((tx) => tx.serialize());
    const rules = recoveryRules(fx.common);
    const at = (i) => bytes[i];
    const expected = recoverSenders(createBlock({ header: fx.block.header, transactions: txs }, { common: fx.common })).senders;
    // A worker has recovered transaction 0 (its stride's first): the coordinator recovers 5 … 1.
    const recovery = new RecoveryBuffer(new SharedArrayBuffer(RecoveryBuffer.bytesFor(6)), 6);
    recovery.recoverStride(at, 0, 6, rules);
    assert.equal(recovery.recoverFromBack(at, rules, () => false), true);
    assert.deepEqual(recovery.senders(), expected);
    // Stopped at once, it claims nothing.
    const stopped = new RecoveryBuffer(new SharedArrayBuffer(RecoveryBuffer.bytesFor(6)), 6);
    assert.equal(stopped.recoverFromBack(at, rules, () => true), true);
    assert.equal(stopped.firstUnrecovered(), 0);
    assert.deepEqual(stopped.senders(), [undefined, undefined, undefined, undefined, undefined, undefined]);
    // Transaction 3's signature does not recover (r = 0): it stops there, 4 and 5 recovered, 0 … 2 left to the workers.
    const broken = bytes.slice();
    broken[3] = createTx({ ...txs[3].toJSON(), r: '0x0' }, { common: fx.common }).serialize();
    const invalid = new RecoveryBuffer(new SharedArrayBuffer(RecoveryBuffer.bytesFor(6)), 6);
    assert.equal(invalid.recoverFromBack((i) => broken[i], rules, () => false), false);
    assert.deepEqual(invalid.senders(), [undefined, undefined, undefined, undefined, expected[4], expected[5]]);
    assert.equal(invalid.firstUnrecovered(), 0);
});
//# sourceMappingURL=worker-tx.test.js.map