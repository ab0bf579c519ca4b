/**
 * EIP-7702 delegation designators: an EOA whose code is `0xef0100 ++ address` (23 bytes) runs
 * `address`'s code when called. EXTCODE* see the designator itself; only calls follow it, one
 * level deep.
 */
/** Length of a delegation designator (`0xef0100` + 20 address bytes). */
export declare const DESIGNATOR_LENGTH = 23;
/** The delegate of `code` (lowercase `0x` hex) when it is a delegation designator, else undefined. */
export declare function delegationTarget(code: Uint8Array): string | undefined;
/** The designator delegating to `address` (20 bytes). */
export declare function designatorFor(address: Uint8Array): Uint8Array;
