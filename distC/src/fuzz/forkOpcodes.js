/**
 * What a hardfork defines, as `@ethereumjs/evm` (the reference engine) says: its opcodes
 * (`getOpcodesForHF`) and its active precompiles (`getActivePrecompiles`). The fuzzer generates
 * code from these lists and its coverage report counts against them, so neither is written by
 * hand.
 */
import { getActivePrecompiles, getOpcodesForHF, paramsEVM } from '@ethereumjs/evm';
import { createMainnetCommon } from '../block/hardfork.js';
const opcodeCache = new Map();
const precompileCache = new Map();
function evmCommon(hardfork) {
    const common = createMainnetCommon(hardfork);
    common.updateParams(paramsEVM);
    return common;
}
/** The opcodes defined at mainnet hardfork `hardfork` (`@ethereumjs/common` name), by byte. */
export function forkOpcodes(hardfork) {
    let list = opcodeCache.get(hardfork);
    if (!list) {
        list = [...getOpcodesForHF(evmCommon(hardfork)).opcodes.values()].map((o) => ({ code: o.code, name: o.fullName })).sort((a, b) => a.code - b.code);
        opcodeCache.set(hardfork, list);
    }
    return list;
}
/** The precompiles active at `hardfork`, as numbers (address 0x00…0N), ascending. */
export function forkPrecompiles(hardfork) {
    let list = precompileCache.get(hardfork);
    if (!list) {
        list = [...getActivePrecompiles(evmCommon(hardfork)).keys()].map((k) => parseInt(k, 16)).sort((a, b) => a - b);
        precompileCache.set(hardfork, list);
    }
    return list;
}
/** `0x` address of precompile `n`. */
export function precompileAddress(n) {
    return `0x${n.toString(16).padStart(40, '0')}`;
}
//# sourceMappingURL=forkOpcodes.js.map