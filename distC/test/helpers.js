import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** The real fixture root, overridable with PAREVM_FIXTURES. */
export const FIXTURES = process.env.PAREVM_FIXTURES ?? '../shared/fixtures/mainnet';
export function readFixtureJson(rel) {
    return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8'));
}
/**
 * A temporary fixture root built from real fixture files, optionally edited: `blocks` maps a
 * block number to edits of its block.json / pre_state.json (or raw text to write instead).
 */
export function tempFixtures(blocks, shared = {}) {
    const root = mkdtempSync(join(tmpdir(), 'parevm-fx-'));
    mkdirSync(join(root, 'blocks'));
    let bytecodes = readFixtureJson('bytecodes.json');
    if (shared.bytecodes)
        bytecodes = shared.bytecodes(bytecodes);
    writeFileSync(join(root, 'bytecodes.json'), JSON.stringify(bytecodes));
    let hashes = readFixtureJson('block_hashes.json');
    if (shared.blockHashes)
        hashes = shared.blockHashes(hashes);
    writeFileSync(join(root, 'block_hashes.json'), JSON.stringify(hashes));
    for (const [n, edit] of Object.entries(blocks)) {
        const dir = join(root, 'blocks', n);
        mkdirSync(dir);
        let block = readFixtureJson(`blocks/${n}/block.json`);
        let pre = readFixtureJson(`blocks/${n}/pre_state.json`);
        if (edit.block)
            block = edit.block(block);
        if (edit.preState)
            pre = edit.preState(pre);
        if (edit.omit !== 'block.json')
            writeFileSync(join(dir, 'block.json'), edit.rawBlock ?? JSON.stringify(block));
        if (edit.omit !== 'pre_state.json')
            writeFileSync(join(dir, 'pre_state.json'), JSON.stringify(pre));
    }
    return root;
}
//# sourceMappingURL=helpers.js.map