// `parevm test-vectors` on bad input: each case exits 1 with a one-line `error:` (no stack trace)
// or, for a test file that does not parse, a failed case while the rest of the run goes on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadSkips } from '../src/conformance/skips.js';
import { DEFAULT_EEST_VECTORS, DEFAULT_TEST_VECTORS, runSuite } from '../src/conformance/suite.js';
import { FixtureFormatError } from '../src/errors.js';
import { closeSharedPools } from '../src/parallel/pool.js';
const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const ROOT = resolve(process.env.PAREVM_TEST_VECTORS ?? DEFAULT_TEST_VECTORS);
const EEST = resolve(process.env.PAREVM_EEST_VECTORS ?? DEFAULT_EEST_VECTORS);
const run = (args) => spawnSync(process.execPath, [MAIN, 'test-vectors', '--no-progress', ...args], { encoding: 'utf8', timeout: 600_000 });
const tmp = mkdtempSync(join(tmpdir(), 'parevm-tv-'));
after(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await closeSharedPools();
});
function assertOneLineError(r, message) {
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
}
test('test-vectors: an unknown --suite is refused before anything runs', () => {
    assertOneLineError(run(['--suite', 'statee']), /error: option '--suite <suite>' argument 'statee' is invalid\. expected state, blockchain, eest-state, eest-blockchain or all/);
});
test('test-vectors: a --fixtures directory without the suite says which directory and how to set it', () => {
    assertOneLineError(run(['--fixtures', join(tmp, 'missing'), '--suite', 'blockchain']), /error: fixture not found: .*missing\/BlockchainTests\/ValidBlocks \(set the consensus-test directory with --fixtures DIR\)/);
});
test('test-vectors: an --eest-fixtures directory without state_tests names it and the flag', () => {
    assertOneLineError(run(['--eest-fixtures', join(tmp, 'missing'), '--suite', 'eest-state']), /error: fixture not found: .*missing\/state_tests \(set the execution-spec-tests directory with --eest-fixtures DIR\)/);
});
test('test-vectors: a --filter that selects no file is an error, not an empty green run', () => {
    assertOneLineError(run(['--suite', 'state', '--filter', 'GeneralStateTests/noSuchDir/**']), /error: no test files under .* for --suite state with --filter GeneralStateTests\/noSuchDir\/\*\*/);
});
test('test-vectors: a test file that is not JSON fails as one case; the other files still run and pass', () => {
    const root = join(tmp, 'suite');
    mkdirSync(join(root, 'GeneralStateTests', 'stExample'), { recursive: true });
    symlinkSync(join(ROOT, 'GeneralStateTests', 'stExample', 'add11.json'), join(root, 'GeneralStateTests', 'stExample', 'add11.json'));
    writeFileSync(join(root, 'GeneralStateTests', 'stExample', 'broken.json'), '{"broken": {');
    const r = run(['--fixtures', root, '--suite', 'state', '--json']);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.ok(report.totals.passed >= 1, 'add11 ran after the broken file');
    assert.equal(report.totals.failed, 1);
    assert.equal(report.failures[0].id, 'GeneralStateTests/stExample/broken.json');
    assert.match(report.failures[0].detail, /^FIXTURE_FORMAT: GeneralStateTests\/stExample\/broken\.json: not JSON/);
});
test('skip file: malformed JSON, a non-object and a skip without a reason are FixtureFormatErrors naming the file', () => {
    const cases = [
        ['{"a": ', /skips-0\.json: not JSON/],
        ['["a"]', /skips-1\.json: expected an object/],
        ['{"GeneralStateTests/**": "  "}', /skips-2\.json.*a skip needs a reason/],
    ];
    cases.forEach(([text, message], i) => {
        const file = join(tmp, `skips-${i}.json`);
        writeFileSync(file, text);
        assert.throws(() => loadSkips(file), (e) => e instanceof FixtureFormatError && message.test(e.message));
    });
});
test('skip file: a listed test is reported skipped with its reason and not run; the others run', async () => {
    const file = join(tmp, 'skips.json');
    writeFileSync(file, JSON.stringify({ $comment: 'ignored', 'GeneralStateTests/stExample/add11.json::*': 'reason given in the skip file' }));
    const outcomes = await runSuite({
        root: ROOT,
        suites: ['state'],
        filter: 'GeneralStateTests/stExample/{add11,basefeeExample}.json',
        concurrency: [2],
        skips: loadSkips(file),
    });
    const add11 = outcomes.filter((o) => o.id.startsWith('GeneralStateTests/stExample/add11.json::'));
    const others = outcomes.filter((o) => o.id.startsWith('GeneralStateTests/stExample/basefeeExample.json::'));
    assert.ok(add11.length > 0 && others.length > 0);
    assert.deepEqual(new Set(add11.map((o) => `${o.status}: ${o.detail}`)), new Set(['skipped: reason given in the skip file']));
    assert.deepEqual(new Set(others.map((o) => o.status)), new Set(['passed']));
});
test("eest state test: a post-state root mismatch names the first differing account and slot from the entry's post state", async () => {
    const root = join(tmp, 'eest');
    mkdirSync(join(root, 'state_tests', 'edited'), { recursive: true });
    const file = 'state_tests/prague/eip7702_set_code_tx/test_self_sponsored_set_code.json';
    const [name, fixture] = Object.entries(JSON.parse(readFileSync(join(EEST, file), 'utf8')))[0];
    const entry = fixture.post.Osaka[0];
    const first = Object.keys(entry.state).sort()[0];
    // The expected post state gains a slot the execution does not write; the root cannot match it.
    entry.state[first].storage = { ...entry.state[first].storage, '0x99': '0x01' };
    entry.hash = `0x${'11'.repeat(32)}`;
    writeFileSync(join(root, 'state_tests', 'edited', 'one.json'), JSON.stringify({ [name]: fixture }));
    const outcomes = await runSuite({ root: ROOT, eestRoot: root, suites: ['eest-state'], concurrency: [2], skips: [] });
    assert.equal(outcomes.length, 1);
    assert.equal(outcomes[0].status, 'failed');
    assert.equal(outcomes[0].fork, 'Osaka');
    assert.match(outcomes[0].detail, new RegExp(`first difference: ${first}\\.storage\\[0x99\\] 0 ≠ 1$`));
});
//# sourceMappingURL=conformance-cli.test.js.map