import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FixtureFormatError, FixtureNotFoundError } from '../errors.js';
import { parseSnapshot } from '../state/snapshot.js';
import { readJsonFile } from './json.js';
/** Default fixture root, relative to the working directory (the project root). */
export const DEFAULT_FIXTURES = '../shared/fixtures/mainnet';
/** Execution-witness files (`debug_executionWitness` + block) that the default `parevm run` also replays. */
export const DEFAULT_WITNESSES = '../shared/fixtures/witness';
const shared = new Map();
function sharedFiles(root) {
    let s = shared.get(root);
    if (!s) {
        s = { bytecodes: readJsonFile(join(root, 'bytecodes.json')), blockHashes: readJsonFile(join(root, 'block_hashes.json')) };
        shared.set(root, s);
    }
    return s;
}
/**
 * Block numbers available under a fixture root (`<root>/blocks/<number>/`), ascending.
 * @throws FixtureNotFoundError naming the path looked in and the `--fixtures` flag
 */
export function listFixtureBlocks(root = DEFAULT_FIXTURES) {
    const dir = join(root, 'blocks');
    if (!existsSync(dir)) {
        throw new FixtureNotFoundError(resolve(dir), 'set the fixture directory with --fixtures DIR');
    }
    return readdirSync(dir)
        .filter((d) => /^[0-9]+$/.test(d))
        .map(Number)
        .sort((a, b) => a - b);
}
/**
 * Loads one block snapshot (fixtures README: block.json, pre_state.json, and the root's
 * bytecodes.json and block_hashes.json, which are read once per root and shared). A block
 * directory may hold its own bytecodes.json and block_hashes.json (as `parevm fetch` writes
 * them, so that each cached block is complete by itself): those are read instead of the root's.
 * @throws FixtureNotFoundError on a missing directory or file
 * @throws FixtureFormatError / CodeHashError on bad content (naming file and field)
 */
export function loadFixtureBlock(root, number) {
    const dir = join(root, 'blocks', String(number));
    if (!existsSync(dir))
        throw new FixtureNotFoundError(resolve(dir), 'set the fixture directory with --fixtures DIR');
    const files = {
        block: join(dir, 'block.json'),
        preState: join(dir, 'pre_state.json'),
        bytecodes: join(root, 'bytecodes.json'),
        blockHashes: join(root, 'block_hashes.json'),
    };
    const own = { bytecodes: join(dir, 'bytecodes.json'), blockHashes: join(dir, 'block_hashes.json') };
    const json = readJsonFile(files.block);
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new FixtureFormatError(files.block, '', 'not a JSON object (an eth_getBlockByNumber result)');
    const blockJson = json;
    const preState = readJsonFile(files.preState);
    const hasOwn = existsSync(own.bytecodes) && existsSync(own.blockHashes);
    if (hasOwn)
        Object.assign(files, own);
    const { bytecodes, blockHashes } = hasOwn ? { bytecodes: readJsonFile(own.bytecodes), blockHashes: readJsonFile(own.blockHashes) } : sharedFiles(root);
    const state = parseSnapshot({ preState, bytecodes, blockHashes, files });
    return { number, blockJson, state, files };
}
//# sourceMappingURL=fixtures.js.map