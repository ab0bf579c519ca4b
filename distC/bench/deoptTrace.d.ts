/** Reading V8's `--trace-deopt` output (`npm run bench:deopts`). */
/** A function's deoptimisations over the whole run (all threads). */
export interface DeoptRow {
    name: string;
    deopts: number;
}
/**
 * Counts V8's `--trace-deopt` lines by function name (`deoptimizing 0x… <JSFunction name …>`).
 * @returns every function deoptimised at least once, most deoptimised first
 */
export declare function countDeopts(trace: string): DeoptRow[];
