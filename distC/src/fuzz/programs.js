/**
 * Generated contracts of the differential fuzzer. Every fuzz contract is a dispatcher over
 * `routines` random straight-line programs; calldata selects one:
 *
 *   byte 0  routine index (mod the number of routines)
 *   byte 1  depth left for nested calls (a nested call passes depth - 1; 0 stops nesting)
 *   2..33   a 32-byte argument: the initial accumulator
 *
 * Each routine folds what it reads (SLOAD of a few shared slots, TLOAD, BALANCE/SELFBALANCE of
 * the beneficiary and others, EXTCODEHASH, call results, BLOCKHASH) into an accumulator at
 * memory 0 (`acc = acc * 31 + value`), and writes from it (SSTORE, TSTORE, LOG, value sent,
 * return data), so a wrong read shows up in the receipts or the state diff. Actions include
 * nested CALL/CALLCODE/DELEGATECALL/STATICCALL with all or a little gas, REVERT at random depths,
 * CREATE/CREATE2 of child contracts with a few fixed salts (address collisions), children that
 * SELFDESTRUCT when called without data (re-created later by the same salt), gas burners that
 * sometimes run out of gas, value transfers to wallets, the beneficiary and absent accounts.
 *
 * Memory: 0x00 acc · 0x40..0x62 calldata of nested calls · 0x80 return word · 0x100.. initcode.
 * (The probe contract, `probe.ts`, uses the same layout and calldata.)
 */
import { Asm } from './asm.js';
/** Storage slots the fuzz contracts share (read and written by every routine). */
export const SHARED_SLOTS = 6;
/** Slot `CHILD_SLOT + s` holds the address of the child created with salt / kind `s`. */
export const CHILD_SLOT = 100;
/** Number of CREATE2 salts (and child slots): few, so creations collide. */
export const SALTS = 3;
const PRECOMPILES = [
    '0x0000000000000000000000000000000000000001',
    '0x0000000000000000000000000000000000000002',
    '0x0000000000000000000000000000000000000003',
    '0x0000000000000000000000000000000000000004',
];
/** Generates code pieces from one random stream, for one contract or initcode. */
class Writer {
    asm;
    rng;
    t;
    mode;
    blobs = 0;
    revertLabel;
    constructor(asm, rng, t, mode) {
        this.asm = asm;
        this.rng = rng;
        this.t = t;
        this.mode = mode;
        this.revertLabel = asm.fresh('revert');
    }
    /** acc = acc * 31 + (top of stack). */
    mix() {
        this.asm.push(0).op('MLOAD').push(31).op('MUL', 'ADD').push(0).op('MSTORE');
    }
    acc() {
        this.asm.push(0).op('MLOAD');
    }
    depth() {
        if (this.mode.kind === 'initcode')
            this.asm.push(this.mode.depth);
        else
            this.asm.push(0).op('CALLDATALOAD').push(1).op('BYTE');
    }
    anyAddress() {
        const r = this.rng;
        const k = r.int(8);
        if (k === 0)
            this.asm.op('COINBASE');
        else if (k === 1)
            this.asm.op('CALLER');
        else if (k === 2)
            this.asm.op('ORIGIN');
        else if (k === 3)
            this.asm.push(CHILD_SLOT + r.int(SALTS)).op('SLOAD');
        else
            this.asm.pushAddress(r.pick([this.t.coinbase, this.t.coinbase, ...this.t.contracts, ...this.t.wallets, ...this.t.ghosts]));
    }
    valueRecipient() {
        const r = this.rng;
        const k = r.int(6);
        if (k === 0)
            this.asm.op('COINBASE');
        else if (k === 1)
            this.asm.op('CALLER');
        else
            this.asm.pushAddress(r.pick([this.t.coinbase, ...this.t.wallets, ...this.t.ghosts, ...this.t.contracts]));
    }
    /** One random action. */
    action() {
        const r = this.rng;
        const kind = r.weighted([
            ['sload', 6],
            ['sstore', 6],
            ['balance', 4],
            ['transfer', 3],
            ['call', 5],
            ['create', 2],
            ['callChild', 2],
            ['transient', this.t.transient ? 3 : 0],
            ['extcode', 2],
            ['burn', 2],
            ['log', 2],
            ['revertIf', 2],
            ['blockhash', 1],
            ['selfdestructIf', 1],
        ]);
        const a = this.asm;
        switch (kind) {
            case 'sload':
                a.push(r.int(SHARED_SLOTS)).op('SLOAD');
                this.mix();
                break;
            case 'sstore': {
                const slot = r.int(SHARED_SLOTS);
                const v = r.int(4);
                if (v === 0)
                    this.acc();
                else if (v === 1)
                    a.push(slot).op('SLOAD').push(1).op('ADD'); // a counter: read-modify-write
                else if (v === 2)
                    a.push(0); // clear (refund)
                else
                    a.push(r.word());
                a.push(slot).op('SSTORE');
                break;
            }
            case 'balance':
                if (r.chance(0.3))
                    a.op('SELFBALANCE');
                else if (r.chance(0.5))
                    a.op('COINBASE', 'BALANCE');
                else {
                    this.anyAddress();
                    a.op('BALANCE');
                }
                this.mix();
                break;
            case 'transfer': {
                a.push(0).push(0).push(0).push(0);
                const v = r.int(4);
                if (v === 0)
                    a.op('SELFBALANCE').push(2).op('SWAP1', 'DIV'); // half of what it holds
                else if (v === 1)
                    a.op('CALLVALUE');
                else
                    a.push(r.range(1, 10_000));
                this.valueRecipient();
                a.push(r.chance(0.5) ? 0 : 30_000).op('CALL');
                this.mix();
                break;
            }
            case 'call':
                this.call();
                break;
            case 'create': {
                const init = childInitcode(r, this.t);
                const name = `init${this.blobs++}`;
                a.blob(name, init);
                a.push(init.length).ref(name).push(0x100).op('CODECOPY');
                const salt = r.int(SALTS);
                const two = r.chance(0.6);
                if (two)
                    a.push(salt);
                a.push(init.length).push(0x100);
                if (r.chance(0.3))
                    a.push(r.range(1, 5000));
                else
                    a.push(0);
                a.op(two ? 'CREATE2' : 'CREATE');
                // Remember the child (0 on failure) so later transactions call it.
                a.op('DUP1')
                    .push(CHILD_SLOT + salt)
                    .op('SSTORE');
                this.mix();
                break;
            }
            case 'callChild': {
                const withData = r.chance(0.5);
                a.push(32)
                    .push(0x80)
                    .push(withData ? 1 : 0)
                    .push(0x40)
                    .push(0);
                a.push(CHILD_SLOT + r.int(SALTS)).op('SLOAD');
                a.push(r.chance(0.7) ? 100_000 : 3_000).op('CALL');
                this.mix();
                a.push(0x80).op('MLOAD');
                this.mix();
                break;
            }
            case 'transient': {
                const slot = r.int(3);
                if (r.chance(0.5)) {
                    this.acc();
                    a.push(slot).op('TSTORE');
                }
                else {
                    a.push(slot).op('TLOAD');
                    this.mix();
                }
                break;
            }
            case 'extcode':
                this.anyAddress();
                a.op(r.chance(0.6) ? 'EXTCODEHASH' : 'EXTCODESIZE');
                this.mix();
                break;
            case 'burn': {
                const loop = a.fresh('burn');
                a.push(r.chance(0.1) ? 1_000_000 : r.range(1, 60));
                a.label(loop).push(1).op('SWAP1', 'SUB', 'DUP1').jumpi(loop).op('POP');
                break;
            }
            case 'log':
                a.push(r.int(1 << 16));
                this.acc();
                a.push(32).push(0).op('LOG2');
                break;
            case 'revertIf':
                if (r.chance(0.5)) {
                    this.depth();
                    a.push(r.int(3)).op('EQ');
                }
                else {
                    this.acc();
                    a.push(r.range(2, 5)).op('SWAP1', 'MOD', 'ISZERO');
                }
                a.jumpi(this.revertLabel);
                break;
            case 'blockhash':
                a.push(r.pick([1, 2, 3, 256, 257])).op('NUMBER', 'SUB', 'BLOCKHASH');
                this.mix();
                break;
            case 'selfdestructIf': {
                const skip = a.fresh('keep');
                this.acc();
                a.push(r.range(2, 4)).op('SWAP1', 'MOD').jumpi(skip);
                this.valueRecipient();
                a.op('SELFDESTRUCT').label(skip);
                break;
            }
        }
    }
    /** A nested call into a fuzz contract (or a child, precompile or absent account). */
    call() {
        const r = this.rng;
        const a = this.asm;
        const skip = a.fresh('nodepth');
        this.depth();
        a.op('ISZERO').jumpi(skip);
        // calldata at 0x40: routine, depth - 1, acc
        a.push(r.int(16)).push(0x40).op('MSTORE8');
        this.depth();
        a.push(1).op('SWAP1', 'SUB').push(0x41).op('MSTORE8');
        this.acc();
        a.push(0x42).op('MSTORE');
        a.push(0).push(0x80).op('MSTORE');
        const kind = r.weighted([
            ['CALL', 5],
            ['DELEGATECALL', 2],
            ['STATICCALL', 2],
            ['CALLCODE', 1],
        ]);
        a.push(32).push(0x80).push(34).push(0x40);
        if (kind === 'CALL' || kind === 'CALLCODE')
            a.push(r.chance(0.7) ? 0 : r.range(1, 1000));
        const target = r.int(10);
        if (target === 0)
            a.push(CHILD_SLOT + r.int(SALTS)).op('SLOAD');
        else if (target === 1)
            a.pushAddress(r.pick(PRECOMPILES));
        else if (target === 2)
            a.pushAddress(r.pick(this.t.ghosts));
        else if (target === 3 && this.t.probe)
            a.pushAddress(this.t.probe);
        else
            a.pushAddress(r.pick(this.t.contracts));
        if (r.chance(0.7))
            a.op('GAS');
        else
            a.push(r.pick([2_300, 8_000, 40_000]));
        a.op(kind);
        this.mix();
        a.op('RETURNDATASIZE');
        this.mix();
        a.push(0x80).op('MLOAD');
        this.mix();
        a.label(skip);
    }
    /** How a routine ends. */
    end() {
        const a = this.asm;
        const k = this.rng.weighted([
            ['return', 6],
            ['stop', 2],
            ['revert', 1],
            ['invalid', 1],
            ['selfdestruct', this.mode.kind === 'runtime' ? 1 : 0],
        ]);
        if (this.rng.chance(0.5)) {
            this.acc();
            a.push(this.rng.int(SHARED_SLOTS)).op('SSTORE');
        }
        if (k === 'return')
            a.push(32).push(0).op('RETURN');
        else if (k === 'stop')
            a.op('STOP');
        else if (k === 'revert')
            a.push(32).push(0).op('REVERT');
        else if (k === 'invalid')
            a.op('INVALID');
        else {
            this.valueRecipient();
            a.op('SELFDESTRUCT');
        }
    }
    /** The shared REVERT target of conditional reverts. */
    tail() {
        this.asm.label(this.revertLabel).push(32).push(0).op('REVERT');
    }
}
/**
 * A fuzz contract: dispatcher over `routines` random routines of 2..`maxActions` actions.
 */
export function fuzzContract(rng, t, routines, maxActions) {
    const a = new Asm();
    const w = new Writer(a, rng, t, { kind: 'runtime' });
    const labels = Array.from({ length: routines }, () => a.fresh('routine'));
    // acc = argument word; routine = calldata[0] mod routines
    a.push(2).op('CALLDATALOAD').push(0).op('MSTORE');
    a.push(routines).push(0).op('CALLDATALOAD').push(248).op('SHR', 'MOD');
    labels.forEach((l, i) => {
        if (i === labels.length - 1)
            a.op('POP').jump(l);
        else
            a.op('DUP1').push(i).op('EQ').jumpi(l);
    });
    for (const l of labels) {
        a.label(l);
        const n = rng.range(2, maxActions);
        for (let i = 0; i < n; i++)
            w.action();
        w.end();
    }
    w.tail();
    return a.build();
}
/**
 * Initcode of a creation transaction: a random routine run as constructor (nested calls with a
 * fixed depth), then it deploys a child runtime, deploys nothing, or reverts.
 */
export function creationInitcode(rng, t, maxActions) {
    const a = new Asm();
    const w = new Writer(a, rng, t, { kind: 'initcode', depth: rng.int(3) });
    a.op('CALLVALUE').push(rng.word()).op('ADD').push(0).op('MSTORE');
    const n = rng.range(1, maxActions);
    for (let i = 0; i < n; i++)
        w.action();
    const runtime = childRuntime(rng, t);
    const end = rng.weighted([
        ['deploy', 6],
        ['empty', 2],
        ['revert', 1],
    ]);
    if (end === 'deploy') {
        a.blob('runtime', runtime);
        a.push(runtime.length).ref('runtime').push(0).op('CODECOPY').push(runtime.length).push(0).op('RETURN');
    }
    else if (end === 'empty')
        a.op('STOP');
    else
        a.push(0).push(0).op('REVERT');
    w.tail();
    return a.build();
}
/**
 * Runtime of a child contract: bumps its slot 0; called without data it SELFDESTRUCTs (to the
 * beneficiary, the caller or the origin), with data it returns slot 0.
 */
export function childRuntime(rng, t) {
    const a = new Asm();
    a.push(0).op('SLOAD').push(1).op('ADD').push(0).op('SSTORE');
    a.op('CALLDATASIZE', 'ISZERO').jumpi('die');
    a.push(0).op('SLOAD').push(0).op('MSTORE').push(32).push(0).op('RETURN');
    a.label('die');
    const k = rng.int(3);
    if (k === 0)
        a.op('COINBASE');
    else if (k === 1)
        a.op('CALLER');
    else
        a.pushAddress(rng.pick([t.coinbase, ...t.wallets]));
    a.op('SELFDESTRUCT');
    return a.build();
}
/**
 * Initcode of a child: its constructor stores the value it was given and a constant, then it
 * deploys {@link childRuntime} — or reverts, runs out of gas, or returns code starting with
 * 0xEF (rejected since London, EIP-3541).
 */
export function childInitcode(rng, t) {
    const a = new Asm();
    a.op('CALLVALUE').push(1).op('SSTORE');
    a.push(rng.int(1000) + 1)
        .push(2)
        .op('SSTORE');
    if (t.transient && rng.chance(0.3))
        a.push(1).push(0).op('TSTORE');
    const kind = rng.weighted([
        ['ok', 12],
        ['revert', 1],
        ['oog', 1],
        ['ef', 1],
    ]);
    if (kind === 'revert')
        return a.push(0).push(0).op('REVERT').build();
    if (kind === 'oog')
        return a.label('spin').jump('spin').build();
    const runtime = kind === 'ef' ? new Uint8Array([0xef, 0x00]) : childRuntime(rng, t);
    a.blob('runtime', runtime);
    a.push(runtime.length).ref('runtime').push(0).op('CODECOPY').push(runtime.length).push(0).op('RETURN');
    return a.build();
}
//# sourceMappingURL=programs.js.map