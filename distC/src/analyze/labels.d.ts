/**
 * Names of well-known Ethereum mainnet contracts, for the hot-location table. A small checked-in
 * table (addresses lowercase): tokens, DEX routers and pools, marketplaces, system contracts.
 */
export declare const KNOWN_CONTRACTS: Readonly<Record<string, string>>;
/**
 * A human-readable name for `address` (lowercase `0x` hex): the block's beneficiary, or a
 * well-known mainnet contract from {@link KNOWN_CONTRACTS}; undefined otherwise.
 */
export declare function labelFor(address: string, beneficiary?: string): string | undefined;
