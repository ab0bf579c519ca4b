import { Common } from '@ethereumjs/common';
import { type ChainSpec } from './chains.js';
/** Hardforks this engine executes, in activation order (chainstart … osaka and the blob-parameter-only forks). */
export declare const SUPPORTED_HARDFORKS: readonly ["chainstart", "homestead", "dao", "tangerineWhistle", "spuriousDragon", "byzantium", "constantinople", "petersburg", "istanbul", "muirGlacier", "berlin", "london", "arrowGlacier", "grayGlacier", "paris", "mergeNetsplitBlock", "shanghai", "cancun", "prague", "osaka", "bpo1", "bpo2", "bpo3", "bpo4", "bpo5"];
export type SupportedHardfork = (typeof SUPPORTED_HARDFORKS)[number];
/**
 * The hardfork of a block on `chain` (default mainnet), from its number and timestamp
 * (`@ethereumjs/common`'s schedule: block numbers up to the merge, timestamps after it).
 * @throws UnsupportedHardforkError if the scheduled hardfork is not one this engine executes
 */
export declare function hardforkFor(blockNumber: bigint, timestamp: bigint, chain?: ChainSpec): SupportedHardfork;
/** The Common to decode one block's transactions with (see {@link SharedTxCommon}). */
export declare function createTxCommon(hardfork: string, chain?: ChainSpec): Common;
/**
 * A `Common` of `chain` (default mainnet) set to `hardfork`, with parevm's crypto: native
 * ecrecover (pure-JS fallback), hash-wasm's keccak-256 and a real KZG (EIP-4844 point evaluation, blob transactions)
 * from Cancun on.
 */
export declare function createChainCommon(hardfork: string, chain?: ChainSpec): Common;
/** {@link createChainCommon} on mainnet. */
export declare function createMainnetCommon(hardfork: string): Common;
