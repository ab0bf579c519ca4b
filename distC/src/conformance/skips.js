import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minimatch } from 'minimatch';
import { FixtureFormatError } from '../errors.js';
/** The checked-in skip list: `conformance-skips.json` at the package root. */
export const SKIP_FILE = fileURLToPath(new URL('../../../conformance-skips.json', import.meta.url));
/**
 * Reads the skip file: `{ "<glob over test ids>": "<reason>" }`. Every entry needs a reason.
 * @throws FixtureFormatError when the file is not an object of non-empty strings
 */
export function loadSkips(file = SKIP_FILE) {
    if (!existsSync(file))
        return [];
    let json;
    try {
        json = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new FixtureFormatError(file, '', `not JSON: ${e.message}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new FixtureFormatError(file, '', 'expected an object of test id glob → reason');
    return Object.entries(json)
        .filter(([k]) => !k.startsWith('$'))
        .map(([pattern, reason]) => {
        if (typeof reason !== 'string' || reason.trim() === '')
            throw new FixtureFormatError(file, pattern, 'a skip needs a reason');
        return { pattern, reason };
    });
}
/** The reason `id` is skipped, or undefined. */
export function skipReason(skips, id) {
    return skips.find((s) => minimatch(id, s.pattern, { nocomment: true, nonegate: true, noext: true }))?.reason;
}
//# sourceMappingURL=skips.js.map