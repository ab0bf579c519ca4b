import { existsSync, readFileSync } from 'node:fs';
import { FixtureFormatError, FixtureNotFoundError } from '../errors.js';

const HEX = /^0x[0-9a-fA-F]*$/;
const HEX_BYTES = /^0x([0-9a-fA-F]{2})*$/;

/**
 * A hex quantity (`"0x1a"`; `"0x"` is 0) as a bigint, or undefined when `value` is not one or has
 * more than `maxDigits` digits: the one rule behind fixture files' ({@link asQuantity}) and
 * JSON-RPC answers' (`asRpcQuantity`) quantities, each of which throws its own typed error.
 */
export function parseHexQuantity(value: unknown, maxDigits = Number.POSITIVE_INFINITY): bigint | undefined {
  if (typeof value !== 'string' || !HEX.test(value) || value.length - 2 > maxDigits) return undefined;
  return hexDigitsValue(value);
}

/** The value of `0x` hex whose digits are checked already (`"0x"` is 0). */
function hexDigitsValue(hex: string): bigint {
  return hex === '0x' ? 0n : BigInt(hex);
}

/** `0x` hex of whole bytes, lowercase, or undefined when `value` is not that. */
export function parseHexBytes(value: unknown): `0x${string}` | undefined {
  return typeof value === 'string' && HEX_BYTES.test(value) ? (value.toLowerCase() as `0x${string}`) : undefined;
}

/**
 * Reads and parses a JSON file.
 * @throws FixtureNotFoundError if the file does not exist
 * @throws FixtureFormatError if it is not valid JSON
 */
export function readJsonFile(path: string): unknown {
  if (!existsSync(path)) throw new FixtureNotFoundError(path);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new FixtureFormatError(path, '', `malformed JSON: ${(e as Error).message}`);
  }
}

/** Asserts `value` is a plain JSON object. */
export function asObject(value: unknown, file: string, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FixtureFormatError(file, field, `expected an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/**
 * Whether {@link asQuantity} accepts `value` (`0x` hex, or a non-negative safe JSON integer),
 * without parsing it: a check that builds its field's name only to report a failure (a block's
 * transactions have ten or so fields each, checked on the path to every execution). The `is…`
 * tests are the rules; each `as…` passes what its test accepts and explains what it refuses.
 */
export function isQuantity(value: unknown): boolean {
  return typeof value === 'string' ? HEX.test(value) : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Whether {@link asHex} accepts `value` (see {@link isQuantity}). */
export function isHex(value: unknown): boolean {
  return typeof value === 'string' && HEX.test(value);
}

/** Whether `value` is hex of `bytes` bytes, as {@link asAddress} (20) and {@link asHash} (32) accept (see {@link isQuantity}). */
export function isHexOfBytes(value: unknown, bytes: number): boolean {
  return isHex(value) && (value as string).length === 2 + 2 * bytes;
}

/** Asserts `value` is a `0x`-prefixed hex string (any length, including `0x`). */
export function asHex(value: unknown, file: string, field: string): string {
  if (isHex(value)) return value as string;
  if (typeof value !== 'string') throw new FixtureFormatError(file, field, `expected a hex string, got ${describe(value)}`);
  throw new FixtureFormatError(file, field, `not hex: ${JSON.stringify(value.slice(0, 80))}`);
}

/** Parses a hex quantity (`"0x1a"`) or a non-negative JSON integer into a bigint. */
export function asQuantity(value: unknown, file: string, field: string): bigint {
  if (typeof value === 'number') {
    if (!isQuantity(value)) throw new FixtureFormatError(file, field, `expected a non-negative integer, got ${value}`);
    return BigInt(value);
  }
  // `asHex` checks the digits; parseHexQuantity would run the same regular expression again.
  return hexDigitsValue(asHex(value, file, field));
}

/** Asserts `value` is 20-byte address hex; returns it lowercase. */
export function asAddress(value: unknown, file: string, field: string): string {
  return asHexOfBytes(value, 20, 'address', file, field);
}

/** Asserts `value` is 32-byte hex (a hash); returns it lowercase. */
export function asHash(value: unknown, file: string, field: string): string {
  return asHexOfBytes(value, 32, 'hash', file, field);
}

/** `value` lowercase if {@link isHexOfBytes} accepts it; else the error of {@link asHex}, or one naming the length wanted. */
function asHexOfBytes(value: unknown, bytes: number, what: string, file: string, field: string): string {
  if (isHexOfBytes(value, bytes)) return (value as string).toLowerCase();
  throw new FixtureFormatError(file, field, `expected a ${bytes}-byte ${what}, got ${asHex(value, file, field)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}
