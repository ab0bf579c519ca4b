/**
 * A hex quantity (`"0x1a"`; `"0x"` is 0) as a bigint, or undefined when `value` is not one or has
 * more than `maxDigits` digits: the one rule behind fixture files' ({@link asQuantity}) and
 * JSON-RPC answers' (`asRpcQuantity`) quantities, each of which throws its own typed error.
 */
export declare function parseHexQuantity(value: unknown, maxDigits?: number): bigint | undefined;
/** `0x` hex of whole bytes, lowercase, or undefined when `value` is not that. */
export declare function parseHexBytes(value: unknown): `0x${string}` | undefined;
/**
 * Reads and parses a JSON file.
 * @throws FixtureNotFoundError if the file does not exist
 * @throws FixtureFormatError if it is not valid JSON
 */
export declare function readJsonFile(path: string): unknown;
/** Asserts `value` is a plain JSON object. */
export declare function asObject(value: unknown, file: string, field: string): Record<string, unknown>;
/** Asserts `value` is a `0x`-prefixed hex string (any length, including `0x`). */
export declare function asHex(value: unknown, file: string, field: string): string;
/** Parses a hex quantity (`"0x1a"`) or a non-negative JSON integer into a bigint. */
export declare function asQuantity(value: unknown, file: string, field: string): bigint;
/** Asserts `value` is 20-byte address hex; returns it lowercase. */
export declare function asAddress(value: unknown, file: string, field: string): string;
/** Asserts `value` is 32-byte hex (a hash); returns it lowercase. */
export declare function asHash(value: unknown, file: string, field: string): string;
