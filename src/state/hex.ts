// Hex for parevm's own bytes and strings, through Node's encoder and decoder.

/**
 * Bytes of `0x` hex that parevm produced or validated already (addresses, hashes and values of
 * its own state layer), through Node's decoder: @ethereumjs/util's `hexToBytes` checks every
 * string with a regular expression first, which cost as much as the lookups it fed (a worker
 * turns every address it reads into a key). Not for unchecked input: an invalid digit, or an odd
 * trailing one, is dropped silently.
 */
export function fromHex(hex: string): Uint8Array {
  return Buffer.from(hex.length >= 2 && hex.charCodeAt(1) === 120 ? hex.slice(2) : hex, 'hex');
}

/**
 * {@link fromHex} of hex that may have an odd digit count, padded with a zero digit at the front as
 * @ethereumjs/util's `hexToBytes` does (`0x1` is the one byte 0x01). For input already checked as
 * hex (a fixture's code, a transaction's fields `decodeBlock` checked).
 */
export function fromHexPadded(hex: string): Uint8Array {
  return fromHex(hex.length % 2 === 0 ? hex : `0x0${hex.slice(2)}`);
}

/** {@link fromHex} into `out` (no allocation); returns the number of bytes written. */
export function fromHexInto(hex: string, out: Buffer): number {
  return out.write(hex.length >= 2 && hex.charCodeAt(1) === 120 ? hex.slice(2) : hex, 0, out.length, 'hex');
}

/**
 * Lowercase `0x` hex of any bytes. Node's encoder returns a flat string: one built by `+=` per
 * byte is a rope that costs again when read or posted to the coordinator (a receipt's 256-byte
 * bloom, measured here: 5.8 µs to build and read and 12 µs to post, against 1.4 and 4).
 */
export function toHex(b: Uint8Array): string {
  return `0x${Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex')}`;
}
