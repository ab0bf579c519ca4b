import type { Evm } from '../evm.js';
import { type Frame } from '../frames/frame.js';
/**
 * Memory regions and expansion. All frames share `evm.mem`: a frame's memory is
 * `mem[memBase, memBase + memSize)`; a child frame's starts where its parent's ends, and bytes
 * past the innermost frame's end are always zero (a frame's bytes are zeroed when it returns).
 */
/** Memory beyond this many bytes is never allocated (its cost, ~3.6·10^13 gas, is out of reach). */
export declare const MEMORY_LIMIT: number;
/**
 * The end (offset + length, bytes) of a memory region given as stack words: 0 when `length` is 0
 * (no expansion, whatever the offset), -1 when it lies beyond {@link MEMORY_LIMIT}.
 */
export declare function regionEnd(offset: bigint, length: bigint): number;
/** Yellow Paper C_mem(words) = G_memory · words + ⌊words² / 512⌋, exact. */
export declare function memoryCost(evm: Evm, words: number): number;
/**
 * Expands `f`'s memory to cover bytes [0, end), charging the expansion to `f.gas` (which the
 * caller has synced). Returns false when out of gas (nothing is expanded then). `end` as from
 * {@link regionEnd}: -1 is out of gas (unless the frame has gas beyond 2^52, where it is refused
 * as unsupported), 0 a no-op.
 */
export declare function useMemory(evm: Evm, f: Frame, end: number): boolean;
/**
 * Copies `length` bytes of `src` from `srcOffset` (a stack word: beyond the end reads zeros)
 * into memory at absolute position `dst`, zero-filling what `src` does not cover.
 */
export declare function copyPadded(mem: Uint8Array, dst: number, src: Uint8Array, srcOffset: bigint, length: number): void;
