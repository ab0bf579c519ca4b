// parevm's receipt encoding (src/verify/receipts.ts) equals @ethereumjs/vm's encodeReceipt (the
// reference) byte for byte: on every receipt of mainnet blocks from before Byzantium (state
// roots), after it (status) and after Cancun (blob transactions), with the logs' encoding the EVM
// recorded and from their hex, and on hand-made receipts at each RLP length boundary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { MerklePatriciaTrie } from '@ethereumjs/mpt';
import { RLP } from '@ethereumjs/rlp';
import { encodeReceipt } from '@ethereumjs/vm';
import { loadFixtureBlock } from '../../src/block/fixtures.js';
import { encodedLogsOf } from '../../src/evm/logs.js';
import { executeBlockSequential } from '../../src/execute/sequential.js';
import { encodeReceiptBytes, receiptsRoot } from '../../src/verify/receipts.js';
import { FIXTURES } from '../helpers.js';
function reference(r) {
    const base = {
        cumulativeBlockGasUsed: r.cumulativeGasUsed,
        bitvector: hexToBytes(r.logsBloom),
        logs: r.logs.map((l) => [hexToBytes(l.address), l.topics.map((t) => hexToBytes(t)), hexToBytes(l.data)]),
    };
    const receipt = r.stateRoot !== undefined ? { ...base, stateRoot: hexToBytes(r.stateRoot) } : { ...base, status: r.status ?? 0 };
    return bytesToHex(encodeReceipt(receipt, r.txType));
}
test('every receipt of mainnet blocks before Byzantium, after it and after Cancun', async () => {
    let count = 0;
    for (const number of [4369999, 4370000, 12244000, 14029313, 19426586]) {
        const fx = loadFixtureBlock(FIXTURES, number);
        const result = await executeBlockSequential(fx.blockJson, fx.state);
        assert.ok(result.receipts.length > 0);
        for (const [i, r] of result.receipts.entries()) {
            // The logs as the EVM encoded them, and (a copy has no recorded encoding) from their hex.
            assert.equal(encodedLogsOf(r) !== undefined, r.logs.length > 0, `block ${number} receipt ${i}: recorded encoding`);
            assert.equal(bytesToHex(encodeReceiptBytes(r)), reference(r), `block ${number} receipt ${i}`);
            assert.equal(bytesToHex(encodeReceiptBytes({ ...r })), reference(r), `block ${number} receipt ${i}, from hex`);
        }
        count += result.receipts.length;
    }
    assert.ok(count > 1000, `${count} receipts`);
});
test('hand-made receipts at the RLP length boundaries', () => {
    const hex = (n, fill = 0xab) => `0x${Buffer.alloc(n, fill).toString('hex')}`;
    const bloom = hex(256, 0);
    const log = (dataBytes, topics, fill = 0xab) => ({
        address: hex(20, 0x11),
        topics: Array.from({ length: topics }, (_, i) => hex(32, i)),
        data: hex(dataBytes, fill),
    });
    const cases = [];
    for (const txType of [0, 1, 2, 3, 4]) {
        for (const gas of [1n, 0x7fn, 0x80n, 0xffn, 0x100n, 21000n, 2n ** 63n - 1n]) {
            cases.push({ txType, status: 1, gasUsed: gas, cumulativeGasUsed: gas, logs: [], logsBloom: bloom });
            cases.push({ txType, status: 0, gasUsed: gas, cumulativeGasUsed: gas, logs: [], logsBloom: bloom });
        }
    }
    cases.push({ txType: 0, stateRoot: hex(32, 0x5a), gasUsed: 1n, cumulativeGasUsed: 21000n, logs: [log(3, 1)], logsBloom: bloom });
    for (const dataBytes of [0, 1, 2, 55, 56, 255, 256, 70000]) {
        for (const fill of [0x00, 0x7f, 0x80]) {
            for (const topics of [0, 1, 4])
                cases.push({ txType: 2, status: 1, gasUsed: 1n, cumulativeGasUsed: 99n, logs: [log(dataBytes, topics, fill)], logsBloom: bloom });
        }
    }
    // Lists whose payload needs one, two and three length bytes.
    for (const logs of [1, 2, 3, 300]) {
        cases.push({
            txType: 0,
            status: 1,
            gasUsed: 1n,
            cumulativeGasUsed: 5n,
            logs: Array.from({ length: logs }, (_, i) => log(i % 60, i % 5)),
            logsBloom: bloom,
        });
    }
    for (const [i, r] of cases.entries())
        assert.equal(bytesToHex(encodeReceiptBytes(r)), reference(r), `case ${i}`);
    // A cumulative gas of 0 (no real receipt has one) is RLP's empty string, as geth's uint64;
    // @ethereumjs/vm writes a zero byte there.
    const zero = encodeReceiptBytes({ txType: 0, status: 1, gasUsed: 0n, cumulativeGasUsed: 0n, logs: [], logsBloom: bloom });
    assert.equal(bytesToHex(zero.subarray(0, 6)), '0xf9010601' + '80b9');
});
test('the receipts root of no receipt and of one (the engines compute these themselves: no leaf to share with a worker)', async () => {
    assert.equal(await receiptsRoot([]), '0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421');
    const one = { txType: 2, status: 1, gasUsed: 21000n, cumulativeGasUsed: 21000n, logs: [], logsBloom: `0x${'00'.repeat(256)}` };
    const trie = new MerklePatriciaTrie();
    await trie.put(RLP.encode(0), hexToBytes(reference(one)));
    assert.equal(await receiptsRoot([one]), bytesToHex(trie.root()), '@ethereumjs/mpt over @ethereumjs/vm encodeReceipt');
});
//# sourceMappingURL=receipts.test.js.map