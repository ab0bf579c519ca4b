import { existsSync, readFileSync } from 'node:fs';
import { FixtureFormatError, FixtureNotFoundError } from '../errors.js';
const HEX = /^0x[0-9a-fA-F]*$/;
const HEX_BYTES = /^0x([0-9a-fA-F]{2})*$/;
/**
 * A hex quantity (`"0x1a"`; `"0x"` is 0) as a bigint, or undefined when `value` is not one or has
 * more than `maxDigits` digits: the one rule behind fixture files' ({@link asQuantity}) and
 * JSON-RPC answers' (`asRpcQuantity`) quantities, each of which throws its own typed error.
 */
export function parseHexQuantity(value, maxDigits = Number.POSITIVE_INFINITY) {
    if (typeof value !== 'string' || !HEX.test(value) || value.length - 2 > maxDigits)
        return undefined;
    return value === '0x' ? 0n : BigInt(value);
}
/** `0x` hex of whole bytes, lowercase, or undefined when `value` is not that. */
export function parseHexBytes(value) {
    return typeof value === 'string' && HEX_BYTES.test(value) ? value.toLowerCase() : undefined;
}
/**
 * Reads and parses a JSON file.
 * @throws FixtureNotFoundError if the file does not exist
 * @throws FixtureFormatError if it is not valid JSON
 */
export function readJsonFile(path) {
    if (!existsSync(path))
        throw new FixtureNotFoundError(path);
    const text = readFileSync(path, 'utf8');
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new FixtureFormatError(path, '', `malformed JSON: ${e.message}`);
    }
}
/** Asserts `value` is a plain JSON object. */
export function asObject(value, file, field) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new FixtureFormatError(file, field, `expected an object, got ${describe(value)}`);
    }
    return value;
}
/** Asserts `value` is a `0x`-prefixed hex string (any length, including `0x`). */
export function asHex(value, file, field) {
    if (typeof value !== 'string') {
        throw new FixtureFormatError(file, field, `expected a hex string, got ${describe(value)}`);
    }
    if (!HEX.test(value))
        throw new FixtureFormatError(file, field, `not hex: ${JSON.stringify(value.slice(0, 80))}`);
    return value;
}
/** Parses a hex quantity (`"0x1a"`) or a non-negative JSON integer into a bigint. */
export function asQuantity(value, file, field) {
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value) || value < 0) {
            throw new FixtureFormatError(file, field, `expected a non-negative integer, got ${value}`);
        }
        return BigInt(value);
    }
    return parseHexQuantity(asHex(value, file, field));
}
/** Asserts `value` is 20-byte address hex; returns it lowercase. */
export function asAddress(value, file, field) {
    const hex = asHex(value, file, field);
    if (hex.length !== 42)
        throw new FixtureFormatError(file, field, `expected a 20-byte address, got ${hex}`);
    return hex.toLowerCase();
}
/** Asserts `value` is 32-byte hex (a hash); returns it lowercase. */
export function asHash(value, file, field) {
    const hex = asHex(value, file, field);
    if (hex.length !== 66)
        throw new FixtureFormatError(file, field, `expected a 32-byte hash, got ${hex}`);
    return hex.toLowerCase();
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'string' ? `string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}
//# sourceMappingURL=json.js.map