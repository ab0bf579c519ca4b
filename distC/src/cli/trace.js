import { closeSync, openSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_FIXTURES, loadFixtureBlock } from '../block/fixtures.js';
import { firstDifference } from '../evm/trace/compare.js';
import { traceTransactions } from '../evm/trace/traceTransactions.js';
import { JsonLinesWriter, TraceOutputClosedError } from '../evm/trace/writer.js';
/** True when `e` or an error it wraps (`cause`) is the reader closing the output. */
function outputClosed(e) {
    for (let x = e; x instanceof Error; x = x.cause)
        if (x instanceof TraceOutputClosedError)
            return true;
    return false;
}
/**
 * `parevm trace`: EIP-3155 lines of a fixture block's transactions (or of transaction `tx`) from
 * one engine, or with `compare` the first step where parevm's EVM and the reference differ.
 * @returns exit status: 0 when traced (compare: identical), 1 on an error (compare: a difference)
 */
export async function traceCommand(o) {
    const print = o.print ?? ((l) => process.stdout.write(`${l}\n`));
    if (o.engine !== 'parevm' && o.engine !== 'reference') {
        print(`error: --engine must be parevm or reference, not ${o.engine}`);
        return 1;
    }
    if (o.compare && o.tx === undefined) {
        print('error: --compare needs --tx I');
        return 1;
    }
    try {
        const fx = loadFixtureBlock(o.fixtures, o.block);
        if (o.compare)
            return await compare(fx.blockJson, fx.state, o, print);
        const fd = o.out !== undefined ? openSync(o.out, 'w') : 1;
        const w = new JsonLinesWriter(fd);
        try {
            await traceTransactions(fx.blockJson, fx.state, { engine: o.engine, tx: o.tx, sink: (l) => w.write(l) });
            w.flush();
        }
        finally {
            if (fd !== 1)
                closeSync(fd);
        }
        return 0;
    }
    catch (e) {
        if (outputClosed(e))
            return 0;
        print(`error: ${e.message}`);
        return 1;
    }
}
async function compare(blockJson, state, o, print) {
    const run = async (engine) => {
        const lines = [];
        await traceTransactions(blockJson, state, { engine, tx: o.tx, sink: (l) => lines.push(l) });
        return lines;
    };
    const mine = await run('parevm');
    const ref = await run('reference');
    const r = firstDifference(mine, ref);
    const where = `block ${o.block} tx ${o.tx}`;
    if (r.identical) {
        print(`identical: ${r.steps} steps (${where}, parevm and reference)`);
        return 0;
    }
    print(`first difference at line ${r.index} (${where}): ${r.fields.join(', ')}`);
    if (r.index > 0)
        print(`  before:    ${JSON.stringify(mine[r.index - 1])}`);
    print(`  parevm:    ${r.a === undefined ? '(trace ended)' : JSON.stringify(r.a)}`);
    print(`  reference: ${r.b === undefined ? '(trace ended)' : JSON.stringify(r.b)}`);
    return 1;
}
function whole(value) {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0)
        throw new InvalidArgumentError('expected a whole number ≥ 0');
    return n;
}
/** Registers `parevm trace` on the CLI program. */
export function registerTrace(program) {
    program
        .command('trace')
        .description("EIP-3155 JSON lines of a fixture block's transactions, or (--compare) the first step where the engines differ")
        .requiredOption('--block <n>', 'fixture block number', whole)
        .option('--tx <i>', 'only this transaction (0-based); earlier ones still run, untraced', whole)
        .option('--engine <engine>', 'parevm or reference', 'parevm')
        .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
        .option('--out <file>', 'write the lines to this file instead of stdout')
        .option('--compare', 'trace --tx on both engines and print the first differing step (exit 1 when they differ)')
        .action(async (opts) => {
        process.exitCode = await traceCommand(opts);
    });
}
//# sourceMappingURL=trace.js.map