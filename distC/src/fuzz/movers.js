/**
 * Ether movers: small contracts of the differential fuzzer that only move ether, so that two of
 * their transactions conflict on a contract's balance and on nothing else — what Block-STM's
 * bounded contract balances (`parallel/txView.ts`) must validate right. The fuzz contracts
 * (`programs.ts`) share storage slots, so their transactions depend on each other through
 * storage too and re-execute whatever their balances did: with a bounded-balance rule removed,
 * 60 fuzz blocks without movers found no divergence, where these transactions find one.
 *
 * A mover holds a few thousand wei and takes three calldata words: an action, a target address
 * and a value (wei). Actions:
 *   0  CALL the target with the value and all gas left (no data); LOG0 of the call's success
 *   1  the same CALL with 30,000 gas, then burn the gas left down to 10,000: a transaction
 *      whose writes land late, so that the next ones run before them
 *   2  CREATE an empty account endowed with the value; LOG0 of its address (0 on failure)
 *   3  SELFDESTRUCT to the target
 *   4  LOG0 of BALANCE(target)
 *   5  LOG0 of SELFBALANCE
 * Nothing is stored: what differs shows in the receipts (logs, gas) and in the balances.
 */
import { wordToHex } from '../evm/words.js';
import { Asm } from './asm.js';
/** Wei a mover may hold before the block: one payment below, not two (its payments are 500–5,000 wei). */
export const MOVER_BALANCES = [0n, 1000n, 3000n, 6000n];
/** Wei a mover is asked to pay (its actions' `value` word). */
const PAYMENTS = [0, 500, 1000, 2500, 5000];
/** A mover's runtime code (the same for every mover). */
export function moverCode() {
    const a = new Asm();
    const call = a.fresh('call');
    const slow = a.fresh('slow');
    const burn = a.fresh('burn');
    const create = a.fresh('create');
    const destruct = a.fresh('destruct');
    const balance = a.fresh('balance');
    const log = a.fresh('log');
    /** CALL's arguments but gas, pushed: no data in or out, the value and the target from calldata. */
    const callArgs = () => a.push(0).push(0).push(0).push(0).push(64).op('CALLDATALOAD').push(32).op('CALLDATALOAD');
    a.push(0).op('CALLDATALOAD');
    a.op('DUP1').push(0).op('EQ').jumpi(call);
    a.op('DUP1').push(1).op('EQ').jumpi(slow);
    a.op('DUP1').push(2).op('EQ').jumpi(create);
    a.op('DUP1').push(3).op('EQ').jumpi(destruct);
    a.op('DUP1').push(4).op('EQ').jumpi(balance);
    a.op('SELFBALANCE').jump(log);
    // CALL(gas, target, value, 0, 0, 0, 0)
    a.label(call);
    callArgs().op('GAS', 'CALL').jump(log);
    // The same CALL with 30,000 gas, its success logged, then a loop while more than 10,000 gas is left.
    a.label(slow);
    callArgs().push(30_000).op('CALL');
    a.push(0).op('MSTORE').push(32).push(0).op('LOG0');
    a.label(burn).push(10_000).op('GAS', 'GT').jumpi(burn).op('STOP');
    // CREATE(value, 0, 0): an empty account
    a.label(create).push(0).push(0).push(64).op('CALLDATALOAD').op('CREATE').jump(log);
    a.label(destruct).push(32).op('CALLDATALOAD').op('SELFDESTRUCT');
    a.label(balance).push(32).op('CALLDATALOAD').op('BALANCE');
    // LOG0 of the top of the stack (memory 0..32), then stop.
    a.label(log).push(0).op('MSTORE').push(32).push(0).op('LOG0', 'STOP');
    return a.build();
}
/**
 * Calldata of one mover transaction: mostly payments (CALL with value, to another mover, a wallet
 * or another of `targets`; half of them slow), sometimes a CREATE with an endowment, a
 * SELFDESTRUCT or a balance read.
 */
export function moverData(rng, movers, targets) {
    const action = rng.weighted([
        [0, 4],
        [1, 4],
        [2, 2],
        [3, 1],
        [4, 2],
        [5, 1],
    ]);
    const target = rng.chance(0.5) ? rng.pick(movers) : rng.pick(targets);
    const word = (v) => wordToHex(v).slice(2);
    return { action, data: `0x${word(BigInt(action))}${word(BigInt(target))}${word(BigInt(rng.pick(PAYMENTS)))}` };
}
//# sourceMappingURL=movers.js.map