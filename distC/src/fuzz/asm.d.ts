/**
 * A small EVM assembler for the fuzzer's generated contracts: opcodes by name, PUSH of the
 * narrowest width, labels (JUMPDESTs) and data blobs referenced by 2-byte offsets, resolved in
 * {@link Asm.build}. No optimisation, no validation beyond unknown names and duplicate labels.
 */
/** Opcode bytes by mnemonic (the subset the fuzzer emits; Cancun numbering). */
export declare const OP: {
    readonly STOP: 0;
    readonly ADD: 1;
    readonly MUL: 2;
    readonly SUB: 3;
    readonly DIV: 4;
    readonly MOD: 6;
    readonly EXP: 10;
    readonly LT: 16;
    readonly GT: 17;
    readonly EQ: 20;
    readonly ISZERO: 21;
    readonly AND: 22;
    readonly OR: 23;
    readonly XOR: 24;
    readonly NOT: 25;
    readonly BYTE: 26;
    readonly SHL: 27;
    readonly SHR: 28;
    readonly SHA3: 32;
    readonly ADDRESS: 48;
    readonly BALANCE: 49;
    readonly ORIGIN: 50;
    readonly CALLER: 51;
    readonly CALLVALUE: 52;
    readonly CALLDATALOAD: 53;
    readonly CALLDATASIZE: 54;
    readonly CODESIZE: 56;
    readonly CODECOPY: 57;
    readonly GASPRICE: 58;
    readonly EXTCODESIZE: 59;
    readonly RETURNDATASIZE: 61;
    readonly RETURNDATACOPY: 62;
    readonly EXTCODEHASH: 63;
    readonly BLOCKHASH: 64;
    readonly COINBASE: 65;
    readonly TIMESTAMP: 66;
    readonly NUMBER: 67;
    readonly GASLIMIT: 69;
    readonly CHAINID: 70;
    readonly SELFBALANCE: 71;
    readonly BASEFEE: 72;
    readonly POP: 80;
    readonly MLOAD: 81;
    readonly MSTORE: 82;
    readonly MSTORE8: 83;
    readonly SLOAD: 84;
    readonly SSTORE: 85;
    readonly JUMP: 86;
    readonly JUMPI: 87;
    readonly PC: 88;
    readonly MSIZE: 89;
    readonly GAS: 90;
    readonly JUMPDEST: 91;
    readonly TLOAD: 92;
    readonly TSTORE: 93;
    readonly DUP1: 128;
    readonly DUP2: 129;
    readonly DUP3: 130;
    readonly DUP4: 131;
    readonly DUP5: 132;
    readonly DUP6: 133;
    readonly DUP7: 134;
    readonly SWAP1: 144;
    readonly SWAP2: 145;
    readonly SWAP3: 146;
    readonly LOG0: 160;
    readonly LOG1: 161;
    readonly LOG2: 162;
    readonly CREATE: 240;
    readonly CALL: 241;
    readonly CALLCODE: 242;
    readonly RETURN: 243;
    readonly DELEGATECALL: 244;
    readonly CREATE2: 245;
    readonly STATICCALL: 250;
    readonly REVERT: 253;
    readonly INVALID: 254;
    readonly SELFDESTRUCT: 255;
};
export type Mnemonic = keyof typeof OP;
/** Builds one bytecode. Methods chain: `new Asm().push(1).push(0).op('SSTORE').build()`. */
export declare class Asm {
    private readonly items;
    private readonly data;
    private nextLabel;
    /** Appends opcodes by name. @throws Error on an unknown mnemonic */
    op(...names: Mnemonic[]): this;
    /** PUSHn of a non-negative value below 2^256 (PUSH1 for 0: runs before Shanghai too). */
    push(value: bigint | number): this;
    /** PUSH`width` of `value` (1 ≤ width ≤ 32; `value` must fit): an exact-width immediate. */
    pushN(width: number, value: bigint): this;
    /** PUSH20 of an address (`0x` hex). */
    pushAddress(address: string): this;
    /** Raw bytes (e.g. an opcode the table does not name). */
    raw(...bytes: number[]): this;
    /** A fresh label name, unique in this assembler. */
    fresh(prefix?: string): string;
    /** Places JUMPDEST `name` here. */
    label(name: string): this;
    /** PUSH2 of the offset of label or data blob `name`. */
    ref(name: string): this;
    jump(name: string): this;
    /** Jumps to `name` when the top of the stack is non-zero (consumes it). */
    jumpi(name: string): this;
    /** A data blob appended after the code; `ref(name)` pushes its offset. */
    blob(name: string, bytes: Uint8Array): this;
    /** The bytecode. @throws Error on an undefined or duplicate label, or code above 64 KiB */
    build(): Uint8Array;
}
