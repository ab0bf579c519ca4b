/** The real fixture root, overridable with PAREVM_FIXTURES. */
export declare const FIXTURES: string;
export declare function readFixtureJson(rel: string): any;
/**
 * A temporary fixture root built from real fixture files, optionally edited: `blocks` maps a
 * block number to edits of its block.json / pre_state.json (or raw text to write instead).
 */
export declare function tempFixtures(blocks: Record<number, {
    block?: (b: any) => any;
    preState?: (p: any) => any;
    rawBlock?: string;
    omit?: 'pre_state.json' | 'block.json';
}>, shared?: {
    bytecodes?: (b: any) => any;
    blockHashes?: (h: any) => any;
}): string;
