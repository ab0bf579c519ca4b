import type { Evm } from '../evm.js';
import { type Frame } from './frame.js';
/** {@link opCall}/{@link opCreate} started a child frame: `evm.frames[f.depth + 1]` runs next. */
export declare const CHILD = -1;
export declare function opCall(evm: Evm, f: Frame, op: number): number;
/** Gives a finished call's outcome (`evm.out*`) to its parent: gas, return data, memory, success flag. */
export declare function deliverCall(evm: Evm, f: Frame): void;
/**
 * CREATE and CREATE2 after their base gas: memory, EIP-3860 initcode word gas, CREATE2's
 * hashing gas, the gas passed (all but 1/64), the checks that make it push 0 without running
 * (depth, balance, nonce at 2^64−1), the creator's nonce increment. Returns 0, {@link CHILD} or
 * an exceptional halt.
 */
export declare function opCreate(evm: Evm, f: Frame, op: number): number;
/** Gives a finished creation's outcome to its parent: gas, return data (a REVERT's), the address or 0. */
export declare function deliverCreate(evm: Evm, f: Frame): void;
