// The block's system work in the analyzer's dependency picture: what the pre-block system calls
// write and which transactions read it, and which transactions the post-block work (withdrawals,
// EIP-7685 requests) depends on. Real blocks: the Hoodi witness block and execution-spec-tests
// blocks whose transactions use the system contracts; the expected slots come from the EIPs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hexToBytes } from '@ethereumjs/util';
import { analyzeModel } from '../src/analyze/analyze.js';
import { headline } from '../src/analyze/report.js';
import { traceBlock } from '../src/analyze/trace.js';
import { chainByName } from '../src/block/chains.js';
import { decodeBlock } from '../src/block/decode.js';
import { loadBlockchainTests } from '../src/conformance/blockchainTests.js';
import { parseTestState } from '../src/conformance/preState.js';
import { loadExecutionWitness } from '../src/index.js';
const EEST = process.env.PAREVM_EEST ?? '../shared/fixtures/eest';
const WITNESS = process.env.PAREVM_WITNESS ?? '../shared/fixtures/witness/hoodi-1265656.json';
const BEACON_ROOTS = '0x000f3df6d732807ef1319fb7b8bb8522d0beac02'; // EIP-4788
const HISTORY = '0x0000f90827f1c53a10cb7a02335b175320002935'; // EIP-2935
const WITHDRAWAL_REQUESTS = '0x00000961ef480eb55e80d19ad83579a64c007002'; // EIP-7002
const CONSOLIDATION_REQUESTS = '0x0000bbddc7ce488642fb579f8b00f3a590007251'; // EIP-7251
const HISTORY_SERVE_WINDOW = 8191n; // EIP-2935
const BEACON_ROOTS_BUFFER = 8191n; // EIP-4788 HISTORY_BUFFER_LENGTH
const key = (l) => `${l.kind} ${l.address}${l.slot !== undefined ? ` ${l.slot}` : ''}`;
const locs = (model, ids) => ids.map((i) => key(model.locations[i])).sort();
/** The first block of the EEST blockchain test whose name contains `name`, with its pre-state and chain. */
function eestBlock(file, name) {
    const t = loadBlockchainTests(join(EEST, 'blockchain_tests', file), EEST).find((x) => x.name.includes(name));
    assert.ok(t, `${file}: no test named …${name}…`);
    const blocks = t.test.blocks;
    const genesis = hexToBytes(t.test.genesisBlockHeader.hash);
    return { bytes: hexToBytes(blocks[0].rlp), state: parseTestState(t.test.pre, t.id, [[0n, genesis]]), chain: t.network.chain };
}
/**
 * The pre-block writes of a Prague block as the EIPs define them: EIP-4788 stores the timestamp
 * and the beacon root in its ring buffer (a zero root changes nothing in a fresh slot), EIP-2935
 * the parent hash.
 */
function expectedPreWrites(header) {
    const ts = header.timestamp % BEACON_ROOTS_BUFFER;
    const rootIsZero = (header.parentBeaconBlockRoot ?? new Uint8Array(32)).every((b) => b === 0);
    return [
        `storage ${BEACON_ROOTS} ${ts}`,
        ...(rootIsZero ? [] : [`storage ${BEACON_ROOTS} ${ts + BEACON_ROOTS_BUFFER}`]),
        `storage ${HISTORY} ${(header.number - 1n) % HISTORY_SERVE_WINDOW}`,
    ].sort();
}
test('Hoodi 1,265,656: the pre-block calls write the EIP-4788 and EIP-2935 slots; the request calls read their queues', async () => {
    const loaded = await loadExecutionWitness(JSON.parse(readFileSync(WITNESS, 'utf8')), WITNESS);
    const chain = chainByName('hoodi');
    const { model } = await traceBlock(loaded.block, loaded.strict, { runs: 1, warmup: 0, chain });
    const sys = model.system;
    assert.ok(sys);
    const { header } = decodeBlock(loaded.block, { chain }).block;
    assert.deepEqual(sys.pre, ['EIP-4788 beacon root', 'EIP-2935 history storage']);
    assert.deepEqual(locs(model, sys.preWrites), expectedPreWrites(header));
    assert.deepEqual(sys.post, ['EIP-4895 withdrawals', 'EIP-6110 deposits', 'EIP-7002 withdrawal requests', 'EIP-7251 consolidation requests']);
    const read = locs(model, sys.postReads);
    // EIP-7002/7251 dequeue: excess (0), count (1), queue head (2) and tail (3) of each contract.
    for (const contract of [WITHDRAWAL_REQUESTS, CONSOLIDATION_REQUESTS])
        for (const slot of [0, 1, 2, 3])
            assert.ok(read.includes(`storage ${contract} ${slot}`), `${contract} slot ${slot}`);
    // Each withdrawal credits its recipient: the post-block work reads that balance.
    for (const w of loaded.block.withdrawals)
        assert.ok(read.includes(`balance ${w.address.toLowerCase()}`), w.address);
    // The post-block work depends on exactly the transactions that wrote what it reads.
    const readIds = new Set(sys.postReads);
    const writers = model.txs.flatMap((t, i) => (t.writes.some((w) => readIds.has(w.loc)) ? [i] : []));
    assert.deepEqual(sys.postDeps, writers);
});
test('EIP-2935: a transaction that reads the parent hash from the history contract reads the pre-block write', async () => {
    const { bytes, state, chain } = eestBlock('prague/eip2935_historical_block_hashes_from_state/test_eip_2935.json', 'fork_Prague');
    const { model } = await traceBlock(bytes, state, { runs: 1, warmup: 0, chain });
    const sys = model.system;
    const { header } = decodeBlock(bytes, { chain }).block;
    assert.deepEqual(locs(model, sys.preWrites), expectedPreWrites(header));
    assert.deepEqual(sys.preReaders, [0]);
    const parentSlot = `storage ${HISTORY} ${(header.number - 1n) % HISTORY_SERVE_WINDOW}`;
    assert.ok(model.txs[0].reads.some((r) => key(model.locations[r.loc]) === parentSlot), 'transaction 0 reads the parent-hash slot');
});
test('EIP-7002: the withdrawal request system call depends on the transaction that queued a request', async () => {
    const { bytes, state, chain } = eestBlock('prague/eip7002_el_triggerable_withdrawals/test_eip_7002.json', 'single_withdrawal_request');
    const { model } = await traceBlock(bytes, state, { runs: 1, warmup: 0, chain });
    const sys = model.system;
    assert.deepEqual(sys.postDeps, [0]);
    // The request went into the contract's queue: transaction 0 wrote storage the system call read.
    const queued = model.txs[0].writes.filter((w) => sys.postReads.includes(w.loc)).map((w) => model.locations[w.loc]);
    assert.ok(queued.some((l) => l.kind === 'storage' && l.address === WITHDRAWAL_REQUESTS), 'a write to the EIP-7002 contract');
    const row = headline(analyzeModel(model)).find((r) => r.label === 'post-block system work');
    assert.match(row?.value ?? '', /EIP-7002 withdrawal requests.*written by 1 tx \(0\)/);
});
test('EIP-6110: the deposit transaction is listed as a source of the block requests', async () => {
    const { bytes, state, chain } = eestBlock('prague/eip6110_deposits/test_eip_6110.json', 'single_deposit_from_eoa');
    const { model } = await traceBlock(bytes, state, { runs: 1, warmup: 0, chain });
    assert.deepEqual(model.system.depositTxs, [0]);
    assert.deepEqual(analyzeModel(model).system?.depositTxs, [0]);
});
test('a Cancun block of a transition network: a request queued before Prague is no dependency of any system call', async () => {
    const { bytes, state, chain } = eestBlock('prague/eip7002_el_triggerable_withdrawals/test_withdrawal_requests_during_fork.json', '');
    const { model } = await traceBlock(bytes, state, { runs: 1, warmup: 0, chain });
    const sys = model.system;
    // The transition network starts at Cancun: block 1 (timestamp < 15,000) is a Cancun block.
    assert.deepEqual(sys.pre, ['EIP-4788 beacon root']);
    assert.deepEqual(sys.post, ['EIP-4895 withdrawals']);
    assert.deepEqual(sys.depositTxs, []);
    const queued = model.txs[0].writes.some((w) => model.locations[w.loc].address === WITHDRAWAL_REQUESTS);
    assert.ok(queued, 'transaction 0 writes the EIP-7002 contract');
    assert.deepEqual(sys.postDeps, []);
});
//# sourceMappingURL=analyze-system.test.js.map