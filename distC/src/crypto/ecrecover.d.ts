import { ecrecover as pureEcrecover } from '@ethereumjs/util';
/** Signature of `CustomCrypto.ecrecover` in `@ethereumjs/common`: returns the 64-byte public key. */
export type Ecrecover = (msgHash: Uint8Array, v: bigint, r: Uint8Array, s: Uint8Array, chainId?: bigint) => Uint8Array;
/** Which implementation `ecrecover` uses: libsecp256k1 (native) or @noble/curves (pure JS). */
export declare const ecrecoverBackend: 'native' | 'pure-js';
/**
 * ECDSA public-key recovery (Yellow Paper Appendix F), same contract as `@ethereumjs/util`'s
 * `ecrecover`: `v` is 27/28, 0/1 (typed transactions) or EIP-155 encoded with `chainId`.
 * Uses the native `secp256k1` binding (~15× faster here) and falls back to pure JS.
 * @returns the uncompressed public key without its 0x04 prefix (64 bytes)
 * @throws on an invalid recovery id or a signature that recovers no point
 */
export declare const ecrecover: Ecrecover;
export { pureEcrecover };
