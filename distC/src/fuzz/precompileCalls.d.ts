import { type EmitContext } from './emit.js';
import { type PrecompileVector } from './precompileVectors.js';
/**
 * Writes memory at MEM.IN with an input for precompile `n` — `exact` as it is, or a random
 * choice, sometimes modified — and pushes its length (bytes).
 * @returns whether the input is an unmodified vector the precompile accepts
 */
export declare function emitPrecompileInput(ctx: EmitContext, n: number, exact?: PrecompileVector): boolean;
/**
 * Calls precompile `n` with an accepted vector twice: with one gas less than it costs (out of
 * gas before any work), then with exactly its cost. Folds both outcomes and the output.
 * @returns false (writing nothing) when `n` has no accepted vector with a non-zero cost
 */
export declare function emitExactGasCalls(ctx: EmitContext, n: number): boolean;
/** Writes a call of precompile `n` (its number: address 0x00…0n) with an input from {@link emitPrecompileInput}. */
export declare function emitPrecompileCall(ctx: EmitContext, n: number): void;
