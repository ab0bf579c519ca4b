/**
 * A seeded pseudo-random generator (sfc32, 128-bit state) for the fuzzer: the same seed string
 * always gives the same sequence, on every platform and Node version (no Math.random).
 */
export declare class Rng {
    private a;
    private b;
    private c;
    private d;
    /** Seeds from keccak-256 of `seed` (any string: "42", "fuzz/3/block/17", ...). */
    constructor(seed: string);
    /** A uniform 32-bit unsigned integer. */
    next(): number;
    /** A uniform integer in [0, n). */
    int(n: number): number;
    /** A uniform integer in [lo, hi]. */
    range(lo: number, hi: number): number;
    /** True with probability `p`. */
    chance(p: number): boolean;
    pick<T>(items: readonly T[]): T;
    /** One of `choices`, with probability proportional to its weight. */
    weighted<T>(choices: readonly (readonly [T, number])[]): T;
    /** `n` random bytes. */
    bytes(n: number): Uint8Array;
    /** A random 256-bit word, biased towards small and boundary values (0, 1, 2^255, 2^256-1). */
    word(): bigint;
}
