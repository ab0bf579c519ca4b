export interface CodeAnalysis {
    /** The code followed by 33 zero bytes. */
    readonly padded: Uint8Array;
    /** The code as deployed (CODECOPY, CODESIZE). */
    readonly code: Uint8Array;
    /** 1 at each valid jump destination. */
    readonly jumpdests: Uint8Array;
    /** The index into {@link pushes} of the PUSH1–PUSH32 opcode at each position (other positions unused). */
    readonly pushSlots: Int32Array;
    /** PUSH immediates by slot, filled in as they first execute ({@link pushValue}). */
    readonly pushes: (bigint | undefined)[];
}
/** Analyses `code` (not cached: for initcode, which has no code hash). */
export declare function analyze(code: Uint8Array): CodeAnalysis;
/**
 * The immediate of the PUSH1–PUSH32 opcode at `pc` (big-endian, zeros past the end of the code),
 * decoded once and kept in the analysis.
 */
export declare function pushValue(a: CodeAnalysis, pc: number): bigint;
/**
 * A bounded cache of analyses keyed by code hash. Eviction is by insertion order (oldest first)
 * once the analysed code exceeds `maxCodeBytes`; an analysis costs about 10 bytes per code byte.
 */
export declare class AnalysisCache {
    readonly maxCodeBytes: number;
    private readonly entries;
    hits: number;
    misses: number;
    constructor(maxCodeBytes?: number);
    /** The analysis of `code`, whose keccak-256 is `codeHash` (`0x` hex). */
    get(codeHash: string, code: Uint8Array): CodeAnalysis;
    get size(): number;
    get codeBytes(): number;
    clear(): void;
}
/** The process-wide analysis cache (shared by every block this process executes). */
export declare const sharedAnalysisCache: AnalysisCache;
