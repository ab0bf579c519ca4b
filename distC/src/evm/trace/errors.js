import { OPCODE_NAMES, STACK_GROWTH, STACK_IN, STACK_LIMIT } from '../interpreter/opcodes.js';
/**
 * geth's wording (core/vm/errors.go) for the ways a frame ends in error, keyed by parevm's
 * `Status` names (which are `@ethereumjs/evm`'s error keys): both engines' traces say the same.
 */
const GETH_ERRORS = {
    OUT_OF_GAS: 'out of gas',
    INVALID_JUMP: 'invalid jump destination',
    STATIC_STATE_CHANGE: 'write protection',
    REVERT: 'execution reverted',
    CODESTORE_OUT_OF_GAS: 'contract creation code storage out of gas',
    CODESIZE_EXCEEDS_MAXIMUM: 'max code size exceeded',
    INVALID_BYTECODE_RESULT: 'invalid code: must not begin with 0xef',
    CREATE_COLLISION: 'contract address collision',
    INITCODE_SIZE_VIOLATION: 'max initcode size exceeded',
    INSUFFICIENT_BALANCE: 'insufficient balance for transfer',
    VALUE_OVERFLOW: 'value overflow',
    REFUND_EXHAUSTED: 'refund exhausted',
    PRECOMPILE_ERROR: 'precompile failed',
};
/** geth's name of opcode `op`: `opcode 0x.. not defined` when `defined` is false. */
export function opName(op, defined) {
    return defined ? OPCODE_NAMES[op] : `opcode 0x${op.toString(16)} not defined`;
}
/**
 * The error text of a frame that ended with `status` (a `Status` name) at opcode `op` with
 * `stackLength` items (geth's stack messages carry the counts).
 */
export function errorText(status, op, stackLength, defined) {
    switch (status) {
        case 'STACK_UNDERFLOW':
            return `stack underflow (${stackLength} <=> ${STACK_IN[op]})`;
        case 'STACK_OVERFLOW':
            return `stack limit reached ${stackLength} (${STACK_LIMIT - STACK_GROWTH[op]})`;
        case 'INVALID_OPCODE':
            return `invalid opcode: ${opName(op, defined)}`;
        default:
            return GETH_ERRORS[status] ?? status.toLowerCase().replaceAll('_', ' ');
    }
}
/** The stack check geth makes before an opcode: the `Status` name it fails with, or undefined. */
export function stackCheck(op, stackLength) {
    if (stackLength < STACK_IN[op])
        return 'STACK_UNDERFLOW';
    if (stackLength + STACK_GROWTH[op] > STACK_LIMIT)
        return 'STACK_OVERFLOW';
    return undefined;
}
//# sourceMappingURL=errors.js.map