import type { Block } from '@ethereumjs/block';
import type { DecodedBlock } from '../block/decode.js';
import type { SnapshotState } from '../state/snapshot.js';
import { type TestNetwork } from './hardforks.js';
import type { CaseOutcome } from './outcome.js';
/** One BlockchainTest: a genesis, blocks to import in order (some invalid), the expected head state. */
export interface BlockchainTest {
    id: string;
    dir: string;
    name: string;
    /** The test's network (a fork, or a transition such as `PragueToOsakaAtTime15k`) as a chain. */
    network: TestNetwork;
    test: Record<string, unknown>;
}
/**
 * Reads a blockchain test file: ethereum/tests "Blockchain Tests" or execution-spec-tests
 * blockchain fixtures (whose `config` gives the chain id and the blob schedule, EIP-7840).
 * @throws FixtureFormatError on malformed JSON, an unknown network or a missing field
 */
export declare function loadBlockchainTests(file: string, root: string): BlockchainTest[];
/**
 * A chain being imported block by block: each block's header is validated against its parent
 * (`@ethereumjs/blockchain` rules), executed on its parent's post-state with
 * {@link executeBlock}, and checked against its header (gasUsed, receiptsRoot, logsBloom,
 * EIP-7685 requestsHash, stateRoot). Post-states are kept per block hash, so side chains import too.
 */
export declare class ChainImporter {
    readonly network: TestNetwork;
    private readonly blockchain;
    private readonly states;
    private readonly gasLimits;
    private constructor();
    /**
     * @throws InvalidBlockError when the genesis state's root differs from the genesis header's
     */
    static create(network: TestNetwork, genesis: Block, genesisState: SnapshotState): Promise<ChainImporter>;
    /**
     * Decodes a block's RLP on this chain: its hardfork from its timestamp (a transition network
     * switches forks mid-chain).
     * @throws BlockDecodeError, InvalidBlockError, InvalidTransactionError (see {@link decodeBlock})
     */
    decode(rlp: string): DecodedBlock;
    /** The gas limit rule of an undecodable block's raw header against its parent, if broken. */
    private gasLimitRule;
    /**
     * Validates (header rules, EIP-7934 block size), executes (parallel path forced, at `concurrency` workers), cross-checks against the
     * sequential reference, verifies and stores one block. A block can break several rules (a test's
     * invalid block often has a header built without its bad transaction): validation goes on past
     * the first failure, and all failures are reported together ({@link BlockRejectedError}).
     * @returns the block's hash, `0x` hex
     * @throws BlockRejectedError listing the InvalidBlockError / InvalidTransactionError found
     * @throws Error when the parallel and sequential results differ (never expected)
     */
    import(decoded: DecodedBlock, concurrency: number): Promise<string>;
    /** The post-state of an imported block (by `0x` hash). */
    state(hash: string): SnapshotState | undefined;
}
/**
 * Runs one blockchain test at `concurrency` workers: imports the genesis (its state root must
 * match), then every block in order; a block with `expectException` must be rejected with a
 * matching error, every other block must import; the state at `lastblockhash` must equal
 * `postState` (or its root `postStateHash`).
 */
export declare function runBlockchainTest(t: BlockchainTest, concurrency: number): Promise<CaseOutcome>;
