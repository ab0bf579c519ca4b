import type { ForkSchedule } from './interpreter/schedule.js';
/** What a precompile returned: gas used (all of `gasLimit` on failure), output, failure. */
export interface PrecompileResult {
    gasUsed: bigint;
    output: Uint8Array;
    failed: boolean;
}
/** A precompile run synchronously. */
export type Precompile = (data: Uint8Array, gasLimit: bigint) => PrecompileResult;
/**
 * The active precompiles of a fork (0x01–0x0a for Frontier → Cancun; Prague adds the EIP-2537
 * BLS12-381 ones 0x0b–0x11, see `blsPrecompiles.ts`; Osaka EIP-7951's P256VERIFY at 0x100),
 * keyed by lowercase `0x` address. 0x01–0x09 are `@ethereumjs/evm`'s own precompile functions (ecrecover through
 * parevm's native secp256k1 when the Common carries it, SHA-256 / RIPEMD-160 from `@noble/hashes`,
 * BN254 from mcl ({@link bn254}), BLAKE2f); they return synchronously. 0x0a (EIP-4844 point
 * evaluation) is async in `@ethereumjs/evm`, so its few lines of input handling are repeated here
 * around the same KZG (`common.customCrypto.kzg`, parevm's micro-eth-signer instance).
 * Built once per schedule and shared, never changed: each `Evm` takes a copy (the fuzzer's
 * coverage counters wrap an EVM's precompiles).
 */
export declare function precompilesFor(schedule: ForkSchedule): ReadonlyMap<string, Precompile>;
