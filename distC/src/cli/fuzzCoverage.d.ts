import type { CoverageReport } from '../fuzz/coverage.js';
/**
 * The coverage part of `parevm fuzz`'s summary: a compact table of every expected opcode and its
 * executions on parevm's EVM (read down the columns, in byte order), one line per precompile with
 * its succeeded and failed calls, then "opcodes at zero: none" (or the list) and the same for
 * precompiles.
 */
export declare function formatCoverage(r: CoverageReport): string[];
