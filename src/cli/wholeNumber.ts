import { InvalidArgumentError } from 'commander';

/**
 * A commander option parser for a whole number of at least `min` (a safe integer).
 * @throws InvalidArgumentError "expected a whole number ≥ min", which commander reports with the option's name
 * @example new Command().option('--runs <n>', 'runs', wholeNumber(1), 3)
 */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    // Number('') and Number(' ') are 0: an empty value is not a number given.
    const n = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return n;
  };
}
