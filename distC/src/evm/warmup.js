/**
 * The interpreter's JIT warm-up: a generated program that executes every opcode of the latest
 * fork, with small and full 256-bit operands, its memory, storage, call, creation and halt paths,
 * then every opcode alone in a fresh frame (memory expansion, out of gas, huge operands) at Osaka
 * and at London (DIFFICULTY before the Merge), on a throwaway in-memory state.
 *
 * Why: `run` (interpreter.ts) is one large function. V8 optimises it on the type feedback seen so
 * far; when a block then reaches an opcode or branch that never ran in this thread ("insufficient
 * type feedback") or a word wider than the 64 bits it speculated on, the optimised code is thrown
 * away and `run` recompiled: 100–600 ms of compiler time each here, 30–42 times per thread over
 * one pass of the 43 mainnet fixture blocks (`node --trace-opt --trace-deopt`), on a background
 * thread that competes with the workers on 2 cores while they run unoptimised code. A Block-STM
 * worker sees only its share of the transactions, so it warmed up more slowly than a sequential
 * engine. With this warm-up first (`run` is then compiled during the warm-up itself), two cold
 * passes over the fixtures at 2 workers recompiled `run` twice in one of the three threads and
 * never in the others; the first pass took 4.9–5.0 s instead of 7.6–8.2 s (separate processes).
 */
import { createBlock } from '@ethereumjs/block';
import { bytesToHex } from '@ethereumjs/util';
import { createMainnetCommon } from '../block/hardfork.js';
import { keccak256 } from '../crypto/keccak.js';
import { SnapshotState } from '../state/snapshot.js';
import { BlockStateManager } from '../state/stateManager.js';
import { ParevmBlockEngine } from './engine.js';
import { OP, STACK_IN } from './interpreter/opcodes.js';
import { MAX_U256 as MAX } from './words.js';
import { scheduleFor } from './interpreter/schedule.js';
/**
 * Operand sets for the stack-only opcodes (top of the stack first): small, full-width, zero and
 * "negative" (two's complement) words, and the special cases real code takes (EXP of 0, 1, 2
 * and 10; division by zero; SIGNEXTEND and BYTE past 64 bits; shifts of 256 and more).
 */
const OPERANDS = [
    [3n, 7n, 5n],
    [MAX - 1n, (1n << 200n) + 12345n, (1n << 255n) + 7n],
    [0n, 1n << 130n, 1n],
    [MAX - 4n, 3n, (1n << 64n) + 1n],
    [2n, 300n, 31n],
    [2n, 100n, 0n],
    [1n, 0n, 0n],
    [30n, MAX - 12345n, 7n],
    [15n, 0x8000n, 3n],
    [300n, MAX, 5n],
    [100n, (1n << 255n) + 1n, 9n],
    [10n, 18n, 1n << 100n],
];
const CALLER = `0x${'ca'.repeat(20)}`;
const MAIN = `0x${'a0'.repeat(20)}`;
/** Callees, by what their code does. */
const CALLEE = {
    returns: `0x${'b1'.repeat(20)}`,
    reverts: `0x${'b2'.repeat(20)}`,
    invalid: `0x${'b3'.repeat(20)}`,
    underflow: `0x${'b4'.repeat(20)}`,
    loops: `0x${'b5'.repeat(20)}`,
    badJump: `0x${'b6'.repeat(20)}`,
    selfdestructs: `0x${'b7'.repeat(20)}`,
    overflows: `0x${'b8'.repeat(20)}`,
    echoes: `0x${'b9'.repeat(20)}`,
    undefinedOp: `0x${'ba'.repeat(20)}`,
};
const EOA = `0x${'e0'.repeat(20)}`;
/** Runs quarter `q` of {@link opcodeProgram} at fork `fork` of {@link evmWarmUp} (its gas amounts depend on the fork). */
const opcodesAddress = (fork, q) => `0x${(0xa100 + fork * 16 + q).toString(16).padStart(40, '0')}`;
/** A tiny assembler: opcodes, minimal pushes and jump destinations by position. */
class Asm {
    push0;
    bytes = [];
    /** `push0`: the fork has PUSH0 (EIP-3855, Shanghai); before it a zero is PUSH1 0. */
    constructor(push0 = true) {
        this.push0 = push0;
    }
    op(...ops) {
        this.bytes.push(...ops);
        return this;
    }
    push(v) {
        let x = BigInt(v);
        if (x < 0n || x > MAX)
            throw new RangeError(`not a word: ${x}`);
        if (x === 0n)
            return this.push0 ? this.op(OP.PUSH0) : this.op(OP.PUSH1, 0);
        const out = [];
        while (x > 0n) {
            out.unshift(Number(x & 0xffn));
            x >>= 8n;
        }
        return this.op(OP.PUSH1 + out.length - 1, ...out);
    }
    /** Pushes `args` so that `args[0]` is on top. */
    args(args) {
        for (let i = args.length - 1; i >= 0; i--)
            this.push(args[i]);
        return this;
    }
    pops(n) {
        for (let i = 0; i < n; i++)
            this.op(OP.POP);
        return this;
    }
    /** An unconditional jump to the next instruction (a JUMPDEST). */
    jumpForward() {
        const dest = this.bytes.length + 4; // PUSH2 hi lo, JUMP
        return this.op(OP.PUSH1 + 1, dest >> 8, dest & 0xff, OP.JUMP, OP.JUMPDEST);
    }
    /** JUMPI to the next instruction with `condition`: taken or not, execution continues there. */
    jumpIfForward(condition) {
        this.push(condition);
        const dest = this.bytes.length + 4;
        return this.op(OP.PUSH1 + 1, dest >> 8, dest & 0xff, OP.JUMPI, OP.JUMPDEST);
    }
    code() {
        return Uint8Array.from(this.bytes);
    }
}
/** CALL-family and creation calls; each leaves nothing on the stack. */
function calls(a) {
    for (const to of [...Object.values(CALLEE), EOA, '0x04', '0x02', '0x01']) {
        a.args([60_000, to, 1, 0, 64, 0, 32]).op(OP.CALL, OP.POP);
        a.args([60_000, to, 0, 64, 0, 32]).op(OP.STATICCALL, OP.POP);
        // In this frame's context, SELFDESTRUCT would send its balance away: later value calls would fail.
        if (to !== CALLEE.selfdestructs) {
            a.args([60_000, to, 0, 0, 64, 0, 32]).op(OP.CALLCODE, OP.POP);
            a.args([60_000, to, 0, 64, 0, 32]).op(OP.DELEGATECALL, OP.POP);
        }
        a.op(OP.RETURNDATASIZE, OP.POP);
    }
    // Return data of a known size (32 bytes) for RETURNDATACOPY.
    a.args([60_000, CALLEE.returns, 0, 0, 0, 0, 0]).op(OP.CALL, OP.POP);
    a.args([64, 0, 32]).op(OP.RETURNDATACOPY);
    a.args([64, 0, 0]).op(OP.RETURNDATACOPY);
    // Creations: init code PUSH1 1, PUSH0, RETURN (a one-byte contract), and one that reverts.
    for (const init of [0x60015ff3n, 0x5f5ffdn]) {
        a.args([0, init]).op(OP.MSTORE);
        const size = init > 0xffffffn ? 4 : 3;
        a.args([0, 32 - size, size]).op(OP.CREATE, OP.POP);
        a.args([1, 32 - size, size, 0x5a17n]).op(OP.CREATE2, OP.POP);
        a.args([0, 32 - size, size, MAX]).op(OP.CREATE2, OP.POP);
    }
}
/** The main program: every opcode that does not halt, twice or more, then STOP. */
function mainProgram() {
    const a = new Asm();
    // Stack-only opcodes (arithmetic, comparison, bitwise, shifts) on each operand set.
    for (const op of [
        OP.ADD,
        OP.MUL,
        OP.SUB,
        OP.DIV,
        0x05,
        OP.MOD,
        0x07,
        0x08,
        0x09,
        OP.EXP,
        0x0b,
        OP.LT,
        OP.GT,
        0x12,
        0x13,
        OP.EQ,
        OP.ISZERO,
        OP.AND,
        OP.OR,
        OP.XOR,
        OP.NOT,
        OP.BYTE,
        OP.SHL,
        OP.SHR,
        OP.SAR,
        OP.CLZ,
    ]) {
        for (const set of OPERANDS)
            a.args(set.slice(0, STACK_IN[op])).op(op, OP.POP);
    }
    // Environment and block opcodes without operands.
    for (const op of [
        OP.ADDRESS,
        OP.ORIGIN,
        OP.CALLER,
        OP.CALLVALUE,
        OP.CALLDATASIZE,
        OP.CODESIZE,
        OP.GASPRICE,
        OP.RETURNDATASIZE,
        OP.COINBASE,
        OP.TIMESTAMP,
        OP.NUMBER,
        OP.PREVRANDAO,
        OP.GASLIMIT,
        OP.CHAINID,
        OP.SELFBALANCE,
        OP.BASEFEE,
        OP.BLOBBASEFEE,
        OP.PC,
        OP.MSIZE,
        OP.GAS,
        OP.PUSH0,
    ]) {
        a.op(op, OP.POP, op, OP.POP);
    }
    // Pushes of every width, DUPs and SWAPs over 17 items.
    for (let n = 1; n <= 32; n++)
        a.op(OP.PUSH1 + n - 1, ...new Array(n).fill(n % 2 ? 0xff : 0x01), OP.POP);
    for (let i = 0; i < 17; i++)
        a.push(BigInt(i) << BigInt(i * 14));
    for (let n = 0; n < 16; n++)
        a.op(OP.DUP1 + n, OP.POP, OP.SWAP1 + n, OP.SWAP1 + n);
    a.pops(17);
    // Memory: stores, loads, expansion, copies, hashing, logs.
    for (const off of [0, 31, 1000]) {
        a.args([off, MAX]).op(OP.MSTORE);
        a.args([off + 1, 0x1234]).op(OP.MSTORE8);
        a.args([off]).op(OP.MLOAD, OP.POP);
        a.args([off, 64]).op(OP.KECCAK256, OP.POP);
        a.args([off + 32, off, 40]).op(OP.MCOPY);
    }
    a.args([0, 0]).op(OP.KECCAK256, OP.POP);
    for (const [off, size] of [
        [0, 0],
        [0, 32],
        [64, 100],
    ]) {
        a.args([512, off, size]).op(OP.CALLDATACOPY);
        a.args([512, off, size]).op(OP.CODECOPY);
        a.args([CALLEE.returns, 512, off, size]).op(OP.EXTCODECOPY);
        a.args([EOA, 512, off, size]).op(OP.EXTCODECOPY);
    }
    for (const off of [0n, 7n, MAX])
        a.args([off]).op(OP.CALLDATALOAD, OP.POP);
    for (let n = 0; n <= 4; n++) {
        a.args([0, 64, 0xaa, MAX, 0, 1 << 20].slice(0, 2 + n)).op(OP.LOG0 + n);
        a.args([0, 0, 1, 2, 3, 4].slice(0, 2 + n)).op(OP.LOG0 + n);
    }
    // Accounts and storage: warm and cold, present and absent, set, changed and cleared.
    for (const who of [MAIN, CALLEE.returns, EOA, `0x${'ee'.repeat(20)}`, '0x01']) {
        for (const op of [OP.BALANCE, OP.EXTCODESIZE, OP.EXTCODEHASH])
            a.args([who]).op(op, OP.POP);
    }
    for (const slot of [0n, 1n, MAX]) {
        a.args([slot]).op(OP.SLOAD, OP.POP);
        a.args([slot, 0x77]).op(OP.SSTORE);
        a.args([slot, 0x78]).op(OP.SSTORE);
        a.args([slot, 0]).op(OP.SSTORE);
        a.args([slot]).op(OP.SLOAD, OP.POP);
        a.args([slot, MAX]).op(OP.TSTORE);
        a.args([slot]).op(OP.TLOAD, OP.POP);
    }
    for (const n of [0n, 999n, 1000n, MAX])
        a.args([n]).op(OP.BLOCKHASH, OP.POP);
    for (const i of [0n, 5n])
        a.args([i]).op(OP.BLOBHASH, OP.POP);
    // Control flow.
    a.jumpForward().jumpForward().jumpIfForward(1n).jumpIfForward(0n).jumpIfForward(MAX).op(OP.JUMPDEST);
    calls(a);
    // A loop (backward jumps) of a few iterations.
    a.push(3);
    const top = a.bytes.length;
    a.op(OP.JUMPDEST).push(1).op(OP.SWAP1, OP.SUB, OP.DUP1);
    a.op(OP.PUSH1 + 1, top >> 8, top & 0xff, OP.JUMPI, OP.POP);
    a.op(OP.STOP);
    return a.code();
}
/** The account whose code runs opcode `op` alone on small operands (`huge`: on 2²⁵⁶ − 1) ({@link opCode}). */
const opAddress = (op, huge = false) => `0x${((huge ? 0x20000 : 0x10000) + op).toString(16).padStart(40, '0')}`;
/**
 * Opcode `op` (immediates 0x01) on generic operands, then STOP: small ones (64 on top, 32 below:
 * offsets, sizes, slots, addresses) or all 2²⁵⁶ − 1 (`huge`: offsets out of range, wide words).
 */
function opCode(op, huge) {
    const a = new Asm(false);
    for (let i = STACK_IN[op] - 1; i >= 0; i--)
        a.push(huge ? MAX : i === 0 ? 64 : 32);
    a.op(op);
    if (op >= OP.PUSH1 && op <= OP.PUSH32)
        a.op(...new Array(op - OP.PUSH1 + 1).fill(1));
    return a.op(OP.STOP).code();
}
/**
 * Every opcode (undefined ones too) in a fresh frame of its own, so memory expands from zero: on
 * small operands with ample gas (calldata of 100 and of 70 bytes), with its base cost but too
 * little for what it then needs, and with less than its base cost; on huge operands with ample
 * gas. For any fork (no PUSH0).
 */
function opcodeProgram(baseGas, from, to) {
    const a = new Asm(false);
    for (let op = from; op < to; op++) {
        const pushes = 3 * STACK_IN[op];
        const base = baseGas[op];
        // Calldata of 100 and of 70 bytes: a load at 64 reads a whole word, then a partial one.
        a.args([60_000, opAddress(op), 0, 0, 100, 0, 0]).op(OP.CALL, OP.POP);
        a.args([60_000, opAddress(op), 0, 0, 70, 0, 0]).op(OP.CALL, OP.POP);
        for (const gas of Number.isNaN(base) ? [] : base > 0 ? [pushes + base, pushes + base - 1] : [pushes]) {
            a.args([gas, opAddress(op), 0, 0, 0, 0, 0]).op(OP.CALL, OP.POP);
        }
        a.args([10_000, opAddress(op, true), 0, 0, 100, 0, 0]).op(OP.CALL, OP.POP);
    }
    return a.op(OP.STOP).code();
}
/** The callees' code, by name. */
function calleeCode() {
    const c = (f) => {
        const a = new Asm();
        f(a);
        return a.code();
    };
    return {
        returns: c((a) => a.args([0, 0x2a]).op(OP.MSTORE).args([0, 32]).op(OP.RETURN)),
        reverts: c((a) => a.args([0, 4]).op(OP.REVERT)),
        invalid: c((a) => a.op(OP.INVALID)),
        underflow: c((a) => a.op(OP.ADD)),
        loops: c((a) => a.op(OP.JUMPDEST, OP.PUSH0, OP.JUMP)),
        badJump: c((a) => a.push(3).op(OP.JUMP, OP.STOP)),
        selfdestructs: c((a) => a.push(EOA).op(OP.SELFDESTRUCT)),
        // Pushes forever: a stack overflow at 1,024 items.
        overflows: c((a) => a.op(OP.JUMPDEST, OP.PUSH0, OP.PUSH0, OP.JUMP)),
        echoes: c((a) => a.op(OP.CALLDATASIZE, OP.PUSH0, OP.PUSH0, OP.CALLDATACOPY, OP.CALLDATASIZE, OP.PUSH0, OP.RETURN)),
        undefinedOp: c((a) => a.op(0x0c)),
    };
}
/**
 * The warm-up in steps (one program at one fork; 10–40 ms warm, up to ~170 ms the first time in a
 * thread), so a thread can run them
 * while it is idle and stop when work arrives (the pool's workers do); `report` fills in as
 * they run. {@link warmUpEvm} runs them all at once.
 * @param rounds how many times every program runs (the first round may run before V8 collects feedback)
 */
export function evmWarmUp(rounds = 2) {
    const accounts = new Map();
    const codes = new Map();
    const put = (address, code, storage = []) => {
        let codeHash;
        if (code) {
            codeHash = bytesToHex(keccak256(code));
            codes.set(codeHash, code);
        }
        accounts.set(address, { balance: 10n ** 18n, nonce: code ? 1n : 0n, codeHash, storage: new Map(storage) });
    };
    put(CALLER);
    put(EOA);
    put(MAIN, mainProgram(), [
        [1n, 5n],
        [MAX, 9n],
    ]);
    for (let op = 0; op < 256; op++) {
        put(opAddress(op), opCode(op, false));
        put(opAddress(op, true), opCode(op, true));
    }
    const callees = calleeCode();
    for (const [name, address] of Object.entries(CALLEE))
        put(address, callees[name]);
    // The latest fork runs everything; London (before the Merge: DIFFICULTY, not PREVRANDAO) every opcode alone.
    const forks = [
        { hardfork: 'osaka', main: true, header: { excessBlobGas: 0n } },
        { hardfork: 'london', main: false, header: { difficulty: 1n } },
    ].map((f, i) => {
        const common = createMainnetCommon(f.hardfork);
        const baseGas = scheduleFor(common).baseGas;
        const programs = f.main ? [MAIN] : [];
        for (let q = 0; q < 4; q++) {
            put(opcodesAddress(i, q), opcodeProgram(baseGas, q * 64, q * 64 + 64));
            programs.push(opcodesAddress(i, q));
        }
        const header = {
            number: 1000n,
            timestamp: 1800000000n,
            gasLimit: 60000000n,
            baseFeePerGas: 7n,
            coinbase: `0x${'c0'.repeat(20)}`,
            ...f.header,
        };
        return { common, block: createBlock({ header }, { common }), programs };
    });
    const state = new SnapshotState(accounts, codes, new Map([[999n, new Uint8Array(32).fill(9)]]));
    const report = { opCounts: new Float64Array(256), error: undefined, ms: 0 };
    const steps = [];
    for (let r = 0; r < rounds; r++) {
        for (const { common, block, programs } of forks) {
            for (const program of programs) {
                steps.push(() => {
                    const t = performance.now();
                    const engine = new ParevmBlockEngine({ block, common }, new BlockStateManager(state), state);
                    engine.evm.opCounts = report.opCounts;
                    report.error ??= engine.systemCall(CALLER, program, 200000000n).error;
                    report.ms += performance.now() - t;
                });
            }
        }
    }
    return { steps, report };
}
/**
 * Runs the whole warm-up ({@link evmWarmUp}; its first step runs the main program at Osaka) on
 * parevm's EVM in this thread, `rounds` times
 * (~150–450 ms the first time here), on a state and blocks of its own: nothing outside is read or
 * written. The worker pool's workers run it in idle time (`WorkerPool`'s `evmWarmUp`); call it
 * once on a thread that is about to execute many blocks (`parevm run` does for more than one
 * block). One block alone does not gain: the JIT has barely started.
 * @returns what ran ({@link WarmUpReport})
 * @example
 * warmUpEvm() // then executeBlockSequential / executeBlock, block after block
 */
export function warmUpEvm(rounds = 2) {
    const { steps, report } = evmWarmUp(rounds);
    for (const step of steps)
        step();
    return report;
}
//# sourceMappingURL=warmup.js.map