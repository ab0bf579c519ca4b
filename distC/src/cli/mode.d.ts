import type { ParallelMode } from '../parallel/executeBlock.js';
/**
 * The parser of a `--mode` option accepting `allowed` (e.g. {@link PARALLEL_MODES}).
 * @throws InvalidArgumentError (commander prints it and exits 1) on any other value
 */
export declare function modeOption<M extends ParallelMode>(allowed: readonly M[]): (value: string) => M;
