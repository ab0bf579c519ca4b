/**
 * What the executor reads the pre-state through. Addresses are lowercase `0x`-prefixed hex
 * (20 bytes); storage slots and values are bigints; code hashes are `0x`-prefixed keccak-256 hex.
 */
export {};
//# sourceMappingURL=reader.js.map