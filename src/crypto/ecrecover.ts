import { createRequire } from 'node:module';
import { calculateSigRecovery, ecrecover as pureEcrecover, setLengthLeft } from '@ethereumjs/util';
import { guardedNative } from './nativeGuard.js';

/** Signature of `CustomCrypto.ecrecover` in `@ethereumjs/common`: returns the 64-byte public key. */
export type Ecrecover = (msgHash: Uint8Array, v: bigint, r: Uint8Array, s: Uint8Array, chainId?: bigint) => Uint8Array;

interface NativeSecp256k1 {
  ecdsaRecover(sig: Uint8Array, recid: number, msg32: Uint8Array, compressed?: boolean, output?: Uint8Array): Uint8Array;
}

function loadNative(): NativeSecp256k1 | undefined {
  if (process.env.PAREVM_PURE_JS_ECRECOVER === '1') return undefined;
  try {
    // The `secp256k1` package's native binding (prebuilt); `secp256k1/elliptic` would be pure JS.
    // Guarded: its initialiser is a native call, and a worker terminated inside it aborts the process.
    const require = createRequire(import.meta.url);
    return guardedNative(() => require('secp256k1/bindings') as NativeSecp256k1);
  } catch {
    return undefined;
  }
}

const native = loadNative();
/** The binding's output: 0x04 and the uncompressed public key. */
const RECOVERED = new Uint8Array(65);

/** Which implementation `ecrecover` uses: libsecp256k1 (native) or @noble/curves (pure JS). */
export const ecrecoverBackend: 'native' | 'pure-js' = native ? 'native' : 'pure-js';

/**
 * ECDSA public-key recovery (Yellow Paper Appendix F), same contract as `@ethereumjs/util`'s
 * `ecrecover`: `v` is 27/28, 0/1 (typed transactions) or EIP-155 encoded with `chainId`.
 * Uses the native `secp256k1` binding (~15× faster here) and falls back to pure JS.
 * @returns the uncompressed public key without its 0x04 prefix (64 bytes)
 * @throws on an invalid recovery id or a signature that recovers no point
 */
export const ecrecover: Ecrecover = native
  ? (msgHash, v, r, s, chainId) => {
      const recovery = calculateSigRecovery(v, chainId);
      if (recovery !== 0n && recovery !== 1n) throw new Error('Invalid signature v value');
      const sig = new Uint8Array(64);
      sig.set(setLengthLeft(r, 32), 0);
      sig.set(setLengthLeft(s, 32), 32);
      // Guarded: a worker terminated inside the binding would abort the process (nativeGuard.ts).
      // Into one reusable 65-byte output: an array above 64 bytes is allocated outside V8's heap
      // (~1.5 µs here); the 64-byte key returned is a copy of its own.
      guardedNative(() => native.ecdsaRecover(sig, Number(recovery), msgHash, false, RECOVERED));
      return RECOVERED.slice(1);
    }
  : pureEcrecover;

export { pureEcrecover };
