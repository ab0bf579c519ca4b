/**
 * parevm/rpc — blocks from any Ethereum JSON-RPC node, cached in the fixture layout.
 *
 * `fetchBlocks` → per block: in the cache? done : `fetchBlock` (block + pre-state by the best path
 * the node offers: witness, prestate tracer, proofs, or the discovery loop) → executed and
 * verified against its header → `writeCachedBlock` (atomic). `parevm fetch` and `parevm run --rpc`
 * are this function with a progress bar.
 */
import { type ChainSpec } from '../block/chains.js';
import { ParevmError, RpcError } from '../errors.js';
import { RpcClient, type RpcClientOptions, type RpcStats } from './client.js';
import { type FetchProgress, type PreStatePath } from './fetchBlock.js';
export { RpcClient, redactUrl, statsSince, type RpcClientOptions, type RpcStats } from './client.js';
export { defaultCacheDir, isCached, writeCachedBlock, cacheBase } from './cache.js';
export { fetchBlock, PRESTATE_PATHS, type FetchedBlock, type FetchContext, type FetchProgress, type PreStatePath } from './fetchBlock.js';
export { discoverPreState, DiscoveryRoundsError, type Discovery } from './discovery.js';
export { KnownState, RecordingReader, type KnownAccount, type Misses } from './knownState.js';
export { checkStateRoot } from './stateRoot.js';
/** Options of {@link fetchBlocks}. */
export interface FetchBlocksOptions extends Partial<Omit<RpcClientOptions, 'url'>> {
    /** The node (`--rpc`, `PAREVM_RPC_URL`). */
    rpcUrl: string;
    /** Block numbers, in the order to fetch (consecutive blocks reuse what the previous one fetched). */
    blocks: readonly (bigint | number)[];
    /** Where to write (`--out`); default `$XDG_CACHE_HOME/parevm/<chainId>/`. */
    cacheDir?: string;
    /**
     * The chain whose rules the blocks run under (`--chain-config`, `--chain`); the node's chain id
     * must equal its id. Default: the known chain (mainnet, sepolia, hoodi) of the node's chain id.
     */
    chain?: ChainSpec;
    /** Names `chain` in a mismatch error (e.g. the config file). */
    chainSource?: string;
    /** Pre-state paths allowed, in order of preference (default all: witness, prestateTracer, proofs, discovery). */
    paths?: readonly PreStatePath[];
    /** Fetch again even when cached. */
    refetch?: boolean;
    /** A client to use instead of one made from `rpcUrl` and the options (its counters keep running). */
    client?: RpcClient;
    onProgress?: (p: FetchProgress) => void;
    /** Called after each block, with its outcome. */
    onBlock?: (o: BlockFetchOutcome) => void;
}
/** One block's outcome. `dir` is its directory in the cache. */
export type BlockFetchOutcome = {
    number: bigint;
    status: 'cached';
    dir: string;
} | {
    number: bigint;
    status: 'fetched';
    dir: string;
    path: PreStatePath;
    /** Header fields checked (all matched). */
    checked: string[];
    /** Why the state root was not checked, when it was not. */
    stateRootUnchecked?: string;
    warnings: string[];
    rounds: number;
    accounts: number;
    slots: number;
    requests: RpcStats;
    /** Bytes written to the cache. */
    bytes: number;
} | {
    number: bigint;
    status: 'error';
    error: ParevmError;
};
/** What {@link fetchBlocks} did. */
export interface FetchBlocksResult {
    chainId?: bigint;
    cacheDir: string;
    blocks: BlockFetchOutcome[];
    /** Requests of the whole call (0 when every block was cached). */
    requests: RpcStats;
    bytesWritten: number;
}
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
export declare function fetchBlocks(options: FetchBlocksOptions): Promise<FetchBlocksResult>;
export { RpcError };
