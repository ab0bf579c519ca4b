/**
 * `npm run bench:deopts`: V8 deoptimisations per function, in every thread, while the fixture
 * blocks and synthetic workloads run on the sequential engine, the pipelined path and Block-STM
 * (2 workers). A function deoptimised again and again (a deopt loop) runs in V8's interpreter
 * much of the time — invisible in a profile's function list, where it only looks slow. One did:
 * `gasFloors` deoptimised 653 times in a worker over 12 passes of five blocks (a for-of over access
 * lists of varying array shapes), running its calldata loop ~20× slower than in the sequential
 * engine. A handful per function is V8 learning types; the report flags a function at
 * --loop-threshold or more.
 *
 *   npm run bench:deopts -- [--blocks N,N] [--synthetic transfers,erc20,uniswap,mix|none] [--txs 2000] [--passes 3] [--loop-threshold 50] [--top 15] [--json]
 *
 * The blocks run in a child process started with `--trace-deopt` (V8 prints one line per
 * deoptimisation, from any thread); this process counts the lines by function name.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { Command } from 'commander';
import { countDeopts } from './deoptTrace.js';
/** The child process: every input through the three paths, `passes` times. */
async function drive(o) {
    const { decodeBlock } = await import('../src/block/decode.js');
    const { DEFAULT_FIXTURES, listFixtureBlocks, loadFixtureBlock } = await import('../src/block/fixtures.js');
    const { executeBlockSequential } = await import('../src/execute/sequential.js');
    const { executeBlock } = await import('../src/parallel/executeBlock.js');
    const { closeSharedPools, sharedPool } = await import('../src/parallel/pool.js');
    const { buildWorkload } = await import('../src/workloads/index.js');
    const { warmUpEvm } = await import('../src/evm/warmup.js');
    const { WORKLOAD_KINDS } = await import('../src/workloads/index.js');
    const inputs = (o.blocks ?? listFixtureBlocks(DEFAULT_FIXTURES)).map((n) => loadFixtureBlock(DEFAULT_FIXTURES, n));
    for (const kind of o.synthetic) {
        if (!WORKLOAD_KINDS.includes(kind))
            throw new Error(`unknown synthetic workload ${kind} (one of ${WORKLOAD_KINDS.join(', ')})`);
        const w = await buildWorkload([kind], o.txs);
        inputs.push({ blockJson: w.blockJson, state: w.state });
    }
    sharedPool(2).warmUpEvm();
    warmUpEvm();
    for (let pass = 0; pass < o.passes; pass++) {
        for (const { blockJson, state } of inputs) {
            await executeBlockSequential(decodeBlock(blockJson), state);
            await executeBlock(decodeBlock(blockJson), state, { concurrency: 2, mode: 'pipelined', force: true });
            await executeBlock(decodeBlock(blockJson), state, { concurrency: 2, mode: 'block-stm', force: true });
        }
        process.stderr.write(`pass ${pass + 1} of ${o.passes} done\n`);
    }
    await closeSharedPools();
}
if (process.env.PAREVM_DEOPTS_DRIVER) {
    await drive(JSON.parse(process.env.PAREVM_DEOPTS_DRIVER));
}
else {
    const opts = new Command('bench-deopts')
        .option('--blocks <list>', 'fixture blocks (default: all)')
        .option('--synthetic <kinds>', 'synthetic workloads, or none', 'transfers,erc20,uniswap,mix')
        .option('--txs <n>', 'transactions per synthetic block', '2000')
        .option('--passes <n>', 'passes over all inputs', '3')
        .option('--loop-threshold <n>', 'deoptimisations of one function that count as a loop', '50')
        .option('--top <n>', 'functions listed', '15')
        .option('--json', 'print JSON')
        .parse()
        .opts();
    const driver = {
        blocks: opts.blocks?.split(',').map(Number),
        synthetic: opts.synthetic === 'none' ? [] : opts.synthetic.split(','),
        txs: Number(opts.txs),
        passes: Math.max(1, Number(opts.passes)),
    };
    const threshold = Number(opts.loopThreshold);
    const child = spawn(process.execPath, ['--trace-deopt', fileURLToPath(import.meta.url)], {
        env: { ...process.env, PAREVM_DEOPTS_DRIVER: JSON.stringify(driver) },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The trace is long (one line per deoptimisation, more with its details): counted as it comes.
    let trace = '';
    const counts = new Map();
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
        trace += chunk;
        const cut = trace.lastIndexOf('\n');
        if (cut < 0)
            return;
        for (const row of countDeopts(trace.slice(0, cut)))
            counts.set(row.name, (counts.get(row.name) ?? 0) + row.deopts);
        trace = trace.slice(cut + 1);
    });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        errors += chunk;
        if (!opts.json)
            process.stderr.write(chunk);
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    for (const row of countDeopts(trace))
        counts.set(row.name, (counts.get(row.name) ?? 0) + row.deopts);
    if (code !== 0) {
        console.error(`the driver process failed (exit ${code}):\n${errors.slice(-2000)}`);
        process.exit(1);
    }
    const rows = [...counts].map(([name, deopts]) => ({ name, deopts })).sort((a, b) => b.deopts - a.deopts || a.name.localeCompare(b.name));
    const loops = rows.filter((r) => r.deopts >= threshold);
    const total = rows.reduce((s, r) => s + r.deopts, 0);
    if (opts.json) {
        console.log(JSON.stringify({ passes: driver.passes, threshold, total, loops, top: rows.slice(0, Number(opts.top)) }, null, 2));
    }
    else {
        const table = new Table({ head: ['function', 'deopts (all threads)'] });
        for (const r of rows.slice(0, Number(opts.top)))
            table.push([r.name, r.deopts]);
        console.log(`V8 deoptimisations over ${driver.passes} pass(es) of every input on the sequential engine, the pipelined path and Block-STM (2 workers): ${total} in ${rows.length} functions`);
        console.log(table.toString());
        console.log(loops.length === 0
            ? `deopt loops (a function deoptimised ≥ ${threshold} times): none`
            : `deopt loops (a function deoptimised ≥ ${threshold} times): ${loops.map((r) => `${r.name} ${r.deopts}`).join(', ')}`);
    }
}
//# sourceMappingURL=deopts.js.map