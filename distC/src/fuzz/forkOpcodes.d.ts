/** One opcode of a fork: its byte and its full name (`PUSH1`, `DUP3`, `KECCAK256`, `INVALID`). */
export interface ForkOpcode {
    code: number;
    name: string;
}
/** The opcodes defined at mainnet hardfork `hardfork` (`@ethereumjs/common` name), by byte. */
export declare function forkOpcodes(hardfork: string): readonly ForkOpcode[];
/** The precompiles active at `hardfork`, as numbers (address 0x00…0N), ascending. */
export declare function forkPrecompiles(hardfork: string): readonly number[];
/** `0x` address of precompile `n`. */
export declare function precompileAddress(n: number): string;
