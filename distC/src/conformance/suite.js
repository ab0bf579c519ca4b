import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minimatch } from 'minimatch';
import { FixtureNotFoundError, ParevmError } from '../errors.js';
import { skipReason } from './skips.js';
import { loadStateTests, runStateTestCase } from './stateTests.js';
import { loadBlockchainTests, runBlockchainTest } from './blockchainTests.js';
/** Default location of the consensus tests (ethereum/tests, filled for Cancun). */
export const DEFAULT_TEST_VECTORS = '../shared/fixtures/ethereum-tests';
/** Default location of the execution-spec-tests fixtures (release tests-v5.4.0: Prague, Osaka, BPO forks). */
export const DEFAULT_EEST_VECTORS = '../shared/fixtures/eest';
/**
 * The suites: ethereum/tests GeneralStateTests (`state`) and BlockchainTests (`blockchain`) under
 * `--fixtures`; execution-spec-tests `state_tests` (`eest-state`) and `blockchain_tests`
 * (`eest-blockchain`) under `--eest-fixtures`.
 */
export const SUITES = ['state', 'blockchain', 'eest-state', 'eest-blockchain'];
/** Each suite's test kind, fixture root and directories below it. */
const LAYOUT = {
    state: { kind: 'state', eest: false, dirs: ['GeneralStateTests'] },
    blockchain: { kind: 'blockchain', eest: false, dirs: ['BlockchainTests/ValidBlocks', 'BlockchainTests/InvalidBlocks'] },
    'eest-state': { kind: 'state', eest: true, dirs: ['state_tests'] },
    'eest-blockchain': { kind: 'blockchain', eest: true, dirs: ['blockchain_tests'] },
};
/** The fixture root a suite's files and ids are relative to. */
export function suiteRoot(suite, opts) {
    return LAYOUT[suite].eest ? (opts.eestRoot ?? DEFAULT_EEST_VECTORS) : opts.root;
}
/** Every `.json` file under `dir`, sorted. */
export function jsonFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const name of readdirSync(d).sort()) {
            const p = join(d, name);
            if (statSync(p).isDirectory())
                walk(p);
            else if (name.endsWith('.json'))
                out.push(p);
        }
    };
    walk(dir);
    return out;
}
/** A path matches a glob given from the suite root, or from any directory below it. */
function matches(rel, glob) {
    return minimatch(rel, glob) || minimatch(rel, `**/${glob}`);
}
/**
 * The test files a run covers, as [suite, file].
 * @throws FixtureNotFoundError when a suite's directory is missing under `root`
 */
export function selectFiles(opts) {
    const selected = [];
    for (const suite of opts.suites) {
        const root = suiteRoot(suite, opts);
        for (const d of LAYOUT[suite].dirs) {
            const dir = join(root, d);
            try {
                statSync(dir);
            }
            catch {
                const flag = LAYOUT[suite].eest ? '--eest-fixtures' : '--fixtures';
                throw new FixtureNotFoundError(dir, `set the ${LAYOUT[suite].eest ? 'execution-spec-tests' : 'consensus-test'} directory with ${flag} DIR`);
            }
            const byDir = new Map();
            for (const f of jsonFiles(dir)) {
                const rel = relative(root, f);
                if (opts.filter && !matches(rel, opts.filter))
                    continue;
                if (opts.exclude && matches(rel, opts.exclude))
                    continue;
                const parent = rel.slice(0, rel.lastIndexOf('/'));
                byDir.set(parent, [...(byDir.get(parent) ?? []), f]);
            }
            for (const files of byDir.values()) {
                files.forEach((f, i) => {
                    if (!opts.sample || i % opts.sample === 0)
                        selected.push([suite, f]);
                });
            }
        }
    }
    return selected;
}
/**
 * Runs the consensus tests: every selected state test entry through the parallel path and the
 * sequential reference, every blockchain test at each concurrency. Skips come only from the skip
 * list. Returns every outcome.
 */
export async function runSuite(opts) {
    const files = selectFiles(opts);
    opts.onFiles?.(files.length);
    const outcomes = [];
    const report = (o, last) => {
        outcomes.push(o);
        opts.onOutcome?.(o, last);
    };
    for (const [suite, file] of files) {
        // A test file that does not parse fails as one case; the rest of the run goes on.
        const root = suiteRoot(suite, opts);
        const rel = relative(root, file);
        const unreadable = (e) => report({
            id: rel,
            dir: rel.slice(0, rel.lastIndexOf('/')),
            status: 'failed',
            detail: `${e instanceof ParevmError ? e.code : 'INTERNAL'}: ${e.message}`,
        }, true);
        if (LAYOUT[suite].kind === 'state') {
            let all;
            try {
                all = loadStateTests(file, root, LAYOUT[suite].eest ? 'all' : opts.networks);
            }
            catch (e) {
                unreadable(e);
                continue;
            }
            const cases = evenlySpaced(all, opts.casesPerFile);
            if (cases.length === 0)
                opts.onOutcome?.({ id: rel, dir: '', status: 'skipped' }, true);
            for (let i = 0; i < cases.length; i++) {
                const c = cases[i];
                const why = skipReason(opts.skips, c.id);
                const concurrency = opts.concurrency[i % opts.concurrency.length];
                report(why ? { id: c.id, dir: c.dir, fork: c.network, status: 'skipped', detail: why } : await runStateTestCase(c, concurrency, opts.engine), i === cases.length - 1);
            }
        }
        else {
            let tests;
            try {
                tests = evenlySpaced(loadBlockchainTests(file, root), opts.testsPerFile);
            }
            catch (e) {
                unreadable(e);
                continue;
            }
            for (let i = 0; i < tests.length; i++) {
                const t = tests[i];
                const why = skipReason(opts.skips, t.id);
                if (why) {
                    report({ id: t.id, dir: t.dir, fork: t.network.name, status: 'skipped', detail: why }, i === tests.length - 1);
                    continue;
                }
                let result;
                for (const k of opts.concurrency) {
                    const o = await runBlockchainTest(t, k);
                    if (o.status !== 'passed' || !result)
                        result = o.status === 'passed' ? o : { ...o, detail: `at concurrency ${k}: ${o.detail}` };
                    if (o.status !== 'passed')
                        break;
                }
                report(result, i === tests.length - 1);
            }
        }
    }
    return outcomes;
}
/** At most `k` items of `all`, evenly spaced from the first (all of them when `k` is unset or 0). */
function evenlySpaced(all, k) {
    return k && all.length > k ? Array.from({ length: k }, (_, j) => all[Math.floor((j * all.length) / k)]) : all;
}
//# sourceMappingURL=suite.js.map