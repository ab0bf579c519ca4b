import { type BlobParameters, type ChainSpec } from '../block/chains.js';
import { type SupportedHardfork } from '../block/hardfork.js';
/**
 * Network names of ethereum/tests and execution-spec-tests → `@ethereumjs/common` hardfork names
 * (EIP-7568 naming; `BPO1`…`BPO5` are the blob-parameter-only forks of EIP-7892).
 */
export declare const TEST_NETWORKS: Record<string, SupportedHardfork>;
/** A consensus test's network as a chain. */
export interface TestNetwork {
    /** The name the test gives (`Osaka`, `PragueToOsakaAtTime15k`). */
    name: string;
    /** The hardfork at genesis. */
    genesis: SupportedHardfork;
    /** The last hardfork of the network (= `genesis` unless it is a transition). */
    hardfork: SupportedHardfork;
    /** Every fork up to `genesis` from block 0; a transition's fork from its timestamp; the test's blob schedule. */
    chain: ChainSpec;
}
/**
 * The chain of a consensus test network: mainnet's rules (chain id 1 unless `chainId` is given)
 * with every hardfork up to the network's fork active from genesis and none after — the tests'
 * networks are "this fork from block 0" — or, for a transition (`CancunToPragueAtTime15k`), the
 * first fork from genesis and the second from timestamp 15,000. `blobSchedule` (EIP-7840, from
 * the fixture's `config`) replaces the forks' blob target, max and update fraction; BPO3–BPO5
 * exist only through it. One object per distinct (name, schedule, chain id), so Commons built
 * from it are cached.
 * @returns undefined for a name that is neither a known fork nor a transition between two
 * @throws FixtureFormatError (field `blobSchedule.<fork>`) when a fork of the network without
 *   built-in blob parameters (BPO3–BPO5) has no entry in `blobSchedule`
 */
export declare function testNetwork(name: string, blobSchedule?: Record<string, BlobParameters>, chainId?: number): TestNetwork | undefined;
/**
 * A fixture's `config.blobSchedule` (execution-spec-tests: `{ "Cancun": { "target": "0x03", "max":
 * "0x06", "baseFeeUpdateFraction": "0x32f0ed" }, … }`, hex or integers) keyed by hardfork name.
 * @throws FixtureFormatError naming the field on an unknown fork or a missing/mistyped value
 */
export declare function parseBlobSchedule(json: unknown, file: string, field: string): Record<string, BlobParameters>;
