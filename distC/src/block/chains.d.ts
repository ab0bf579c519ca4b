import { type ChainConfig } from '@ethereumjs/common';
/**
 * A chain: its id, its fork schedule (block numbers before the merge, timestamps after) and its
 * blob schedule (EIP-7691/EIP-7892). It is an `@ethereumjs/common` `ChainConfig`, plain JSON, so
 * it travels to worker threads as it is.
 */
export type ChainSpec = ChainConfig;
/** The chains parevm knows by name (`--chain`), from `@ethereumjs/common`'s presets. */
export declare const CHAINS: Readonly<Record<string, ChainSpec>>;
/** Ethereum mainnet (chain id 1). */
export declare const MAINNET: ChainSpec;
/**
 * A chain by name: `mainnet`, `sepolia` or `hoodi`.
 * @throws ChainConfigError for an unknown name (the message lists the known ones)
 */
export declare function chainByName(name: string): ChainSpec;
/** The known chain (mainnet, sepolia, hoodi) whose chain id is `id`, or undefined. */
export declare function chainById(id: bigint): ChainSpec | undefined;
/** One fork's blob parameters (EIP-7840 `blobSchedule` entry): blobs per block, and the update fraction. */
export interface BlobParameters {
    target: number;
    max: number;
    baseFeeUpdateFraction: number;
}
/**
 * Hardfork definitions carrying a blob schedule: the fork's own EIPs with its blob parameters
 * inlined, in both the forms `@ethereumjs/common` reads (gas per block before BPO1, blob counts
 * from it on). BPO3–BPO5 have no EIPs of their own: they exist only by their blob parameters.
 */
export declare function blobScheduleHardforks(schedule: Record<string, BlobParameters>): NonNullable<ChainConfig['customHardforks']>;
/**
 * Reads a custom chain from a geth-style genesis (`{ config: {...}, alloc, ... }`) or a bare
 * chain config (`{ chainId, londonBlock, shanghaiTime, ..., blobSchedule }`).
 *
 * Fork fields are geth's (`homesteadBlock` … `grayGlacierBlock`, `mergeNetsplitBlock`,
 * `shanghaiTime` … `bpo5Time`); the merge (Paris) activates at `mergeNetsplitBlock`, or at genesis
 * when the config schedules timestamp forks without one. `blobSchedule` gives each blob fork's
 * `target`, `max` and `baseFeeUpdateFraction` (EIP-7840); `depositContractAddress` is the
 * EIP-6110 deposit contract.
 * @throws ChainConfigError naming the file and field: unreadable or not JSON, no positive
 *   integer `chainId`, a fork field that is not a non-negative integer, an unknown fork name,
 *   forks out of order, a blob fork activated without its `blobSchedule` entry
 */
export declare function chainFromConfigFile(file: string): ChainSpec;
/** {@link chainFromConfigFile} on parsed JSON (`file` names it in errors). */
export declare function parseChainConfig(json: unknown, file?: string): ChainSpec;
