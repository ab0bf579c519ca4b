import type { RpcBlockJson } from './decode.js';
import { type SnapshotState } from '../state/snapshot.js';
/** Default fixture root, relative to the working directory (the project root). */
export declare const DEFAULT_FIXTURES = "../shared/fixtures/mainnet";
/** Execution-witness files (`debug_executionWitness` + block) that the default `parevm run` also replays. */
export declare const DEFAULT_WITNESSES = "../shared/fixtures/witness";
/** One fixture block: its RPC JSON as `eth_getBlockByNumber(n, true)` returns it, and its pre-state. */
export interface FixtureBlock {
    number: number;
    /** Parsed `block.json` (RPC JSON, hex fields). Decode with `decodeBlock`. */
    blockJson: RpcBlockJson;
    /** Pre-state of the block: accounts, storage, code and ancestor hashes. */
    state: SnapshotState;
    /** Paths the block was read from. */
    files: {
        block: string;
        preState: string;
        bytecodes: string;
        blockHashes: string;
    };
}
/**
 * Block numbers available under a fixture root (`<root>/blocks/<number>/`), ascending.
 * @throws FixtureNotFoundError naming the path looked in and the `--fixtures` flag
 */
export declare function listFixtureBlocks(root?: string): number[];
/**
 * Loads one block snapshot (fixtures README: block.json, pre_state.json, and the root's
 * bytecodes.json and block_hashes.json, which are read once per root and shared). A block
 * directory may hold its own bytecodes.json and block_hashes.json (as `parevm fetch` writes
 * them, so that each cached block is complete by itself): those are read instead of the root's.
 * @throws FixtureNotFoundError on a missing directory or file
 * @throws FixtureFormatError / CodeHashError on bad content (naming file and field)
 */
export declare function loadFixtureBlock(root: string, number: number): FixtureBlock;
