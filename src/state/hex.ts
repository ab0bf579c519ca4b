/**
 * Bytes of `0x` hex that parevm produced or validated already (addresses, hashes and values of
 * its own state layer), through Node's decoder: @ethereumjs/util's `hexToBytes` checks every
 * string with a regular expression first, which cost as much as the lookups it fed (a worker
 * turns every address it reads into a key). Not for input: an invalid digit is not reported.
 */
export function fromHex(hex: string): Uint8Array {
  return Buffer.from(hex.length >= 2 && hex.charCodeAt(1) === 120 ? hex.slice(2) : hex, 'hex');
}
