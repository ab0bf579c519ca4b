/**
 * The accounts (and slots) a block names in its JSON: the coinbase (`miner`), each transaction's
 * `from` and `to` and its EIP-2930 access list, each withdrawal's address (EIP-4895).
 * @returns address (lowercase `0x` hex) → the slots its access lists name
 * @throws FixtureFormatError on a malformed entry, address or slot (names the field)
 */
export declare function blockAddresses(block: Record<string, unknown>, file: string): Map<string, Set<bigint>>;
