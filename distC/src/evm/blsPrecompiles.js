import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NobleBLS } from '@ethereumjs/evm';
/**
 * EIP-2537 BLS12-381 precompiles 0x0b–0x11, synchronously. `@ethereumjs/evm` declares them
 * `async` (they never await), which a synchronous EVM cannot call; so their input checks — length,
 * the 16 zero bytes heading each 64-byte field element, gas (EIP-2537's MSM discount tables) — are
 * repeated here, in `@ethereumjs/evm`'s order, around the same curve code (`NobleBLS`, on
 * `@noble/curves`). Any failure consumes all gas.
 */
const bls = new NobleBLS();
const EMPTY = new Uint8Array(0);
/** EIP-2537's MSM discount tables ([pairs, multiplier ‰]), read from `@ethereumjs/evm` itself (not exported by its index). */
const discounts = (() => {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('@ethereumjs/evm'));
    return require(join(root, 'precompiles', 'bls12_381', 'constants.js'));
})();
/** EIP-2537 MSM gas: k × per-pair gas × discount(k) / 1000 (the table's last entry beyond its end). */
function msmGas(pairs, perPair, table) {
    if (pairs === 0)
        return 0n;
    const multiplier = pairs <= table.length ? table[pairs - 1][1] : table[table.length - 1][1];
    return (BigInt(pairs) * perPair * BigInt(multiplier)) / 1000n;
}
/** The first 16 bytes of every 64-byte field element of each `unit`-byte item are zero. */
function paddingIsZero(data, unit, elements) {
    for (let start = 0; start + unit <= data.length; start += unit) {
        for (let e = 0; e < elements; e++) {
            const at = start + 64 * e;
            for (let i = at; i < at + 16; i++)
                if (data[i] !== 0)
                    return false;
        }
    }
    return true;
}
const fixed = (param) => (common) => common.param(param);
const SPECS = {
    '0x000000000000000000000000000000000000000b': { unit: 256, multiple: false, elements: 4, gas: fixed('bls12381G1AddGas'), run: (d) => bls.addG1(d) },
    '0x000000000000000000000000000000000000000c': {
        unit: 160,
        multiple: true,
        elements: 2,
        gas: (c, d) => msmGas(Math.floor(d.length / 160), c.param('bls12381G1MulGas'), discounts.BLS_GAS_DISCOUNT_PAIRS_G1),
        run: (d) => bls.msmG1(d),
    },
    '0x000000000000000000000000000000000000000d': { unit: 512, multiple: false, elements: 8, gas: fixed('bls12381G2AddGas'), run: (d) => bls.addG2(d) },
    '0x000000000000000000000000000000000000000e': {
        unit: 288,
        multiple: true,
        elements: 4,
        gas: (c, d) => msmGas(Math.floor(d.length / 288), c.param('bls12381G2MulGas'), discounts.BLS_GAS_DISCOUNT_PAIRS_G2),
        run: (d) => bls.msmG2(d),
    },
    '0x000000000000000000000000000000000000000f': {
        unit: 384,
        multiple: true,
        elements: 6,
        lengthFirst: true,
        gas: (c, d) => c.param('bls12381PairingBaseGas') + c.param('bls12381PairingPerPairGas') * BigInt(Math.floor(d.length / 384)),
        run: (d) => bls.pairingCheck(d),
    },
    '0x0000000000000000000000000000000000000010': { unit: 64, multiple: false, elements: 1, gas: fixed('bls12381MapG1Gas'), run: (d) => bls.mapFPtoG1(d) },
    '0x0000000000000000000000000000000000000011': { unit: 128, multiple: false, elements: 2, gas: fixed('bls12381MapG2Gas'), run: (d) => bls.mapFP2toG2(d) },
};
/** The BLS12-381 precompile at `address` (lowercase `0x` hex), or undefined for another address. */
export function blsPrecompile(address, common) {
    const spec = SPECS[address];
    if (spec === undefined)
        return undefined;
    return (data, gasLimit) => {
        const fail = { gasUsed: gasLimit, output: EMPTY, failed: true };
        const lengthOk = spec.multiple ? data.length > 0 && data.length % spec.unit === 0 : data.length === spec.unit;
        if (spec.multiple && data.length === 0)
            return fail;
        if (spec.lengthFirst && !lengthOk)
            return fail;
        const gasUsed = spec.gas(common, data);
        if (gasLimit < gasUsed)
            return fail;
        if (!lengthOk)
            return fail;
        if (!paddingIsZero(data, spec.unit, spec.elements))
            return fail;
        try {
            return { gasUsed, output: spec.run(data), failed: false };
        }
        catch {
            return fail;
        }
    };
}
//# sourceMappingURL=blsPrecompiles.js.map