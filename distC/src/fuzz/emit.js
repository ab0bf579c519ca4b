/**
 * Memory layout of probe code (byte offsets): accumulator, nested-call data (routine, depth,
 * argument), a return word, child initcode, scratch for copies and loads, precompile input
 * (≤ 2 KiB: EIP-7823's modexp bound needs more than 1 KiB) and output.
 */
export const MEM = { ACC: 0x00, ARGS: 0x40, RET: 0x80, INIT: 0x100, SCRATCH: 0x200, IN: 0x400, OUT: 0xc00 };
export const MAX_WORD = (1n << 256n) - 1n;
const SIGN = 1n << 255n;
/** Boundary values of a 256-bit word (signed and unsigned limits, powers of two, byte edges). */
const EDGES = [
    0n,
    1n,
    2n,
    31n,
    32n,
    255n,
    256n,
    MAX_WORD,
    MAX_WORD - 1n,
    SIGN,
    SIGN - 1n,
    SIGN + 1n,
    1n << 64n,
    (1n << 64n) - 1n,
    1n << 32n,
    (1n << 32n) - 1n,
    1n << 128n,
];
/** acc = acc * 31 + (top of stack); consumes the top. */
export function mixTop(a) {
    a.push(MEM.ACC).op('MLOAD').push(31).op('MUL', 'ADD').push(MEM.ACC).op('MSTORE');
}
/** Folds the top `k` stack items into the accumulator, top first (4 bytes of code per item); consumes them. */
export function mixItems(a, k) {
    a.push(MEM.ACC).op('MLOAD');
    for (let i = 0; i < k; i++)
        a.push(31).op('MUL', 'ADD');
    a.push(MEM.ACC).op('MSTORE');
}
/** Pushes the accumulator. */
export function pushAcc(a) {
    a.push(MEM.ACC).op('MLOAD');
}
/** A value operand: a boundary value, a random word, a small number or the accumulator. */
export function pushOperand(ctx) {
    const r = ctx.rng;
    const k = r.int(20);
    if (k < 8)
        ctx.asm.push(r.pick(EDGES));
    else if (k < 14)
        ctx.asm.push(r.word());
    else if (k < 17)
        ctx.asm.push(r.int(1000));
    else
        pushAcc(ctx.asm);
}
/** A bit/byte index or shift amount: mostly in or just past 0..32 and 248..260, sometimes huge. */
export function pushIndex(ctx) {
    const r = ctx.rng;
    const k = r.int(10);
    if (k < 5)
        ctx.asm.push(r.int(34));
    else if (k < 7)
        ctx.asm.push(r.range(248, 260));
    else if (k < 8)
        ctx.asm.push(r.pick([MAX_WORD, SIGN, 1n << 64n]));
    else if (k < 9)
        pushAcc(ctx.asm);
    else
        ctx.asm.push(r.int(256));
}
/** An address word: one of the block's accounts, a precompile, this contract, or a word with junk above bit 160. */
export function pushAddress(ctx) {
    const { asm: a, rng: r, t } = ctx;
    const k = r.int(10);
    if (k === 0)
        a.op('ADDRESS');
    else if (k === 1)
        a.op('CALLER');
    else if (k === 2)
        a.push(r.range(1, 10)); // a precompile (or 0x0a's neighbours)
    else if (k === 3)
        a.push(((r.word() << 160n) & MAX_WORD) | BigInt(t.wallets[0])); // upper 96 bits are ignored
    else
        a.pushAddress(r.pick([t.coinbase, ...t.contracts, ...t.wallets, ...t.ghosts]));
}
/**
 * A memory offset for an access of `size` bytes: mostly in the scratch area, now and then past
 * what is used so far (expansion), rarely `huge` (an offset no gas pays for: the frame halts) when
 * `size` may be non-zero.
 */
export function pushMemOffset(ctx, allowHuge) {
    const r = ctx.rng;
    const k = r.int(40);
    if (allowHuge && k === 0)
        ctx.asm.push(r.pick([MAX_WORD, 1n << 64n, 1n << 32n]));
    else if (k < 4)
        ctx.asm.push(MEM.SCRATCH + r.range(0x200, 0x1400)); // expands memory
    else
        ctx.asm.push(MEM.SCRATCH + r.int(0x1e0));
}
//# sourceMappingURL=emit.js.map