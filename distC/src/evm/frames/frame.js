/** How a frame ended (or `RUNNING`). Successes < REVERT < errors (exceptional halts). */
export const Status = {
    RUNNING: 0,
    STOP: 1,
    RETURN: 2,
    SELFDESTRUCT: 3,
    REVERT: 4,
    /** Frontier: the code deposit could not be paid; the creation keeps its state, without code. */
    CODESTORE_OUT_OF_GAS: 5,
    // Exceptional halts: all the frame's gas is consumed and its state changes are reverted.
    OUT_OF_GAS: 8,
    STACK_UNDERFLOW: 9,
    STACK_OVERFLOW: 10,
    INVALID_OPCODE: 11,
    INVALID_JUMP: 12,
    STATIC_STATE_CHANGE: 13,
    REFUND_EXHAUSTED: 14,
    INITCODE_SIZE_VIOLATION: 15,
    CREATE_COLLISION: 16,
    CODESIZE_EXCEEDS_MAXIMUM: 17,
    INVALID_BYTECODE_RESULT: 18,
    INSUFFICIENT_BALANCE: 19,
    VALUE_OVERFLOW: 20,
    PRECOMPILE_ERROR: 21,
};
export const STATUS_NAMES = Object.fromEntries(Object.entries(Status).map(([k, v]) => [v, k]));
/** True for STOP, RETURN and SELFDESTRUCT. */
export const isSuccess = (s) => s >= Status.STOP && s <= Status.SELFDESTRUCT;
/** True for exceptional halts (everything but success, REVERT and Frontier's code-deposit OOG). */
export const isExceptional = (s) => s >= Status.OUT_OF_GAS;
export const Kind = {
    CALL: 0,
    CALLCODE: 1,
    DELEGATECALL: 2,
    STATICCALL: 3,
    CREATE: 4,
    CREATE2: 5,
};
export const EMPTY_BYTES = new Uint8Array(0);
/**
 * One call frame (message) of the EVM. Frames are pooled by depth and reused across calls and
 * transactions: every field is set when the frame is entered, never allocated per opcode. The
 * frame's stack is `evm.stack[stackBase, sp)` and its memory `evm.mem[memBase, memBase+memSize)`:
 * one stack and one memory buffer serve all frames.
 */
export class Frame {
    depth;
    kind = 0;
    isCreate = false;
    isStatic = false;
    /** Account whose storage and balance the frame acts on (lowercase `0x` hex) and as a word. */
    address = '';
    addressWord = 0n;
    caller = '';
    callerWord = 0n;
    /** Account whose code runs (differs from `address` under DELEGATECALL/CALLCODE). */
    codeAddress = '';
    value = 0n;
    input = EMPTY_BYTES;
    analysis = undefined;
    /** EIP-2929 warm slots and EIP-2200 original values of `address` (journal-owned objects). */
    warmSlots = new Set();
    originals = new Map();
    pc = 0;
    sp = 0;
    stackBase = 0;
    memBase = 0;
    /** Bytes of memory in use (a multiple of 32). */
    memSize = 0;
    /** Gas paid for memory so far (Yellow Paper C_mem of the current size). */
    memCost = 0;
    /** Gas left, as a number (exact below 2^53) plus `reserve` for gas limits above 2^52. */
    gas = 0;
    reserve = 0n;
    gasLimit = 0n;
    returnData = EMPTY_BYTES;
    /** Where the pending child call's output goes in this frame's memory. */
    retOffset = 0;
    retLength = 0;
    status = 0;
    output = EMPTY_BYTES;
    /** CREATE/CREATE2: the address being created. */
    createAddress = '';
    constructor(depth) {
        this.depth = depth;
    }
}
/** Gas values at or below this are kept in `Frame.gas` alone. */
export const GAS_CHUNK = 2 ** 52;
export const GAS_CHUNK_BIG = BigInt(GAS_CHUNK);
/** Sets a frame's gas to `limit` (split into number + reserve when above 2^52). */
export function setGas(f, limit) {
    f.gasLimit = limit;
    if (limit <= GAS_CHUNK_BIG) {
        f.gas = Number(limit);
        f.reserve = 0n;
    }
    else {
        f.gas = GAS_CHUNK;
        f.reserve = limit - GAS_CHUNK_BIG;
    }
}
/** The frame's gas left, exactly. */
export function gasLeft(f) {
    return f.reserve === 0n ? BigInt(f.gas) : BigInt(f.gas) + f.reserve;
}
/**
 * Charges `cost` when `f.gas` alone cannot pay it: draws on the reserve. Returns false (out of
 * gas) when the frame's total gas is below `cost`.
 */
export function chargeFromReserve(f, cost) {
    if (f.reserve === 0n)
        return false;
    const total = BigInt(f.gas) + f.reserve - BigInt(cost);
    if (total < 0n)
        return false;
    if (total <= GAS_CHUNK_BIG) {
        f.gas = Number(total);
        f.reserve = 0n;
    }
    else {
        f.gas = GAS_CHUNK;
        f.reserve = total - GAS_CHUNK_BIG;
    }
    return true;
}
/** Adds `amount` (bigint; negative takes, down to 0 at most) of gas to a frame; `gasLimit` is unchanged. */
export function addGas(f, amount) {
    if (amount === 0n)
        return;
    const total = BigInt(f.gas) + f.reserve + amount;
    if (total <= GAS_CHUNK_BIG) {
        f.gas = Number(total);
        f.reserve = 0n;
    }
    else {
        f.gas = GAS_CHUNK;
        f.reserve = total - GAS_CHUNK_BIG;
    }
}
//# sourceMappingURL=frame.js.map