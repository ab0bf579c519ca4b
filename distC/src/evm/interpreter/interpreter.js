import { CHILD, deliverCall, deliverCreate, opCall, opCreate } from '../frames/calls.js';
import { EMPTY_BYTES, Status, chargeFromReserve } from '../frames/frame.js';
import { endCall, endCreate } from '../frames/message.js';
import { MAX_SAFE, MAX_U256, TWO_256, readWord, writeWord } from '../words.js';
import { opBalance, opBlockHash, opCopy, opExtCodeCopy, opExtCodeHash, opExtCodeSize, opKeccak, opLog, opMcopy, opSelfBalance, opSelfdestruct, opSload, opSstore, } from './host.js';
import { pushValue } from './analysis.js';
import { regionEnd, useMemory } from './memory.js';
import { STACK_GROWTH, STACK_IN, STACK_LIMIT } from './opcodes.js';
const MAX_OFFSET = 0xffffffffn;
const SIGN_BIT = 1n << 255n;
/**
 * Runs `root` (a frame prepared by `beginCall`/`beginCreate`) and every frame it calls, to
 * completion; the outcome is in `evm.out*`. Frames do not recurse on the JS stack: a CALL or
 * CREATE saves the running frame's registers and switches to the child, whose halt resumes the
 * parent, so depth 1024 costs no JS stack.
 *
 * The hot loop keeps the program counter, stack pointer and gas in locals and dispatches with a
 * switch. Before dispatch one table lookup each checks the stack (underflow, overflow: the
 * instruction table), the opcode's validity and its base gas (the fork's schedule); opcodes
 * then do only their own work. Opcodes touching state, memory copies, calls and creations live
 * in `host.ts` / `frames/calls.ts` and see the frame's synced registers.
 */
export function run(evm, root) {
    const s = evm.schedule;
    const baseGas = s.baseGas;
    const stack = evm.stack;
    const rootDepth = root.depth;
    const eip4399 = s.eip4399;
    // Read once: the per-opcode checks below are then compares of locals.
    const tracer = evm.tracer;
    const counts = evm.opCounts;
    let f = root;
    let a = f.analysis;
    let code = a.padded;
    let jumpdests = a.jumpdests;
    let pushes = a.pushes;
    let pushSlots = a.pushSlots;
    let codeLength = a.code.length;
    let pc = f.pc;
    let sp = f.sp;
    let base = f.stackBase;
    let gas = f.gas;
    let mem = evm.mem;
    let dv = evm.memView;
    for (;;) {
        let status = Status.RUNNING;
        // biome-ignore lint/suspicious/noLabelVar: the dispatch loop keeps the label it has always had; it shares only its name with this method
        run: for (;;) {
            const op = code[pc];
            if (tracer !== undefined)
                tracer.step(f, pc, op, sp, gas);
            const height = sp - base;
            if (height < STACK_IN[op]) {
                status = Status.STACK_UNDERFLOW;
                break;
            }
            if (height + STACK_GROWTH[op] > STACK_LIMIT) {
                status = Status.STACK_OVERFLOW;
                break;
            }
            const cost = baseGas[op];
            if (gas >= cost)
                gas -= cost;
            // biome-ignore lint/suspicious/noSelfCompare: NaN marks an undefined opcode in the gas table; the cheapest test on the hot path
            else if (cost !== cost) {
                if (counts !== null)
                    counts[op]++; // INVALID (and undefined bytes) "execute" by halting
                status = Status.INVALID_OPCODE;
                break;
            }
            else {
                f.gas = gas;
                if (!chargeFromReserve(f, cost)) {
                    status = Status.OUT_OF_GAS;
                    break;
                }
                gas = f.gas;
            }
            if (counts !== null)
                counts[op]++; // stack and base gas passed: the opcode executes
            pc++;
            switch (op) {
                case 0x00: // STOP
                    status = Status.STOP;
                    break run;
                case 0x01: {
                    // ADD
                    const r = stack[sp - 1] + stack[sp - 2];
                    stack[sp - 2] = r > MAX_U256 ? r - TWO_256 : r;
                    sp--;
                    continue;
                }
                case 0x02: // MUL
                    stack[sp - 2] = BigInt.asUintN(256, stack[sp - 1] * stack[sp - 2]);
                    sp--;
                    continue;
                case 0x03: {
                    // SUB
                    const r = stack[sp - 1] - stack[sp - 2];
                    stack[sp - 2] = r < 0n ? r + TWO_256 : r;
                    sp--;
                    continue;
                }
                case 0x04: {
                    // DIV
                    const d = stack[sp - 2];
                    stack[sp - 2] = d === 0n ? 0n : stack[sp - 1] / d;
                    sp--;
                    continue;
                }
                case 0x05: {
                    // SDIV
                    const d = stack[sp - 2];
                    stack[sp - 2] = d === 0n ? 0n : BigInt.asUintN(256, BigInt.asIntN(256, stack[sp - 1]) / BigInt.asIntN(256, d));
                    sp--;
                    continue;
                }
                case 0x06: {
                    // MOD
                    const d = stack[sp - 2];
                    stack[sp - 2] = d === 0n ? 0n : stack[sp - 1] % d;
                    sp--;
                    continue;
                }
                case 0x07: {
                    // SMOD (the result takes the dividend's sign, as JS %)
                    const d = stack[sp - 2];
                    stack[sp - 2] = d === 0n ? 0n : BigInt.asUintN(256, BigInt.asIntN(256, stack[sp - 1]) % BigInt.asIntN(256, d));
                    sp--;
                    continue;
                }
                case 0x08: {
                    // ADDMOD
                    const m = stack[sp - 3];
                    stack[sp - 3] = m === 0n ? 0n : (stack[sp - 1] + stack[sp - 2]) % m;
                    sp -= 2;
                    continue;
                }
                case 0x09: {
                    // MULMOD
                    const m = stack[sp - 3];
                    stack[sp - 3] = m === 0n ? 0n : (stack[sp - 1] * stack[sp - 2]) % m;
                    sp -= 2;
                    continue;
                }
                case 0x0a: {
                    // EXP
                    const e = stack[sp - 2];
                    if (e !== 0n) {
                        const c = s.expByteGas * byteLength(e);
                        if (gas >= c)
                            gas -= c;
                        else {
                            f.gas = gas;
                            if (!chargeFromReserve(f, c)) {
                                status = Status.OUT_OF_GAS;
                                break run;
                            }
                            gas = f.gas;
                        }
                    }
                    stack[sp - 2] = exp(stack[sp - 1], e);
                    sp--;
                    continue;
                }
                case 0x0b: {
                    // SIGNEXTEND
                    const k = stack[sp - 1];
                    if (k < 31n) {
                        const v = stack[sp - 2];
                        const bit = k * 8n + 7n;
                        const mask = (1n << bit) - 1n;
                        stack[sp - 2] = (v >> bit) & 1n ? v | (MAX_U256 ^ mask) : v & mask;
                    }
                    sp--;
                    continue;
                }
                case 0x10: // LT
                    stack[sp - 2] = stack[sp - 1] < stack[sp - 2] ? 1n : 0n;
                    sp--;
                    continue;
                case 0x11: // GT
                    stack[sp - 2] = stack[sp - 1] > stack[sp - 2] ? 1n : 0n;
                    sp--;
                    continue;
                case 0x12: // SLT
                    stack[sp - 2] = slt(stack[sp - 1], stack[sp - 2]) ? 1n : 0n;
                    sp--;
                    continue;
                case 0x13: // SGT
                    stack[sp - 2] = slt(stack[sp - 2], stack[sp - 1]) ? 1n : 0n;
                    sp--;
                    continue;
                case 0x14: // EQ
                    stack[sp - 2] = stack[sp - 1] === stack[sp - 2] ? 1n : 0n;
                    sp--;
                    continue;
                case 0x15: // ISZERO
                    stack[sp - 1] = stack[sp - 1] === 0n ? 1n : 0n;
                    continue;
                case 0x16: // AND
                    stack[sp - 2] = stack[sp - 1] & stack[sp - 2];
                    sp--;
                    continue;
                case 0x17: // OR
                    stack[sp - 2] = stack[sp - 1] | stack[sp - 2];
                    sp--;
                    continue;
                case 0x18: // XOR
                    stack[sp - 2] = stack[sp - 1] ^ stack[sp - 2];
                    sp--;
                    continue;
                case 0x19: // NOT
                    stack[sp - 1] = MAX_U256 ^ stack[sp - 1];
                    continue;
                case 0x1a: {
                    // BYTE
                    const i = stack[sp - 1];
                    stack[sp - 2] = i >= 32n ? 0n : (stack[sp - 2] >> (248n - i * 8n)) & 0xffn;
                    sp--;
                    continue;
                }
                case 0x1b: {
                    // SHL
                    const n = stack[sp - 1];
                    stack[sp - 2] = n >= 256n ? 0n : (stack[sp - 2] << n) & MAX_U256;
                    sp--;
                    continue;
                }
                case 0x1c: {
                    // SHR
                    const n = stack[sp - 1];
                    stack[sp - 2] = n >= 256n ? 0n : stack[sp - 2] >> n;
                    sp--;
                    continue;
                }
                case 0x1d: {
                    // SAR
                    const n = stack[sp - 1];
                    const v = stack[sp - 2];
                    if (n >= 256n)
                        stack[sp - 2] = v >= SIGN_BIT ? MAX_U256 : 0n;
                    else
                        stack[sp - 2] = BigInt.asUintN(256, BigInt.asIntN(256, v) >> n);
                    sp--;
                    continue;
                }
                case 0x1e: {
                    // CLZ (EIP-7939, Osaka)
                    const v = stack[sp - 1];
                    stack[sp - 1] = BigInt(256 - bitLength(v));
                    continue;
                }
                case 0x20: // KECCAK256
                    f.sp = sp;
                    f.gas = gas;
                    status = opKeccak(evm, f);
                    sp = f.sp;
                    gas = f.gas;
                    mem = evm.mem;
                    dv = evm.memView;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x30: // ADDRESS
                    stack[sp++] = f.addressWord;
                    continue;
                case 0x31: // BALANCE
                    f.sp = sp;
                    f.gas = gas;
                    status = opBalance(evm, f);
                    gas = f.gas;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x32: // ORIGIN
                    stack[sp++] = evm.tx.originWord;
                    continue;
                case 0x33: // CALLER
                    stack[sp++] = f.callerWord;
                    continue;
                case 0x34: // CALLVALUE
                    stack[sp++] = f.value;
                    continue;
                case 0x35: {
                    // CALLDATALOAD
                    const pos = stack[sp - 1];
                    const input = f.input;
                    if (pos >= MAX_OFFSET)
                        stack[sp - 1] = 0n;
                    else {
                        const p = Number(pos);
                        stack[sp - 1] = p >= input.length ? 0n : loadPadded(evm, input, p);
                    }
                    continue;
                }
                case 0x36: // CALLDATASIZE
                    stack[sp++] = BigInt(f.input.length);
                    continue;
                case 0x37: // CALLDATACOPY
                case 0x39: // CODECOPY
                case 0x3e: // RETURNDATACOPY
                    f.sp = sp;
                    f.gas = gas;
                    status = opCopy(evm, f, op === 0x37 ? f.input : op === 0x39 ? a.code : f.returnData, op === 0x3e);
                    sp = f.sp;
                    gas = f.gas;
                    mem = evm.mem;
                    dv = evm.memView;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x38: // CODESIZE
                    stack[sp++] = BigInt(codeLength);
                    continue;
                case 0x3a: // GASPRICE
                    stack[sp++] = evm.tx.gasPrice;
                    continue;
                case 0x3b: // EXTCODESIZE
                    f.sp = sp;
                    f.gas = gas;
                    status = opExtCodeSize(evm, f);
                    gas = f.gas;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x3c: // EXTCODECOPY
                    f.sp = sp;
                    f.gas = gas;
                    status = opExtCodeCopy(evm, f);
                    sp = f.sp;
                    gas = f.gas;
                    mem = evm.mem;
                    dv = evm.memView;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x3d: // RETURNDATASIZE
                    stack[sp++] = BigInt(f.returnData.length);
                    continue;
                case 0x3f: // EXTCODEHASH
                    f.sp = sp;
                    f.gas = gas;
                    status = opExtCodeHash(evm, f);
                    gas = f.gas;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x40: // BLOCKHASH
                    f.sp = sp;
                    opBlockHash(evm, f);
                    continue;
                case 0x41: // COINBASE
                    stack[sp++] = evm.block.coinbaseWord;
                    continue;
                case 0x42: // TIMESTAMP
                    stack[sp++] = evm.block.timestamp;
                    continue;
                case 0x43: // NUMBER
                    stack[sp++] = evm.block.number;
                    continue;
                case 0x44: // DIFFICULTY / PREVRANDAO (EIP-4399)
                    stack[sp++] = eip4399 ? evm.block.prevRandao : evm.block.difficulty;
                    continue;
                case 0x45: // GASLIMIT
                    stack[sp++] = evm.block.gasLimit;
                    continue;
                case 0x46: // CHAINID
                    stack[sp++] = s.chainId;
                    continue;
                case 0x47: // SELFBALANCE
                    if (evm.balanceObserver !== undefined)
                        evm.balanceObserver.balanceRead(f.address);
                    stack[sp++] = opSelfBalance(evm, f);
                    continue;
                case 0x48: // BASEFEE
                    stack[sp++] = evm.block.baseFee ?? 0n;
                    continue;
                case 0x49: {
                    // BLOBHASH
                    const i = stack[sp - 1];
                    const hashes = evm.tx.blobHashes;
                    stack[sp - 1] = i < BigInt(hashes.length) ? hashes[Number(i)] : 0n;
                    continue;
                }
                case 0x4a: // BLOBBASEFEE
                    stack[sp++] = evm.block.blobBaseFee ?? 0n;
                    continue;
                case 0x50: // POP
                    sp--;
                    continue;
                case 0x51: {
                    // MLOAD
                    const off = stack[sp - 1];
                    if (off >= MAX_OFFSET) {
                        status = Status.OUT_OF_GAS;
                        break run;
                    }
                    const o = Number(off);
                    if (o + 32 > f.memSize) {
                        f.gas = gas;
                        if (!useMemory(evm, f, o + 32)) {
                            status = Status.OUT_OF_GAS;
                            break run;
                        }
                        gas = f.gas;
                        mem = evm.mem;
                        dv = evm.memView;
                    }
                    stack[sp - 1] = readWord(dv, f.memBase + o);
                    continue;
                }
                case 0x52: {
                    // MSTORE
                    const off = stack[sp - 1];
                    if (off >= MAX_OFFSET) {
                        status = Status.OUT_OF_GAS;
                        break run;
                    }
                    const o = Number(off);
                    if (o + 32 > f.memSize) {
                        f.gas = gas;
                        if (!useMemory(evm, f, o + 32)) {
                            status = Status.OUT_OF_GAS;
                            break run;
                        }
                        gas = f.gas;
                        mem = evm.mem;
                        dv = evm.memView;
                    }
                    writeWord(dv, f.memBase + o, stack[sp - 2]);
                    sp -= 2;
                    continue;
                }
                case 0x53: {
                    // MSTORE8
                    const off = stack[sp - 1];
                    if (off >= MAX_OFFSET) {
                        status = Status.OUT_OF_GAS;
                        break run;
                    }
                    const o = Number(off);
                    if (o + 1 > f.memSize) {
                        f.gas = gas;
                        if (!useMemory(evm, f, o + 1)) {
                            status = Status.OUT_OF_GAS;
                            break run;
                        }
                        gas = f.gas;
                        mem = evm.mem;
                        dv = evm.memView;
                    }
                    const v = stack[sp - 2];
                    mem[f.memBase + o] = v <= MAX_SAFE ? Number(v) & 0xff : Number(v & 0xffn);
                    sp -= 2;
                    continue;
                }
                case 0x54: // SLOAD
                    f.sp = sp;
                    f.gas = gas;
                    status = opSload(evm, f);
                    gas = f.gas;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x55: // SSTORE
                    f.sp = sp;
                    f.gas = gas;
                    status = opSstore(evm, f);
                    sp = f.sp;
                    gas = f.gas;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x56: {
                    // JUMP
                    const dest = stack[--sp];
                    const d = dest < MAX_OFFSET ? Number(dest) : codeLength;
                    if (d >= codeLength || jumpdests[d] !== 1) {
                        status = Status.INVALID_JUMP;
                        break run;
                    }
                    pc = d;
                    continue;
                }
                case 0x57: {
                    // JUMPI
                    const dest = stack[sp - 1];
                    const cond = stack[sp - 2];
                    sp -= 2;
                    if (cond !== 0n) {
                        const d = dest < MAX_OFFSET ? Number(dest) : codeLength;
                        if (d >= codeLength || jumpdests[d] !== 1) {
                            status = Status.INVALID_JUMP;
                            break run;
                        }
                        pc = d;
                    }
                    continue;
                }
                case 0x58: // PC
                    stack[sp++] = BigInt(pc - 1);
                    continue;
                case 0x59: // MSIZE
                    stack[sp++] = BigInt(f.memSize);
                    continue;
                case 0x5a: // GAS
                    stack[sp++] = f.reserve === 0n ? BigInt(gas) : BigInt(gas) + f.reserve;
                    continue;
                case 0x5b: // JUMPDEST
                    continue;
                case 0x5c: // TLOAD
                    stack[sp - 1] = evm.journal.tload(f.address, stack[sp - 1]);
                    continue;
                case 0x5d: // TSTORE
                    if (f.isStatic) {
                        status = Status.STATIC_STATE_CHANGE;
                        break run;
                    }
                    evm.journal.tstore(f.address, stack[sp - 1], stack[sp - 2]);
                    sp -= 2;
                    continue;
                case 0x5e: // MCOPY
                    f.sp = sp;
                    f.gas = gas;
                    status = opMcopy(evm, f);
                    sp = f.sp;
                    gas = f.gas;
                    mem = evm.mem;
                    dv = evm.memView;
                    if (status !== 0)
                        break run;
                    continue;
                case 0x5f: // PUSH0
                    stack[sp++] = 0n;
                    continue;
                case 0x60:
                case 0x61:
                case 0x62:
                case 0x63:
                case 0x64:
                case 0x65:
                case 0x66:
                case 0x67:
                case 0x68:
                case 0x69:
                case 0x6a:
                case 0x6b:
                case 0x6c:
                case 0x6d:
                case 0x6e:
                case 0x6f:
                case 0x70:
                case 0x71:
                case 0x72:
                case 0x73:
                case 0x74:
                case 0x75:
                case 0x76:
                case 0x77:
                case 0x78:
                case 0x79:
                case 0x7a:
                case 0x7b:
                case 0x7c:
                case 0x7d:
                case 0x7e:
                case 0x7f:
                    // PUSH1..PUSH32: the immediate is decoded on its first execution and kept in the analysis.
                    stack[sp++] = pushes[pushSlots[pc - 1]] ?? pushValue(a, pc - 1);
                    pc += op - 0x5f;
                    continue;
                case 0x80:
                case 0x81:
                case 0x82:
                case 0x83:
                case 0x84:
                case 0x85:
                case 0x86:
                case 0x87:
                case 0x88:
                case 0x89:
                case 0x8a:
                case 0x8b:
                case 0x8c:
                case 0x8d:
                case 0x8e:
                case 0x8f:
                    // DUP1..DUP16
                    stack[sp] = stack[sp - (op - 0x7f)];
                    sp++;
                    continue;
                case 0x90:
                case 0x91:
                case 0x92:
                case 0x93:
                case 0x94:
                case 0x95:
                case 0x96:
                case 0x97:
                case 0x98:
                case 0x99:
                case 0x9a:
                case 0x9b:
                case 0x9c:
                case 0x9d:
                case 0x9e:
                case 0x9f: {
                    // SWAP1..SWAP16
                    const j = sp - 2 - (op - 0x90);
                    const t = stack[sp - 1];
                    stack[sp - 1] = stack[j];
                    stack[j] = t;
                    continue;
                }
                case 0xa0:
                case 0xa1:
                case 0xa2:
                case 0xa3:
                case 0xa4: // LOG0..LOG4
                    f.sp = sp;
                    f.gas = gas;
                    status = opLog(evm, f, op - 0xa0);
                    sp = f.sp;
                    gas = f.gas;
                    mem = evm.mem;
                    dv = evm.memView;
                    if (status !== 0)
                        break run;
                    continue;
                case 0xf0: // CREATE
                case 0xf5: // CREATE2
                case 0xf1: // CALL
                case 0xf2: // CALLCODE
                case 0xf4: // DELEGATECALL
                case 0xfa: {
                    // STATICCALL
                    f.pc = pc;
                    f.sp = sp;
                    f.gas = gas;
                    const r = op === 0xf0 || op === 0xf5 ? opCreate(evm, f, op) : opCall(evm, f, op);
                    if (r === CHILD) {
                        // Switch to the child frame; its halt resumes this one.
                        f = evm.frames[f.depth + 1];
                        a = f.analysis;
                        code = a.padded;
                        jumpdests = a.jumpdests;
                        pushes = a.pushes;
                        pushSlots = a.pushSlots;
                        codeLength = a.code.length;
                        pc = 0;
                        sp = f.sp;
                        base = f.stackBase;
                        gas = f.gas;
                    }
                    else {
                        sp = f.sp;
                        gas = f.gas;
                    }
                    mem = evm.mem;
                    dv = evm.memView;
                    if (r > 0) {
                        status = r;
                        break run;
                    }
                    continue;
                }
                case 0xf3: // RETURN
                case 0xfd: {
                    // REVERT
                    const off = stack[sp - 1];
                    const len = stack[sp - 2];
                    sp -= 2;
                    const end = regionEnd(off, len);
                    f.gas = gas;
                    if (!useMemory(evm, f, end)) {
                        status = Status.OUT_OF_GAS;
                        break run;
                    }
                    gas = f.gas;
                    mem = evm.mem;
                    f.output = end === 0 ? EMPTY_BYTES : mem.slice(f.memBase + Number(off), f.memBase + end);
                    status = op === 0xf3 ? Status.RETURN : Status.REVERT;
                    break run;
                }
                case 0xff: // SELFDESTRUCT
                    f.sp = sp;
                    f.gas = gas;
                    status = opSelfdestruct(evm, f);
                    sp = f.sp;
                    gas = f.gas;
                    break run;
                default:
                    // Defined at this fork (base gas is a number) but not implemented: fail loudly.
                    throw new Error(`opcode 0x${op.toString(16)} is defined at ${s.hardfork} but not implemented`);
            }
        }
        // The frame halted.
        if (tracer !== undefined)
            tracer.halt(f, status, gas);
        f.pc = pc;
        f.sp = sp;
        f.gas = gas;
        f.status = status;
        if (f.isCreate)
            endCreate(evm, f);
        else
            endCall(evm, f);
        if (f.depth === rootDepth)
            return;
        const child = f;
        f = evm.frames[child.depth - 1];
        if (child.isCreate)
            deliverCreate(evm, f);
        else
            deliverCall(evm, f);
        a = f.analysis;
        code = a.padded;
        jumpdests = a.jumpdests;
        pushes = a.pushes;
        pushSlots = a.pushSlots;
        codeLength = a.code.length;
        pc = f.pc;
        sp = f.sp;
        base = f.stackBase;
        gas = f.gas;
        mem = evm.mem;
        dv = evm.memView;
    }
}
/** Signed (two's complement) a < b. */
function slt(a, b) {
    const na = a >= SIGN_BIT;
    const nb = b >= SIGN_BIT;
    return na === nb ? a < b : na;
}
/** Bytes needed to write `v` (> 0) big-endian: EXP's dynamic gas. */
function byteLength(v) {
    if (v <= MAX_SAFE) {
        let n = Number(v);
        let b = 0;
        while (n > 0) {
            n = Math.floor(n / 256);
            b++;
        }
        return b;
    }
    return Math.ceil(bitLength(v) / 8);
}
/** Bits needed to write `v` (0 for 0). */
function bitLength(v) {
    let bits = 0;
    while (v > MAX_SAFE) {
        v >>= 32n;
        bits += 32;
    }
    let n = Number(v);
    while (n > 0) {
        n = Math.floor(n / 2);
        bits++;
    }
    return bits;
}
/** base^exponent mod 2^256 (square and multiply, reduced with asUintN). */
function exp(base, exponent) {
    if (exponent === 0n)
        return 1n;
    if (base === 0n || base === 1n)
        return base;
    if (base === 2n)
        return exponent < 256n ? 1n << exponent : 0n;
    let r = 1n;
    let b = base;
    let e = exponent;
    while (e > 0n) {
        if (e & 1n)
            r = BigInt.asUintN(256, r * b);
        e >>= 1n;
        if (e > 0n)
            b = BigInt.asUintN(256, b * b);
    }
    return r;
}
/** The 32-byte word at `p` of `data`, zero-padded past its end. */
function loadPadded(evm, data, p) {
    const scratch = evm.scratch;
    const n = Math.min(32, data.length - p);
    for (let i = 0; i < n; i++)
        scratch[i] = data[p + i];
    for (let i = n; i < 32; i++)
        scratch[i] = 0;
    return readWord(evm.scratchView, 0);
}
//# sourceMappingURL=interpreter.js.map