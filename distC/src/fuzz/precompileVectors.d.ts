/**
 * Inputs of the precompiles that need more than arbitrary bytes to succeed (0x01 ecrecover, 0x05
 * modexp, 0x06–0x08 BN254, 0x09 BLAKE2f, 0x0a KZG point evaluation, 0x0b–0x11 BLS12-381, 0x100
 * P256VERIFY), copied from the Ethereum consensus tests: ethereum/tests at 4c87ebbf
 * (`GeneralStateTests/...`, as in `../shared/fixtures/ethereum-tests`; for ecrecover the four
 * words the test's code stores, else the transaction data) and, for Prague and Osaka, the
 * execution-spec-tests fixtures (`eest/...`, as in `../shared/fixtures/eest`: the transaction
 * data, which the test's contract passes to the precompile). Nothing here is computed by parevm.
 * `ok` says whether `@ethereumjs/evm`'s precompile succeeds on the input given enough gas (the
 * failing ones are kept on purpose: invalid points, bad lengths, wrong proofs; P256VERIFY never
 * fails on its input, it returns nothing). SHA-256, RIPEMD-160 and the identity take any bytes
 * and get random ones.
 */
import type { FuzzHardfork } from './forks.js';
/** One precompile input from a consensus test. */
export interface PrecompileVector {
    /** Precompile number: its address is 0x00…0N. */
    precompile: number;
    label: string;
    /** The reference precompile succeeds on it (with enough gas). */
    ok: boolean;
    /** Gas the reference precompile charges for it when it succeeds (from its first fork on, unless {@link changed}). */
    gas?: number;
    /** The verdict from a later hardfork on, where it changed (EIP-7883 repriced modexp at Osaka). */
    changed?: {
        hardfork: FuzzHardfork;
        ok: boolean;
        gas?: number;
    };
    /**
     * The consensus test it comes from: a path under GeneralStateTests/ (ethereum/tests) or
     * `eest/...` (execution-spec-tests), then the data index or test id.
     */
    source: string;
    /** The precompile's input, `0x` hex. */
    input: string;
}
/** `v`'s verdict at `hardfork`: accepted, and at what gas. */
export declare function vectorAt(v: PrecompileVector, hardfork: FuzzHardfork): {
    ok: boolean;
    gas?: number;
};
export declare const PRECOMPILE_VECTORS: readonly PrecompileVector[];
