import { codeHashHexOf } from '../../state/stateManager.js';
import type { Evm } from '../evm.js';
import { type Frame } from '../frames/frame.js';
import { wordToBytes32 } from '../words.js';
export declare const isEof: (code: Uint8Array) => boolean;
/** Charges `cost` to `f` (synced gas); false when out of gas. */
export declare function charge(f: Frame, cost: number): boolean;
/** EIP-2929 cost of accessing `address` (cold: warms it). 0 before Berlin. */
export declare function accessCost(evm: Evm, address: string): number;
export declare function opSload(evm: Evm, f: Frame): number;
export declare function opSstore(evm: Evm, f: Frame): number;
export declare function opBalance(evm: Evm, f: Frame): number;
export declare function opSelfBalance(evm: Evm, f: Frame): bigint;
export declare function opExtCodeSize(evm: Evm, f: Frame): number;
export declare function opExtCodeHash(evm: Evm, f: Frame): number;
export declare function opExtCodeCopy(evm: Evm, f: Frame): number;
export declare function opBlockHash(evm: Evm, f: Frame): void;
export declare function opSelfdestruct(evm: Evm, f: Frame): number;
export declare function opLog(evm: Evm, f: Frame, topics: number): number;
export declare function opKeccak(evm: Evm, f: Frame): number;
/** CALLDATACOPY / CODECOPY / RETURNDATACOPY / MCOPY-free copies from `src` into memory. */
export declare function opCopy(evm: Evm, f: Frame, src: Uint8Array, checkBounds: boolean): number;
export declare function opMcopy(evm: Evm, f: Frame): number;
/** The 32-byte big-endian encoding of a log topic or word, for receipts. */
export declare const topicBytes: typeof wordToBytes32;
export { codeHashHexOf };
