import type { FetchedBlock } from './fetchBlock.js';
/**
 * The cache of fetched blocks, in the fixture layout that `parevm run`, `races` and `analyze`
 * read (`loadFixtureBlock`): `blocks/<n>/block.json` (the node's `eth_getBlockByNumber(n, true)`
 * answer), `pre_state.json`, and the codes and ancestor hashes in the block's own
 * `bytecodes.json` / `block_hashes.json` (read instead of a root's: each cached block is complete
 * by itself, and no file grows with the cache, to be read and rewritten per block). Besides:
 * `fetch.json` (how the block was fetched and checked), `execution_witness.json` (the node's
 * witness, as is) or `state_proof.json` (`{ parentStateRoot, nodes }`: the proofs' trie nodes, on
 * which `run` checks the state root again).
 */
/** `$XDG_CACHE_HOME/parevm` (default `~/.cache/parevm`). */
export declare function cacheBase(): string;
/** The default cache of a chain: `$XDG_CACHE_HOME/parevm/<chainId>/`. */
export declare function defaultCacheDir(chainId: bigint): string;
/** Whether block `n` is in the cache at `root` (written completely: its directory exists only then). */
export declare function isCached(root: string, n: bigint): boolean;
/**
 * Writes a verified block into the cache at `root`: all its files into a temporary directory,
 * renamed to `blocks/<n>` in one step. A block already there (another process wrote it) is kept.
 * @returns the block's directory and the bytes written
 */
export declare function writeCachedBlock(root: string, b: FetchedBlock, meta: Record<string, unknown>): {
    dir: string;
    bytes: number;
};
/** The chain id last seen at each endpoint (by hash of its URL), so that a fully cached run asks nothing. */
export declare function rememberedChainId(url: string): bigint | undefined;
/** Records the chain id of an endpoint for {@link rememberedChainId}. */
export declare function rememberChainId(url: string, chainId: bigint): void;
/** Size in bytes of a file, 0 when absent. */
export declare function fileSize(path: string): number;
