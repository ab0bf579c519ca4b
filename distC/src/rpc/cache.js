import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
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
export function cacheBase() {
    return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'parevm');
}
/** The default cache of a chain: `$XDG_CACHE_HOME/parevm/<chainId>/`. */
export function defaultCacheDir(chainId) {
    return join(cacheBase(), chainId.toString());
}
/** Whether block `n` is in the cache at `root` (written completely: its directory exists only then). */
export function isCached(root, n) {
    return existsSync(join(root, 'blocks', n.toString(), 'block.json'));
}
/**
 * Writes a verified block into the cache at `root`: all its files into a temporary directory,
 * renamed to `blocks/<n>` in one step. A block already there (another process wrote it) is kept.
 * @returns the block's directory and the bytes written
 */
export function writeCachedBlock(root, b, meta) {
    const blocks = join(root, 'blocks');
    mkdirSync(blocks, { recursive: true });
    const dir = join(blocks, b.number.toString());
    const tmp = join(blocks, `.tmp-${b.number}-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(tmp);
    const json = b.preState.toJson();
    let bytes = 0;
    const put = (path, value) => {
        const text = JSON.stringify(value);
        writeFileSync(path, text);
        bytes += Buffer.byteLength(text);
    };
    try {
        put(join(tmp, 'block.json'), b.blockJson);
        put(join(tmp, 'pre_state.json'), json.preState);
        put(join(tmp, 'bytecodes.json'), json.bytecodes);
        put(join(tmp, 'block_hashes.json'), json.blockHashes);
        put(join(tmp, 'fetch.json'), meta);
        if (b.witness !== undefined)
            put(join(tmp, 'execution_witness.json'), b.witness);
        if (b.proof !== undefined)
            put(join(tmp, 'state_proof.json'), b.proof);
        if (existsSync(dir))
            rmSync(tmp, { recursive: true, force: true });
        else
            renameSync(tmp, dir);
    }
    catch (e) {
        rmSync(tmp, { recursive: true, force: true });
        throw e;
    }
    return { dir, bytes };
}
/** Adds `entries` to the JSON object in `file` (created if absent), through a temporary file and a rename. */
function mergeJson(file, entries) {
    const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    if (Object.entries(entries).every(([k, v]) => current[k] === v) && existsSync(file))
        return;
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, JSON.stringify({ ...current, ...entries }));
    renameSync(tmp, file);
}
/** The chain id last seen at each endpoint (by hash of its URL), so that a fully cached run asks nothing. */
export function rememberedChainId(url) {
    const file = join(cacheBase(), 'endpoints.json');
    if (!existsSync(file))
        return undefined;
    try {
        const v = JSON.parse(readFileSync(file, 'utf8'))[urlKey(url)];
        return v === undefined ? undefined : BigInt(v);
    }
    catch {
        return undefined;
    }
}
/** Records the chain id of an endpoint for {@link rememberedChainId}. */
export function rememberChainId(url, chainId) {
    mkdirSync(cacheBase(), { recursive: true });
    mergeJson(join(cacheBase(), 'endpoints.json'), { [urlKey(url)]: chainId.toString() });
}
const urlKey = (url) => createHash('sha256').update(url).digest('hex').slice(0, 32);
/** Size in bytes of a file, 0 when absent. */
export function fileSize(path) {
    return existsSync(path) ? statSync(path).size : 0;
}
//# sourceMappingURL=cache.js.map