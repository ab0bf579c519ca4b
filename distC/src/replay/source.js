/**
 * Where `parevm replay` and `parevm worker` read blocks from. A source lists the blocks of a range
 * and loads one block in the fixture loader's shape ({@link FixtureBlock}: block JSON and
 * pre-state): a fixture root read in place, or a node through the fetch cache of `parevm fetch`
 * (which writes the same fixture layout).
 */
import { resolve } from 'node:path';
import { listFixtureBlocks, loadFixtureBlock } from '../block/fixtures.js';
import { RpcClient } from '../rpc/client.js';
import { RpcUnreachableError } from '../errors.js';
import { fetchBlocks } from '../rpc/index.js';
/** Blocks from a fixture root (fixtures README layout), read in place. */
export class FixtureSource {
    dir;
    spec;
    constructor(dir) {
        this.dir = dir;
        this.spec = { kind: 'fixtures', dir: resolve(dir) };
    }
    blocks(range) {
        return listFixtureBlocks(this.dir).filter((n) => n >= range.from && n <= range.to);
    }
    async load(number) {
        return loadFixtureBlock(this.dir, number);
    }
}
/**
 * Blocks from a JSON-RPC node through the fetch cache of `parevm fetch` (`fetchBlocks`): each
 * block is fetched once, executed and verified against its header, written in the fixture layout
 * under the cache directory (default `$XDG_CACHE_HOME/parevm/<chainId>/`), and loaded from there;
 * a job's blocks are fetched in one call ({@link prefetch}), so consecutive blocks reuse what the
 * earlier ones fetched. Every JSON-RPC call first takes a permit of `limiter` (shared by all
 * workers through Redis).
 */
export class RpcSource {
    url;
    chain;
    spec;
    client;
    /** The node was unreachable: later loads fail at once with the same error instead of retrying. */
    down;
    constructor(url, chain, options = {}, client = {}) {
        this.url = url;
        this.chain = chain;
        this.spec = { kind: 'rpc', url };
        const limiter = options.limiter;
        this.client = new RpcClient({ ...client, url, ...(limiter ? { beforeCall: () => limiter.acquire() } : {}) });
    }
    blocks(range) {
        return Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
    }
    /**
     * Fetches `numbers` into the cache (those not cached yet) in one `fetchBlocks` call.
     * @throws RpcError subclasses when the node cannot be used at all (unreachable, wrong chain)
     */
    async prefetch(numbers) {
        await this.fetch(numbers);
    }
    /**
     * One block, fetched first if it is not cached.
     * @throws the block's typed RpcError (not found, header mismatch, …) or the fixture loader's errors
     */
    async load(number) {
        const r = await this.fetch([number]);
        const outcome = r.blocks[0];
        if (outcome.status === 'error')
            throw outcome.error;
        return loadFixtureBlock(r.cacheDir, number);
    }
    async fetch(numbers) {
        if (this.down)
            throw this.down;
        try {
            return await fetchBlocks({ rpcUrl: this.url, blocks: numbers, client: this.client, ...(this.chain ? { chain: this.chain } : {}) });
        }
        catch (e) {
            if (e instanceof RpcUnreachableError)
                this.down = e;
            throw e;
        }
    }
}
/** Opens the source a spec names: a fixture root, or a node through the fetch cache (`chain`: its rules; default the node's known chain). */
export function openSource(spec, options = {}) {
    if (spec.kind === 'fixtures')
        return new FixtureSource(spec.dir);
    return new RpcSource(spec.url, options.chain, options);
}
//# sourceMappingURL=source.js.map