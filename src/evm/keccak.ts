import { keccak_256 } from '@noble/hashes/sha3.js';

/**
 * keccak-256 for the EVM (KECCAK256, CREATE/CREATE2 addresses, code hashes). One definition, so
 * the implementation can be swapped for a faster well-kept one (e.g. `hash-wasm`) in one place.
 */
export const keccak256: (data: Uint8Array) => Uint8Array = keccak_256;
