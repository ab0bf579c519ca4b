import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import { chainByName, chainFromConfigFile } from '../block/chains.js';
import { ParevmError } from '../errors.js';
import { fetchBlocks, PRESTATE_PATHS, redactUrl } from '../rpc/index.js';
import { parseRange } from '../replay/range.js';
import { jsonBigint } from './run.js';
/**
 * Block numbers as the CLI takes them: `A..B` (inclusive), `N,M`, or both mixed (`1,5..7`).
 * @throws InvalidArgumentError on anything else, or a range of more than 100,000 blocks
 */
export function blockSpec(value) {
    const out = [];
    for (const part of value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        let range;
        try {
            range = parseRange(part);
        }
        catch {
            throw new InvalidArgumentError(part.includes('..')
                ? `bad range ${part}: expected A..B with A ≤ B (at most 100,000 blocks)`
                : 'expected block numbers: N, N,M or A..B (e.g. 19000000..19000009,19100000)');
        }
        if (range.to - range.from > 100_000)
            throw new InvalidArgumentError(`bad range ${part}: expected A..B with A ≤ B (at most 100,000 blocks)`);
        for (let n = range.from; n <= range.to; n++)
            out.push(n);
    }
    if (out.length === 0)
        throw new InvalidArgumentError('expected at least one block number');
    return out;
}
function pathList(value) {
    const list = value.split(',').map((s) => s.trim());
    for (const p of list)
        if (!PRESTATE_PATHS.includes(p))
            throw new InvalidArgumentError(`unknown path "${p}" (${PRESTATE_PATHS.join(', ')})`);
    return list;
}
/**
 * Fetches the blocks of `opts` into the cache, with a progress bar per block on stderr.
 * @returns the result, or an error message (bad options, chain id mismatch, unreachable node)
 */
export async function fetchForCli(opts) {
    const url = opts.rpc ?? process.env.PAREVM_RPC_URL;
    if (url === undefined || url === '')
        return { error: new Error('no node: give --rpc URL or set PAREVM_RPC_URL') };
    if (opts.blocks === undefined)
        return { error: new Error('give the blocks: --blocks N, N,M or A..B') };
    let chain;
    let chainSource;
    try {
        if (opts.chainConfig !== undefined) {
            chain = chainFromConfigFile(opts.chainConfig);
            chainSource = `--chain-config ${opts.chainConfig}`;
        }
        else if (opts.chain !== undefined) {
            chain = chainByName(opts.chain);
            chainSource = `--chain ${opts.chain}`;
        }
    }
    catch (e) {
        return { error: e };
    }
    const bar = opts.progress
        ? new cliProgress.SingleBar({ format: 'fetching {bar} {value}/{total} blocks | block {block} {phase} | {requests} requests, {accounts} accounts, {slots} slots', hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
    bar?.start(opts.blocks.length, 0, { block: '', phase: '', requests: 0, accounts: 0, slots: 0 });
    try {
        return await fetchBlocks({
            rpcUrl: url,
            blocks: opts.blocks,
            cacheDir: opts.out,
            chain,
            chainSource,
            paths: opts.paths,
            refetch: opts.refetch,
            ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout } : {}),
            ...(opts.retries !== undefined ? { retryCount: opts.retries } : {}),
            onProgress: (p) => bar?.update({ block: p.block.toString(), phase: p.phase, requests: p.requests, accounts: p.accounts, slots: p.slots }),
            onBlock: () => bar?.increment(),
        });
    }
    catch (e) {
        if (!(e instanceof ParevmError))
            throw e;
        return { error: e };
    }
    finally {
        bar?.stop();
    }
}
/** One line per block and a summary (requests made, bytes cached). */
export function fetchReport(r, url) {
    const lines = [`parevm fetch — ${redactUrl(url)}${r.chainId !== undefined ? ` (chain id ${r.chainId})` : ''} → ${r.cacheDir}`];
    for (const b of r.blocks)
        lines.push(outcomeLine(b));
    const fetched = r.blocks.filter((b) => b.status === 'fetched').length;
    const cached = r.blocks.filter((b) => b.status === 'cached').length;
    const failed = r.blocks.length - fetched - cached;
    lines.push(`${fetched} fetched, ${cached} already cached, ${failed} failed; ${r.requests.calls} JSON-RPC calls in ${r.requests.httpRequests} HTTP requests (${(r.requests.bytesReceived / 1024).toFixed(0)} KiB received); ${(r.bytesWritten / 1024).toFixed(0)} KiB cached.`);
    return lines;
}
function outcomeLine(b) {
    if (b.status === 'cached')
        return `block ${b.number}: cached (${b.dir}), no request`;
    if (b.status === 'error')
        return `block ${b.number}: ERROR ${b.error.code}: ${b.error.message}`;
    const notes = [
        ...(b.stateRootUnchecked ? [`stateRoot not checked: ${b.stateRootUnchecked}`] : []),
        ...b.warnings.filter((w) => !w.startsWith('stateRoot not checked')),
    ];
    return `block ${b.number}: ${b.path}; checked ${b.checked.join(', ')}; ${b.requests.calls} calls / ${b.requests.httpRequests} HTTP, ${b.rounds} rounds, ${b.accounts} accounts, ${b.slots} slots, ${(b.bytes / 1024).toFixed(0)} KiB${notes.length ? `\n  warning: ${notes.join('\n  warning: ')}` : ''}`;
}
/**
 * `parevm fetch`: writes each block, executed and verified against its header, into the cache.
 * @returns the exit status: 0 when every block is cached, 1 otherwise
 */
export async function fetchCommand(opts, out = (l) => process.stdout.write(`${l}\n`)) {
    const r = await fetchForCli(opts);
    if ('error' in r) {
        const e = r.error;
        if (opts.json)
            out(JSON.stringify({ error: { code: e.code ?? 'USAGE', message: e.message } }, null, 2));
        else
            out(`error: ${e.message}`);
        return 1;
    }
    if (opts.json)
        out(JSON.stringify(fetchJson(r), jsonBigint, 2));
    else
        for (const l of fetchReport(r, opts.rpc ?? process.env.PAREVM_RPC_URL ?? ''))
            out(l);
    return r.blocks.every((b) => b.status !== 'error') ? 0 : 1;
}
/** The fetch result as JSON (errors as code and message). */
export function fetchJson(r) {
    return {
        ...r,
        blocks: r.blocks.map((b) => (b.status === 'error' ? { number: b.number, status: b.status, error: { code: b.error.code, message: b.error.message } } : b)),
    };
}
/** Adds the fetch options to a command. */
export function fetchOptions(cmd) {
    return cmd
        .option('--rpc <url>', 'the JSON-RPC endpoint (default $PAREVM_RPC_URL)')
        .option('--out <dir>', 'the cache directory (default $XDG_CACHE_HOME/parevm/<chainId>/)')
        .option('--paths <list>', `pre-state paths allowed, in order of preference (${PRESTATE_PATHS.join(',')})`, pathList)
        .option('--refetch', 'fetch again even when cached')
        .option('--timeout <ms>', 'per HTTP request (default 30000)', Number)
        .option('--retries <n>', 'retries of a failed request, with exponential backoff honouring Retry-After (default 5)', Number);
}
/** Registers `parevm fetch`. */
export function registerFetch(program) {
    fetchOptions(program
        .command('fetch')
        .description('fetch blocks and their pre-state from a JSON-RPC node into the cache (fixture layout), each executed and verified against its header')
        .requiredOption('--blocks <spec>', 'N, N,M or A..B', blockSpec))
        .option('--chain <name>', 'the chain the node must be on: mainnet, sepolia or hoodi (default: from the node’s chain id)')
        .option('--chain-config <file>', 'a custom chain (geth-style genesis or chain config); the node’s chain id must match')
        .option('--json', 'print the result as JSON')
        .action(async (opts) => {
        process.exitCode = await fetchCommand({ ...opts, progress: !opts.json && process.stderr.isTTY });
    });
}
//# sourceMappingURL=fetch.js.map