import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { loadSkips } from '../conformance/skips.js';
import { DEFAULT_EEST_VECTORS, runSuite } from '../conformance/suite.js';
/** Groups outcomes by directory, in first-seen order. */
export function summarize(outcomes) {
    return group(outcomes, (o) => o.dir).map(([dir, c]) => ({ dir, ...c }));
}
/** Groups outcomes by network, in first-seen order (outcomes without one under `(file)`: a file that did not parse). */
export function summarizeForks(outcomes) {
    return group(outcomes, (o) => o.fork ?? '(file)').map(([fork, c]) => ({ fork, ...c }));
}
function group(outcomes, by) {
    const groups = new Map();
    for (const o of outcomes) {
        const k = by(o);
        const s = groups.get(k) ?? { passed: 0, failed: 0, skipped: 0 };
        s[o.status]++;
        groups.set(k, s);
    }
    return [...groups];
}
/**
 * `parevm test-vectors`: runs the consensus tests through the parallel engine and the sequential
 * reference; prints a summary by directory, the skips with their reasons and the failures with
 * the first differing field. Returns the exit status (1 if anything failed).
 */
export async function testVectorsCommand(opts) {
    const t0 = performance.now();
    // On stderr, so --json output stays clean; without a terminal, a line every 15 s.
    const bar = opts.progress
        ? new cliProgress.SingleBar({
            format: 'test-vectors [{bar}] {value}/{total} files | {cases} cases, {failed} failed | {duration_formatted} elapsed',
            stream: process.stderr,
            noTTYOutput: true,
            notTTYSchedule: 15_000,
        }, cliProgress.Presets.shades_classic)
        : undefined;
    let failed = 0;
    let cases = 0;
    let files = 0;
    let outcomes;
    try {
        outcomes = await runSuite({
            root: opts.fixtures,
            ...(opts.eestFixtures ? { eestRoot: opts.eestFixtures } : {}),
            suites: opts.suites,
            concurrency: opts.concurrency,
            ...(opts.engine ? { engine: opts.engine } : {}),
            skips: loadSkips(),
            ...(opts.filter ? { filter: opts.filter } : {}),
            ...(opts.exclude ? { exclude: opts.exclude } : {}),
            ...(opts.sample ? { sample: opts.sample } : {}),
            onFiles: (n) => {
                files = n;
                bar?.start(n, 0, { cases: 0, failed: 0 });
            },
            onOutcome: (o, fileDone) => {
                if (o.dir !== '')
                    cases++;
                if (o.status === 'failed')
                    failed++;
                if (fileDone)
                    bar?.increment(1, { cases, failed });
                else
                    bar?.update({ cases, failed });
            },
        });
    }
    catch (e) {
        // A missing suite directory or an unreadable skip file: nothing ran.
        bar?.stop();
        console.error(`error: ${e.message}`);
        return 1;
    }
    bar?.stop();
    if (files === 0) {
        const globs = [opts.filter && `--filter ${opts.filter}`, opts.exclude && `--exclude ${opts.exclude}`].filter(Boolean).join(' and ');
        const roots = [
            opts.suites.some((s) => !s.startsWith('eest-')) && opts.fixtures,
            opts.suites.some((s) => s.startsWith('eest-')) && (opts.eestFixtures ?? DEFAULT_EEST_VECTORS),
        ]
            .filter(Boolean)
            .join(' and ');
        console.error(`error: no test files under ${roots} for --suite ${opts.suites.join(',')}${globs ? ` with ${globs}` : ''}`);
        return 1;
    }
    const real = outcomes.filter((o) => o.dir !== '');
    const seconds = (performance.now() - t0) / 1000;
    const summary = summarize(real);
    const forks = summarizeForks(real);
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const s of summary)
        for (const k of ['passed', 'failed', 'skipped'])
            totals[k] += s[k];
    if (opts.json) {
        console.log(JSON.stringify({
            seconds: Math.round(seconds),
            totals,
            directories: summary,
            forks,
            failures: real.filter((o) => o.status === 'failed'),
            skipped: real.filter((o) => o.status === 'skipped'),
        }, null, 2));
        return totals.failed > 0 ? 1 : 0;
    }
    const table = new Table({ head: ['directory', 'passed', 'failed', 'skipped'], colAligns: ['left', 'right', 'right', 'right'] });
    for (const s of summary)
        table.push([s.dir, s.passed, s.failed || '', s.skipped || '']);
    table.push(['total', totals.passed, totals.failed, totals.skipped]);
    console.log(table.toString());
    const byFork = new Table({ head: ['network', 'passed', 'failed', 'skipped'], colAligns: ['left', 'right', 'right', 'right'] });
    for (const s of forks)
        byFork.push([s.fork, s.passed, s.failed || '', s.skipped || '']);
    console.log(byFork.toString());
    const skipped = real.filter((o) => o.status === 'skipped');
    if (skipped.length > 0) {
        console.log(`\nskipped (${skipped.length}, from conformance-skips.json):`);
        for (const o of skipped.slice(0, 50))
            console.log(`  ${o.id}: ${o.detail}`);
        if (skipped.length > 50)
            console.log(`  … and ${skipped.length - 50} more`);
    }
    const failures = real.filter((o) => o.status === 'failed');
    if (failures.length > 0) {
        console.log(`\nfailures (${failures.length}):`);
        for (const o of failures.slice(0, 100))
            console.log(`  ${o.id}\n      ${o.detail}`);
        if (failures.length > 100)
            console.log(`  … and ${failures.length - 100} more (--json lists all)`);
    }
    console.log(`\n${real.length} cases in ${seconds.toFixed(1)} s: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped; workers ${opts.concurrency.join(', ')}.`);
    return totals.failed > 0 ? 1 : 0;
}
//# sourceMappingURL=testVectors.js.map