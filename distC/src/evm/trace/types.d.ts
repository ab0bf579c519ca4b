/**
 * EIP-3155 trace lines as geth's `evm --json` prints them (field names, order and encodings):
 * one {@link TraceStep} per executed opcode, then one {@link TraceSummary} per transaction.
 */
/** One opcode, reported before it runs. */
export interface TraceStep {
    /** Program counter (byte offset in the running code). */
    pc: number;
    /** The opcode byte. */
    op: number;
    /** Gas left before the opcode, `0x` hex. */
    gas: string;
    /**
     * Gas the opcode costs, `0x` hex: gas before − gas after. CALL-family: including the gas it
     * forwards (without the stipend); CREATE/CREATE2: without it (as geth). A step that halts
     * exceptionally reports the opcode's constant gas (geth adds the dynamic part it tried to charge).
     */
    gasCost: string;
    /** Memory size in bytes before the opcode. */
    memSize: number;
    /** Stack before the opcode, bottom first, `0x` hex words. */
    stack: string[];
    /** Call depth, 1 for the transaction's own frame. */
    depth: number;
    /** The transaction's refund counter before the opcode (gas). */
    refund: number;
    opName: string;
    /** Present when this opcode halts its frame exceptionally (geth's wording). */
    error?: string;
}
/** The end of a transaction's execution. */
export interface TraceSummary {
    /** The top-level frame's return (or revert) data, `0x` hex; a creation's deployed code. */
    output: string;
    /** Gas the top-level message used, `0x` hex: gas limit − intrinsic gas − gas left, before refunds. */
    gasUsed: string;
    /** Why the top-level message failed (geth's wording, `execution reverted` for REVERT). */
    error?: string;
}
export type TraceLine = TraceStep | TraceSummary;
/** Where trace lines go, in execution order. */
export type TraceSink = (line: TraceLine) => void;
export declare const isStep: (line: TraceLine) => line is TraceStep;
/** `0x` hex of a non-negative integer (geth's HexOrDecimal64 / uint256 encoding). */
export declare const hex: (v: bigint | number) => string;
/** `0x` hex of bytes. */
export declare function bytesHex(b: Uint8Array): string;
