/**
 * `npm run bench`: parevm's sequential engine against ethereumjs's own runBlock on the same
 * blocks, in the same run. Median of --runs runs per block. A benchmark, not a test.
 *
 *   npm run bench -- [--fixtures DIR] [--blocks N,N] [--runs 3] [--json]
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { decodeBlock } from '../src/block/decode.js';
import { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } from '../src/block/fixtures.js';
import { ecrecoverBackend, pureEcrecover } from '../src/crypto/ecrecover.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { runBlockBaseline } from './ethereumjs-baseline.js';
import { blockTimeMs } from '../src/execute/timings.js';
import { median } from '../src/analyze/median.js';
const opts = new Command('bench')
    .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
    .option('--blocks <list>', 'comma-separated block numbers')
    .option('--runs <n>', 'runs per block', '3')
    .option('--json', 'JSON output')
    .parse()
    .opts();
const runs = Math.max(1, Number(opts.runs));
const numbers = opts.blocks ? opts.blocks.split(',').map(Number) : listFixtureBlocks(opts.fixtures);
const rows = [];
let sumSeq = 0, sumBase = 0, sumRec = 0, sumExec = 0, sumGas = 0, sumPure = 0, sumTx = 0;
for (const n of numbers) {
    const fx = loadFixtureBlock(opts.fixtures, n);
    const seq = [], rec = [], exec = [], base = [];
    let gas = 0n, txs = 0;
    for (let r = 0; r < runs; r++) {
        // Fresh decode each run: senders are cached on transactions once recovered.
        const res = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state);
        seq.push(blockTimeMs(res.timings));
        rec.push(res.timings.senderRecoveryMs);
        exec.push(res.timings.executionMs);
        gas = res.gasUsed;
        txs = res.receipts.length;
        const b = await runBlockBaseline(decodeBlock(fx.blockJson).block, fx.state);
        if (b.gasUsed !== gas)
            throw new Error(`block ${n}: runBlock gasUsed ${b.gasUsed} != parevm ${gas}`);
        base.push(b.ms);
    }
    // Pure-JS sender recovery on the same transactions, for the native-vs-JS choice.
    const { block } = decodeBlock(fx.blockJson);
    const t = performance.now();
    for (const tx of block.transactions) {
        const anyTx = tx;
        try {
            const msg = tx.getHashedMessageToSign();
            pureEcrecover(msg, anyTx.v, hex32(anyTx.r), hex32(anyTx.s), tx.type === 0 && anyTx.v > 28n ? tx.common.chainId() : undefined);
        }
        catch {
            /* same outcome as the native path is checked in tests */
        }
    }
    const pureMs = performance.now() - t;
    const row = {
        block: n,
        txs,
        gas: Number(gas),
        parevmMs: median(seq),
        runBlockMs: median(base),
        recoverMs: median(rec),
        execMs: median(exec),
        pureRecoverMs: pureMs,
    };
    rows.push(row);
    sumSeq += row.parevmMs;
    sumBase += row.runBlockMs;
    sumRec += row.recoverMs;
    sumExec += row.execMs;
    sumGas += row.gas;
    sumPure += pureMs;
    sumTx += txs;
    if (!opts.json)
        process.stderr.write(`block ${n} done\n`);
}
function hex32(v) {
    return Uint8Array.from(Buffer.from(v.toString(16).padStart(64, '0'), 'hex'));
}
if (opts.json) {
    console.log(JSON.stringify({ runs, ecrecover: ecrecoverBackend, rows }, null, 2));
}
else {
    const table = new Table({
        head: ['block', 'txs', 'Mgas', 'parevm ms', 'runBlock ms', 'runBlock/parevm', 'parevm Mgas/s', 'recover ms', 'exec ms', 'pure-JS recover ms'],
        style: { head: [], border: [], compact: true },
        colAligns: Array(10).fill('right'),
    });
    for (const r of rows) {
        table.push([
            r.block,
            r.txs,
            (r.gas / 1e6).toFixed(2),
            r.parevmMs.toFixed(1),
            r.runBlockMs.toFixed(1),
            (r.runBlockMs / r.parevmMs).toFixed(2) + '×',
            (r.gas / 1e3 / r.parevmMs).toFixed(2),
            r.recoverMs.toFixed(1),
            r.execMs.toFixed(1),
            r.pureRecoverMs.toFixed(1),
        ]);
    }
    table.push([
        'total',
        sumTx,
        (sumGas / 1e6).toFixed(1),
        sumSeq.toFixed(0),
        sumBase.toFixed(0),
        (sumBase / sumSeq).toFixed(2) + '×',
        (sumGas / 1e3 / sumSeq).toFixed(2),
        sumRec.toFixed(0),
        sumExec.toFixed(0),
        sumPure.toFixed(0),
    ]);
    console.log(`parevm sequential vs ethereumjs runBlock — median of ${runs} runs, same process, ecrecover ${ecrecoverBackend}`);
    console.log(table.toString());
    console.log(`sender recovery: ${((100 * sumRec) / sumSeq).toFixed(1)}% of parevm block time (native; pure-JS would take ${sumPure.toFixed(0)} ms = ${(sumPure / Math.max(sumTx, 1)).toFixed(2)} ms/tx vs ${(sumRec / Math.max(sumTx, 1)).toFixed(3)} ms/tx native)`);
}
//# sourceMappingURL=sequential.js.map