// A transaction abandoned mid-execution (an exception out of the interpreter: a parallel worker's
// ESTIMATE read, a failing reader) must leave nothing behind in parevm's EVM. Its frames never
// halt, so they never zero their memory: the next transaction on the same EVM — what a worker
// runs next — read the stale bytes (found as parallel ≠ sequential on mainnet block 19,932,703).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParevmBlockEngine } from '../src/evm/engine.js';
import { BlockStateManager } from '../src/state/stateManager.js';
import { SENDER, TARGET, asm, craftBlock } from './evm-helpers.js';
test('after a transaction abandoned mid-frame, the next one on the same EVM sees zeroed memory and a fresh substate', () => {
    // MLOAD(0x20) → slot 1; MSTORE(0x20, 0xff); SLOAD(0) (throws in the first run); LOG0 of memory; STOP.
    const code = asm('602051', '600155', '60ff602052', '600054', '50', '60406000a0', '00');
    const { decoded, state } = craftBlock({ code });
    let armed = true;
    const reader = {
        account: (a) => state.account(a),
        storage: (a, slot) => {
            if (armed && a === TARGET && slot === 0n)
                throw new Error('injected: reader fails mid-execution');
            return state.storage(a, slot);
        },
        code: (h) => state.code(h),
        blockHash: (n) => state.blockHash(n),
    };
    const sm = new BlockStateManager(reader);
    const engine = new ParevmBlockEngine(decoded, sm, reader);
    assert.throws(() => engine.runTransaction(decoded.block, 0, 0n, SENDER.address), /injected/);
    // The worker's next execution: a fresh overlay over the same reader, the same EVM.
    armed = false;
    sm.reset(reader);
    const receipt = engine.runTransaction(decoded.block, 0, 0n, SENDER.address);
    const fresh = new BlockStateManager(reader);
    const expected = new ParevmBlockEngine(decoded, fresh, reader).runTransaction(decoded.block, 0, 0n, SENDER.address);
    assert.deepEqual(receipt, expected);
    assert.deepEqual(sm.changes(), fresh.changes());
    const target = sm.changes().find((c) => c.address === TARGET);
    assert.equal(target?.storage.find(([slot]) => slot === 1n), undefined, 'MLOAD of never-written memory read 0');
    assert.equal(receipt.logs.length, 1);
});
//# sourceMappingURL=evm-abandon.test.js.map