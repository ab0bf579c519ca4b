// Exceptional halts and their boundaries through parevm's EVM, each compared field for field with
// the reference engine (@ethereumjs/vm) on the same crafted block: receipts (status, gas), logs
// and state changes must be equal. The status checks only confirm the case hits what it names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OTHER, TARGET, asm, crafted } from './evm-helpers.js';
const status = (r) => r.receipts[0].status;
const gasUsed = (r) => r.receipts[0].gasUsed;
test('jump into PUSH data is an invalid jump; a jump to a real JUMPDEST is not', async () => {
    // PUSH1 4 · JUMP · PUSH1 0x5b (byte 4 is 0x5b inside push data) · STOP
    const bad = await crafted({ code: asm('6004 56 605b 00') });
    assert.equal(status(bad.ref), 0);
    assert.equal(gasUsed(bad.mine), 1000000n, 'an exceptional halt consumes all gas');
    // PUSH1 3 · JUMP · JUMPDEST · PUSH1 1 · PUSH1 0 · SSTORE
    const good = await crafted({ code: asm('6003 56 5b 6001 6000 55') });
    assert.equal(status(good.ref), 1);
    // Jump to the code's end, and beyond 2^64.
    await crafted({ code: asm('6003 56') });
    await crafted({ code: asm('68 010000000000000000 56') });
    // JUMPI: not taken with a zero condition, invalid when taken.
    assert.equal(status((await crafted({ code: asm('6000 6004 57 00') })).ref), 1);
    assert.equal(status((await crafted({ code: asm('6001 6004 57 00') })).ref), 0);
});
test('stack underflow and overflow', async () => {
    for (const code of ['01', '6001 01', '80', '6001 91', 'a0', '6001 6001 6001 6001 6001 6001 f1', '50']) {
        const r = await crafted({ code: asm(code) });
        assert.equal(status(r.ref), 0, code);
    }
    // JUMPDEST · PUSH1 0 · PUSH1 0 · JUMP: one item more per round, until 1025.
    assert.equal(status((await crafted({ code: asm('5b 6000 6000 56') })).ref), 0);
    // 1024 items are fine: 1023 × PUSH0 then DUP1 then STOP; 1025 are not.
    assert.equal(status((await crafted({ code: asm('5f'.repeat(1023), '80 00') })).ref), 1);
    assert.equal(status((await crafted({ code: asm('5f'.repeat(1024), '80 00') })).ref), 0);
});
test('invalid opcodes: INVALID, undefined bytes, opcodes from later forks', async () => {
    for (const code of ['fe', '0c', '21', '4b', 'ef', 'f6', 'fc'])
        assert.equal(status((await crafted({ code: asm(code) })).ref), 0, code);
    // PUSH0 before Shanghai, TSTORE and MCOPY before Cancun, SHL before Constantinople.
    assert.equal(status((await crafted({ hardfork: 'london', code: asm('5f 00') })).ref), 0);
    assert.equal(status((await crafted({ hardfork: 'shanghai', code: asm('6001 6000 5d 00') })).ref), 0);
    assert.equal(status((await crafted({ hardfork: 'shanghai', code: asm('6000 6000 6000 5e 00') })).ref), 0);
    await crafted({ hardfork: 'byzantium', code: asm('6001 6001 1b 00') });
    await crafted({ hardfork: 'homestead', code: asm('fa') });
});
test('memory offsets beyond 2^32, 2^64 and 2^256−1 run out of gas; zero-length regions never expand', async () => {
    const huge = ['64 0100000000', '68 010000000000000000', `7f ${'ff'.repeat(32)}`];
    for (const off of huge) {
        for (const op of ['51', '6000 90 52', '6000 90 53'])
            assert.equal(status((await crafted({ code: asm(off, op) })).ref), 0, `${off} ${op}`);
        // RETURN / REVERT / KECCAK256 / LOG0 of `off` bytes at 0, and of 1 byte at `off`.
        for (const op of ['f3', 'fd', '20', 'a0']) {
            await crafted({ code: asm(off, '6000', op) });
            await crafted({ code: asm('6001', off, op) });
        }
        // CALLDATACOPY / CODECOPY / RETURNDATACOPY / MCOPY with a huge length, and with a huge source offset.
        await crafted({ code: asm(off, '6000 6000 37') });
        await crafted({ code: asm('6020', off, '6000 39') });
        await crafted({ code: asm(off, '6000 6000 3e') });
        await crafted({ code: asm(off, '6000 6000 5e') });
        await crafted({ code: asm('6020', off, '6000 5e') });
        // Zero length: nothing to pay for whatever the offset.
        assert.equal(status((await crafted({ code: asm('6000', off, 'f3') })).ref), 1, `RETURN(${off}, 0)`);
        assert.equal(status((await crafted({ code: asm('6000', off, '20 00') })).ref), 1);
        assert.equal(status((await crafted({ code: asm('6000', off, off, '37 00') })).ref), 1);
    }
    // Large but payable expansions, and the quadratic cost just above and below the gas there is.
    await crafted({ code: asm('62 0fffff 51 00'), gasLimit: 3000000n });
    await crafted({ code: asm('62 0fffff 51 00'), gasLimit: 2300000n });
});
test('call depth 1024: the call at depth 1024 fails without halting its caller (Homestead, and Cancun with 10^10 gas)', async () => {
    // Counter in slot 0 (SLOAD+1, SSTORE), then CALL self with all gas but 10,000 (Homestead has no 63/64 rule).
    const recurse = asm('6000 54 6001 01 6000 55', '6000 6000 6000 6000 6000 30 612710 5a 03 f1 00');
    const h = await crafted({ hardfork: 'homestead', code: recurse, gasLimit: 25000000n });
    assert.equal(status(h.ref), undefined);
    const slot = h.mine.stateChanges.find((c) => c.address === TARGET).storage[0];
    assert.equal(slot[1], 1025n, 'frames at depths 0..1024 each counted once');
    // Cancun: the 63/64 rule needs ~6·10^9 gas to get that deep.
    const recurse63 = asm('6000 54 6001 01 6000 55', '6000 6000 6000 6000 6000 30 5a f1 00');
    const c = await crafted({ hardfork: 'cancun', code: recurse63, gasLimit: 10000000000n, blockGasLimit: 10000000000n });
    assert.equal(status(c.ref), 1);
    // CREATE at depth 1024 pushes 0 too: initcode that re-runs the creator's code is too long here,
    // so recurse by CALL and CREATE at the bottom.
    await crafted({
        hardfork: 'homestead',
        code: asm('6000 54 6001 01 6000 55', '6000 6000 6000 f0 50', '6000 6000 6000 6000 6000 30 612710 5a 03 f1 00'),
        gasLimit: 30000000n,
    });
});
test('out of gas at the boundaries: base cost, SSTORE and its 2300 sentry, memory, CALL and CREATE gas', async () => {
    // PUSH1 1 · PUSH1 0 · SSTORE: find the exact gas limit where it passes, then check one below.
    const code = asm('6001 6000 55');
    const base = 21000n;
    let lo = base;
    let hi = base + 50000n;
    while (hi - lo > 1n) {
        const mid = (lo + hi) / 2n;
        const r = await crafted({ code, gasLimit: mid });
        if (status(r.ref) === 1)
            hi = mid;
        else
            lo = mid;
    }
    assert.equal(status((await crafted({ code, gasLimit: hi })).mine), 1);
    assert.equal(status((await crafted({ code, gasLimit: hi - 1n })).mine), 0);
    // EIP-2200 sentry: SSTORE needs more than 2300 gas left even when it costs less (warm slot, no-op).
    const noop = asm('6000 6000 55', '6000 6000 55');
    for (let g = 21000n + 2100n; g < 21000n + 2700n + 2400n; g += 97n)
        await crafted({ code: noop, gasLimit: g });
    for (const hf of ['constantinople', 'petersburg', 'istanbul', 'berlin', 'chainstart']) {
        for (const g of [21010n, 26000n, 41006n, 41005n, 45000n])
            await crafted({ hardfork: hf, code: noop, gasLimit: g });
    }
    // CALL with more gas requested than there is (pre-EIP-150 this is out of gas; after, capped at 63/64).
    const call = asm('6000 6000 6000 6000 6000', `73 ${OTHER.slice(2)}`, '63 ffffffff f1 00');
    for (const hf of ['homestead', 'tangerineWhistle', 'cancun'])
        await crafted({ hardfork: hf, code: call, gasLimit: 100000n });
    // CREATE with all gas, and with just too little for the deposit (Frontier keeps the account, codeless).
    const init = '6005600c60003960056000f3' + '6001600055';
    const create = asm(`6b ${init.padStart(24, '0')}`, '6000 52 6011 6013 6000 f0 00');
    for (const hf of ['chainstart', 'homestead', 'spuriousDragon', 'cancun']) {
        for (const g of [80000n, 60000n, 59000n, 57000n, 55000n, 300000n])
            await crafted({ hardfork: hf, code: create, gasLimit: g });
    }
});
test('other exceptional halts: static-context writes, RETURNDATACOPY past the end, refund and initcode limits', async () => {
    // STATICCALL into OTHER, which does SSTORE / LOG0 / CALL with value / CREATE / SELFDESTRUCT / TSTORE.
    for (const inner of ['6001 6000 55', '6000 6000 a0', '6000 6000 6000 6000 6001 30 5a f1', '6000 6000 6000 f0', '30 ff', '6001 6000 5d']) {
        const r = await crafted({
            code: asm('6000 6000 6000 6000', `73 ${OTHER.slice(2)}`, '5a fa 6000 55'),
            accounts: { [OTHER]: { code: asm(inner) } },
        });
        assert.equal(status(r.ref), 1);
    }
    // RETURNDATACOPY beyond the return data (none yet) is an exceptional halt; within it is fine.
    assert.equal(status((await crafted({ code: asm('6001 6000 6000 3e 00') })).ref), 0);
    assert.equal(status((await crafted({ code: asm('6000 6000 6000 3e 00') })).ref), 1);
    // EIP-3860: initcode above 49,152 bytes makes CREATE halt.
    await crafted({ code: asm('62 00c001 6000 6000 f0 00'), gasLimit: 5000000n });
    await crafted({ code: asm('62 00c000 6000 6000 f0 00'), gasLimit: 5000000n });
    // EIP-3541: deployed code starting 0xEF fails; a REVERT whose data starts 0xEF is treated the same way.
    await crafted({ code: asm('60ef 6000 53 6001 6000 f3'), create: true, data: new Uint8Array([0x60, 0xef, 0x60, 0x00, 0x53, 0x60, 0x01, 0x60, 0x00, 0xf3]) });
    await crafted({ code: asm('6a 60ef60005360016000fd 6000 52 600b 6015 6000 f0 00') });
    // Initcode starting 0xEF00 (the reference treats it as EOF: CREATE pushes 0 without running).
    await crafted({ code: asm('61 ef00 6000 52 6002 601e 6000 f0 6000 55') });
});
test('gas limits above 2^52 stay exact: GAS, CALL (63/64 of it), CREATE, refunds', async () => {
    for (const gasLimit of [2n ** 52n + 12345n, 2n ** 60n, 2n ** 63n - 1n]) {
        // GAS → slot 0; CALL OTHER with all gas (OTHER stores its GAS in its slot 0, then clears a slot: refund); GAS → slot 1; CREATE.
        const code = asm('5a 6000 55', '6000 6000 6000 6000 6000', `73 ${OTHER.slice(2)}`, '5a f1 50', '5a 6001 55', '6000 6000 6000 f0 6002 55');
        const r = await crafted({
            code,
            gasLimit,
            blockGasLimit: gasLimit,
            accounts: { [OTHER]: { code: asm('5a 6000 55 6000 6005 55'), storage: { '0x05': '0x01' } } },
        });
        assert.equal(status(r.ref), 1);
    }
});
//# sourceMappingURL=evm-halts.test.js.map