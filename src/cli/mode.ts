import { InvalidArgumentError } from 'commander';
import type { PARALLEL_MODES, ParallelMode } from '../parallel/options.js';

/**
 * The parser of a `--mode` option accepting `allowed` (e.g. {@link PARALLEL_MODES}).
 * @throws InvalidArgumentError (commander prints it and exits 1) on any other value
 */
export function modeOption<M extends ParallelMode>(allowed: readonly M[]): (value: string) => M {
  return (value) => {
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected ${allowed.join(', ')}`);
    return value as M;
  };
}
