/**
 * Hardforks the fuzzer generates blocks for, in activation order (Cancun: EIP-6780 SELFDESTRUCT,
 * EIP-1153 TSTORE, EIP-4844 blobs; Prague: EIP-7702, EIP-2537, EIP-7623, EIP-7685 requests;
 * Osaka: EIP-7939 CLZ, EIP-7951 P256VERIFY, EIP-7825 gas cap, EIP-7823/7883 modexp).
 */
export declare const FUZZ_HARDFORKS: readonly ["london", "shanghai", "cancun", "prague", "osaka"];
export type FuzzHardfork = (typeof FUZZ_HARDFORKS)[number];
/** Whether `hardfork` is `since` or a later one. */
export declare function forkAtLeast(hardfork: FuzzHardfork, since: FuzzHardfork): boolean;
