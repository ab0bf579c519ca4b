/**
 * One code snippet per opcode, with operands chosen for it: boundary words for arithmetic,
 * indices around 0..32 and 256 for BYTE/SHL/SHR/SAR/SIGNEXTEND, offsets inside, past and far past
 * the data for copies and loads (zero-padding, expansion, and now and then an offset no gas pays
 * for), size 0 at a huge offset (no expansion), the block's accounts and absent ones for
 * BALANCE/EXTCODE*, ancestors 1, 256 and 257 back for BLOCKHASH, valid and out-of-range
 * RETURNDATACOPY, taken and untaken jumps. Every snippet but the halting ones
 * ({@link emitEnding}) leaves the stack as it found it and folds its results into the
 * accumulator. Calls from these snippets go to accounts; precompile calls are
 * `precompileCalls.ts`.
 */
import { STACK_GROWTH, STACK_IN } from '../evm/interpreter/opcodes.js';
import { MAX_WORD, MEM, mixItems, mixTop, pushAcc, pushAddress, pushIndex, pushMemOffset, pushOperand } from './emit.js';
import { CHILD_SLOT, childInitcode, SALTS, SHARED_SLOTS } from './programs.js';
/** Opcodes that end a routine (each probe routine ends with one). */
export const HALTING = ['STOP', 'RETURN', 'REVERT', 'INVALID', 'SELFDESTRUCT'];
const BINARY = new Set(['ADD', 'MUL', 'SUB', 'DIV', 'SDIV', 'MOD', 'SMOD', 'EXP', 'LT', 'GT', 'SLT', 'SGT', 'EQ', 'AND', 'OR', 'XOR']);
const INDEXED = new Set(['BYTE', 'SHL', 'SHR', 'SAR', 'SIGNEXTEND']);
const NULLARY = new Set([
    'ADDRESS',
    'ORIGIN',
    'CALLER',
    'CALLVALUE',
    'CALLDATASIZE',
    'CODESIZE',
    'GASPRICE',
    'RETURNDATASIZE',
    'COINBASE',
    'TIMESTAMP',
    'NUMBER',
    'PREVRANDAO',
    'DIFFICULTY',
    'GASLIMIT',
    'CHAINID',
    'SELFBALANCE',
    'BASEFEE',
    'BLOBBASEFEE',
    'PC',
    'MSIZE',
    'GAS',
]);
/** Writes the snippet of `op` (not a halting one). */
export function emitOpcode(ctx, op) {
    const { asm: a, rng: r } = ctx;
    const name = op.name;
    const at = () => a.raw(op.code);
    if (BINARY.has(name)) {
        // The second operand first (the top of the stack is the first).
        if (name === 'EXP' && r.chance(0.7))
            a.push(r.int(300)); // most exponents small: EXP's gas is per byte
        else
            pushOperand(ctx);
        pushOperand(ctx);
        at();
        mixTop(a);
        return;
    }
    if (INDEXED.has(name)) {
        pushOperand(ctx);
        pushIndex(ctx);
        at();
        mixTop(a);
        return;
    }
    if (NULLARY.has(name)) {
        at();
        mixTop(a);
        return;
    }
    if (/^PUSH[1-9]\d*$/.test(name)) {
        const n = Number(name.slice(4));
        a.pushN(n, r.chance(0.3) ? (1n << BigInt(8 * n)) - 1n : BigInt.asUintN(8 * n, r.word()));
        mixTop(a);
        return;
    }
    if (/^DUP\d+$/.test(name) || /^SWAP\d+$/.test(name)) {
        const n = Number(name.replace(/\D/g, ''));
        const depth = name.startsWith('DUP') ? n : n + 1;
        // The deepest item (the one DUPn copies, SWAPn swaps) and the top get real operands, the
        // items between their positions (PC: one byte, distinct).
        for (let i = 0; i < depth; i++)
            i === 0 || i === depth - 1 ? pushOperand(ctx) : a.op('PC');
        at();
        // Fold every item in stack order (XOR would not see a wrong SWAP).
        mixItems(a, depth + (name.startsWith('DUP') ? 1 : 0));
        return;
    }
    if (/^LOG\d$/.test(name)) {
        const n = Number(name.slice(3));
        for (let i = 0; i < n; i++)
            r.chance(0.5) ? pushAcc(a) : pushOperand(ctx);
        logRegion(ctx);
        return void at();
    }
    switch (name) {
        case 'ADDMOD':
        case 'MULMOD':
            a.push(r.pick([0n, 1n, 2n, 7n, MAX_WORD, MAX_WORD - 1n, r.word()])); // modulus (0 gives 0)
            pushOperand(ctx);
            pushOperand(ctx);
            at();
            mixTop(a);
            return;
        case 'ISZERO':
        case 'NOT':
        case 'CLZ':
            if (r.chance(0.3))
                a.push(0);
            else
                pushOperand(ctx);
            at();
            mixTop(a);
            return;
        case 'KECCAK256':
            if (r.chance(0.15))
                a.push(0).push(r.pick([MAX_WORD, 1n << 64n])); // size 0: no expansion, empty hash
            else {
                a.push(r.pick([0, 1, 20, 31, 32, 33, 64, 100, 200]));
                pushMemOffset(ctx, true);
            }
            at();
            mixTop(a);
            return;
        case 'BALANCE':
        case 'EXTCODESIZE':
        case 'EXTCODEHASH':
            pushAddress(ctx);
            at();
            mixTop(a);
            return;
        case 'CALLDATALOAD':
            a.push(r.pick([0n, 1n, 2n, 3n, 31n, 32n, 33n, 34n, 100n, 1n << 32n, MAX_WORD]));
            at();
            mixTop(a);
            return;
        case 'CALLDATACOPY':
        case 'CODECOPY':
            copy(ctx, op.code, () => a.push(r.pick([0n, 1n, 2n, 30n, 34n, 100n, 1000n, 1n << 32n, MAX_WORD])));
            return;
        case 'EXTCODECOPY':
            copy(ctx, op.code, () => a.push(r.pick([0n, 1n, 5n, 40n, 1000n, MAX_WORD])), () => pushAddress(ctx));
            return;
        case 'RETURNDATACOPY':
            returnDataCopy(ctx, op.code);
            return;
        case 'BLOCKHASH':
            if (r.chance(0.2))
                a.push(r.pick([0n, 1n, MAX_WORD]));
            else
                a.push(r.pick([0, 1, 2, 255, 256, 257])).op('NUMBER', 'SUB');
            at();
            mixTop(a);
            return;
        case 'BLOBHASH':
            a.push(r.pick([0n, 0n, 1n, 2n, 5n, 6n, MAX_WORD]));
            at();
            mixTop(a);
            return;
        case 'POP':
            pushOperand(ctx);
            return void at();
        case 'MLOAD':
            pushMemOffset(ctx, true);
            at();
            mixTop(a);
            return;
        case 'MSTORE':
        case 'MSTORE8':
            pushOperand(ctx);
            pushMemOffset(ctx, true);
            at();
            a.op('MSIZE');
            mixTop(a);
            return;
        case 'SLOAD':
            pushSlot(ctx);
            at();
            mixTop(a);
            return;
        case 'SSTORE': {
            const slot = r.int(SHARED_SLOTS);
            const v = r.int(5);
            if (v === 0)
                pushAcc(a);
            else if (v === 1)
                a.push(slot).op('SLOAD'); // no-op write
            else if (v === 2)
                a.push(0); // clear: refund
            else if (v === 3)
                a.push(slot).op('SLOAD').push(1).op('ADD');
            else
                pushOperand(ctx);
            if (r.chance(0.2))
                pushSlot(ctx);
            else
                a.push(slot);
            return void at();
        }
        case 'TLOAD':
            a.push(r.chance(0.2) ? MAX_WORD : BigInt(r.int(3)));
            at();
            mixTop(a);
            return;
        case 'TSTORE':
            pushOperand(ctx);
            a.push(r.chance(0.2) ? MAX_WORD : BigInt(r.int(3)));
            return void at();
        case 'MCOPY':
            if (r.chance(0.15))
                a.push(0).push(MAX_WORD).push(MAX_WORD); // size 0: offsets ignored
            else {
                a.push(r.pick([0, 1, 31, 32, 33, 64, 100, 0x300]));
                pushMemOffset(ctx, true); // source
                pushMemOffset(ctx, false); // destination (may overlap)
            }
            at();
            a.op('MSIZE');
            mixTop(a);
            a.push(MEM.SCRATCH).op('MLOAD');
            mixTop(a);
            return;
        case 'JUMP':
            jump(ctx, op.code, false);
            return;
        case 'JUMPI':
            jump(ctx, op.code, true);
            return;
        case 'JUMPDEST':
            return void a.label(a.fresh('dest')); // a label is a JUMPDEST, run by falling through
        case 'PUSH0':
            at();
            mixTop(a);
            return;
        case 'CREATE':
        case 'CREATE2':
            create(ctx, name);
            return;
        case 'CALL':
        case 'CALLCODE':
        case 'DELEGATECALL':
        case 'STATICCALL':
            accountCall(ctx, name);
            return;
        default:
            generic(ctx, op);
            return;
    }
}
/** A storage key: a shared slot, a child slot, or a boundary word. */
function pushSlot(ctx) {
    const r = ctx.rng;
    const k = r.int(10);
    if (k < 6)
        ctx.asm.push(r.int(SHARED_SLOTS));
    else if (k < 8)
        ctx.asm.push(CHILD_SLOT + r.int(SALTS));
    else
        ctx.asm.push(r.pick([MAX_WORD, 1n << 255n]));
}
/** Offset and size of LOG data: mostly small, sometimes size 0 at a huge offset. */
function logRegion(ctx) {
    const { asm: a, rng: r } = ctx;
    if (r.chance(0.15))
        a.push(0).push(MAX_WORD);
    else {
        a.push(r.pick([0, 1, 32, 33, 64, 200]));
        pushMemOffset(ctx, true);
    }
}
/** CALLDATACOPY / CODECOPY / EXTCODECOPY into scratch memory, then folds what landed there. */
function copy(ctx, code, source, address) {
    const { asm: a, rng: r } = ctx;
    const dest = MEM.SCRATCH + r.int(0x100);
    if (r.chance(0.1))
        a.push(0).push(MAX_WORD).push(MAX_WORD); // size 0: nothing read or written
    else {
        a.push(r.pick([0, 1, 2, 31, 32, 33, 64, 96]));
        source();
        a.push(dest);
    }
    address?.();
    a.raw(code);
    a.push(dest).op('MLOAD');
    mixTop(a);
    a.push(dest + 32).op('MLOAD');
    mixTop(a);
}
/** RETURNDATACOPY of the last call's output: all of it, none, or past its end (a halt). */
function returnDataCopy(ctx, code) {
    const { asm: a, rng: r } = ctx;
    const k = r.int(10);
    if (k < 6)
        a.op('RETURNDATASIZE').push(0); // size, offset
    else if (k < 8)
        a.push(0).push(0);
    else if (k < 9)
        a.push(1).op('RETURNDATASIZE', 'SUB').push(1); // all but the first byte (none: size underflows, a halt)
    else
        a.push(0).push(1).op('RETURNDATASIZE', 'ADD'); // offset past the end: exceptional halt
    a.push(MEM.SCRATCH);
    a.raw(code);
    a.push(MEM.SCRATCH).op('MLOAD');
    mixTop(a);
}
/** A forward JUMP, or a JUMPI taken or not; now and then to a destination that is not a JUMPDEST (halt). */
function jump(ctx, code, conditional) {
    const { asm: a, rng: r } = ctx;
    const to = a.fresh('to');
    if (conditional) {
        const k = r.int(4);
        if (k === 0)
            a.push(0);
        else if (k === 1)
            pushAcc(a);
        else
            a.push(r.pick([1n, MAX_WORD]));
    }
    if (r.chance(0.04))
        a.push(r.pick([0, 1, 0xffff])); // not a JUMPDEST (or past the code)
    else
        a.ref(to);
    a.raw(code);
    // Run only when the jump is not taken.
    a.push(7);
    mixTop(a);
    a.label(to);
    a.op('PC');
    mixTop(a);
}
/** CREATE / CREATE2 of a child (or of empty initcode), with or without value, the address folded. */
function create(ctx, name) {
    const { asm: a, rng: r } = ctx;
    const init = childInitcode(r, ctx.t);
    const blob = a.fresh('init');
    a.blob(blob, init);
    a.push(init.length).ref(blob).push(MEM.INIT).op('CODECOPY');
    if (name === 'CREATE2')
        a.push(r.pick([0n, 1n, MAX_WORD]));
    const size = r.int(20);
    if (size === 0)
        a.push(0).push(MAX_WORD); // empty initcode: an account without code
    else if (size === 1)
        a.push(0xc001).push(MEM.INIT); // above the EIP-3860 limit: halt
    else
        a.push(init.length).push(MEM.INIT);
    const v = r.int(6);
    if (v === 0)
        a.push(MAX_WORD); // more than any balance: fails, returns 0
    else if (v === 1)
        a.push(r.range(1, 1000));
    else
        a.push(0);
    a.raw(name === 'CREATE' ? 0xf0 : 0xf5);
    mixTop(a);
    a.op('RETURNDATASIZE');
    mixTop(a);
}
/**
 * A call to an account: a fuzz contract (routine and depth 0 in the data, so it does not call
 * on), a child, a wallet, an absent account, the beneficiary or a precompile with junk input —
 * never the probe itself (its sweep would recurse). Operands include value above the balance,
 * gas above what is left (capped at 63/64), and size 0 at huge offsets.
 */
function accountCall(ctx, name) {
    const { asm: a, rng: r, t } = ctx;
    a.push(r.int(16)).push(MEM.ARGS).op('MSTORE8');
    a.push(0)
        .push(MEM.ARGS + 1)
        .op('MSTORE8');
    pushAcc(a);
    a.push(MEM.ARGS + 2).op('MSTORE');
    // retSize, retOffset, argsSize, argsOffset
    if (r.chance(0.15))
        a.push(0).push(MAX_WORD);
    else
        a.push(r.pick([0, 32, 64])).push(MEM.RET);
    if (r.chance(0.15))
        a.push(0).push(MAX_WORD);
    else
        a.push(r.pick([0, 34, 34, 1])).push(MEM.ARGS);
    if (name === 'CALL' || name === 'CALLCODE') {
        const v = r.int(6);
        a.push(v === 0 ? MAX_WORD : v === 1 ? BigInt(r.range(1, 1000)) : 0n);
    }
    const k = r.int(10);
    if (k < 4)
        a.pushAddress(r.pick(t.contracts));
    else if (k < 6)
        a.push(CHILD_SLOT + r.int(SALTS)).op('SLOAD');
    else if (k < 8)
        a.pushAddress(r.pick([...t.wallets, ...t.ghosts]));
    else if (k < 9)
        a.pushAddress(t.coinbase);
    else
        a.push(r.range(1, 10));
    const g = r.int(8);
    if (g < 4)
        a.op('GAS');
    else if (g === 4)
        a.push(MAX_WORD);
    else
        a.push(r.pick([0, 2300, 5000, 40_000]));
    a.raw({ CALL: 0xf1, CALLCODE: 0xf2, DELEGATECALL: 0xf4, STATICCALL: 0xfa }[name]);
    mixTop(a);
    a.op('RETURNDATASIZE');
    mixTop(a);
    a.push(MEM.RET).op('MLOAD');
    mixTop(a);
}
/** An opcode without a snippet of its own (a later fork's): operands by its stack effect. */
function generic(ctx, op) {
    const a = ctx.asm;
    const pops = STACK_IN[op.code];
    const pushes = pops + STACK_GROWTH[op.code];
    for (let i = 0; i < pops; i++)
        pushOperand(ctx);
    a.raw(op.code);
    for (let i = 0; i < pushes; i++)
        mixTop(a);
}
/**
 * Ends a routine with halting opcode `name`: RETURN / REVERT of the accumulator (or of nothing,
 * or of size 0 at a huge offset), STOP, INVALID, or SELFDESTRUCT to this contract itself, the
 * beneficiary, a wallet, an absent account or a precompile.
 */
export function emitEnding(ctx, name) {
    const { asm: a, rng: r, t } = ctx;
    switch (name) {
        case 'STOP':
            return void a.op('STOP');
        case 'INVALID':
            return void a.op('INVALID');
        case 'RETURN':
        case 'REVERT': {
            const k = r.int(8);
            if (k === 0)
                a.push(0).push(MAX_WORD);
            else if (k === 1)
                a.push(0).push(0);
            else if (k === 2)
                a.push(64).push(MEM.SCRATCH);
            else
                a.push(32).push(MEM.ACC);
            return void a.op(name);
        }
        case 'SELFDESTRUCT': {
            const k = r.int(5);
            if (k === 0)
                a.op('ADDRESS');
            else if (k === 1)
                a.op('COINBASE');
            else if (k === 2)
                a.push(r.range(1, 9));
            else
                a.pushAddress(r.pick([...t.wallets, ...t.ghosts]));
            return void a.op('SELFDESTRUCT');
        }
    }
}
//# sourceMappingURL=opcodeSnippets.js.map