import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { minorPageFaults, pageFaultCostUs, touchFreshBuffer } from '../../bench/pageFaults.js';
const MIB = 64;
/** Why a fresh buffer may not fault once per page here (decided without measuring it), or undefined. */
function noPerPageFaults() {
    if (minorPageFaults() === undefined)
        return 'this OS reports no minor page faults (process.resourceUsage)';
    try {
        // Transparent huge pages for every allocation: a 2 MiB page faults once.
        if (readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8').includes('[always]'))
            return 'transparent huge pages are always on';
    }
    catch {
        // No such file: not Linux's huge pages.
    }
    return undefined;
}
test('touchFreshBuffer counts one minor page fault per page of a fresh buffer', (t) => {
    const why = noPerPageFaults();
    if (why)
        return t.skip(why);
    const { pages, faults } = touchFreshBuffer(MIB);
    assert.equal(pages, MIB * 256);
    // The count is the whole process's: V8's threads may take a few meanwhile.
    assert.ok(faults !== undefined && faults >= pages * 0.9 && faults <= pages * 1.25, `${faults} faults for ${pages} pages`);
});
test("pageFaultCostUs gives one fault's cost, positive and finite", (t) => {
    const why = noPerPageFaults();
    if (why)
        return t.skip(why);
    const cost = pageFaultCostUs(MIB, 3);
    assert.ok(cost !== undefined && Number.isFinite(cost) && cost > 0, `cost ${cost}`);
    // Under a millisecond per page: anything more is a measurement of something else.
    assert.ok(cost < 1000, `cost ${cost} µs`);
});
//# sourceMappingURL=page-faults.test.js.map