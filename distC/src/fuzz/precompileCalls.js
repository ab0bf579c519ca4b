/**
 * Calls of precompiles from generated code. The input is a consensus-test vector
 * ({@link PRECOMPILE_VECTORS}: a real signature, BN254 points, a BLAKE2f block, a KZG proof) or,
 * for SHA-256 / RIPEMD-160 / identity, random bytes; kept whole most of the time, else
 * truncated, zero-extended or with one byte changed. The call is CALL, STATICCALL,
 * DELEGATECALL or CALLCODE with all the gas, plenty, a little (at and just below the
 * precompiles' base costs, the 2,300 stipend) or none; the success flag, the output size and the
 * output are folded into the accumulator.
 */
import { hexToBytes } from '@ethereumjs/util';
import { MEM, mixTop } from './emit.js';
import { PRECOMPILE_VECTORS, vectorAt } from './precompileVectors.js';
const CALL_CODES = { CALL: 0xf1, STATICCALL: 0xfa, DELEGATECALL: 0xf4, CALLCODE: 0xf2 };
/**
 * Gas amounts at and just below the precompiles' base costs (identity 15, SHA-256 60, bn254 add
 * 150, BLS12-381 G1ADD 375, RIPEMD-160 and G2ADD 600, ecrecover 3,000, MAP_FP_TO_G1 5,500, bn254
 * mul 6,000, P256VERIFY 6,900, MAP_FP2_TO_G2 23,800, point evaluation 50,000), the stipend, and
 * none: small inputs fail or pass at the edge.
 */
const NEAR_BASE_COSTS = [
    0, 1, 14, 15, 59, 60, 99, 149, 150, 374, 375, 599, 600, 2300, 2999, 3000, 5499, 5500, 5999, 6000, 6899, 6900, 23_799, 23_800, 49_999, 50_000,
];
/** Inputs longer than this are not used (the input area ends at MEM.OUT). */
const MAX_INPUT = MEM.OUT - MEM.IN;
/**
 * Writes memory at MEM.IN with an input for precompile `n` — `exact` as it is, or a random
 * choice, sometimes modified — and pushes its length (bytes).
 * @returns whether the input is an unmodified vector the precompile accepts
 */
export function emitPrecompileInput(ctx, n, exact) {
    const { asm: a, rng: r } = ctx;
    const vectors = PRECOMPILE_VECTORS.filter((v) => v.precompile === n);
    let bytes;
    let valid = false;
    if (exact) {
        bytes = hexToBytes(exact.input);
        valid = vectorAt(exact, ctx.hardfork).ok;
    }
    else if (vectors.length === 0 || r.chance(0.05))
        bytes = r.bytes(r.pick([0, 1, 31, 32, 33, 64, 65, 128, 200]));
    else {
        // Mostly inputs the precompile accepts: the failing ones are few and quick.
        const accepted = vectors.filter((v) => vectorAt(v, ctx.hardfork).ok);
        const v = r.pick(accepted.length > 0 && r.chance(0.7) ? accepted : vectors);
        bytes = hexToBytes(v.input);
        valid = vectorAt(v, ctx.hardfork).ok;
    }
    let length = bytes.length;
    const m = exact ? -1 : r.int(14);
    if (m === 0 && length > 0) {
        length = r.pick([0, length - 1, length >> 1]);
        valid = false;
    }
    else if (m === 1)
        length += r.pick([1, 31, 32]); // zero-extended (memory past the copy is cleared below)
    if (length > MAX_INPUT)
        length = MAX_INPUT;
    const blob = a.fresh('input');
    a.blob(blob, bytes);
    // Clear the input area's first bytes past the vector so an extension reads zeros.
    a.push(0)
        .push(MEM.IN + bytes.length)
        .op('MSTORE');
    a.push(0)
        .push(MEM.IN + bytes.length + 32)
        .op('MSTORE');
    a.push(bytes.length).ref(blob).push(MEM.IN).op('CODECOPY');
    if (m === 2 && bytes.length > 0) {
        a.push(r.int(256))
            .push(MEM.IN + r.int(bytes.length))
            .op('MSTORE8');
        valid = false;
    }
    a.push(length);
    return valid;
}
/**
 * Calls precompile `n` with an accepted vector twice: with one gas less than it costs (out of
 * gas before any work), then with exactly its cost. Folds both outcomes and the output.
 * @returns false (writing nothing) when `n` has no accepted vector with a non-zero cost
 */
export function emitExactGasCalls(ctx, n) {
    const { asm: a, rng: r } = ctx;
    const priced = PRECOMPILE_VECTORS.filter((v) => v.precompile === n && vectorAt(v, ctx.hardfork).ok && (vectorAt(v, ctx.hardfork).gas ?? 0) > 0);
    if (priced.length === 0)
        return false;
    const v = r.pick(priced);
    const cost = vectorAt(v, ctx.hardfork).gas;
    emitPrecompileInput(ctx, n, v); // [len]
    for (const gas of [cost - 1, cost]) {
        a.push(64).push(MEM.OUT).op('DUP3').push(MEM.IN).push(0).push(n).push(gas).op('CALL');
        mixTop(a);
    }
    a.op('POP');
    a.push(MEM.OUT).op('MLOAD');
    mixTop(a);
    return true;
}
/** Writes a call of precompile `n` (its number: address 0x00…0n) with an input from {@link emitPrecompileInput}. */
export function emitPrecompileCall(ctx, n) {
    const { asm: a, rng: r } = ctx;
    const name = r.weighted([
        ['CALL', 5],
        ['STATICCALL', 2],
        ['DELEGATECALL', 1],
        ['CALLCODE', 2],
    ]);
    // retSize, retOffset (below), then argsSize from the input, argsOffset.
    a.push(r.pick([0, 32, 64, 64, 128])).push(MEM.OUT);
    emitPrecompileInput(ctx, n);
    a.push(MEM.IN);
    if (name === 'CALL' || name === 'CALLCODE')
        a.push(r.chance(0.8) ? 0 : r.range(1, 100));
    a.push(n);
    const g = r.int(10);
    if (g < 4)
        a.op('GAS');
    else if (g < 6)
        a.push(r.pick([200_000, 500_000]));
    else if (g < 9)
        a.push(r.pick(NEAR_BASE_COSTS));
    else
        a.push(r.int(4000));
    a.raw(CALL_CODES[name]);
    mixTop(a);
    a.op('RETURNDATASIZE');
    mixTop(a);
    a.push(MEM.OUT).op('MLOAD');
    mixTop(a);
    a.push(MEM.OUT + 32).op('MLOAD');
    mixTop(a);
}
//# sourceMappingURL=precompileCalls.js.map