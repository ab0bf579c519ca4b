import { TEST_NETWORKS, testNetwork } from '../src/conformance/hardforks.js';
import assert from 'node:assert/strict';
import { createAccessList2930Tx, createLegacyTx } from '@ethereumjs/tx';
import { bytesToHex } from '@ethereumjs/util';
import { createTxCommon } from '../src/block/hardfork.js';
import { parseTestState } from '../src/conformance/preState.js';
import { buildStateTestBlock } from '../src/conformance/stateTests.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { diffResults } from '../src/verify/compare.js';
import { wallets } from '../src/workloads/chain.js';
/** The contract a crafted transaction calls. */
export const TARGET = '0x000000000000000000000000000000000000c0de';
export const OTHER = '0x000000000000000000000000000000000000beef';
export const COINBASE = '0x00000000000000000000000000000000000000cb';
export const SENDER = wallets('parevm-evm-tests', 1)[0];
/** Hex bytecode from pieces (`'60 01'`, `'6001'`, …): spaces ignored. */
export const asm = (...parts) => `0x${parts.join('').replace(/\s+/g, '')}`;
const pow = (hf) => createTxCommon(hf).gteHardfork('paris');
/**
 * A one-transaction block (through the state-test block builder) from {@link SENDER} to
 * {@link TARGET} running `code`, and its pre-state.
 */
export function craftBlock(o) {
    const hardfork = o.hardfork ?? 'cancun';
    const common = createTxCommon(hardfork);
    const gasLimit = o.gasLimit ?? 1000000n;
    const base = {
        nonce: 0n,
        gasLimit,
        gasPrice: 10n,
        value: o.value ?? 0n,
        data: o.create ? o.data : (o.data ?? new Uint8Array(0)),
        ...(o.create ? {} : { to: TARGET }),
    };
    const tx = o.accessList
        ? createAccessList2930Tx({ ...base, chainId: 1n, accessList: o.accessList }, { common }).sign(SENDER.privateKey)
        : createLegacyTx(base, { common }).sign(SENDER.privateKey);
    const hex = (v) => `0x${v.toString(16)}`;
    const env = {
        currentNumber: '0x10',
        currentCoinbase: COINBASE,
        currentTimestamp: '0x3e8',
        currentGasLimit: hex(o.blockGasLimit ?? (gasLimit > 30000000n ? gasLimit : 30000000n)),
        currentDifficulty: '0x20000',
        currentRandom: `0x${'00'.repeat(31)}01`,
        currentBaseFee: '0x7',
        currentExcessBlobGas: '0x0',
    };
    const pre = {
        [SENDER.address]: { balance: hex(10n ** 30n), nonce: '0x0', code: '0x', storage: {} },
        [TARGET]: { balance: '0x0', nonce: '0x1', code: o.code, storage: {} },
    };
    for (const [address, a] of Object.entries(o.accounts ?? {})) {
        pre[address] = { balance: hex(a.balance ?? 0n), nonce: hex(a.nonce ?? 0n), code: a.code ?? '0x', storage: a.storage ?? {} };
    }
    const state = parseTestState(pre, 'crafted');
    const c = {
        id: 'crafted',
        dir: '',
        name: 'crafted',
        network: hardfork,
        hardfork,
        chain: testNetwork(Object.keys(TEST_NETWORKS).find((k) => TEST_NETWORKS[k] === hardfork)).chain,
        indexes: { data: 0, gas: 0, value: 0 },
        env: pow(hardfork) ? env : { ...env, currentRandom: undefined },
        txbytes: bytesToHex(tx.serialize()),
        sender: SENDER.address,
        hash: '',
        logs: '',
        shared: { pre: () => state, preRoot: async () => '' },
    };
    return { decoded: buildStateTestBlock(c), state };
}
/**
 * Runs a block through the reference engine and parevm's EVM and asserts they agree: the same
 * result field for field (receipts, gas, logs, state changes), or the same typed error.
 */
export async function bothEngines(decoded, state) {
    const [r, m] = await Promise.allSettled([executeBlockSequential(decoded, state), executeBlockSequential(decoded, state, { engine: 'parevm' })]);
    if (r.status === 'rejected' || m.status === 'rejected') {
        const key = (s) => {
            if (s.status === 'fulfilled')
                return 'ok';
            const e = s.reason;
            return `${e.constructor.name}:${e.code}:${e.txIndex}:${e.reasons}`;
        };
        assert.equal(key(m), key(r), `errors differ: ${m.reason?.stack ?? 'ok'}`);
        throw r.reason;
    }
    const diff = diffResults(m.value, r.value);
    assert.equal(diff, undefined, `parevm EVM ≠ reference: ${JSON.stringify(diff)}`);
    return { ref: r.value, mine: m.value };
}
/** Crafts a block and checks both engines agree; returns the results. */
export async function crafted(o) {
    const { decoded, state } = craftBlock(o);
    return bothEngines(decoded, state);
}
//# sourceMappingURL=evm-helpers.js.map