/**
 * What the probe's code snippets are written with: the assembler, the random stream, the
 * block's addresses, the memory layout, the accumulator and edge-biased operands. Every snippet
 * leaves the stack as it found it and folds what it observed into the accumulator at memory 0
 * (`acc = acc * 31 + value`), which routines store and log, so a wrong result shows up in the
 * block's receipts or state diff.
 */
import type { Asm } from './asm.js';
import type { FuzzHardfork } from './forks.js';
import type { Targets } from './programs.js';
import type { Rng } from './rng.js';
/** The snippet writer's inputs (helpers emit only opcodes every fuzzed fork defines). */
export interface EmitContext {
    asm: Asm;
    rng: Rng;
    t: Targets;
    /** The block's hardfork (a precompile vector's verdict may change with it). */
    hardfork: FuzzHardfork;
}
/**
 * Memory layout of probe code (byte offsets): accumulator, nested-call data (routine, depth,
 * argument), a return word, child initcode, scratch for copies and loads, precompile input
 * (≤ 2 KiB: EIP-7823's modexp bound needs more than 1 KiB) and output.
 */
export declare const MEM: {
    readonly ACC: 0;
    readonly ARGS: 64;
    readonly RET: 128;
    readonly INIT: 256;
    readonly SCRATCH: 512;
    readonly IN: 1024;
    readonly OUT: 3072;
};
export declare const MAX_WORD: bigint;
/** acc = acc * 31 + (top of stack); consumes the top. */
export declare function mixTop(a: Asm): void;
/** Folds the top `k` stack items into the accumulator, top first (4 bytes of code per item); consumes them. */
export declare function mixItems(a: Asm, k: number): void;
/** Pushes the accumulator. */
export declare function pushAcc(a: Asm): void;
/** A value operand: a boundary value, a random word, a small number or the accumulator. */
export declare function pushOperand(ctx: EmitContext): void;
/** A bit/byte index or shift amount: mostly in or just past 0..32 and 248..260, sometimes huge. */
export declare function pushIndex(ctx: EmitContext): void;
/** An address word: one of the block's accounts, a precompile, this contract, or a word with junk above bit 160. */
export declare function pushAddress(ctx: EmitContext): void;
/**
 * A memory offset for an access of `size` bytes: mostly in the scratch area, now and then past
 * what is used so far (expansion), rarely `huge` (an offset no gas pays for: the frame halts) when
 * `size` may be non-zero.
 */
export declare function pushMemOffset(ctx: EmitContext, allowHuge: boolean): void;
