import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLAG_DEBIT, FLAG_DELTA, MVMemory, MVMemoryFullError, layoutFor } from '../src/parallel/mvMemory.js';
import { LocationKeys, encodeAccount, nonceBlind, resolveAccount, resolveBalance, u256 } from '../src/parallel/txView.js';
import { validateReadSet } from '../src/parallel/validate.js';
import { mergeWrites } from '../src/parallel/merge.js';
import { Fallback } from '../src/parallel/fallback.js';
import { BlockStateManager } from '../src/state/stateManager.js';
import { parseSnapshot } from '../src/state/snapshot.js';
const A = '0x00000000000000000000000000000000000000aa';
const base = parseSnapshot({ preState: { [A]: { balance: '0x10', nonce: 0 } }, bytecodes: {}, blockHashes: {} });
function setup(txs = 8) {
    const mv = MVMemory.create(layoutFor(txs, 30000000n));
    return { mv, keys: new LocationKeys(mv) };
}
test('a read returns the highest write below the reader, or none', () => {
    const { mv, keys } = setup();
    const slot = keys.storage(A, 1n);
    mv.record(2, 0, [], [{ loc: slot, flags: 0, value: u256(20n) }]);
    mv.record(5, 0, [], [{ loc: slot, flags: 0, value: u256(50n) }]);
    assert.equal(mv.read(slot, 2).kind, 'none');
    const r4 = mv.read(slot, 4);
    assert.ok(r4.kind === 'value' && r4.txIndex === 2);
    const r7 = mv.read(slot, 7);
    assert.ok(r7.kind === 'value' && r7.txIndex === 5 && r7.incarnation === 0);
});
test('ESTIMATE: an aborted transaction blocks readers until it records again', () => {
    const { mv, keys } = setup();
    const slot = keys.storage(A, 1n);
    mv.record(1, 0, [], [{ loc: slot, flags: 0, value: u256(1n) }]);
    mv.convertWritesToEstimates(1);
    assert.deepEqual(mv.read(slot, 3), { kind: 'estimate', blockingTx: 1 });
    const wroteNew = mv.record(1, 1, [], [{ loc: slot, flags: 0, value: u256(2n) }]);
    assert.equal(wroteNew, false, 'same location as the previous incarnation');
    const r = mv.read(slot, 3);
    assert.ok(r.kind === 'value' && r.incarnation === 1);
});
test('a new incarnation that no longer writes a location removes its old version', () => {
    const { mv, keys } = setup();
    const s1 = keys.storage(A, 1n);
    const s2 = keys.storage(A, 2n);
    assert.equal(mv.record(1, 0, [], [{ loc: s1, flags: 0, value: u256(1n) }]), true);
    assert.equal(mv.record(1, 1, [], [{ loc: s2, flags: 0, value: u256(1n) }]), true);
    assert.equal(mv.read(s1, 4).kind, 'none');
    assert.deepEqual(mv.writtenLocations(1), [s2]);
});
test('validation: a read set stays valid until a lower transaction writes what it read', () => {
    const { mv, keys } = setup();
    const slot = keys.storage(A, 1n);
    mv.record(3, 0, [slot, -1, 0], []); // tx 3 read the pre-state
    assert.equal(validateReadSet(mv, 3, base), true);
    mv.record(1, 0, [], [{ loc: slot, flags: 0, value: u256(9n) }]);
    assert.equal(validateReadSet(mv, 3, base), false);
});
test('balance deltas are summed over the last absolute write; value-validated reads detect a new delta', () => {
    const { mv, keys } = setup();
    const bal = keys.balance(A);
    mv.record(0, 0, [], [{ loc: bal, flags: FLAG_DELTA, value: u256(5n) }]);
    mv.record(1, 0, [], [{ loc: bal, flags: FLAG_DELTA, value: u256(7n) }]);
    const chain = mv.readDeltas(bal, 4);
    assert.equal(chain.length, 3); // two deltas, then none (pre-state)
    const stash = mv.stash(u256(16n + 12n));
    mv.record(4, 0, [bal, -2, stash], []);
    assert.equal(validateReadSet(mv, 4, base), true);
    mv.record(2, 0, [], [{ loc: bal, flags: FLAG_DELTA, value: u256(1n) }]);
    assert.equal(validateReadSet(mv, 4, base), false);
});
test('value-validated account reads: a new nonce increment below fails a plain read, not a nonce-blind one; a new code hash fails both', () => {
    const { mv, keys } = setup();
    const acct = keys.account(A);
    const increment = encodeAccount({ exists: true, resetTx: -1, nonce: 1n, codeHash: undefined });
    mv.record(0, 0, [], [{ loc: acct, flags: FLAG_DELTA, value: increment }]);
    // What txs 5 and 6 saw: the pre-state account (nonce 0) under one increment.
    const seen = encodeAccount({ exists: true, resetTx: -1, nonce: 1n, codeHash: undefined });
    mv.record(5, 0, [acct, -2, mv.stash(seen)], []);
    mv.record(6, 0, [acct, -2, mv.stash(nonceBlind(encodeAccount({ exists: true, resetTx: -1, nonce: 1n, codeHash: undefined })))], []);
    assert.equal(validateReadSet(mv, 5, base), true);
    assert.equal(validateReadSet(mv, 6, base), true);
    mv.record(1, 0, [], [{ loc: acct, flags: FLAG_DELTA, value: increment }]);
    assert.equal(validateReadSet(mv, 5, base), false, 'the nonce is now 2');
    assert.equal(validateReadSet(mv, 6, base), true, 'a nonce-blind read ignores the nonce');
    mv.record(2, 0, [], [{ loc: acct, flags: 0, value: encodeAccount({ exists: true, resetTx: -1, nonce: 0n, codeHash: `0x${'cd'.repeat(32)}` }) }]);
    assert.equal(validateReadSet(mv, 6, base), false, 'the code hash changed');
});
test('a balance resolves through a long chain of deltas, debits, an absolute write and an ESTIMATE', () => {
    const { mv, keys } = setup(300);
    const bal = keys.balance(A);
    // tx 0 writes 1000 absolutely; txs 1..200 credit i wei each; every tenth debits 3 wei instead.
    mv.record(0, 0, [], [{ loc: bal, flags: 0, value: u256(1000n) }]);
    let expected = 1000n;
    const at = [1000n];
    for (let i = 1; i <= 200; i++) {
        const debit = i % 10 === 0;
        mv.record(i, 0, [], [{ loc: bal, flags: debit ? FLAG_DELTA | FLAG_DEBIT : FLAG_DELTA, value: u256(debit ? 3n : BigInt(i)) }]);
        expected += debit ? -3n : BigInt(i);
        at.push(expected);
    }
    for (const reader of [1, 2, 57, 150, 201, 250]) {
        const r = resolveBalance(mv, bal, reader, () => 16n);
        assert.ok(r.kind === 'value');
        assert.equal(r.value, at[Math.min(reader, 201) - 1]);
        assert.equal(r.deltas, reader > 1);
        assert.equal(r.txIndex, 0);
    }
    // The walk stops at the first absolute version: 200 deltas then one value.
    assert.equal(mv.readDeltas(bal, 250).length, 201);
    // Below the first write, the pre-state: a chain of one `none`.
    assert.deepEqual(mv.readDeltas(bal, 0), [{ kind: 'none' }]);
    assert.deepEqual(resolveBalance(mv, bal, 0, () => 16n), { kind: 'value', value: 16n, deltas: false, txIndex: -1, incarnation: 0 });
    // An ESTIMATE inside the chain blocks every reader above it, and only those.
    mv.convertWritesToEstimates(120);
    assert.deepEqual(resolveBalance(mv, bal, 201, () => 16n), { kind: 'estimate', blockingTx: 120 });
    assert.equal(mv.readDeltas(bal, 201).at(-1)?.kind, 'estimate');
    const below = resolveBalance(mv, bal, 120, () => 16n);
    assert.ok(below.kind === 'value' && below.value === at[119]);
});
test("an account resolves through a lazy sender's nonce increments down to the pre-state", () => {
    const { mv, keys } = setup(64);
    const acct = keys.account(A);
    for (let i = 0; i < 40; i++) {
        mv.record(i, 0, [], [{ loc: acct, flags: FLAG_DELTA, value: encodeAccount({ exists: true, resetTx: -1, nonce: 1n, codeHash: undefined }) }]);
    }
    const r = resolveAccount(mv, acct, 40, () => ({ exists: false, resetTx: -1, nonce: 7n, codeHash: undefined }));
    assert.deepEqual(r, { kind: 'value', value: { exists: true, resetTx: -1, nonce: 47n, codeHash: undefined } });
    const none = resolveAccount(mv, acct, 0, () => ({ exists: false, resetTx: -1, nonce: 7n, codeHash: undefined }));
    assert.deepEqual(none, { kind: 'value', value: { exists: false, resetTx: -1, nonce: 7n, codeHash: undefined } });
});
test('nonce increments of any size (beyond 32 and 53 bits) sum exactly over an absolute version', () => {
    const { mv, keys } = setup(64);
    const acct = keys.account(A);
    const code = `0x${'ab'.repeat(32)}`;
    mv.record(0, 0, [], [{ loc: acct, flags: 0, value: encodeAccount({ exists: true, resetTx: 0, nonce: 3n, codeHash: code }) }]);
    const increments = [1n, 2n ** 32n + 5n, 2n ** 53n, 2n ** 63n - 1n, 9n];
    increments.forEach((nonce, i) => {
        mv.record(i + 1, 0, [], [{ loc: acct, flags: FLAG_DELTA, value: encodeAccount({ exists: true, resetTx: -1, nonce, codeHash: undefined }) }]);
    });
    const sum = increments.reduce((a, b) => a + b, 3n);
    const r = resolveAccount(mv, acct, 6, () => assert.fail('the base lies below an absolute version'));
    assert.deepEqual(r, { kind: 'value', value: { exists: true, resetTx: 0, nonce: sum, codeHash: code } });
    const two = resolveAccount(mv, acct, 3, () => assert.fail('the base lies below an absolute version'));
    assert.deepEqual(two, { kind: 'value', value: { exists: true, resetTx: 0, nonce: 3n + 1n + 2n ** 32n + 5n, codeHash: code } });
});
test('a full region throws MVMemoryFullError instead of overwriting', () => {
    const mv = MVMemory.create({ txCount: 1, locations: 4, keyBytes: 1024, valueBytes: 1024, versions: 4, listWords: 64 });
    const keys = new LocationKeys(mv);
    assert.throws(() => {
        for (let i = 0; i < 10; i++)
            keys.storage(A, BigInt(i));
    }, MVMemoryFullError);
});
test('a full key arena throws and leaves no slot half-claimed (another lookup never waits on it)', () => {
    const mv = MVMemory.create({ txCount: 1, locations: 16, keyBytes: 60, valueBytes: 1024, versions: 4, listWords: 64 });
    const key = (b) => Uint8Array.from({ length: 53 }, (_, i) => (i === 0 ? 3 : b));
    assert.ok(mv.location(key(1), true) >= 0); // 53 of 60 key bytes
    assert.throws(() => mv.location(key(2), true), MVMemoryFullError);
    // The slot key(2) claimed is published as matching nothing: probing passes it (it used to spin
    // forever on a slot left "being written").
    assert.equal(mv.location(key(2), false), -1);
    assert.throws(() => mv.location(key(2), true), MVMemoryFullError);
    assert.ok(mv.location(key(1), false) >= 0);
});
test('the block-end merge applies a location listed twice in one write set once (a DELTA is not summed twice)', () => {
    const { mv, keys } = setup(4);
    const bal = keys.balance(A);
    // A's pre-state balance is 16 wei; transaction 0 credits 5 wei, listed twice.
    mv.record(0, 0, [], [
        { loc: bal, flags: FLAG_DELTA, value: u256(5n) },
        { loc: bal, flags: FLAG_DELTA, value: u256(5n) },
    ]);
    const sm = new BlockStateManager(base);
    mergeWrites(mv, 1, sm, `0x${'bb'.repeat(20)}`, false, () => { });
    assert.equal(sm.readAccount(A)?.balance, 21n);
});
test('the block-end merge falls back on a debit below 0 and says which check failed (metrics.mergeCheck)', () => {
    const { mv, keys } = setup(4);
    // A's pre-state balance is 16 wei; transaction 0 debits 17 (a bounded balance validated against too little).
    mv.record(0, 0, [], [{ loc: keys.balance(A), flags: FLAG_DELTA | FLAG_DEBIT, value: u256(17n) }]);
    assert.throws(() => mergeWrites(mv, 1, new BlockStateManager(base), `0x${'bb'.repeat(20)}`, false, () => { }), (e) => {
        assert.ok(e instanceof Fallback);
        assert.match(e.reason, /the balance of 0x0+aa leaves 0 … 2\^256 − 1 at transaction 0 \(-1 wei\)/);
        assert.equal(e.metrics.mergeCheck, 'negative-balance');
        return true;
    });
    // The same debit of 16 wei leaves 0: merged.
    const ok = setup(4);
    ok.mv.record(0, 0, [], [{ loc: ok.keys.balance(A), flags: FLAG_DELTA | FLAG_DEBIT, value: u256(16n) }]);
    const sm = new BlockStateManager(base);
    mergeWrites(ok.mv, 1, sm, `0x${'bb'.repeat(20)}`, false, () => { });
    assert.equal(sm.readAccount(A)?.balance, 0n);
});
test('a re-execution with a large write set removes exactly the versions it no longer writes', () => {
    const { mv, keys } = setup(8);
    const slots = Array.from({ length: 120 }, (_, i) => keys.storage(A, BigInt(i)));
    // Incarnation 0 writes slots 0–99; incarnation 1 writes slots 50–119 (past the scan threshold: 100 × 70 > 1024).
    assert.equal(mv.record(2, 0, [], slots.slice(0, 100).map((loc) => ({ loc, flags: 0, value: u256(1n) }))), true);
    assert.equal(mv.record(2, 1, [], slots.slice(50, 120).map((loc) => ({ loc, flags: 0, value: u256(2n) }))), true, 'slots 100–119 are new');
    slots.forEach((loc, i) => {
        const r = mv.read(loc, 5);
        if (i < 50)
            assert.equal(r.kind, 'none', `slot ${i} removed`);
        else
            assert.ok(r.kind === 'value' && r.incarnation === 1, `slot ${i} rewritten`);
    });
    // The same set again writes nothing new.
    assert.equal(mv.record(2, 2, [], slots.slice(50, 120).map((loc) => ({ loc, flags: 0, value: u256(3n) }))), false);
    assert.deepEqual(mv.writtenLocations(2), slots.slice(50, 120));
});
//# sourceMappingURL=mv-memory.test.js.map