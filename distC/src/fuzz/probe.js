/**
 * The probe contract of a fuzz block: generated code that executes every opcode of the block's
 * hardfork and calls every active precompile, with edge-case operands. It has the fuzz
 * contracts' calldata layout (byte 0 routine, byte 1 depth, 2..33 argument) and four kinds of
 * routine:
 *
 *   0          sweep: calls every other routine of this contract in turn, each with its own gas
 *              cap (a routine that halts or runs out of gas does not stop the others)
 *   leaf       the deck — one snippet per opcode and one call per precompile (plus, for the
 *              input-agnostic ones, a bisection of its gas), shuffled and dealt over the leaf
 *              routines — then the accumulator stored and logged, and one of the halting
 *              opcodes (each appears at least once)
 *   mini       1–3 random snippets, then RETURN of the accumulator
 *   boundary   runs out of gas exactly at a boundary, then succeeds with one gas more: bisects
 *              the gas of a call to a mini routine or an input-agnostic precompile (lo fails,
 *              hi succeeds, until hi = lo + 1; both folded in), or calls a precompile with a
 *              test vector at its cost − 1 and at its cost (a bisection would repeat the
 *              pairing or KZG work a dozen times)
 *
 * Memory: see {@link MEM}. The deck comes from `forkOpcodes` / `forkPrecompiles`, so a new fork's
 * opcodes join without a list here.
 */
import { Asm } from './asm.js';
import { MEM, mixTop, pushAcc } from './emit.js';
import { forkOpcodes, forkPrecompiles } from './forkOpcodes.js';
import { emitEnding, emitOpcode, HALTING } from './opcodeSnippets.js';
import { emitExactGasCalls, emitPrecompileCall, emitPrecompileInput } from './precompileCalls.js';
import { PRECOMPILE_VECTORS } from './precompileVectors.js';
/** Gas given to each routine by the sweep (leaf and mini routines; boundary routines get more). */
export const SWEEP_GAS = { leaf: 300_000, mini: 100_000, boundary: 1_500_000 };
/**
 * The probe contract for hardfork `hardfork`. `keepsCode`: SELFDESTRUCT leaves the contract in
 * place (EIP-6780, Cancun on); before that only the sweep's last routine may end with it.
 */
export function probeContract(rng, t, hardfork, keepsCode) {
    const opcodes = forkOpcodes(hardfork);
    const a = new Asm();
    const ctx = { asm: a, rng, t, hardfork };
    const layout = { leaves: rng.range(8, 12), minis: rng.range(2, 4), boundaries: rng.range(1, 2) };
    const total = 1 + layout.leaves + layout.minis + layout.boundaries;
    const firstMini = 1 + layout.leaves;
    const firstBoundary = firstMini + layout.minis;
    const labels = Array.from({ length: total }, () => a.fresh('routine'));
    // Dispatcher: acc = argument; routine = byte 0 mod total.
    a.push(2).op('CALLDATALOAD').push(MEM.ACC).op('MSTORE');
    a.push(total).push(0).op('CALLDATALOAD').push(248).op('SHR', 'MOD');
    labels.forEach((l, i) => {
        if (i === labels.length - 1)
            a.op('POP').jump(l);
        else
            a.op('DUP1').push(i).op('EQ').jumpi(l);
    });
    // Routine 0: the sweep.
    let sweepGas = 0;
    a.label(labels[0]);
    for (let i = 1; i < total; i++) {
        const kind = i < firstMini ? 'leaf' : i < firstBoundary ? 'mini' : 'boundary';
        // Now and then a leaf gets too little: it runs out of gas somewhere inside.
        const gas = kind === 'leaf' && rng.chance(0.1) ? rng.range(2_000, 60_000) : SWEEP_GAS[kind];
        sweepGas += gas;
        selfCall(a, i, () => a.push(gas));
    }
    persist(a, 0);
    a.push(32).push(MEM.ACC).op('RETURN');
    // Leaf routines: the deck.
    const cards = [
        ...opcodes.filter((o) => !HALTING.includes(o.name)).map((o) => ({ kind: 'opcode', ...o })),
        ...forkPrecompiles(hardfork).map((n) => ({ kind: 'precompile', n })),
    ];
    shuffle(rng, cards);
    const hands = Array.from({ length: layout.leaves }, () => []);
    cards.forEach((c, i) => {
        hands[i % layout.leaves].push(c);
    });
    const endings = leafEndings(rng, layout.leaves, keepsCode);
    hands.forEach((hand, i) => {
        a.label(labels[1 + i]);
        for (const c of hand)
            emitCard(ctx, c);
        persist(a, 1 + i);
        emitEnding(ctx, endings[i]);
    });
    // Mini routines: a few random opcode snippets (the boundary routines' targets; no calls, no creations).
    const plain = cards.filter((c) => c.kind === 'opcode' && !['CALL', 'CALLCODE', 'DELEGATECALL', 'STATICCALL', 'CREATE', 'CREATE2'].includes(c.name));
    for (let i = 0; i < layout.minis; i++) {
        a.label(labels[firstMini + i]);
        const n = rng.range(1, 3);
        for (let k = 0; k < n; k++)
            emitCard(ctx, rng.pick(plain));
        persist(a, firstMini + i);
        a.push(32).push(MEM.ACC).op('RETURN');
    }
    // Boundary routines: exact out-of-gas boundaries of mini routines and precompiles.
    const precompiles = forkPrecompiles(hardfork);
    for (let i = 0; i < layout.boundaries; i++) {
        a.label(labels[firstBoundary + i]);
        const n = rng.range(1, 3);
        for (let k = 0; k < n; k++) {
            if (rng.chance(0.5))
                bisect(ctx, { kind: 'routine', index: firstMini + rng.int(layout.minis) });
            else {
                const p = rng.pick(precompiles);
                if (!emitExactGasCalls(ctx, p))
                    bisect(ctx, { kind: 'precompile', n: p });
            }
        }
        persist(a, firstBoundary + i);
        a.push(32).push(MEM.ACC).op('RETURN');
    }
    return { code: a.build(), layout, sweepGas };
}
function emitCard(ctx, c) {
    if (c.kind === 'opcode') {
        emitOpcode(ctx, c);
        return;
    }
    emitPrecompileCall(ctx, c.n);
    // Input-agnostic precompiles (no test vectors: SHA-256, RIPEMD-160, identity) are cheap: their
    // out-of-gas boundary is bisected here too, so every sweep sees them fail and succeed.
    if (!PRECOMPILE_VECTORS.some((v) => v.precompile === c.n))
        bisect(ctx, { kind: 'precompile', n: c.n });
}
/** Halting opcodes of the leaf routines: each at least once; SELFDESTRUCT last unless the code survives it. */
function leafEndings(rng, leaves, keepsCode) {
    const others = HALTING.filter((h) => h !== 'SELFDESTRUCT');
    const endings = [...others];
    while (endings.length < leaves - 1)
        endings.push(rng.weighted([
            ['RETURN', 5],
            ['STOP', 2],
            ['REVERT', 2],
            ['INVALID', 1],
            ['SELFDESTRUCT', keepsCode ? 1 : 0],
        ]));
    shuffle(rng, endings);
    endings.push('SELFDESTRUCT');
    return endings;
}
/** Stores the accumulator in shared slot `routine mod 6` and logs it (topic: the routine). */
function persist(a, routine) {
    pushAcc(a);
    a.push(routine % 6).op('SSTORE');
    a.push(routine).push(32).push(MEM.ACC).op('LOG1');
}
/** CALL of this contract's routine `index` (depth 0, the accumulator as argument) with the gas `gas()` pushes; folds the outcome. */
function selfCall(a, index, gas) {
    writeCallData(a, index);
    a.push(32).push(MEM.RET).push(34).push(MEM.ARGS).push(0).op('ADDRESS');
    gas();
    a.op('CALL');
    mixTop(a);
    a.op('RETURNDATASIZE');
    mixTop(a);
    a.push(MEM.RET).op('MLOAD');
    mixTop(a);
}
function writeCallData(a, index) {
    a.push(index).push(MEM.ARGS).op('MSTORE8');
    a.push(0)
        .push(MEM.ARGS + 1)
        .op('MSTORE8');
    pushAcc(a);
    a.push(MEM.ARGS + 2).op('MSTORE');
}
/**
 * Binary search for the least gas a call of `target` succeeds with, between 0 and 2^13..2^18:
 * stack [len, lo, hi] (hi on top); each round calls with mid = (lo + hi) / 2 and keeps the half
 * where the boundary lies. Ends with hi = lo + 1, both folded into the accumulator.
 */
function bisect(ctx, target) {
    const { asm: a, rng: r } = ctx;
    const loop = a.fresh('bisect');
    const ok = a.fresh('bisectOk');
    const done = a.fresh('bisectDone');
    let argsOffset;
    if (target.kind === 'routine') {
        writeCallData(a, target.index);
        a.push(34);
        argsOffset = MEM.ARGS;
    }
    else {
        emitPrecompileInput(ctx, target.n); // pushes the length
        argsOffset = MEM.IN;
    }
    a.push(0).push(1n << BigInt(r.range(13, 18))); // [len lo hi]
    a.label(loop);
    a.op('DUP2', 'DUP2', 'SUB').push(2).op('SWAP1', 'LT').jumpi(done); // hi - lo < 2: done
    a.op('DUP2', 'DUP2', 'ADD').push(1).op('SHR'); // [len lo hi mid]
    a.push(32)
        .push(target.kind === 'routine' ? MEM.RET : MEM.OUT)
        .op('DUP6')
        .push(argsOffset)
        .push(0);
    if (target.kind === 'routine')
        a.op('ADDRESS');
    else
        a.push(target.n);
    a.op('DUP7', 'CALL').jumpi(ok); // [len lo hi mid]
    a.op('SWAP2', 'POP').jump(loop); // failed: lo = mid
    a.label(ok).op('SWAP1', 'POP').jump(loop); // succeeded: hi = mid
    a.label(done);
    mixTop(a); // hi
    mixTop(a); // lo
    a.op('POP'); // len
}
function shuffle(rng, xs) {
    for (let i = xs.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [xs[i], xs[j]] = [xs[j], xs[i]];
    }
}
//# sourceMappingURL=probe.js.map