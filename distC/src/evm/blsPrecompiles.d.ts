import type { Common } from '@ethereumjs/common';
import type { PrecompileResult } from './precompiles.js';
/** The BLS12-381 precompile at `address` (lowercase `0x` hex), or undefined for another address. */
export declare function blsPrecompile(address: string, common: Common): ((data: Uint8Array, gasLimit: bigint) => PrecompileResult) | undefined;
