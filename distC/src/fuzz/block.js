/**
 * The fuzzer's block generator: from a seed, a small world (a few wallets, a beneficiary that
 * may itself send transactions or be a contract, generated fuzz contracts with shared storage,
 * absent "ghost" addresses) and a block of heavily conflicting transactions over it, as RPC JSON
 * plus a pre-state in the fixture format. Every block also holds a probe contract
 * (`probe.ts`) that runs every opcode of its hardfork and calls every precompile; one
 * transaction sweeps all its routines, others call single routines, Cancun blocks on carry
 * blob transactions (BLOBHASH, BLOBBASEFEE), and Prague blocks on carry EIP-7702 set-code
 * transactions (authorizations right and wrong, then calls of the delegated wallets) and
 * EIP-7002 / EIP-7251 requests. Transactions are kept as unsigned intents so that the minimiser
 * can drop some and re-sign the rest with consecutive nonces.
 */
import { createAccessList2930Tx, createBlob4844Tx, createEOACode7702Tx, createFeeMarket1559Tx, createLegacyTx } from '@ethereumjs/tx';
import { KECCAK256_RLP_S, bigIntToUnpaddedBytes, bytesToBigInt, bytesToHex, eoaCode7702SignAuthorization, hexToBytes, } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { createMainnetCommon } from '../block/hardfork.js';
import { parseSnapshot } from '../state/snapshot.js';
import { wallets } from '../workloads/chain.js';
import { forkAtLeast, FUZZ_HARDFORKS } from './forks.js';
import { probeContract } from './probe.js';
import { BEACON_ROOTS, CONSOLIDATION_REQUESTS, HISTORY_STORAGE, WITHDRAWAL_REQUESTS } from './systemContracts.js';
import { childInitcode, creationInitcode, fuzzContract, SHARED_SLOTS } from './programs.js';
import { MOVER_BALANCES, moverCode, moverData } from './movers.js';
import { Rng } from './rng.js';
import { EMPTY_BLOOM_HEX } from '../evm/bloom.js';
export { FUZZ_HARDFORKS, forkAtLeast };
/**
 * Mainnet heights and times inside each hardfork (the schedule picks the rules from them: block
 * numbers up to the merge, timestamps after it). Prague from 1,746,612,311; Osaka from
 * 1,764,798,551 and BPO1 from 1,765,290,071 (`@ethereumjs/common`'s mainnet), so Osaka's window
 * (+ up to 100,000 s) stays before BPO1.
 */
const HEIGHTS = {
    london: { number: 13100000n, timestamp: 1630000000n },
    shanghai: { number: 17100000n, timestamp: 1682000000n },
    cancun: { number: 19600000n, timestamp: 1712000000n },
    prague: { number: 22500000n, timestamp: 1747000000n },
    osaka: { number: 23940000n, timestamp: 1764800000n },
};
/** How often each hardfork is drawn: the recent ones most (they have the most new code paths). */
const FORK_WEIGHTS = { london: 1, shanghai: 1, cancun: 2, prague: 3, osaka: 3 };
/**
 * Blobs at most per block (EIP-4844 at Cancun, EIP-7691 at Prague: 9) and per transaction
 * (EIP-7594 at Osaka: 6).
 */
const BLOB_LIMITS = {
    london: { block: 0, tx: 0 },
    shanghai: { block: 0, tx: 0 },
    cancun: { block: 6, tx: 6 },
    prague: { block: 9, tx: 9 },
    osaka: { block: 9, tx: 6 },
};
/** EIP-7825 (Osaka): a transaction's gas limit is at most 2^24. */
export const TX_GAS_CAP = 1n << 24n;
export { BEACON_ROOTS };
const GWEI = 1000000000n;
/** EIP-4844: blob gas per blob; fee cap per blob gas of the fuzz blob transactions (wei). */
const BLOB_GAS = 131072n;
/** EIP-7685 requests hash of a block without requests: sha256 of nothing. */
const EMPTY_REQUESTS_HASH = '0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const MAX_FEE_PER_BLOB_GAS = 1000000n;
const ETH = 10n ** 18n;
const hex = (v) => `0x${BigInt(v).toString(16)}`;
/**
 * Block `index` of fuzz seed `seed`: deterministic (the same arguments always give the same
 * case, byte for byte), independent of the other indices.
 */
export function generateCase(seed, index, options = {}) {
    const rng = new Rng(`parevm-fuzz/${seed}/${index}`);
    const forks = options.hardforks ?? FUZZ_HARDFORKS;
    const hardfork = forks.length === 1 ? forks[0] : rng.weighted(forks.map((f) => [f, FORK_WEIGHTS[f]]));
    const prague = forkAtLeast(hardfork, 'prague');
    const height = HEIGHTS[hardfork];
    const number = height.number + BigInt(rng.int(1000));
    const timestamp = height.timestamp + BigInt(rng.int(100_000));
    const baseFee = BigInt(rng.range(1, 30)) * GWEI;
    const walletSeed = `parevm-fuzz/${seed}/${index}/wallets`;
    // Senders, then (Prague on) one or two wallets that only sign EIP-7702 authorizations: their
    // nonces are not the block's transactions', so code run as them (CREATE) cannot make a later
    // transaction of theirs invalid.
    const senders = rng.range(2, 6);
    const walletCount = senders + (prague ? rng.range(1, 2) : 0);
    const ws = wallets(walletSeed, walletCount);
    const contractCount = rng.range(2, 4);
    const contracts = Array.from({ length: contractCount }, (_, i) => addressOf(rng, `contract${i}`));
    // Two absent accounts, then one or two that exist but are empty (balance, nonce and code 0).
    const ghosts = Array.from({ length: rng.range(3, 4) }, (_, i) => addressOf(rng, `ghost${i}`));
    // The beneficiary: a sending wallet (transfers from it read its fee-credited balance), a
    // contract (SELFBALANCE is the beneficiary's balance), an absent account or a bystander.
    const coinbaseKind = rng.weighted([
        ['wallet', 4],
        ['contract', 2],
        ['absent', 2],
        ['bystander', 1],
    ]);
    const coinbase = coinbaseKind === 'wallet'
        ? ws[0].address
        : coinbaseKind === 'contract'
            ? contracts[0]
            : coinbaseKind === 'absent'
                ? ghosts[0]
                : addressOf(rng, 'bystander');
    const probes = options.probes !== false;
    const probeAddress = probes ? addressOf(rng, 'probe') : undefined;
    const targets = {
        contracts,
        wallets: ws.map((w) => w.address),
        coinbase,
        ghosts,
        transient: forkAtLeast(hardfork, 'cancun'),
        ...(probeAddress ? { probe: probeAddress } : {}),
    };
    const preState = {};
    const bytecodes = {};
    ws.forEach((w, i) => {
        const poor = i === 0 && coinbaseKind === 'wallet' && rng.chance(0.5);
        preState[w.address] = { balance: hex(poor ? ETH / 4n : 1000n * ETH), nonce: hex(rng.int(3)), storage: {} };
    });
    for (const g of ghosts.slice(2))
        preState[g] = { balance: '0x0', nonce: '0x0', storage: {} };
    // Precompiles as accounts (on mainnet they hold dust; empty ones are deleted when touched).
    if (rng.chance(0.5))
        for (const p of [1, 2, 3, 4])
            preState[`0x${p.toString(16).padStart(40, '0')}`] = { balance: hex(rng.int(2)), nonce: '0x0', storage: {} };
    if (coinbaseKind === 'bystander')
        preState[coinbase] = { balance: hex(rng.chance(0.5) ? 0n : 12345n), nonce: '0x0', storage: {} };
    const routines = rng.range(2, 5);
    for (const c of contracts) {
        const code = fuzzContract(rng, targets, routines, 6);
        const codeHash = bytesToHex(keccak_256(code));
        bytecodes[codeHash] = bytesToHex(code);
        const storage = {};
        for (let s = 0; s < SHARED_SLOTS; s++)
            if (rng.chance(0.5))
                storage[hex(s)] = hex(rng.word() || 1n);
        // Empty, or a few thousand wei (the routines pay up to 10,000 per CALL and 5,000 per CREATE:
        // such a balance covers one payment and not two, the case Block-STM's bounded contract
        // balances must validate), or plenty.
        const balance = rng.pick([0n, 0n, 1000n, 3000n, 6000n, BigInt(rng.range(1, 1_000_000))]);
        preState[c] = { balance: hex(balance), nonce: '0x1', code_hash: codeHash, storage };
    }
    let sweepGas = 0;
    if (probeAddress) {
        const probe = probeContract(rng, targets, hardfork, forkAtLeast(hardfork, 'cancun'));
        const codeHash = bytesToHex(keccak_256(probe.code));
        bytecodes[codeHash] = bytesToHex(probe.code);
        const storage = {};
        for (let s = 0; s < SHARED_SLOTS; s++)
            if (rng.chance(0.5))
                storage[hex(s)] = hex(rng.word() || 1n);
        preState[probeAddress] = { balance: hex(rng.chance(0.3) ? 0n : BigInt(rng.range(1, 1_000_000))), nonce: '0x1', code_hash: codeHash, storage };
        sweepGas = probe.sweepGas;
    }
    // Prague on, some wallets already carry an EIP-7702 delegation (0xef0100 ‖ target): calls run
    // the target's code, an authorization re-delegates or clears it, a sender keeps sending (EIP-3607
    // exempts delegations). Mostly the authorization-only wallets (a sender's nonce could move).
    if (prague) {
        ws.forEach((w, i) => {
            if (!rng.chance(i >= senders ? 0.5 : i > 0 ? 0.1 : 0))
                return;
            const target = rng.pick([...contracts, ...contracts, ...(probeAddress ? [probeAddress] : []), rng.pick(targets.wallets)]);
            const code = `0xef0100${target.slice(2)}`;
            const codeHash = bytesToHex(keccak_256(hexToBytes(code)));
            bytecodes[codeHash] = code;
            preState[w.address].code_hash = codeHash;
        });
    }
    const deploy = (sc, storage = {}) => {
        const codeHash = bytesToHex(keccak_256(hexToBytes(sc.code)));
        bytecodes[codeHash] = sc.code;
        preState[sc.address] = { balance: '0x0', nonce: '0x1', code_hash: codeHash, storage };
    };
    // The pre-block system calls are skipped (a note) when their contract has no code: sometimes absent.
    if (forkAtLeast(hardfork, 'cancun') && rng.chance(prague ? 0.8 : 0.5))
        deploy(BEACON_ROOTS);
    if (prague) {
        if (rng.chance(0.8))
            deploy(HISTORY_STORAGE);
        // The request queues must have code (else the block is invalid). Slot 0 is the excess count
        // the fee grows with (EIP-7002/7251 fake exponential); 2^256 - 1 is the pre-fork inhibitor
        // (adding a request reverts).
        for (const sc of [WITHDRAWAL_REQUESTS, CONSOLIDATION_REQUESTS]) {
            const excess = rng.weighted([
                [0n, 6],
                [BigInt(rng.range(1, 40)), 2],
                [(1n << 256n) - 1n, 1],
            ]);
            deploy(sc, excess === 0n ? {} : { '0x0': hex(excess) });
        }
    }
    const blockHashes = {};
    for (let k = 1n; k <= 256n; k++)
        blockHashes[(number - k).toString()] = bytesToHex(keccak_256(new TextEncoder().encode(`${seed}/${number - k}`)));
    // Senders: a few wallets, skewed so that some send many transactions in a row.
    const senderWeights = ws.slice(0, senders).map((_, i) => [i, i === 0 ? 3 : rng.range(1, 4)]);
    const txCount = rng.range(options.minTxs ?? 8, options.maxTxs ?? 40);
    // One transaction sweeps the probe (early, so the block's gas cap does not cut it).
    const sweepAt = probeAddress ? rng.int(Math.min(txCount, 3)) : -1;
    const g = {
        rng,
        t: targets,
        ws,
        senders,
        senderWeights,
        hardfork,
        blobs: { left: BLOB_LIMITS[hardfork].block, perTx: BLOB_LIMITS[hardfork].tx },
        number,
        timestamp,
    };
    const intents = [];
    let gas = 0n;
    for (let i = 0; i < txCount; i++) {
        const intent = i === sweepAt ? sweepIntent(rng, targets, senders, sweepGas) : generateIntent(g);
        if (forkAtLeast(hardfork, 'osaka') && BigInt(intent.gasLimit) > TX_GAS_CAP)
            intent.gasLimit = hex(TX_GAS_CAP);
        if (gas + BigInt(intent.gasLimit) > 30000000n)
            break;
        gas += BigInt(intent.gasLimit);
        intents.push(intent);
    }
    if (intents.length > 1 && rng.chance(options.invalidRate ?? 0.03)) {
        const victim = intents[rng.range(1, intents.length - 1)];
        if (forkAtLeast(hardfork, 'osaka') && rng.chance(0.3)) {
            victim.overGasCap = true;
            victim.note += ' (gas limit above the EIP-7825 cap)';
        }
        else {
            victim.reuseNonce = true;
            victim.note += ' (nonce reuse)';
        }
    }
    const gasLimitShare = rng.chance(0.05) ? 0.3 + rng.int(8) / 10 : undefined;
    const withdrawals = [];
    if (hardfork !== 'london') {
        const n = rng.int(4);
        for (let i = 0; i < n; i++) {
            withdrawals.push({
                index: hex(i),
                validatorIndex: hex(rng.int(1000)),
                address: rng.pick([coinbase, ...targets.wallets, ...ghosts, ...contracts]),
                amount: hex(rng.int(2) ? rng.int(1_000_000) : 0),
            });
        }
    }
    if (options.movers !== false)
        addMovers(new Rng(`parevm-fuzz/${seed}/${index}/movers`), { preState, bytecodes, intents, senderWeights, targets });
    // The blob base fee: 1 wei at excess 0; at 20 M about 400 wei (Cancun) or 55 wei (Prague's
    // update fraction), below the transactions' cap.
    const excessBlobGas = forkAtLeast(hardfork, 'cancun') && rng.chance(0.5) ? hex(rng.range(1, 20_000_000)) : undefined;
    return {
        seed,
        index,
        hardfork,
        number: hex(number),
        timestamp: hex(timestamp),
        baseFee: hex(baseFee),
        coinbase,
        preState,
        bytecodes,
        blockHashes,
        walletSeed,
        walletCount,
        intents,
        withdrawals,
        ...(gasLimitShare !== undefined ? { gasLimitShare } : {}),
        ...(excessBlobGas !== undefined ? { excessBlobGas } : {}),
    };
}
/**
 * Two ether movers with a few thousand wei each, and transactions of theirs at random places in
 * the block (while its gas stays within 30 M), some of which fund a mover: 2–8, or in three
 * blocks of ten 10–30 (enough of them side by side that one runs before the slow payment ahead
 * of it lands). From their own random stream: the rest of the block is what it was without them.
 */
function addMovers(rng, w) {
    const code = moverCode();
    const codeHash = bytesToHex(keccak_256(code));
    w.bytecodes[codeHash] = bytesToHex(code);
    const movers = [addressOf(rng, 'mover0'), addressOf(rng, 'mover1')];
    for (const m of movers)
        w.preState[m] = { balance: hex(rng.pick(MOVER_BALANCES)), nonce: '0x1', code_hash: codeHash, storage: {} };
    const t = w.targets;
    const others = [t.coinbase, ...t.wallets, ...t.ghosts, ...t.contracts];
    let gas = w.intents.reduce((sum, i) => sum + BigInt(i.gasLimit), 0n);
    const count = rng.chance(0.3) ? rng.range(10, 30) : rng.range(2, 8);
    for (let k = 0; k < count; k++) {
        const gasLimit = 150000n;
        if (gas + gasLimit > 30000000n)
            break;
        gas += gasLimit;
        const to = rng.pick(movers);
        const { action, data } = moverData(rng, movers, others);
        w.intents.splice(rng.int(w.intents.length + 1), 0, {
            from: rng.weighted(w.senderWeights),
            to,
            data,
            value: hex(rng.chance(0.3) ? rng.pick([1000n, 3000n]) : 0n),
            gasLimit: hex(gasLimit),
            type: 2,
            priorityFee: hex(GWEI),
            note: `mover ${to.slice(0, 8)} action ${action}`,
        });
    }
}
function addressOf(rng, tag) {
    return bytesToHex(keccak_256(new Uint8Array([...rng.bytes(16), ...new TextEncoder().encode(tag)])).subarray(12));
}
/** Routine byte, depth byte 0, a 32-byte argument: the probe's calldata. */
function probeData(rng, routine) {
    return new Uint8Array([routine, 0, ...rng.bytes(32)]);
}
/** Calldata of a fuzz contract: empty, junk, or routine, depth 0–3 and an argument. */
function routineData(rng) {
    const shape = rng.int(10);
    return shape === 0
        ? new Uint8Array(0)
        : shape === 1
            ? rng.bytes(rng.int(34))
            : new Uint8Array([
                rng.int(256),
                rng.weighted([
                    [0, 2],
                    [1, 3],
                    [2, 3],
                    [3, 2],
                ]),
                ...rng.bytes(32),
            ]);
}
/**
 * The transaction that runs the probe's sweep (routine 0): gas for every routine's cap. Not from
 * wallet 0, which may be the poor beneficiary (it could not pay for that much gas).
 */
function sweepIntent(rng, t, senders, sweepGas) {
    const data = probeData(rng, 0);
    return {
        from: rng.range(1, senders - 1),
        to: t.probe,
        data: bytesToHex(data),
        value: hex(rng.chance(0.5) ? 0 : rng.range(1, 1000)),
        gasLimit: hex(21_000 + 40 * data.length + sweepGas + 200_000),
        type: 2,
        priorityFee: hex(GWEI),
        note: 'probe sweep',
    };
}
/**
 * EIP-7702 authorizations of one set-code transaction from wallet `from`: mostly signed by the
 * authorization-only wallets, sometimes by the sender itself (its nonce is then one past the
 * transaction's) or another sender; delegating to a fuzz contract, the probe, another wallet (a
 * delegation is not followed twice), a precompile, an empty account or the zero address (clears).
 */
function authorizations(g, from) {
    const { rng: r, t } = g;
    const n = rng3(r);
    const out = [];
    for (let i = 0; i < n; i++) {
        const who = r.weighted([
            ['authority', 7],
            ['self', 2],
            ['sender', 1],
        ]);
        const signer = who === 'self' || g.ws.length === g.senders ? from : who === 'authority' ? r.range(g.senders, g.ws.length - 1) : r.int(g.senders);
        const target = r.weighted([
            ['contract', 4],
            ['probe', t.probe ? 2 : 0],
            ['wallet', 2],
            ['zero', 1],
            ['precompile', 1],
            ['ghost', 1],
        ]);
        const address = target === 'contract'
            ? r.pick(t.contracts)
            : target === 'probe'
                ? t.probe
                : target === 'wallet'
                    ? r.pick(t.wallets)
                    : target === 'zero'
                        ? '0x' + '00'.repeat(20)
                        : target === 'precompile'
                            ? `0x${r.range(1, 10).toString(16).padStart(40, '0')}`
                            : r.pick(t.ghosts);
        const nonce = r.weighted([
            ['current', 16],
            ['stale', 2],
            ['ahead', 2],
            ['max', 1],
        ]);
        const chainId = r.weighted([
            [1, 6],
            [0, 2],
            [5, 1],
        ]);
        const corrupt = r.weighted([
            [undefined, 16],
            ['yParity', 1],
            ['highS', 1],
            ['zeroR', 1],
            ['otherMessage', 1],
        ]);
        out.push({ signer, address, nonce, chainId, ...(corrupt ? { corrupt } : {}) });
    }
    return out;
}
/** 1 most of the time, up to 3. */
function rng3(r) {
    return r.weighted([
        [1, 4],
        [2, 2],
        [3, 1],
    ]);
}
function generateIntent(g) {
    const { rng, t, ws } = g;
    const prague = forkAtLeast(g.hardfork, 'prague');
    const from = rng.weighted(g.senderWeights);
    const kind = rng.weighted([
        ['call', 12],
        ['transfer', 4],
        ['create', 2],
        ['self', 1],
        ['precompile', 2],
        ['probe', t.probe ? 2 : 0],
        ['blob', g.blobs.left > 0 ? 1 : 0],
        ['setCode', prague ? 3 : 0],
        ['delegated', prague ? 3 : 0],
        ['request', prague ? 2 : 0],
        ['systemRead', prague ? 1 : 0],
    ]);
    let to;
    let data = new Uint8Array(0);
    let note = kind;
    let blobHashes;
    let auths;
    if (kind === 'probe') {
        // A routine by its byte (mod the routine count: now and then the sweep, with less gas than it hands out).
        to = t.probe;
        data = probeData(rng, rng.range(1, 255));
        note = `probe routine byte ${data[0]}`;
    }
    else if (kind === 'blob') {
        // Mostly a few blobs; now and then up to the fork's per-transaction limit.
        const n = rng.range(1, Math.min(rng.chance(0.2) ? g.blobs.perTx : 3, g.blobs.left));
        g.blobs.left -= n;
        // Version byte 0x01 (EIP-4844) then any 31 bytes: execution reads them, nothing checks them against blobs.
        blobHashes = Array.from({ length: n }, () => bytesToHex(new Uint8Array([1, ...rng.bytes(31)])));
        to = t.probe ?? rng.pick(t.contracts);
        data = t.probe ? probeData(rng, rng.range(1, 255)) : new Uint8Array([rng.int(256), 1, ...rng.bytes(32)]);
        note = `blob transaction (${n} blobs) to ${to.slice(0, 8)}`;
    }
    else if (kind === 'call') {
        to = rng.pick(t.contracts);
        data = routineData(rng);
        note = `call ${to.slice(0, 8)} routine ${data[0] ?? 0} depth ${data[1] ?? 0}`;
    }
    else if (kind === 'setCode') {
        auths = authorizations(g, from);
        // Often a call of a wallet just delegated (the delegation runs in the same transaction).
        const authority = ws[rng.pick(auths).signer].address;
        to = rng.weighted([
            [authority, 4],
            [rng.pick(t.contracts), 1],
            [t.probe ?? authority, 1],
            [ws[from].address, 1],
        ]);
        data = to === t.probe ? probeData(rng, rng.range(1, 255)) : routineData(rng);
        note = `set code (${auths.length} authorizations) then call ${to.slice(0, 8)}`;
    }
    else if (kind === 'delegated') {
        // A wallet that may carry a delegation (EIP-7702): its target's code runs as the wallet. Mostly
        // the authorization-only wallets, the ones most often delegated.
        to = rng.chance(0.7) && ws.length > g.senders ? ws[rng.range(g.senders, ws.length - 1)].address : rng.pick(t.wallets);
        data = routineData(rng);
        note = `call wallet ${to.slice(0, 8)} routine ${data[0] ?? 0}`;
    }
    else if (kind === 'request') {
        // EIP-7002 (pubkey 48 ‖ amount 8) / EIP-7251 (source 48 ‖ target 48) request, its fee read (no data), or a bad length.
        const withdrawal = rng.chance(0.6);
        to = withdrawal ? WITHDRAWAL_REQUESTS.address : CONSOLIDATION_REQUESTS.address;
        const size = withdrawal ? 56 : 96;
        data = rng.bytes(rng.weighted([
            [size, 6],
            [0, 2],
            [size - 1, 1],
        ]));
        note = `${withdrawal ? 'EIP-7002 withdrawal' : 'EIP-7251 consolidation'} request (${data.length} bytes)`;
    }
    else if (kind === 'systemRead') {
        // A read of what this block's pre-block system calls just wrote (a dependency on them):
        // EIP-2935's parent hash (or an older or future number: 0 or a revert), EIP-4788's root at
        // this timestamp (or another: a revert).
        const history = rng.chance(0.5);
        to = history ? HISTORY_STORAGE.address : BEACON_ROOTS.address;
        const key = history ? g.number - BigInt(rng.pick([1, 1, 2, 0, 8191, 8192])) : g.timestamp - BigInt(rng.pick([0, 0, 0, 12]));
        data = rng.chance(0.9) ? hexToBytes(`0x${key.toString(16).padStart(64, '0')}`) : rng.bytes(rng.pick([0, 31]));
        note = `read ${history ? 'EIP-2935 history' : 'EIP-4788 beacon root'} ${key}`;
    }
    else if (kind === 'transfer') {
        to = rng.pick([t.coinbase, t.coinbase, ...t.wallets, ...t.ghosts, ...t.contracts]);
        note = `transfer to ${to.slice(0, 8)}`;
    }
    else if (kind === 'self') {
        to = ws[from].address;
    }
    else if (kind === 'precompile') {
        // RIPEMD-160 (0x03) twice: its EIP-161 touch survives a failed call.
        to = rng.pick([
            '0x0000000000000000000000000000000000000001',
            '0x0000000000000000000000000000000000000003',
            '0x0000000000000000000000000000000000000003',
            '0x0000000000000000000000000000000000000004',
            t.ghosts[1],
        ]);
        data = rng.chance(0.5) ? new Uint8Array(0) : rng.bytes(rng.int(64));
    }
    else {
        data = rng.chance(0.7) ? creationInitcode(rng, t, 5) : childInitcode(rng, t);
    }
    const valueKind = rng.int(5);
    // A request's fee: at excess 0 it is 1 wei (0 wei reverts).
    const value = kind === 'request'
        ? BigInt(rng.weighted([
            [0, 1],
            [rng.range(1, 5), 4],
            [1000, 1],
        ]))
        : valueKind <= 1
            ? 0n
            : valueKind === 2
                ? BigInt(rng.range(1, 1_000_000))
                : valueKind === 3
                    ? ETH / 1000n
                    : BigInt(rng.int(3));
    const type = blobHashes
        ? 3
        : auths
            ? 4
            : rng.weighted([
                [2, 6],
                [1, 2],
                [0, 2],
            ]);
    const accessList = [];
    if (type !== 0 && rng.chance(0.3)) {
        const n = rng.range(1, 3);
        for (let i = 0; i < n; i++) {
            accessList.push({
                address: rng.pick([t.coinbase, ...t.contracts, ...t.wallets]),
                storageKeys: Array.from({ length: rng.int(3) }, () => bytesToHex(new Uint8Array(32).fill(0).map((_, j) => (j === 31 ? rng.int(SHARED_SLOTS) : 0)))),
            });
        }
    }
    // Intrinsic gas (upper bound): every data byte as non-zero, creation, access-list and
    // authorization costs (EIP-7702: 25,000 each); from Prague at least the EIP-7623 calldata
    // floor (10 per token, a non-zero byte 4 tokens).
    const standard = 21000n +
        16n * BigInt(data.length) +
        (to === undefined ? 32000n + 2n * BigInt(Math.ceil(data.length / 32)) : 0n) +
        accessList.reduce((s, e) => s + 2400n + 1900n * BigInt(e.storageKeys.length), 0n) +
        25000n * BigInt(auths?.length ?? 0);
    const floor = prague ? 21000n + 40n * BigInt(data.length) : 0n;
    const intrinsic = standard > floor ? standard : floor;
    const plain = kind === 'transfer' || kind === 'self' || kind === 'precompile';
    const extra = kind === 'probe' || kind === 'blob'
        ? BigInt(rng.weighted([
            [rng.range(5_000, 100_000), 1],
            [500_000, 2],
            [1_500_000, 3],
        ]))
        : kind === 'request'
            ? BigInt(rng.weighted([
                [200_000, 5],
                [rng.range(0, 40_000), 1],
            ]))
            : plain && rng.chance(0.6)
                ? 0n
                : BigInt(rng.weighted([
                    [rng.range(0, 3_000), 1],
                    [30_000, 2],
                    [100_000, 4],
                    [300_000, 3],
                    [1_000_000, 1],
                ]));
    const priorityFee = rng.weighted([
        [0n, 1],
        [GWEI, 3],
        [3n * GWEI, 1],
        [BigInt(rng.range(1, 999)), 1],
    ]);
    return {
        from,
        ...(to !== undefined ? { to } : {}),
        data: bytesToHex(data),
        value: hex(value),
        gasLimit: hex(intrinsic + extra),
        type,
        priorityFee: hex(priorityFee),
        ...(accessList.length ? { accessList } : {}),
        ...(blobHashes ? { blobHashes } : {}),
        ...(auths ? { authorizations: auths } : {}),
        note,
    };
}
/** secp256k1 group order (an authorization's s above n/2 is the malleable twin, EIP-2). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const MAX_UINT64 = (1n << 64n) - 1n;
/**
 * Signs authorization `a` as its wallet, with the nonce that `nonces` (the authorities' nonces
 * at this point of the block) says; a valid one moves the authority's nonce on.
 */
function signAuthorization(a, ws, nonces, preNonce) {
    const current = nonces.get(a.signer) ?? preNonce(a.signer);
    const nonce = a.nonce === 'current' ? current : a.nonce === 'stale' ? (current > 0n ? current - 1n : current + 2n) : a.nonce === 'ahead' ? current + 1n : MAX_UINT64;
    const address = a.corrupt === 'otherMessage' ? bytesToHex(keccak_256(hexToBytes(a.address)).subarray(12)) : a.address;
    const signed = eoaCode7702SignAuthorization({ chainId: hex(a.chainId), address: address, nonce: hex(nonce) }, ws[a.signer].privateKey);
    // The tuple carries the intended address (a signature over another one recovers another authority).
    signed[1] = hexToBytes(a.address);
    if (a.corrupt === 'yParity')
        signed[3] = bigIntToUnpaddedBytes(2n);
    else if (a.corrupt === 'highS') {
        signed[3] = bigIntToUnpaddedBytes(1n - bytesToBigInt(signed[3]));
        signed[5] = bigIntToUnpaddedBytes(SECP256K1_N - bytesToBigInt(signed[5]));
    }
    else if (a.corrupt === 'zeroR')
        signed[4] = new Uint8Array(0);
    if (a.nonce === 'current' && (a.chainId === 0 || a.chainId === 1) && a.corrupt === undefined)
        nonces.set(a.signer, current + 1n);
    return signed;
}
/**
 * Signs the intents in order: nonces continue from each sender's pre-state nonce; a set-code
 * transaction's authorizations are signed after its sender's nonce moved on (a self-sponsored
 * authorization needs the transaction's nonce + 1).
 */
export function signIntents(c, intents = c.intents) {
    const forkCommon = createMainnetCommon(c.hardfork);
    const uncapped = forkAtLeast(c.hardfork, 'osaka') && intents.some((it) => it.overGasCap) ? createMainnetCommon('prague') : forkCommon;
    const ws = wallets(c.walletSeed, c.walletCount);
    const nonces = new Map();
    const preNonce = (i) => BigInt(c.preState[ws[i].address].nonce);
    const baseFee = BigInt(c.baseFee);
    return intents.map((it) => {
        const w = ws[it.from];
        let nonce = nonces.get(it.from) ?? preNonce(it.from);
        if (it.reuseNonce && nonce > 0n)
            nonce--;
        nonces.set(it.from, nonce + 1n);
        const tip = BigInt(it.priorityFee);
        const over = it.overGasCap === true && forkAtLeast(c.hardfork, 'osaka');
        const common = over ? uncapped : forkCommon;
        const base = {
            nonce,
            gasLimit: over ? TX_GAS_CAP + 1n : BigInt(it.gasLimit),
            value: BigInt(it.value),
            data: hexToBytes(it.data),
            ...(it.to !== undefined ? { to: it.to } : {}),
        };
        const accessList = (it.accessList ?? []).map((e) => ({ address: e.address, storageKeys: e.storageKeys }));
        if (it.type === 0)
            return createLegacyTx({ ...base, gasPrice: baseFee + tip }, { common }).sign(w.privateKey);
        if (it.type === 1)
            return createAccessList2930Tx({ ...base, chainId: 1n, gasPrice: baseFee + tip, accessList }, { common }).sign(w.privateKey);
        if (it.type === 3) {
            const blob = { blobVersionedHashes: (it.blobHashes ?? []), maxFeePerBlobGas: MAX_FEE_PER_BLOB_GAS };
            return createBlob4844Tx({ ...base, ...blob, chainId: 1n, maxPriorityFeePerGas: tip, maxFeePerGas: 2n * baseFee + tip, accessList }, { common }).sign(w.privateKey);
        }
        if (it.type === 4) {
            const authorizationList = (it.authorizations ?? []).map((a) => signAuthorization(a, ws, nonces, preNonce));
            return createEOACode7702Tx({ ...base, chainId: 1n, maxPriorityFeePerGas: tip, maxFeePerGas: 2n * baseFee + tip, accessList, authorizationList }, { common }).sign(w.privateKey);
        }
        return createFeeMarket1559Tx({ ...base, chainId: 1n, maxPriorityFeePerGas: tip, maxFeePerGas: 2n * baseFee + tip, accessList }, { common }).sign(w.privateKey);
    });
}
/**
 * The case as `eth_getBlockByNumber(n, true)` JSON and its pre-state. `header` overrides header
 * fields (the reproducer writes the sequential gasUsed, receiptsRoot and logsBloom).
 */
export function buildBlock(c, intents = c.intents, header = {}) {
    const txs = signIntents(c, intents);
    const zero32 = '0x' + '00'.repeat(32);
    const gas = txs.reduce((s, t) => s + t.gasLimit, 0n);
    const biggest = txs.reduce((m, t) => (t.gasLimit > m ? t.gasLimit : m), 0n);
    const limit = c.gasLimitShare === undefined ? (gas > 30000000n ? gas : 30000000n) : BigInt(Math.floor(Number(gas) * c.gasLimitShare));
    const postMerge = c.hardfork !== 'london';
    const blockJson = {
        number: c.number,
        hash: zero32,
        timestamp: c.timestamp,
        parentHash: zero32,
        sha3Uncles: '0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347',
        miner: c.coinbase,
        stateRoot: zero32,
        transactionsRoot: zero32,
        receiptsRoot: zero32,
        logsBloom: EMPTY_BLOOM_HEX,
        difficulty: postMerge ? '0x0' : '0x2000000000000',
        gasLimit: hex(limit > biggest ? limit : biggest),
        gasUsed: '0x0',
        extraData: '0x',
        mixHash: zero32,
        nonce: '0x0000000000000000',
        baseFeePerGas: c.baseFee,
        ...(postMerge ? { withdrawalsRoot: KECCAK256_RLP_S, withdrawals: c.withdrawals } : {}),
        ...(forkAtLeast(c.hardfork, 'cancun')
            ? {
                blobGasUsed: hex(BLOB_GAS * BigInt(intents.reduce((n, t) => n + (t.blobHashes?.length ?? 0), 0))),
                excessBlobGas: c.excessBlobGas ?? '0x0',
                parentBeaconBlockRoot: bytesToHex(keccak_256(new TextEncoder().encode(`${c.seed}/beacon`))),
            }
            : {}),
        // EIP-7685: the engines compute the requests; this header value is checked by nothing here
        // (the reproducer writes the reference's).
        ...(forkAtLeast(c.hardfork, 'prague') ? { requestsHash: EMPTY_REQUESTS_HASH } : {}),
        uncles: [],
        transactions: txs.map((t, i) => {
            const j = t.toJSON();
            return {
                ...j,
                type: hex(t.type),
                hash: bytesToHex(t.hash()),
                from: t.getSenderAddress().toString(),
                transactionIndex: hex(i),
                input: j.data,
                gas: j.gasLimit,
            };
        }),
        ...header,
    };
    const state = parseSnapshot({ preState: c.preState, bytecodes: c.bytecodes, blockHashes: c.blockHashes }, { trusted: true });
    return { blockJson, state };
}
//# sourceMappingURL=block.js.map