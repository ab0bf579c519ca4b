/**
 * The instruction table: every opcode's number, name and stack effect (items read, items
 * written). Which opcodes exist at a hardfork and their base gas come from the fork's
 * {@link ForkSchedule} (compiled from `@ethereumjs/common`); this table only says what an opcode
 * does to the stack, so the interpreter can check underflow and overflow once, before dispatch.
 */

export const OP = {
  STOP: 0x00, ADD: 0x01, MUL: 0x02, SUB: 0x03, DIV: 0x04, SDIV: 0x05, MOD: 0x06, SMOD: 0x07,
  ADDMOD: 0x08, MULMOD: 0x09, EXP: 0x0a, SIGNEXTEND: 0x0b,
  LT: 0x10, GT: 0x11, SLT: 0x12, SGT: 0x13, EQ: 0x14, ISZERO: 0x15, AND: 0x16, OR: 0x17, XOR: 0x18,
  NOT: 0x19, BYTE: 0x1a, SHL: 0x1b, SHR: 0x1c, SAR: 0x1d, CLZ: 0x1e,
  KECCAK256: 0x20,
  ADDRESS: 0x30, BALANCE: 0x31, ORIGIN: 0x32, CALLER: 0x33, CALLVALUE: 0x34, CALLDATALOAD: 0x35,
  CALLDATASIZE: 0x36, CALLDATACOPY: 0x37, CODESIZE: 0x38, CODECOPY: 0x39, GASPRICE: 0x3a,
  EXTCODESIZE: 0x3b, EXTCODECOPY: 0x3c, RETURNDATASIZE: 0x3d, RETURNDATACOPY: 0x3e, EXTCODEHASH: 0x3f,
  BLOCKHASH: 0x40, COINBASE: 0x41, TIMESTAMP: 0x42, NUMBER: 0x43, PREVRANDAO: 0x44, GASLIMIT: 0x45,
  CHAINID: 0x46, SELFBALANCE: 0x47, BASEFEE: 0x48, BLOBHASH: 0x49, BLOBBASEFEE: 0x4a,
  POP: 0x50, MLOAD: 0x51, MSTORE: 0x52, MSTORE8: 0x53, SLOAD: 0x54, SSTORE: 0x55, JUMP: 0x56,
  JUMPI: 0x57, PC: 0x58, MSIZE: 0x59, GAS: 0x5a, JUMPDEST: 0x5b, TLOAD: 0x5c, TSTORE: 0x5d,
  MCOPY: 0x5e, PUSH0: 0x5f, PUSH1: 0x60, PUSH32: 0x7f, DUP1: 0x80, DUP16: 0x8f, SWAP1: 0x90,
  SWAP16: 0x9f, LOG0: 0xa0, LOG4: 0xa4,
  CREATE: 0xf0, CALL: 0xf1, CALLCODE: 0xf2, RETURN: 0xf3, DELEGATECALL: 0xf4, CREATE2: 0xf5,
  STATICCALL: 0xfa, REVERT: 0xfd, INVALID: 0xfe, SELFDESTRUCT: 0xff,
} as const;

/** Items an opcode reads from the stack (it fails with a stack underflow below this). */
export const STACK_IN = new Uint8Array(256);
/** Stack height change of an opcode (pushed − popped); positive ones can overflow 1024. */
export const STACK_GROWTH = new Int8Array(256);
/** Opcode names (`PUSH1`, `DUP3`, …), `UNKNOWN_0x..` where none. */
export const OPCODE_NAMES: string[] = new Array<string>(256);

function def(code: number, name: string, pops: number, pushes: number): void {
  STACK_IN[code] = pops;
  STACK_GROWTH[code] = pushes - pops;
  OPCODE_NAMES[code] = name;
}

for (let i = 0; i < 256; i++) OPCODE_NAMES[i] = `UNKNOWN_0x${i.toString(16).padStart(2, '0')}`;
(
  [
    [0x00, 'STOP', 0, 0], [0x01, 'ADD', 2, 1], [0x02, 'MUL', 2, 1], [0x03, 'SUB', 2, 1], [0x04, 'DIV', 2, 1],
    [0x05, 'SDIV', 2, 1], [0x06, 'MOD', 2, 1], [0x07, 'SMOD', 2, 1], [0x08, 'ADDMOD', 3, 1], [0x09, 'MULMOD', 3, 1],
    [0x0a, 'EXP', 2, 1], [0x0b, 'SIGNEXTEND', 2, 1],
    [0x10, 'LT', 2, 1], [0x11, 'GT', 2, 1], [0x12, 'SLT', 2, 1], [0x13, 'SGT', 2, 1], [0x14, 'EQ', 2, 1],
    [0x15, 'ISZERO', 1, 1], [0x16, 'AND', 2, 1], [0x17, 'OR', 2, 1], [0x18, 'XOR', 2, 1], [0x19, 'NOT', 1, 1],
    [0x1a, 'BYTE', 2, 1], [0x1b, 'SHL', 2, 1], [0x1c, 'SHR', 2, 1], [0x1d, 'SAR', 2, 1], [0x1e, 'CLZ', 1, 1],
    [0x20, 'KECCAK256', 2, 1],
    [0x30, 'ADDRESS', 0, 1], [0x31, 'BALANCE', 1, 1], [0x32, 'ORIGIN', 0, 1], [0x33, 'CALLER', 0, 1],
    [0x34, 'CALLVALUE', 0, 1], [0x35, 'CALLDATALOAD', 1, 1], [0x36, 'CALLDATASIZE', 0, 1],
    [0x37, 'CALLDATACOPY', 3, 0], [0x38, 'CODESIZE', 0, 1], [0x39, 'CODECOPY', 3, 0], [0x3a, 'GASPRICE', 0, 1],
    [0x3b, 'EXTCODESIZE', 1, 1], [0x3c, 'EXTCODECOPY', 4, 0], [0x3d, 'RETURNDATASIZE', 0, 1],
    [0x3e, 'RETURNDATACOPY', 3, 0], [0x3f, 'EXTCODEHASH', 1, 1],
    [0x40, 'BLOCKHASH', 1, 1], [0x41, 'COINBASE', 0, 1], [0x42, 'TIMESTAMP', 0, 1], [0x43, 'NUMBER', 0, 1],
    [0x44, 'PREVRANDAO', 0, 1], [0x45, 'GASLIMIT', 0, 1], [0x46, 'CHAINID', 0, 1], [0x47, 'SELFBALANCE', 0, 1],
    [0x48, 'BASEFEE', 0, 1], [0x49, 'BLOBHASH', 1, 1], [0x4a, 'BLOBBASEFEE', 0, 1],
    [0x50, 'POP', 1, 0], [0x51, 'MLOAD', 1, 1], [0x52, 'MSTORE', 2, 0], [0x53, 'MSTORE8', 2, 0],
    [0x54, 'SLOAD', 1, 1], [0x55, 'SSTORE', 2, 0], [0x56, 'JUMP', 1, 0], [0x57, 'JUMPI', 2, 0],
    [0x58, 'PC', 0, 1], [0x59, 'MSIZE', 0, 1], [0x5a, 'GAS', 0, 1], [0x5b, 'JUMPDEST', 0, 0],
    [0x5c, 'TLOAD', 1, 1], [0x5d, 'TSTORE', 2, 0], [0x5e, 'MCOPY', 3, 0], [0x5f, 'PUSH0', 0, 1],
    [0xf0, 'CREATE', 3, 1], [0xf1, 'CALL', 7, 1], [0xf2, 'CALLCODE', 7, 1], [0xf3, 'RETURN', 2, 0],
    [0xf4, 'DELEGATECALL', 6, 1], [0xf5, 'CREATE2', 4, 1], [0xfa, 'STATICCALL', 6, 1], [0xfd, 'REVERT', 2, 0],
    [0xfe, 'INVALID', 0, 0], [0xff, 'SELFDESTRUCT', 1, 0],
  ] as const
).forEach(([c, n, i, o]) => def(c, n, i, o));
for (let n = 1; n <= 32; n++) def(0x5f + n, `PUSH${n}`, 0, 1);
for (let n = 1; n <= 16; n++) def(0x7f + n, `DUP${n}`, n, n + 1);
for (let n = 1; n <= 16; n++) def(0x8f + n, `SWAP${n}`, n + 1, n + 1);
for (let n = 0; n <= 4; n++) def(0xa0 + n, `LOG${n}`, n + 2, 0);

/** The EVM's stack limit (Yellow Paper §9.4.2; also `common.param('stackLimit')`). */
export const STACK_LIMIT = 1024;
