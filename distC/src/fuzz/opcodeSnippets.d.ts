import { type EmitContext } from './emit.js';
import type { ForkOpcode } from './forkOpcodes.js';
/** Opcodes that end a routine (each probe routine ends with one). */
export declare const HALTING: readonly ["STOP", "RETURN", "REVERT", "INVALID", "SELFDESTRUCT"];
/** Writes the snippet of `op` (not a halting one). */
export declare function emitOpcode(ctx: EmitContext, op: ForkOpcode): void;
/**
 * Ends a routine with halting opcode `name`: RETURN / REVERT of the accumulator (or of nothing,
 * or of size 0 at a huge offset), STOP, INVALID, or SELFDESTRUCT to this contract itself, the
 * beneficiary, a wallet, an absent account or a precompile.
 */
export declare function emitEnding(ctx: EmitContext, name: (typeof HALTING)[number]): void;
