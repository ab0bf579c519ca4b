import { type DecodedBlock } from '../block/decode.js';
import type { ChainSpec } from '../block/chains.js';
import { type SupportedHardfork } from '../block/hardfork.js';
import type { SnapshotState } from '../state/snapshot.js';
import type { CaseOutcome } from './outcome.js';
/** One post entry of a GeneralStateTest: a (data, gas, value) index on one network. */
export interface StateTestCase {
    id: string;
    dir: string;
    name: string;
    network: string;
    hardfork: SupportedHardfork;
    /** The network's chain: its forks from genesis, the fixture's blob schedule and chain id. */
    chain: ChainSpec;
    indexes: {
        data: number;
        gas: number;
        value: number;
    };
    env: Record<string, unknown>;
    /** The signed transaction (EIP-2718 encoding), `0x` hex. */
    txbytes: string;
    sender: string;
    /** Expected post-state root and logs hash, `0x` hex. */
    hash: string;
    logs: string;
    expectException?: string;
    /** The expected full post-state (execution-spec-tests entries carry it), to name a root mismatch. */
    postState?: unknown;
    /** The test's pre-state and its root, shared by the test's entries. */
    shared: {
        pre: () => SnapshotState;
        preRoot: () => Promise<string>;
    };
}
/**
 * Reads a state test file into its post entries for `networks` (default: Cancun only; `'all'`:
 * every network in `post`). Both formats: ethereum/tests "General State Tests" and
 * execution-spec-tests state fixtures, whose `config` gives the chain id and the blob schedule
 * (EIP-7840) and whose entries carry the full post `state`.
 * @param root the suite root, for ids and directories relative to it
 * @throws FixtureFormatError on malformed JSON, a missing field or an unknown network (names file and field)
 */
export declare function loadStateTests(file: string, root: string, networks?: string[] | 'all'): StateTestCase[];
/**
 * The one-transaction block a state test describes: header from `env` (EIP-4399 PREVRANDAO from
 * `currentRandom` after the merge, EIP-1559 base fee, EIP-4844 excess blob gas), the transaction
 * decoded from `txbytes`.
 * @throws InvalidTransactionError when the transaction breaks a rule checked on construction
 * @throws BlockDecodeError when the transaction does not decode or the header cannot be constructed
 */
export declare function buildStateTestBlock(c: StateTestCase): DecodedBlock;
/** Which engine a state test entry is checked on (besides the sequential reference). */
export type StateTestEngine = 'parallel' | 'parevm';
/**
 * Runs one state test entry through a candidate engine and the sequential reference engine
 * (`@ethereumjs/vm`), and checks:
 * both agree (result or error), the post-state root and logs hash equal the expected ones, and an
 * expected exception is raised as a matching error. The candidate is the parallel engine (forced:
 * a one-transaction block, at `concurrency` workers), or with `engine: 'parevm'` parevm's own EVM
 * (`executeBlockSequential(…, { engine: 'parevm' })`).
 */
export declare function runStateTestCase(c: StateTestCase, concurrency: number, engine?: StateTestEngine): Promise<CaseOutcome>;
/** Error class and first line of the message. */
export declare function describe(e: unknown): string;
