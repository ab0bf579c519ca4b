// The EVM's JIT warm-up (src/evm/warmup.ts) must execute what it claims to: every opcode of the
// latest fork, undefined opcodes, and end as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMainnetCommon } from '../../src/block/hardfork.js';
import { OPCODE_NAMES } from '../../src/evm/interpreter/opcodes.js';
import { scheduleFor } from '../../src/evm/interpreter/schedule.js';
import { evmWarmUp, warmUpEvm } from '../../src/evm/warmup.js';
test('warmUpEvm runs every Osaka opcode at least twice per round and undefined bytes too, and stops normally', () => {
    const rounds = 2;
    const { opCounts, error } = warmUpEvm(rounds);
    assert.equal(error, undefined);
    const schedule = scheduleFor(createMainnetCommon('osaka'));
    const short = [];
    for (let op = 0; op < 256; op++) {
        if (!Number.isNaN(schedule.baseGas[op]) && opCounts[op] < 2 * rounds)
            short.push(`${OPCODE_NAMES[op]}: ${opCounts[op]}`);
    }
    assert.deepEqual(short, []);
    // Undefined at Osaka: the invalid-opcode path.
    assert.ok(opCounts[0x0c] >= rounds);
    assert.ok(opCounts[0xef] >= rounds);
});
test('the warm-up main program alone (its first step, at Osaka) runs every Osaka opcode and undefined bytes', () => {
    const { steps, report } = evmWarmUp(1);
    steps[0]();
    assert.equal(report.error, undefined);
    const schedule = scheduleFor(createMainnetCommon('osaka'));
    const missing = [];
    for (let op = 0; op < 256; op++)
        if (!Number.isNaN(schedule.baseGas[op]) && report.opCounts[op] < 1)
            missing.push(OPCODE_NAMES[op]);
    assert.deepEqual(missing, []);
    assert.ok(report.opCounts[0x0c] >= 1);
});
//# sourceMappingURL=warmup.test.js.map