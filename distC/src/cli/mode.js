import { InvalidArgumentError } from 'commander';
/**
 * The parser of a `--mode` option accepting `allowed` (e.g. {@link PARALLEL_MODES}).
 * @throws InvalidArgumentError (commander prints it and exits 1) on any other value
 */
export function modeOption(allowed) {
    return (value) => {
        if (!allowed.includes(value))
            throw new InvalidArgumentError(`expected ${allowed.join(', ')}`);
        return value;
    };
}
//# sourceMappingURL=mode.js.map