import type { CodeAnalysis } from '../interpreter/analysis.js';
/** How a frame ended (or `RUNNING`). Successes < REVERT < errors (exceptional halts). */
export declare const Status: {
    readonly RUNNING: 0;
    readonly STOP: 1;
    readonly RETURN: 2;
    readonly SELFDESTRUCT: 3;
    readonly REVERT: 4;
    /** Frontier: the code deposit could not be paid; the creation keeps its state, without code. */
    readonly CODESTORE_OUT_OF_GAS: 5;
    readonly OUT_OF_GAS: 8;
    readonly STACK_UNDERFLOW: 9;
    readonly STACK_OVERFLOW: 10;
    readonly INVALID_OPCODE: 11;
    readonly INVALID_JUMP: 12;
    readonly STATIC_STATE_CHANGE: 13;
    readonly REFUND_EXHAUSTED: 14;
    readonly INITCODE_SIZE_VIOLATION: 15;
    readonly CREATE_COLLISION: 16;
    readonly CODESIZE_EXCEEDS_MAXIMUM: 17;
    readonly INVALID_BYTECODE_RESULT: 18;
    readonly INSUFFICIENT_BALANCE: 19;
    readonly VALUE_OVERFLOW: 20;
    readonly PRECOMPILE_ERROR: 21;
};
export declare const STATUS_NAMES: Record<number, string>;
/** True for STOP, RETURN and SELFDESTRUCT. */
export declare const isSuccess: (s: number) => boolean;
/** True for exceptional halts (everything but success, REVERT and Frontier's code-deposit OOG). */
export declare const isExceptional: (s: number) => boolean;
export declare const Kind: {
    readonly CALL: 0;
    readonly CALLCODE: 1;
    readonly DELEGATECALL: 2;
    readonly STATICCALL: 3;
    readonly CREATE: 4;
    readonly CREATE2: 5;
};
export declare const EMPTY_BYTES: Uint8Array<ArrayBuffer>;
/**
 * One call frame (message) of the EVM. Frames are pooled by depth and reused across calls and
 * transactions: every field is set when the frame is entered, never allocated per opcode. The
 * frame's stack is `evm.stack[stackBase, sp)` and its memory `evm.mem[memBase, memBase+memSize)`:
 * one stack and one memory buffer serve all frames.
 */
export declare class Frame {
    depth: number;
    kind: number;
    isCreate: boolean;
    isStatic: boolean;
    /** Account whose storage and balance the frame acts on (lowercase `0x` hex) and as a word. */
    address: string;
    addressWord: bigint;
    caller: string;
    callerWord: bigint;
    /** Account whose code runs (differs from `address` under DELEGATECALL/CALLCODE). */
    codeAddress: string;
    value: bigint;
    input: Uint8Array;
    analysis: CodeAnalysis | undefined;
    /** EIP-2929 warm slots and EIP-2200 original values of `address` (journal-owned objects). */
    warmSlots: Set<bigint>;
    originals: Map<bigint, bigint>;
    pc: number;
    sp: number;
    stackBase: number;
    memBase: number;
    /** Bytes of memory in use (a multiple of 32). */
    memSize: number;
    /** Gas paid for memory so far (Yellow Paper C_mem of the current size). */
    memCost: number;
    /** Gas left, as a number (exact below 2^53) plus `reserve` for gas limits above 2^52. */
    gas: number;
    reserve: bigint;
    gasLimit: bigint;
    returnData: Uint8Array;
    /** Where the pending child call's output goes in this frame's memory. */
    retOffset: number;
    retLength: number;
    status: number;
    output: Uint8Array;
    /** CREATE/CREATE2: the address being created. */
    createAddress: string;
    constructor(depth: number);
}
/** Gas values at or below this are kept in `Frame.gas` alone. */
export declare const GAS_CHUNK: number;
export declare const GAS_CHUNK_BIG: bigint;
/** Sets a frame's gas to `limit` (split into number + reserve when above 2^52). */
export declare function setGas(f: Frame, limit: bigint): void;
/** The frame's gas left, exactly. */
export declare function gasLeft(f: Frame): bigint;
/**
 * Charges `cost` when `f.gas` alone cannot pay it: draws on the reserve. Returns false (out of
 * gas) when the frame's total gas is below `cost`.
 */
export declare function chargeFromReserve(f: Frame, cost: number): boolean;
/** Adds `amount` (bigint; negative takes, down to 0 at most) of gas to a frame; `gasLimit` is unchanged. */
export declare function addGas(f: Frame, amount: bigint): void;
