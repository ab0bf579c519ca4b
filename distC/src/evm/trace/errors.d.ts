/** geth's name of opcode `op`: `opcode 0x.. not defined` when `defined` is false. */
export declare function opName(op: number, defined: boolean): string;
/**
 * The error text of a frame that ended with `status` (a `Status` name) at opcode `op` with
 * `stackLength` items (geth's stack messages carry the counts).
 */
export declare function errorText(status: string, op: number, stackLength: number, defined: boolean): string;
/** The stack check geth makes before an opcode: the `Status` name it fails with, or undefined. */
export declare function stackCheck(op: number, stackLength: number): 'STACK_UNDERFLOW' | 'STACK_OVERFLOW' | undefined;
