// A worker's outputs survive packOutputs → structured clone → unpackOutputs unchanged: the
// receipts of real mainnet blocks (before Byzantium: state roots; after it: status; after Cancun:
// blob gas; 15537394: 10,041 logs; contract creations) and hand-made edge cases (errors, no
// receipt, empty strings, logs without a recorded encoding), the logs' encoding with them. JSON
// equality checks the field order too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
import { encodeHexLogs, encodedLogsOf, logsUnread, receiptWithLazyLogs } from '../../src/evm/logs.js';
import { executeBlockSequential } from '../../src/execute/sequential.js';
import { packOutputs, unpackOutputs } from '../../src/parallel/outputCodec.js';
import { FIXTURES } from '../helpers.js';
const json = (outputs) => JSON.stringify(outputs, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
const hex = (b) => (b === undefined ? 'none' : Buffer.from(b).toString('hex'));
function roundTrip(outputs) {
    return unpackOutputs(structuredClone(packOutputs(outputs)));
}
test('the receipts of mainnet blocks before Byzantium, after it and after Cancun, in any order of transactions', async () => {
    let logs = 0;
    let created = 0;
    let blobs = 0;
    let roots = 0;
    for (const number of [4369999, 12244000, 15537394, 19934116]) {
        const fx = loadFixtureBlock(FIXTURES, number);
        const { receipts } = await executeBlockSequential(fx.blockJson, fx.state);
        // Reversed, with incarnations: the codec keeps each output's own indices.
        const outputs = receipts.map((r, i) => [i, i % 3, r, null]).reverse();
        const back = roundTrip(outputs);
        assert.deepEqual(back, outputs, `block ${number}`);
        assert.equal(json(back), json(outputs), `block ${number}: field order`);
        // The logs travel as their encoding, which the receipts trie copies: it arrives with them.
        for (const [k, o] of back.entries()) {
            const sent = encodedLogsOf(outputs[k][2]);
            assert.equal(sent !== undefined, o[2].logs.length > 0);
            if (sent)
                assert.equal(hex(encodedLogsOf(o[2])), hex(sent), `block ${number}, output ${k}`);
        }
        logs += receipts.reduce((n, r) => n + r.logs.length, 0);
        created += receipts.filter((r) => r.contractAddress !== undefined).length;
        blobs += receipts.filter((r) => r.blobGasUsed !== undefined).length;
        roots += receipts.filter((r) => r.stateRoot !== undefined).length;
    }
    assert.ok(logs > 10_000, `${logs} logs`);
    assert.ok(created > 0 && blobs > 0 && roots > 0, `${created} creations, ${blobs} blob receipts, ${roots} state roots`);
});
test('errors, outputs without a receipt, blob gas, empty strings and 64-bit gas', () => {
    const receipt = {
        txType: 3,
        gasUsed: 2n ** 64n - 1n,
        cumulativeGasUsed: 0n,
        logs: [
            { address: '0x00000000000000000000000000000000000000aa', topics: [], data: '0x' },
            { address: '0x00000000000000000000000000000000000000bb', topics: [`0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`], data: '0x0102' },
        ],
        logsBloom: `0x${'00'.repeat(256)}`,
        status: 0,
        blobGasUsed: 131072n,
    };
    const noStatus = { txType: 0, gasUsed: 21000n, cumulativeGasUsed: 42000n, logs: [], logsBloom: '0x' };
    const outputs = [
        [0, 0, null, { code: 'INVALID_TRANSACTION', message: 'nonce too low: ünïcode and "quotes"' }],
        [1, 2, receipt, null],
        [2, 0, noStatus, null],
        [3, 1, null, { code: '', message: '' }],
        [4, 0, { ...noStatus, stateRoot: `0x${'ab'.repeat(32)}`, contractAddress: `0x${'cd'.repeat(20)}` }, null],
    ];
    const back = roundTrip(outputs);
    assert.deepEqual(back, outputs);
    assert.equal(json(back), json(outputs));
    assert.deepEqual(roundTrip([]), []);
    // Logs given as hex only (the reference engine's receipts) are encoded from it for the trip.
    assert.equal(encodedLogsOf(receipt), undefined);
    assert.equal(hex(encodedLogsOf(back[1][2])), hex(encodeHexLogs(receipt.logs)));
    // parevm's EVM's receipt (lazy logs, logs.ts): packed from its encoding without a read of its
    // logs, unpacked lazy as well, with the same logs once read.
    const head = { txType: receipt.txType, gasUsed: receipt.gasUsed, cumulativeGasUsed: receipt.cumulativeGasUsed };
    const lazy = Object.assign(receiptWithLazyLogs(head, encodeHexLogs(receipt.logs), receipt.logsBloom), {
        status: receipt.status,
        blobGasUsed: receipt.blobGasUsed,
    });
    const [unpacked] = roundTrip([[1, 0, lazy, null]]);
    assert.ok(logsUnread(lazy), 'packed unread');
    assert.ok(logsUnread(unpacked[2]), 'unpacked lazy');
    assert.equal(hex(encodedLogsOf(unpacked[2])), hex(encodeHexLogs(receipt.logs)));
    assert.equal(json([[1, 0, unpacked[2], null]]), json([[1, 0, receipt, null]]), 'read: the receipt, field for field');
});
test('unpacking only the outputs kept: every other one stepped over, the kept ones as a full unpack gives them', async () => {
    const fx = loadFixtureBlock(FIXTURES, 15537394);
    const { receipts } = await executeBlockSequential(fx.blockJson, fx.state);
    // Every transaction twice (incarnations 0 and 1, as a worker packs a re-execution), with an error and a receipt-less output among them.
    const outputs = receipts.flatMap((r, i) => [
        [i, 0, r, null],
        [i, 1, i % 7 === 0 ? null : r, i % 7 === 0 ? { code: 'INVALID_TRANSACTION', message: `tx ${i}` } : null],
    ]);
    const packed = structuredClone(packOutputs(outputs));
    const all = unpackOutputs(packed);
    for (const keep of [(_, inc) => inc === 1, (tx, inc) => (tx % 2 === 0) === (inc === 0), () => false]) {
        const kept = unpackOutputs(packed, keep);
        const want = all.filter((o) => keep(o[0], o[1]));
        assert.deepEqual(kept, want);
        assert.equal(json(kept), json(want));
    }
    // The walk that keeps none still sees every output's transaction and incarnation, in order.
    const seen = [];
    unpackOutputs(packed, (tx, inc) => (seen.push(tx, inc), false));
    assert.deepEqual(seen, outputs.flatMap((o) => [o[0], o[1]]));
});
//# sourceMappingURL=output-codec.test.js.map