/**
 * The instruction table: every opcode's number, name and stack effect (items read, items
 * written). Which opcodes exist at a hardfork and their base gas come from the fork's
 * {@link ForkSchedule} (compiled from `@ethereumjs/common`); this table only says what an opcode
 * does to the stack, so the interpreter can check underflow and overflow once, before dispatch.
 */
export declare const OP: {
    readonly STOP: 0;
    readonly ADD: 1;
    readonly MUL: 2;
    readonly SUB: 3;
    readonly DIV: 4;
    readonly SDIV: 5;
    readonly MOD: 6;
    readonly SMOD: 7;
    readonly ADDMOD: 8;
    readonly MULMOD: 9;
    readonly EXP: 10;
    readonly SIGNEXTEND: 11;
    readonly LT: 16;
    readonly GT: 17;
    readonly SLT: 18;
    readonly SGT: 19;
    readonly EQ: 20;
    readonly ISZERO: 21;
    readonly AND: 22;
    readonly OR: 23;
    readonly XOR: 24;
    readonly NOT: 25;
    readonly BYTE: 26;
    readonly SHL: 27;
    readonly SHR: 28;
    readonly SAR: 29;
    readonly CLZ: 30;
    readonly KECCAK256: 32;
    readonly ADDRESS: 48;
    readonly BALANCE: 49;
    readonly ORIGIN: 50;
    readonly CALLER: 51;
    readonly CALLVALUE: 52;
    readonly CALLDATALOAD: 53;
    readonly CALLDATASIZE: 54;
    readonly CALLDATACOPY: 55;
    readonly CODESIZE: 56;
    readonly CODECOPY: 57;
    readonly GASPRICE: 58;
    readonly EXTCODESIZE: 59;
    readonly EXTCODECOPY: 60;
    readonly RETURNDATASIZE: 61;
    readonly RETURNDATACOPY: 62;
    readonly EXTCODEHASH: 63;
    readonly BLOCKHASH: 64;
    readonly COINBASE: 65;
    readonly TIMESTAMP: 66;
    readonly NUMBER: 67;
    readonly PREVRANDAO: 68;
    readonly GASLIMIT: 69;
    readonly CHAINID: 70;
    readonly SELFBALANCE: 71;
    readonly BASEFEE: 72;
    readonly BLOBHASH: 73;
    readonly BLOBBASEFEE: 74;
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
    readonly MCOPY: 94;
    readonly PUSH0: 95;
    readonly PUSH1: 96;
    readonly PUSH32: 127;
    readonly DUP1: 128;
    readonly DUP16: 143;
    readonly SWAP1: 144;
    readonly SWAP16: 159;
    readonly LOG0: 160;
    readonly LOG4: 164;
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
/** Items an opcode reads from the stack (it fails with a stack underflow below this). */
export declare const STACK_IN: Uint8Array<ArrayBuffer>;
/** Stack height change of an opcode (pushed − popped); positive ones can overflow 1024. */
export declare const STACK_GROWTH: Int8Array<ArrayBuffer>;
/** Opcode names (`PUSH1`, `DUP3`, …), `UNKNOWN_0x..` where none. */
export declare const OPCODE_NAMES: string[];
/** The EVM's stack limit (Yellow Paper §9.4.2; also `common.param('stackLimit')`). */
export declare const STACK_LIMIT = 1024;
