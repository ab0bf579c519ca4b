/**
 * parevm/rpc — blocks from any Ethereum JSON-RPC node, cached in the fixture layout.
 *
 * `fetchBlocks` → per block: in the cache? done : `fetchBlock` (block + pre-state by the best path
 * the node offers: witness, prestate tracer, proofs, or the discovery loop) → executed and
 * verified against its header → `writeCachedBlock` (atomic). `parevm fetch` and `parevm run --rpc`
 * are this function with a progress bar.
 */
import { chainById } from '../block/chains.js';
import { ChainConfigError, ParevmError, RpcChainMismatchError, RpcError, RpcUnreachableError } from '../errors.js';
import { RpcClient, statsSince } from './client.js';
import { defaultCacheDir, isCached, rememberChainId, rememberedChainId, writeCachedBlock } from './cache.js';
import { fetchBlock, PRESTATE_PATHS } from './fetchBlock.js';
import { asRpcQuantity } from './json.js';
import { KnownState } from './knownState.js';
import { join } from 'node:path';
export { RpcClient, redactUrl, statsSince } from './client.js';
export { defaultCacheDir, isCached, writeCachedBlock, cacheBase } from './cache.js';
export { fetchBlock, PRESTATE_PATHS } from './fetchBlock.js';
export { discoverPreState, DiscoveryRoundsError } from './discovery.js';
export { KnownState, RecordingReader } from './knownState.js';
export { checkStateRoot } from './stateRoot.js';
/**
 * Fetches blocks from a node into the cache, in the fixture layout (see `cache.ts`), skipping
 * those already cached. Each block is executed and verified against its header before it is
 * written; a block that fails is reported (`status: 'error'`, a typed error naming the URL,
 * block and method) and nothing of it is written. An unreachable node ends the run (the
 * remaining blocks are not tried).
 * @example
 * const r = await fetchBlocks({ rpcUrl: 'http://127.0.0.1:8545', blocks: [100n, 101n], cacheDir: './cache' })
 * loadFixtureBlock(r.cacheDir, 100) // the block and its pre-state
 * @throws RpcChainMismatchError when the node's chain id differs from `chain`'s
 * @throws ChainConfigError when no `chain` is given and the node's chain id is not a known chain
 * @throws RpcUnreachableError / RpcResponseError when `eth_chainId` fails
 */
export async function fetchBlocks(options) {
    const blocks = options.blocks.map((b) => BigInt(b));
    const client = options.client ?? new RpcClient({ ...options, url: options.rpcUrl });
    const start = client.snapshot();
    const outcomes = [];
    let bytesWritten = 0;
    // Where the cache is, before any request: a fully cached run asks nothing.
    let chainId = options.chain !== undefined ? BigInt(options.chain.chainId) : rememberedChainId(options.rpcUrl);
    let cacheDir = options.cacheDir ?? (chainId !== undefined ? defaultCacheDir(chainId) : undefined);
    const dirOf = (n) => join(cacheDir, 'blocks', n.toString());
    if (cacheDir !== undefined && !options.refetch && blocks.every((n) => isCached(cacheDir, n))) {
        for (const n of blocks)
            outcomes.push({ number: n, status: 'cached', dir: dirOf(n) });
        for (const o of outcomes)
            options.onBlock?.(o);
        return { chainId, cacheDir, blocks: outcomes, requests: statsSince(start, client.snapshot()), bytesWritten };
    }
    const nodeChainId = asRpcQuantity(await client.request('eth_chainId', []), { url: client.url, method: 'eth_chainId' }, 'chain id');
    let chain = options.chain;
    if (chain !== undefined && BigInt(chain.chainId) !== nodeChainId)
        throw new RpcChainMismatchError({ url: client.url, method: 'eth_chainId' }, BigInt(chain.chainId), nodeChainId, options.chainSource ?? `chain ${chain.name}`);
    chain ??= chainById(nodeChainId);
    if (chain === undefined)
        throw new ChainConfigError('--chain-config', '', `the node ${client.url} is on chain id ${nodeChainId}, not a chain parevm knows by name: give its chain config with --chain-config FILE`);
    chainId = nodeChainId;
    rememberChainId(options.rpcUrl, chainId);
    cacheDir ??= defaultCacheDir(chainId);
    const ctx = { client, chain, paths: options.paths ?? PRESTATE_PATHS, refused: new Map(), known: new KnownState() };
    for (let i = 0; i < blocks.length; i++) {
        const n = blocks[i];
        if (!options.refetch && isCached(cacheDir, n)) {
            const o = { number: n, status: 'cached', dir: dirOf(n) };
            outcomes.push(o);
            options.onBlock?.(o);
            continue;
        }
        let o;
        try {
            const b = await fetchBlock(n, ctx, options.onProgress);
            const meta = {
                path: b.path,
                checked: b.checked,
                stateRoot: b.stateRoot,
                warnings: b.warnings,
                rounds: b.rounds,
                fetched: b.fetched,
                requests: b.requests,
                refused: Object.fromEntries(ctx.refused),
            };
            const { dir, bytes } = writeCachedBlock(cacheDir, b, meta);
            bytesWritten += bytes;
            o = {
                number: n,
                status: 'fetched',
                dir,
                path: b.path,
                checked: b.checked,
                ...(b.stateRoot.status === 'not-checked' ? { stateRootUnchecked: b.stateRoot.reason } : {}),
                warnings: b.warnings,
                rounds: b.rounds,
                accounts: b.fetched.accounts,
                slots: b.fetched.slots,
                requests: b.requests,
                bytes,
            };
        }
        catch (e) {
            if (!(e instanceof ParevmError))
                throw e;
            o = { number: n, status: 'error', error: e };
            // The state reached so far is not a block's post-state.
            ctx.at = undefined;
        }
        outcomes.push(o);
        options.onBlock?.(o);
        if (o.status === 'error' && o.error instanceof RpcUnreachableError)
            break;
    }
    return { chainId, cacheDir, blocks: outcomes, requests: statsSince(start, client.snapshot()), bytesWritten };
}
export { RpcError };
//# sourceMappingURL=index.js.map