/** The checked-in skip list: `conformance-skips.json` at the package root. */
export declare const SKIP_FILE: string;
/** Test id pattern (glob over `<file>::<test>[...]`) → the reason it is not run. */
export type SkipList = {
    pattern: string;
    reason: string;
}[];
/**
 * Reads the skip file: `{ "<glob over test ids>": "<reason>" }`. Every entry needs a reason.
 * @throws FixtureFormatError when the file is not an object of non-empty strings
 */
export declare function loadSkips(file?: string): SkipList;
/** The reason `id` is skipped, or undefined. */
export declare function skipReason(skips: SkipList, id: string): string | undefined;
