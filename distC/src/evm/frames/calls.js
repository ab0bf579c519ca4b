import { isEmptyAccount } from '../../state/stateManager.js';
import { accessCost, charge, opSelfBalance } from '../interpreter/host.js';
import { regionEnd, useMemory } from '../interpreter/memory.js';
import { OP } from '../interpreter/opcodes.js';
import { wordToAddress } from '../words.js';
import { EMPTY_BYTES, Kind, Status, addGas, gasLeft, isSuccess } from './frame.js';
import { delegationTarget } from './delegation.js';
import { beginCall, beginCreate } from './message.js';
/** {@link opCall}/{@link opCreate} started a child frame: `evm.frames[f.depth + 1]` runs next. */
export const CHILD = -1;
const MAX_NONCE = (1n << 64n) - 1n;
/** Takes `amount` (≤ the frame's gas) from `f`. */
function takeGas(f, amount) {
    if (f.reserve === 0n)
        f.gas -= Number(amount);
    else
        addGas(f, -amount);
}
/** All but one 64th of the frame's gas (EIP-150), or all of it before Tangerine Whistle. */
function allButOne64th(evm, f) {
    if (f.reserve === 0n) {
        const g = f.gas;
        return BigInt(evm.schedule.tangerineWhistle ? g - Math.floor(g / 64) : g);
    }
    const g = gasLeft(f);
    return evm.schedule.tangerineWhistle ? g - g / 64n : g;
}
/**
 * CALL, CALLCODE, DELEGATECALL, STATICCALL after their base gas: memory for input and output,
 * EIP-2929 access, value transfer and new-account charges, the gas passed (EIP-150 63/64; before
 * Tangerine Whistle the requested gas must be available), the 2300 stipend, the depth and
 * balance checks. Returns 0 (the result is on the stack), {@link CHILD}, or an exceptional halt.
 */
/** Whether `address`, holding `balance` wei, can pay `value` (> 0); told to the {@link Evm.balanceObserver} first. */
function canPay(evm, address, balance, value) {
    evm.balanceObserver?.balanceCheck(address, balance, value);
    return balance >= value;
}
export function opCall(evm, f, op) {
    const s = evm.schedule;
    const stack = evm.stack;
    let sp = f.sp;
    const requested = stack[--sp];
    const toWord = stack[--sp];
    const value = op === OP.CALL || op === OP.CALLCODE ? stack[--sp] : 0n;
    const inOffset = stack[--sp];
    const inLength = stack[--sp];
    const outOffset = stack[--sp];
    const outLength = stack[--sp];
    f.sp = sp;
    if (op === OP.CALL && f.isStatic && value !== 0n)
        return Status.STATIC_STATE_CHANGE;
    const inEnd = regionEnd(inOffset, inLength);
    const outEnd = regionEnd(outOffset, outLength);
    if (!useMemory(evm, f, inEnd < 0 || outEnd < 0 ? -1 : Math.max(inEnd, outEnd)))
        return Status.OUT_OF_GAS;
    const to = wordToAddress(toWord);
    let cost = accessCost(evm, to);
    if (value !== 0n && (op === OP.CALL || op === OP.CALLCODE))
        cost += s.callValueTransferGas;
    if (op === OP.CALL && (value !== 0n || !s.spuriousDragon)) {
        const a = evm.sm.readAccount(to);
        if (s.spuriousDragon ? a === null || isEmptyAccount(a) : a === null)
            cost += s.callNewAccountGas;
    }
    if (s.eip7702) {
        // EIP-7702: calling a delegated account also accesses its delegate (warm or cold).
        const target = delegationTarget(evm.sm.readCode(to));
        if (target !== undefined)
            cost += accessCost(evm, target);
    }
    if (!charge(f, cost))
        return Status.OUT_OF_GAS;
    let gas;
    if (s.tangerineWhistle) {
        const cap = allButOne64th(evm, f);
        gas = requested < cap ? requested : cap;
    }
    else {
        gas = requested;
        if (gas > gasLeft(f))
            return Status.OUT_OF_GAS;
    }
    takeGas(f, gas);
    if (evm.tracer !== undefined)
        evm.tracer.charged(f);
    if (value !== 0n && (op === OP.CALL || op === OP.CALLCODE))
        gas += BigInt(s.callStipend);
    const input = inEnd === 0 ? EMPTY_BYTES : evm.mem.subarray(f.memBase + Number(inOffset), f.memBase + inEnd);
    f.returnData = EMPTY_BYTES;
    f.retOffset = outEnd === 0 ? 0 : Number(outOffset);
    f.retLength = outEnd === 0 ? 0 : Number(outLength);
    if (f.depth >= s.stackLimit || (op !== OP.DELEGATECALL && value !== 0n && !canPay(evm, f.address, opSelfBalance(evm, f), value))) {
        addGas(f, gas);
        stack[f.sp++] = 0n;
        return 0;
    }
    let child;
    switch (op) {
        case OP.CALL:
            child = beginCall(evm, f, f.depth + 1, Kind.CALL, f.address, to, to, value, input, gas, f.isStatic, f.address, f.addressWord, value);
            break;
        case OP.CALLCODE:
            child = beginCall(evm, f, f.depth + 1, Kind.CALLCODE, f.address, f.address, to, value, input, gas, f.isStatic, f.address, f.addressWord, value);
            break;
        case OP.DELEGATECALL:
            child = beginCall(evm, f, f.depth + 1, Kind.DELEGATECALL, f.address, f.address, to, 0n, input, gas, f.isStatic, f.caller, f.callerWord, f.value);
            break;
        default:
            child = beginCall(evm, f, f.depth + 1, Kind.STATICCALL, f.address, to, to, 0n, input, gas, true, f.address, f.addressWord, 0n);
    }
    if (child !== null)
        return CHILD;
    deliverCall(evm, f);
    return 0;
}
/** Gives a finished call's outcome (`evm.out*`) to its parent: gas, return data, memory, success flag. */
export function deliverCall(evm, f) {
    const status = evm.outStatus;
    addGas(f, evm.outGasLeft);
    const ok = isSuccess(status);
    const data = ok || status === Status.REVERT ? evm.outOutput : EMPTY_BYTES;
    f.returnData = data;
    if (data.length > 0 && f.retLength > 0) {
        const n = Math.min(data.length, f.retLength);
        evm.mem.set(n === data.length ? data : data.subarray(0, n), f.memBase + f.retOffset);
    }
    evm.stack[f.sp++] = ok ? 1n : 0n;
}
/**
 * CREATE and CREATE2 after their base gas: memory, EIP-3860 initcode word gas, CREATE2's
 * hashing gas, the gas passed (all but 1/64), the checks that make it push 0 without running
 * (depth, balance, nonce at 2^64−1), the creator's nonce increment. Returns 0, {@link CHILD} or
 * an exceptional halt.
 */
export function opCreate(evm, f, op) {
    if (f.isStatic)
        return Status.STATIC_STATE_CHANGE;
    const s = evm.schedule;
    const stack = evm.stack;
    let sp = f.sp;
    const value = stack[--sp];
    const offset = stack[--sp];
    const length = stack[--sp];
    const salt = op === OP.CREATE2 ? stack[--sp] : undefined;
    f.sp = sp;
    // EIP-2929: the creator's own address is warm (no charge).
    if (s.eip2929)
        evm.journal.warmAddress(f.address);
    const end = regionEnd(offset, length);
    if (end < 0)
        return useMemory(evm, f, -1) ? 0 : Status.OUT_OF_GAS;
    const n = end === 0 ? 0 : Number(length);
    let cost = s.initCodeWordGas * Math.ceil(n / 32);
    if (salt !== undefined)
        cost += s.keccakWordGas * Math.ceil(n / 32);
    if (!useMemory(evm, f, end))
        return Status.OUT_OF_GAS;
    if (!charge(f, cost))
        return Status.OUT_OF_GAS;
    // As geth, CREATE's traced cost leaves out the gas it forwards (a CALL's includes it).
    if (evm.tracer !== undefined)
        evm.tracer.charged(f);
    const gas = allButOne64th(evm, f);
    if (s.maxInitCodeSize > 0 && n > s.maxInitCodeSize)
        return Status.INITCODE_SIZE_VIOLATION;
    const initcode = n === 0 ? EMPTY_BYTES : evm.mem.subarray(f.memBase + Number(offset), f.memBase + end);
    // As the reference: initcode starting 0xEF00 (EOF) pushes 0 without running or charging.
    if (n >= 2 && initcode[0] === 0xef && initcode[1] === 0x00) {
        stack[f.sp++] = 0n;
        return 0;
    }
    f.returnData = EMPTY_BYTES;
    const self = evm.sm.readAccount(f.address);
    if (f.depth >= s.stackLimit || (value !== 0n && !canPay(evm, f.address, self?.balance ?? 0n, value)) || (self?.nonce ?? 0n) >= MAX_NONCE) {
        stack[f.sp++] = 0n;
        return 0;
    }
    evm.sm.writeAccount(f.address, {
        nonce: self.nonce + 1n,
        balance: self.balance,
        codeHash: self.codeHash,
        storageRoot: self.storageRoot,
        codeHashHex: self.codeHashHex,
    });
    evm.journal.touch(f.address);
    takeGas(f, gas);
    const child = beginCreate(evm, f, f.depth + 1, salt === undefined ? Kind.CREATE : Kind.CREATE2, f.address, f.addressWord, value, initcode, gas, salt);
    if (child !== null)
        return CHILD;
    deliverCreate(evm, f);
    return 0;
}
/** Gives a finished creation's outcome to its parent: gas, return data (a REVERT's), the address or 0. */
export function deliverCreate(evm, f) {
    const status = evm.outStatus;
    addGas(f, evm.outGasLeft);
    f.returnData = status === Status.REVERT ? evm.outOutput : EMPTY_BYTES;
    const created = (isSuccess(status) || status === Status.CODESTORE_OUT_OF_GAS) && evm.outAddress !== '';
    evm.stack[f.sp++] = created ? BigInt(evm.outAddress) : 0n;
}
//# sourceMappingURL=calls.js.map