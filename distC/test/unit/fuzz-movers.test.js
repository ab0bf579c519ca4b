// The fuzzer's ether mover (src/fuzz/movers.ts) does what its doc says, on the sequential engine:
// each action's log and the balances it leaves, computed from the inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesToHex, createContractAddress, createAddressFromString } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { executeBlockSequential } from '../../src/index.js';
import { moverCode } from '../../src/fuzz/movers.js';
import { parseSnapshot } from '../../src/state/snapshot.js';
import { SyntheticChain, wallets } from '../../src/workloads/chain.js';
const word = (v) => BigInt(v).toString(16).padStart(64, '0');
const MOVER = `0x${'ab'.repeat(20)}`;
const TARGET = `0x${'cd'.repeat(20)}`;
const balanceOf = (r, address) => r.stateChanges.find((c) => c.address === address)?.balance;
const logWord = (r, i) => BigInt(r.receipts[i].logs[0].data);
test('ether mover: CALL (paid, refused), slow CALL, BALANCE, SELFBALANCE, CREATE, SELFDESTRUCT', async () => {
    const code = moverCode();
    const codeHash = bytesToHex(keccak_256(code));
    const users = wallets('parevm/fuzz-movers', 7);
    const preState = { [MOVER]: { balance: '0xbb8', nonce: 1, code_hash: codeHash, storage: {} } }; // 3,000 wei
    for (const u of users)
        preState[u.address] = { balance: `0x${(10n ** 19n).toString(16)}`, nonce: 0, storage: {} };
    const chain = new SyntheticChain(parseSnapshot({ preState, bytecodes: { [codeHash]: bytesToHex(code) }, blockHashes: {} }));
    const actions = [
        [0, TARGET, 2500n], // paid: 3,000 -> 500
        [0, TARGET, 2500n], // refused
        [1, TARGET, 400n], // paid, then burns: 500 -> 100
        [4, TARGET, 0n], // BALANCE(target) = 2,900
        [5, TARGET, 0n], // SELFBALANCE = 100
        [2, TARGET, 60n], // CREATE endowed with 60: 100 -> 40
        [3, TARGET, 0n], // SELFDESTRUCT: the last 40 wei to the target
    ];
    const gasLimit = 150000n;
    const txs = chain.sign(actions.map(([action, to, value], i) => ({ from: users[i], to: MOVER, data: `0x${word(BigInt(action))}${word(to)}${word(value)}`, gasLimit })));
    const r = await executeBlockSequential(chain.blockJson(txs), chain.state, {});
    assert.ok(r.receipts.every((x) => x.status === 1));
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => logWord(r, i)), [1n, 0n, 1n, 2900n, 100n]);
    // The slow CALL burns its gas down to 10,000: a loop step costs 22, and after the last GAS
    // reading (at most 10,000) GT, PUSH2 and JUMPI cost 16.
    const left = gasLimit - r.receipts[2].gasUsed;
    assert.ok(left <= 10000n - 16n && left > 10000n - 16n - 22n, `gas left ${left}`);
    const created = createContractAddress(createAddressFromString(MOVER), 1n).toString();
    assert.equal(logWord(r, 5), BigInt(created));
    assert.equal(balanceOf(r, created), 60n);
    assert.equal(r.receipts[6].logs.length, 0);
    assert.equal(balanceOf(r, TARGET), 2500n + 400n + 40n);
    assert.equal(balanceOf(r, MOVER), 0n);
});
//# sourceMappingURL=fuzz-movers.test.js.map