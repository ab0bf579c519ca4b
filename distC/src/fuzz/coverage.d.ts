/**
 * Opcode and precompile coverage of parevm's EVM during a fuzz run. {@link EvmCoverage.attach}
 * hands an {@link Evm} a shared counter array (the interpreter counts each opcode it executes
 * when `evm.opCounts` is set) and wraps its precompiles (calls by address, succeeded or failed);
 * nothing is counted, and nothing costs, on an EVM it was not attached to. The report counts
 * against what the blocks' hardforks define (`forkOpcodes`, `forkPrecompiles`: the reference
 * engine's lists), so an opcode the generator never reaches shows up at zero.
 */
import type { Evm } from '../evm/evm.js';
/** One opcode's line of the report: executions on parevm's EVM (halting ones included). */
export interface OpcodeCount {
    name: string;
    /** The opcode byte. */
    code: number;
    executions: number;
}
/** One precompile's line: calls that reached it, by outcome. */
export interface PrecompileCount {
    /** `0x` address. */
    address: string;
    name: string;
    ok: number;
    /** Calls that failed: out of gas, invalid input (all the call's gas consumed). */
    failed: number;
}
/** Coverage of the blocks run on parevm's EVM, against the opcodes and precompiles their hardforks define. */
export interface CoverageReport {
    /** Blocks executed on parevm's EVM with the counters attached. */
    blocks: number;
    /** Hardforks of those blocks; the expected opcodes and precompiles are the union of theirs. */
    hardforks: string[];
    /** Every expected opcode, by byte, with its executions. */
    opcodes: OpcodeCount[];
    /** Names of expected opcodes never executed (empty: all were). */
    opcodesAtZero: string[];
    /** Executions of bytes none of the hardforks defines (each halts as an invalid opcode). */
    undefinedExecutions: number;
    /** Every expected precompile, by address. */
    precompiles: PrecompileCount[];
    /** Addresses of expected precompiles never called. */
    precompilesAtZero: string[];
}
/** Counters shared by every EVM attached to them (one fuzz run). */
export declare class EvmCoverage {
    /** Executions per opcode byte. */
    readonly ops: Float64Array<ArrayBuffer>;
    /** Calls per precompile address (lowercase `0x`), by outcome. */
    readonly calls: Map<string, {
        ok: number;
        failed: number;
    }>;
    readonly hardforks: Set<string>;
    blocks: number;
    /** Counts `evm`'s opcodes and precompile calls from now on (one block's EVM). */
    attach(evm: Evm): void;
    /** The report against the hardforks seen so far. */
    report(): CoverageReport;
}
