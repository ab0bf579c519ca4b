import { bytesToAddress } from '../words.js';
/**
 * EIP-7702 delegation designators: an EOA whose code is `0xef0100 ++ address` (23 bytes) runs
 * `address`'s code when called. EXTCODE* see the designator itself; only calls follow it, one
 * level deep.
 */
/** Length of a delegation designator (`0xef0100` + 20 address bytes). */
export const DESIGNATOR_LENGTH = 23;
/** The delegate of `code` (lowercase `0x` hex) when it is a delegation designator, else undefined. */
export function delegationTarget(code) {
    if (code.length !== DESIGNATOR_LENGTH || code[0] !== 0xef || code[1] !== 0x01 || code[2] !== 0x00)
        return undefined;
    return bytesToAddress(code.subarray(3));
}
/** The designator delegating to `address` (20 bytes). */
export function designatorFor(address) {
    const code = new Uint8Array(DESIGNATOR_LENGTH);
    code[0] = 0xef;
    code[1] = 0x01;
    code.set(address, 3);
    return code;
}
//# sourceMappingURL=delegation.js.map