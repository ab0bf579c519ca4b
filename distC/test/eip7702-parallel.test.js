// EIP-7702 on the parallel path: an authority's nonce and code are state like any other, written
// by one transaction and read by later ones; the delegated code runs with the authority's real
// balance. Each block runs sequentially and in parallel at 1, 2 and 4 workers; the sequential
// result is checked against values worked out from the EIPs, and parallel must equal it.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createBlock } from '@ethereumjs/block';
import { createEOACode7702Tx, createFeeMarket1559Tx } from '@ethereumjs/tx';
import { bytesToHex, createAddressFromPrivateKey, createAddressFromString, eoaCode7702SignAuthorization, hexToBytes, intToHex, } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { createChainCommon, createTxCommon } from '../src/block/hardfork.js';
import { testNetwork } from '../src/conformance/hardforks.js';
import { parseTestState } from '../src/conformance/preState.js';
import { InvalidTransactionError, closeSharedPools, diffResults, executeBlock, executeBlockSequential } from '../src/index.js';
import { transactionConstructionError } from '../src/block/decode.js';
after(() => closeSharedPools());
const CHAIN = testNetwork('Prague').chain;
const txCommon = createTxCommon('prague', CHAIN);
const key = (n) => hexToBytes(`0x${n.toString(16).padStart(64, '0')}`);
const SENDER_KEY = key(0xa1);
const AUTHORITY_KEY = key(0xa2);
const SENDER = createAddressFromPrivateKey(SENDER_KEY).toString();
const AUTHORITY = createAddressFromPrivateKey(AUTHORITY_KEY).toString();
const COINBASE = createAddressFromString('0x00000000000000000000000000000000000c0ffe');
/** SELFBALANCE PUSH0 SSTORE STOP: stores the executing account's balance in slot 0. */
const STORE_SELFBALANCE = '0x475f5500';
const STORE_SELFBALANCE_AT = '0x000000000000000000000000000000000000b000';
/** PUSH0 SLOAD PUSH1 1 SSTORE STOP: copies slot 0 of the executing account to slot 1. */
const COPY_SLOT = '0x5f5460015500';
const COPY_SLOT_AT = '0x000000000000000000000000000000000000c000';
function authorization(delegate, nonce) {
    return eoaCode7702SignAuthorization({ chainId: '0x1', address: delegate, nonce: intToHex(nonce) }, AUTHORITY_KEY);
}
function setCode(nonce, to, value, auths) {
    return createEOACode7702Tx({ chainId: 1n, nonce, to: createAddressFromString(to), value, gasLimit: 200000n, maxFeePerGas: 10n, maxPriorityFeePerGas: 1n, authorizationList: auths }, { common: txCommon }).sign(SENDER_KEY);
}
function call(nonce, to, value = 0n) {
    return createFeeMarket1559Tx({ chainId: 1n, nonce, to: createAddressFromString(to), value, gasLimit: 100000n, maxFeePerGas: 10n, maxPriorityFeePerGas: 1n }, { common: txCommon }).sign(SENDER_KEY);
}
function block(transactions) {
    const header = {
        number: 1n,
        timestamp: 12n,
        gasLimit: 30000000n,
        baseFeePerGas: 7n,
        coinbase: COINBASE,
        excessBlobGas: 0n,
        blobGasUsed: 0n,
        parentBeaconBlockRoot: new Uint8Array(32),
        requestsHash: new Uint8Array(32),
    };
    const b = createBlock({ header, transactions }, { common: txCommon, setHardfork: false, skipConsensusFormatValidation: true });
    // Transactions only: no system contracts in this pre-state.
    return {
        block: b,
        hardfork: 'prague',
        chain: CHAIN,
        common: createChainCommon('prague', CHAIN),
        ommerCount: 0,
        ommers: [],
        expectedSenders: [],
        transactionsOnly: true,
    };
}
const PRE = parseTestState({
    [SENDER]: { balance: '0x3635c9adc5dea00000', nonce: '0x0' },
    // An existing, funded authority: its balance is state the delegated code reads.
    [AUTHORITY]: { balance: '0x64', nonce: '0x0' },
    [STORE_SELFBALANCE_AT]: { balance: '0x0', code: STORE_SELFBALANCE },
    [COPY_SLOT_AT]: { balance: '0x0', code: COPY_SLOT },
}, 'eip7702-parallel');
/** Runs a block sequentially and in parallel at 1, 2 and 4 workers; every parallel result must equal the sequential one. */
async function runBoth(decoded) {
    const seq = await executeBlockSequential(decoded(), PRE);
    for (const concurrency of [1, 2, 4]) {
        const par = await executeBlock(decoded(), PRE, { concurrency, force: true });
        assert.equal(par.metrics?.path, 'parallel', par.metrics?.reason);
        assert.deepEqual(diffResults(seq, par), undefined, `concurrency ${concurrency}`);
    }
    return seq;
}
const change = (r, address) => r.stateChanges.find((c) => c.address === address);
const designator = (delegate) => bytesToHex(keccak_256(hexToBytes(`0xef0100${delegate.slice(2)}`)));
test('EIP-7702: a value transfer to an authority it delegates in the same transaction runs the delegated code on the real balance', async () => {
    const r = await runBoth(() => block([setCode(0, AUTHORITY, 5n, [authorization(STORE_SELFBALANCE_AT, 0)])]));
    assert.equal(r.receipts[0].status, 1);
    const a = change(r, AUTHORITY);
    assert.equal(a.nonce, 1n, 'the authorization increments the authority nonce');
    assert.equal(a.codeHash, designator(STORE_SELFBALANCE_AT), 'code = 0xef0100 ‖ delegate');
    assert.equal(a.balance, 105n);
    assert.deepEqual(a.storage, [[0n, 105n]], 'SELFBALANCE in the delegated code is the authority balance: 100 + 5 wei');
});
test('EIP-7702: a delegation set by one transaction is what a later transaction of the block calls, and a re-delegation replaces it', async () => {
    const r = await runBoth(() => block([
        setCode(0, SENDER, 0n, [authorization(STORE_SELFBALANCE_AT, 0)]),
        call(1, AUTHORITY, 7n),
        setCode(2, SENDER, 0n, [authorization(COPY_SLOT_AT, 1)]),
        call(3, AUTHORITY),
    ]));
    assert.deepEqual(r.receipts.map((x) => x.status), [1, 1, 1, 1]);
    const a = change(r, AUTHORITY);
    assert.equal(a.nonce, 2n);
    assert.equal(a.codeHash, designator(COPY_SLOT_AT), 'the second delegation replaced the first');
    assert.equal(a.balance, 107n);
    assert.deepEqual(a.storage, [
        [0n, 107n],
        [1n, 107n],
    ], 'tx 1 ran the first delegate (slot 0 = balance 107), tx 3 the second (slot 1 = slot 0)');
});
test('EIP-7702: clearing a delegation (authorization to the zero address) restores an account without code, which a later plain transfer credits', async () => {
    const r = await runBoth(() => block([
        setCode(0, SENDER, 0n, [authorization(STORE_SELFBALANCE_AT, 0)]),
        call(1, AUTHORITY, 7n),
        setCode(2, SENDER, 0n, [authorization('0x0000000000000000000000000000000000000000', 1)]),
        call(3, AUTHORITY, 3n),
    ]));
    assert.deepEqual(r.receipts.map((x) => x.status), [1, 1, 1, 1]);
    const a = change(r, AUTHORITY);
    assert.equal(a.nonce, 2n);
    assert.equal(a.codeHash, undefined, 'no code again, as in the pre-state');
    assert.equal(a.balance, 110n, '100 + 7 + 3 wei');
    assert.deepEqual(a.storage, [[0n, 107n]], 'only tx 1 ran code; tx 3 was a plain transfer');
});
test('EIP-7702 bad input: an empty authorization list is an invalid transaction (typed, with its index)', () => {
    assert.throws(() => setCode(0, SENDER, 0n, []), (e) => {
        const typed = transactionConstructionError(0, e);
        assert.ok(typed instanceof InvalidTransactionError);
        assert.equal(typed.reason, 'empty-authorization-list');
        assert.equal(typed.txIndex, 0);
        return true;
    });
});
test('EIP-7702 bad input: an authorization for another chain is skipped, not an error; the transaction still runs', async () => {
    const foreign = eoaCode7702SignAuthorization({ chainId: '0x5', address: STORE_SELFBALANCE_AT, nonce: intToHex(0) }, AUTHORITY_KEY);
    const r = await runBoth(() => block([setCode(0, SENDER, 0n, [foreign]), call(1, AUTHORITY, 7n)]));
    assert.deepEqual(r.receipts.map((x) => x.status), [1, 1]);
    const a = change(r, AUTHORITY);
    assert.equal(a.nonce, undefined, 'the authority nonce is not bumped by a skipped authorization');
    assert.equal(a.codeHash, undefined, 'no delegation was set');
    assert.equal(a.balance, 107n);
    assert.deepEqual(a.storage, [], 'no delegated code ran');
    assert.equal(change(r, SENDER).nonce, 2n);
});
//# sourceMappingURL=eip7702-parallel.test.js.map