import { createFeeMarket1559Tx } from '@ethereumjs/tx';
import { KECCAK256_RLP_S, bytesToHex, hexToBytes, privateToAddress } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { createMainnetCommon } from '../block/hardfork.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { parseSnapshot } from '../state/snapshot.js';
import { EMPTY_BLOOM_HEX } from '../evm/bloom.js';
/** `count` wallets derived from `seed` (private key i = keccak-256(seed ‖ i)). */
export function wallets(seed, count, from = 0) {
    const out = [];
    for (let i = from; i < from + count; i++) {
        const privateKey = keccak_256(new TextEncoder().encode(`${seed}:${i}`));
        out.push({ privateKey, address: bytesToHex(privateToAddress(privateKey)) });
    }
    return out;
}
/** A Cancun block height and time on the mainnet schedule, for synthetic blocks. */
const FIRST_NUMBER = 19500000n;
const FIRST_TIMESTAMP = 1712000000n;
const BASE_FEE = 7000000000n; // 7 gwei
/**
 * A synthetic chain on a genesis it builds itself: funded wallets, then setup blocks (contract
 * deployments by constructor transactions) executed with the sequential engine and folded into
 * the state, then the workload block, returned as RPC JSON plus its pre-state.
 */
export class SyntheticChain {
    state;
    number = FIRST_NUMBER;
    timestamp = FIRST_TIMESTAMP;
    nonces = new Map();
    common = createMainnetCommon('cancun');
    coinbase = '0x' + 'c0'.repeat(20);
    constructor(state) {
        this.state = state;
    }
    /** A genesis state: each wallet holds `balance` wei. */
    static genesis(funded, balance) {
        const preState = {};
        for (const w of funded)
            preState[w.address] = { balance: `0x${balance.toString(16)}`, nonce: 0, storage: {} };
        return new SyntheticChain(parseSnapshot({ preState, bytecodes: {}, blockHashes: {} }));
    }
    /** Signs `calls` as EIP-1559 transactions with consecutive nonces per sender. */
    sign(calls) {
        return calls.map((c) => {
            const nonce = c.nonce ?? this.nonces.get(c.from.address) ?? 0n;
            this.nonces.set(c.from.address, nonce + 1n);
            return createFeeMarket1559Tx({
                chainId: 1n,
                nonce,
                maxPriorityFeePerGas: 1000000000n,
                maxFeePerGas: 100000000000n,
                gasLimit: c.gasLimit,
                to: c.to,
                value: c.value ?? 0n,
                data: c.data ? hexToBytes(c.data) : undefined,
            }, { common: this.common }).sign(c.from.privateKey);
        });
    }
    /** The next block, as `eth_getBlockByNumber(n, true)` would return it (header roots are zero). */
    blockJson(txs) {
        const gas = txs.reduce((s, t) => s + t.gasLimit, 0n);
        const gasLimit = gas > 30000000n ? gas : 30000000n;
        const zero32 = '0x' + '00'.repeat(32);
        const json = {
            number: hex(this.number),
            timestamp: hex(this.timestamp),
            parentHash: zero32,
            sha3Uncles: '0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347',
            miner: this.coinbase,
            stateRoot: zero32,
            transactionsRoot: zero32,
            receiptsRoot: zero32,
            logsBloom: EMPTY_BLOOM_HEX,
            difficulty: '0x0',
            gasLimit: hex(gasLimit),
            gasUsed: '0x0',
            extraData: '0x',
            mixHash: zero32,
            nonce: '0x0000000000000000',
            baseFeePerGas: hex(BASE_FEE),
            withdrawalsRoot: KECCAK256_RLP_S, // no withdrawals: the empty trie
            withdrawals: [],
            blobGasUsed: '0x0',
            excessBlobGas: '0x0',
            parentBeaconBlockRoot: zero32,
            uncles: [],
            transactions: txs.map((t, i) => ({
                ...t.toJSON(),
                type: '0x2',
                hash: bytesToHex(t.hash()),
                from: t.getSenderAddress().toString(),
                transactionIndex: hex(BigInt(i)),
                input: t.toJSON().data,
                gas: t.toJSON().gasLimit,
            })),
        };
        this.number++;
        this.timestamp += 12n;
        return json;
    }
    /** Executes a setup block sequentially and folds its state changes into the chain's state. */
    async mine(calls) {
        const json = this.blockJson(this.sign(calls));
        const result = await executeBlockSequential(json, this.state);
        const failed = result.receipts.findIndex((r) => r.status !== 1);
        if (failed >= 0)
            throw new Error(`synthetic setup transaction ${failed} reverted`);
        this.state = applyChanges(this.state, result.stateChanges);
        return result;
    }
}
/** A new snapshot: `state` with `changes` applied. */
export function applyChanges(state, changes) {
    const json = state.toJson();
    const pre = json.preState;
    const codes = json.bytecodes;
    for (const c of changes) {
        if (c.deleted) {
            delete pre[c.address];
            continue;
        }
        const a = (pre[c.address] ??= { balance: '0x0', nonce: '0x0', storage: {} });
        if (c.storageCleared)
            a.storage = {};
        if (c.balance !== undefined)
            a.balance = hex(c.balance);
        if (c.nonce !== undefined)
            a.nonce = hex(c.nonce);
        if (c.codeHash !== undefined && c.code && c.code.length > 0) {
            a.code_hash = c.codeHash;
            codes[c.codeHash] = bytesToHex(c.code);
        }
        for (const [k, v] of c.storage) {
            if (v === 0n)
                delete a.storage[hex(k)];
            else
                a.storage[hex(k)] = hex(v);
        }
    }
    return parseSnapshot(json, { trusted: true });
}
const hex = (v) => `0x${v.toString(16)}`;
//# sourceMappingURL=chain.js.map