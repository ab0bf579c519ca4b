/** Fixed-width big-endian 256-bit words ↔ bigint, without going through hex strings. */

const M64 = (1n << 64n) - 1n;

/** One scratch word: a DataView made per call cost more than the conversion itself. */
const SCRATCH = new Uint8Array(32);
const SCRATCH_VIEW = new DataView(SCRATCH.buffer);

/** Writes `v` (0 ≤ v < 2^256) as 32 big-endian bytes at `offset`. */
export function writeU256(target: Uint8Array, offset: number, v: bigint): void {
  if (offset < 0 || offset + 32 > target.length) throw new RangeError(`writeU256: 32 bytes at ${offset} of ${target.length}`);
  if (v <= M64) {
    // Nonces, most balances and slot values: one 64-bit word.
    SCRATCH_VIEW.setBigUint64(24, v);
    for (let i = 0; i < 24; i++) target[offset + i] = 0;
  } else {
    SCRATCH_VIEW.setBigUint64(0, (v >> 192n) & M64);
    SCRATCH_VIEW.setBigUint64(8, (v >> 128n) & M64);
    SCRATCH_VIEW.setBigUint64(16, (v >> 64n) & M64);
    SCRATCH_VIEW.setBigUint64(24, v & M64);
    for (let i = 0; i < 24; i++) target[offset + i] = SCRATCH[i]!;
  }
  for (let i = 24; i < 32; i++) target[offset + i] = SCRATCH[i]!;
}

/** Reads 32 big-endian bytes at `offset` as a bigint. */
export function readU256(source: Uint8Array, offset = 0): bigint {
  if (offset < 0 || offset + 32 > source.length) throw new RangeError(`readU256: 32 bytes at ${offset} of ${source.length}`);
  let high = 0;
  for (let i = 0; i < 32; i++) {
    const b = source[offset + i]!;
    SCRATCH[i] = b;
    if (i < 24) high |= b;
  }
  if (high === 0) return SCRATCH_VIEW.getBigUint64(24);
  return (
    (SCRATCH_VIEW.getBigUint64(0) << 192n) | (SCRATCH_VIEW.getBigUint64(8) << 128n) | (SCRATCH_VIEW.getBigUint64(16) << 64n) | SCRATCH_VIEW.getBigUint64(24)
  );
}

/** `v` as 32 big-endian bytes. */
export function u256Bytes(v: bigint): Uint8Array {
  const out = new Uint8Array(32);
  writeU256(out, 0, v);
  return out;
}
