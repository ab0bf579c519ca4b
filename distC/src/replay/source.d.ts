import { type FixtureBlock } from '../block/fixtures.js';
import type { ChainSpec } from '../block/chains.js';
import { type RpcClientOptions } from '../rpc/client.js';
import type { BlockRange, SourceSpec } from './range.js';
import type { RequestLimiter } from './rateLimit.js';
/** A source of blocks to replay. */
export interface BlockSource {
    /** The spec a worker on another machine opens the same source from (job data). */
    readonly spec: SourceSpec;
    /**
     * The block numbers of `range` this source has, ascending (fixtures: the fixture blocks in the
     * range; an RPC source: every number of the range).
     * @throws FixtureNotFoundError when the fixture root has no `blocks/` directory
     */
    blocks(range: BlockRange): number[];
    /**
     * One block and its pre-state.
     * @throws the fixture loader's typed errors (FixtureNotFoundError, FixtureFormatError, CodeHashError)
     */
    load(number: number): Promise<FixtureBlock>;
    /** Readies the blocks of a job before they are loaded one by one (an RPC source fetches them in one go). */
    prefetch?(numbers: readonly number[]): Promise<void>;
}
/** Options of {@link openSource}. */
export interface OpenSourceOptions {
    /**
     * Shared by every worker: each RPC request takes a permit first (`--rpc-rate`). Fixture reads
     * make no request and take none.
     */
    limiter?: RequestLimiter;
}
/** Blocks from a fixture root (fixtures README layout), read in place. */
export declare class FixtureSource implements BlockSource {
    readonly dir: string;
    readonly spec: SourceSpec;
    constructor(dir: string);
    blocks(range: BlockRange): number[];
    load(number: number): Promise<FixtureBlock>;
}
/**
 * Blocks from a JSON-RPC node through the fetch cache of `parevm fetch` (`fetchBlocks`): each
 * block is fetched once, executed and verified against its header, written in the fixture layout
 * under the cache directory (default `$XDG_CACHE_HOME/parevm/<chainId>/`), and loaded from there;
 * a job's blocks are fetched in one call ({@link prefetch}), so consecutive blocks reuse what the
 * earlier ones fetched. Every JSON-RPC call first takes a permit of `limiter` (shared by all
 * workers through Redis).
 */
export declare class RpcSource implements BlockSource {
    readonly url: string;
    readonly chain: ChainSpec | undefined;
    readonly spec: SourceSpec;
    private readonly client;
    /** The node was unreachable: later loads fail at once with the same error instead of retrying. */
    private down;
    constructor(url: string, chain: ChainSpec | undefined, options?: OpenSourceOptions, client?: Partial<Omit<RpcClientOptions, 'url' | 'beforeCall'>>);
    blocks(range: BlockRange): number[];
    /**
     * Fetches `numbers` into the cache (those not cached yet) in one `fetchBlocks` call.
     * @throws RpcError subclasses when the node cannot be used at all (unreachable, wrong chain)
     */
    prefetch(numbers: readonly number[]): Promise<void>;
    /**
     * One block, fetched first if it is not cached.
     * @throws the block's typed RpcError (not found, header mismatch, …) or the fixture loader's errors
     */
    load(number: number): Promise<FixtureBlock>;
    private fetch;
}
/** Opens the source a spec names: a fixture root, or a node through the fetch cache (`chain`: its rules; default the node's known chain). */
export declare function openSource(spec: SourceSpec, options?: OpenSourceOptions & {
    chain?: ChainSpec;
}): BlockSource;
