/** Fixed-width big-endian 256-bit words ↔ bigint, without going through hex strings. */

const M64 = (1n << 64n) - 1n;

/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `offset`. */
export function writeU256(target: Uint8Array, offset: number, v: bigint): void {
  const dv = new DataView(target.buffer, target.byteOffset + offset, 32);
  dv.setBigUint64(0, (v >> 192n) & M64);
  dv.setBigUint64(8, (v >> 128n) & M64);
  dv.setBigUint64(16, (v >> 64n) & M64);
  dv.setBigUint64(24, v & M64);
}

/** Reads 32 big-endian bytes at `offset` as a bigint. */
export function readU256(source: Uint8Array, offset = 0): bigint {
  const dv = new DataView(source.buffer, source.byteOffset + offset, 32);
  return (dv.getBigUint64(0) << 192n) | (dv.getBigUint64(8) << 128n) | (dv.getBigUint64(16) << 64n) | dv.getBigUint64(24);
}

/** `v` as 32 big-endian bytes. */
export function u256Bytes(v: bigint): Uint8Array {
  const out = new Uint8Array(32);
  writeU256(out, 0, v);
  return out;
}
