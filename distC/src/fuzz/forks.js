/**
 * Hardforks the fuzzer generates blocks for, in activation order (Cancun: EIP-6780 SELFDESTRUCT,
 * EIP-1153 TSTORE, EIP-4844 blobs; Prague: EIP-7702, EIP-2537, EIP-7623, EIP-7685 requests;
 * Osaka: EIP-7939 CLZ, EIP-7951 P256VERIFY, EIP-7825 gas cap, EIP-7823/7883 modexp).
 */
export const FUZZ_HARDFORKS = ['london', 'shanghai', 'cancun', 'prague', 'osaka'];
/** Whether `hardfork` is `since` or a later one. */
export function forkAtLeast(hardfork, since) {
    return FUZZ_HARDFORKS.indexOf(hardfork) >= FUZZ_HARDFORKS.indexOf(since);
}
//# sourceMappingURL=forks.js.map