import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minorPageFaults, pageFaultCostUs } from '../../bench/pageFaults.js';

const MIB = 64;
const PAGES = (MIB << 20) >> 12;

/** Faults taken touching every page of a fresh buffer once, or undefined when the OS reports none. */
function faultsOfFreshBuffer(): number | undefined {
  const before = minorPageFaults();
  const b = new Uint8Array(MIB << 20);
  for (let i = 0; i < b.length; i += 4096) b[i] = 1;
  const after = minorPageFaults();
  return before === undefined || after === undefined ? undefined : after - before;
}

test('minorPageFaults counts the first touch of each page of a fresh buffer', (t) => {
  const faults = faultsOfFreshBuffer();
  if (faults === undefined) {
    t.skip('this OS reports no minor page faults (process.resourceUsage)');
    return;
  }
  // One fault per 4 KiB page, unless huge pages back the buffer (then far fewer), plus the few the
  // process's other threads (V8's) took meanwhile: the count is the whole process's.
  assert.ok(faults <= PAGES * 1.25, `${faults} faults for ${PAGES} pages`);
  if (faults < PAGES / 2) {
    t.skip(`the buffer took ${faults} faults for ${PAGES} pages: huge pages or a pre-faulted allocation here`);
    return;
  }
  assert.ok(faults >= PAGES / 2);
});

test("pageFaultCostUs gives one fault's cost where a fresh buffer faults per page", (t) => {
  const faults = faultsOfFreshBuffer();
  if (faults === undefined || faults < PAGES / 2) {
    assert.equal(pageFaultCostUs(MIB, 1), undefined, 'no per-page faults: no cost of one fault');
    t.skip(faults === undefined ? 'this OS reports no minor page faults' : `a fresh buffer took ${faults} faults for ${PAGES} pages`);
    return;
  }
  const cost = pageFaultCostUs(MIB, 3);
  assert.ok(cost !== undefined && Number.isFinite(cost) && cost > 0, `cost ${cost}`);
  // Under a millisecond per page: anything more is a measurement of something else.
  assert.ok(cost < 1000, `cost ${cost} µs`);
});
