import { KECCAK256_RLP_S, bytesToHex } from '@ethereumjs/util';
import { decodeBlock } from '../block/decode.js';
import { ParevmError, RpcBadBlockError, RpcBlockNotFoundError, RpcResponseError, RpcStateMismatchError } from '../errors.js';
import { BEACON_ROOTS_ADDRESS } from '../execute/system.js';
import { KECCAK256_NULL_HEX } from '../state/snapshot.js';
import { blockAddresses } from '../state/witness/blockAddresses.js';
import { HEADER_FIELDS, verifyHeader } from '../verify/header.js';
import { statsSince } from './client.js';
import { discoverPreState } from './discovery.js';
import { asRpcData, asRpcObject, asRpcQuantity, quantity } from './json.js';
import { seedFromPrestateTraces } from './prestate.js';
import { ProofSource } from './proofs.js';
import { PlainSource } from './sources.js';
import { checkStateRoot } from './stateRoot.js';
import { loadExecutionWitness, witnessPostStateRoot } from '../state/witness.js';
import { executeBlockSequential } from '../execute/sequential.js';
/** Every path, in order of preference. */
export const PRESTATE_PATHS = ['witness', 'prestateTracer', 'proofs', 'discovery'];
/**
 * Fetches block `n` and its pre-state from the node, executes it (sequentially) and verifies it
 * against its header; on success advances `ctx.known` to the block's post-state. Nothing is
 * written: see `fetchBlocks` for the cache.
 * @throws RpcBlockNotFoundError when the node does not have block `n`
 * @throws RpcBadBlockError when the transactions (withdrawals) do not hash to the header's
 *   `transactionsRoot` (`withdrawalsRoot`) or the header does not hash to `hash`
 * @throws RpcStateMismatchError when the execution does not match the header (a field or the
 *   state root mismatches)
 * @throws RpcUnreachableError / RpcResponseError / RpcMethodError on a failed request
 * @throws the execution's typed errors (decode, invalid transaction) on a complete pre-state
 */
export async function fetchBlock(n, ctx, onProgress) {
    const { client } = ctx;
    const start = client.snapshot();
    const where = (method) => ({ url: client.url, method, block: n });
    const progress = (phase, fetched = { accounts: 0, slots: 0 }) => onProgress?.({ block: n, phase, requests: client.stats.calls - start.calls, ...fetched });
    progress('block');
    const raw = await client.request('eth_getBlockByNumber', [quantity(n), true], n);
    if (raw === null || raw === undefined) {
        const head = await client.request('eth_blockNumber', [], n).catch(() => undefined);
        throw new RpcBlockNotFoundError(where('eth_getBlockByNumber'), typeof head === 'string' ? BigInt(head) : undefined);
    }
    const blockJson = asRpcObject(raw, where('eth_getBlockByNumber'), 'block');
    const file = `${client.url} eth_getBlockByNumber(${n})`;
    const decoded = decodeBlock(blockJson, { file, chain: ctx.chain });
    const { block } = decoded;
    if (block.header.number !== n)
        throw new RpcBadBlockError(where('eth_getBlockByNumber'), 'number', `asked for block ${n}, got block ${block.header.number}`);
    if (!(await block.transactionsTrieIsValid()))
        throw new RpcBadBlockError(where('eth_getBlockByNumber'), 'transactionsRoot', `the ${block.transactions.length} transactions do not hash to ${bytesToHex(block.header.transactionsTrie)}`);
    if (block.withdrawals !== undefined && !(await block.withdrawalsTrieIsValid()))
        throw new RpcBadBlockError(where('eth_getBlockByNumber'), 'withdrawalsRoot', `the withdrawals do not hash to ${bytesToHex(block.header.withdrawalsRoot)}`);
    if (typeof blockJson.hash === 'string' && bytesToHex(block.hash()) !== blockJson.hash.toLowerCase())
        throw new RpcBadBlockError(where('eth_getBlockByNumber'), 'hash', `the header hashes to ${bytesToHex(block.hash())}, not ${blockJson.hash}`);
    // The state at n − 1: what an earlier block of the run left, if it was block n − 1.
    if (ctx.at !== n - 1n) {
        ctx.known.accounts.clear();
        ctx.nodes = undefined;
    }
    const { known } = ctx;
    known.blockHashes.set(n - 1n, block.header.parentHash);
    const seed = seedMisses(blockJson, decoded.common, file);
    let path = 'discovery';
    let source;
    for (const p of ctx.paths) {
        if (ctx.refused.has(p))
            continue;
        if (p === 'witness') {
            progress('debug_executionWitness');
            const r = await client.tryRequest('debug_executionWitness', [quantity(n)], n);
            if ('error' in r) {
                if (r.unsupported)
                    ctx.refused.set(p, r.error.message);
                continue;
            }
            // The witness is the pre-state: no discovery loop (see fetchByWitness).
            progress('state');
            const b = await fetchByWitness(n, ctx, blockJson, decoded, r.result, where('debug_executionWitness'));
            return { ...b, requests: statsSince(start, client.snapshot()) };
        }
        else if (p === 'prestateTracer') {
            progress('debug_traceBlockByNumber');
            const r = await client.tryRequest('debug_traceBlockByNumber', [quantity(n), { tracer: 'prestateTracer' }], n);
            if ('error' in r) {
                if (r.unsupported)
                    ctx.refused.set(p, r.error.message);
                continue;
            }
            seedFromPrestateTraces(r.result, known, where('debug_traceBlockByNumber'));
            source = new PlainSource(client, n - 1n);
        }
        else if (p === 'proofs') {
            source = new ProofSource(client, n - 1n);
        }
        else {
            source = new PlainSource(client, n - 1n);
        }
        path = p;
        break;
    }
    source ??= new PlainSource(client, n - 1n);
    const warnings = [];
    let d = await discoverPreState(decoded, known, source, { seed, onRound: (f) => progress('state', f) });
    if (source instanceof ProofSource && source.refused) {
        ctx.refused.set('proofs', source.refused.error.message);
        path = 'discovery';
    }
    warnings.push(...source.warnings);
    if (!(source instanceof ProofSource && !source.refused)) {
        const rerun = await markStorageOfCreateTargets(d.result, known, client, n, warnings, ctx.refused);
        if (rerun)
            d = await discoverPreState(decoded, known, source, { onRound: (f) => progress('state', f) });
    }
    const { result } = d;
    const verdict = verifyHeader(result, block.header);
    // The state root, on trie nodes where the path fetched them.
    const expectedRoot = bytesToHex(block.header.stateRoot);
    let stateRoot = { status: 'not-checked', expected: expectedRoot, reason: `the ${path} path fetches no trie nodes` };
    let proof;
    let nextNodes;
    if (source instanceof ProofSource && !source.refused) {
        progress('stateRoot');
        const parentStateRoot = ctx.nodes?.root ?? (await parentRoot(client, n));
        const nodes = [...(ctx.nodes?.store.allNodes() ?? []), ...source.nodes.values()];
        const checked = await checkStateRoot(nodes, parentStateRoot, result.stateChanges, expectedRoot, file);
        stateRoot = checked.verdict;
        if (checked.store && stateRoot.status === 'match')
            nextNodes = { root: expectedRoot, store: checked.store };
        if (stateRoot.status === 'not-checked')
            warnings.push(`stateRoot not checked: ${stateRoot.reason}`);
        proof = { parentStateRoot, nodes: nodes.map((x) => bytesToHex(x)) };
    }
    const fields = checkedFields(verdict, stateRoot, where(PATH_METHOD[path]));
    // The pre-state as read, before `known` moves on to the block's post-state.
    const preState = d.reader.preState();
    known.applyChanges(result.stateChanges, n, block.hash());
    ctx.at = n;
    ctx.nodes = nextNodes;
    return {
        number: n,
        blockJson,
        preState,
        path,
        result,
        verdict,
        stateRoot,
        checked: fields,
        warnings,
        rounds: d.rounds,
        fetched: d.fetched,
        requests: statsSince(start, client.snapshot()),
        ...(proof ? { proof } : {}),
    };
}
/**
 * The header fields checked (`stateRoot` when it matched).
 * @throws RpcStateMismatchError when a checked field, or the state root, mismatches
 */
function checkedFields(verdict, stateRoot, context) {
    const fields = HEADER_FIELDS.filter((f) => verdict[f].status !== 'not-checked');
    const bad = [...fields.filter((f) => verdict[f].status === 'mismatch'), ...(stateRoot.status === 'mismatch' ? ['stateRoot'] : [])];
    if (bad.length > 0) {
        const detail = bad
            .map((f) => {
            const v = f === 'stateRoot' ? stateRoot : verdict[f];
            return `${f} expected ${v.expected}, got ${v.actual}`;
        })
            .join('; ');
        throw new RpcStateMismatchError(context, bad, detail);
    }
    return [...fields, ...(stateRoot.status === 'match' ? ['stateRoot'] : [])];
}
/**
 * The witness path: the node's `debug_executionWitness` answer is the pre-state, loaded by
 * `loadExecutionWitness` (as `parevm run --witness` loads a witness file: the accounts and slots
 * of its `keys` and those the block names, read from its trie nodes rooted at the parent
 * header's state root, which its `headers` give) — no discovery loop, no other request. The
 * block runs on it and the post-state root is recomputed on the witness's nodes
 * (`witnessPostStateRoot`). The answer is kept as is (`execution_witness.json`).
 * `headers` as header objects (rather than RLP) are re-encoded; `keys` may be absent.
 * @throws RpcResponseError when the answer is not a witness of block `n` (malformed, no parent
 *   header, the parent's state root not among its nodes, a key's node or code missing)
 * @throws RpcStateMismatchError when the execution does not match the header or the state root
 */
async function fetchByWitness(n, ctx, blockJson, decoded, answer, context) {
    const w = asRpcObject(answer, context, 'witness');
    const headers = Array.isArray(w.headers)
        ? w.headers.map((h, i) => typeof h === 'string'
            ? h
            : bytesToHex(decodeBlock({ ...asRpcObject(h, context, `witness.headers[${i}]`), transactions: [], uncles: [] }, { chain: ctx.chain }).block.header.serialize()))
        : w.headers;
    const { transactions, uncles, withdrawals, ...header } = blockJson;
    const file = `${context.url} debug_executionWitness(${n})`;
    let loaded;
    try {
        loaded = await loadExecutionWitness({
            blocks: [{ header, body: { transactions, uncles: uncles ?? [], ...(withdrawals !== undefined ? { withdrawals } : {}) } }],
            witness: { keys: [], ...w, headers },
        }, file);
    }
    catch (e) {
        if (e instanceof ParevmError)
            throw new RpcResponseError(context, `the witness of block ${n}: ${e.message}`, { cause: e });
        throw e;
    }
    const result = await executeBlockSequential(decoded, loaded.state);
    const verdict = verifyHeader(result, decoded.block.header);
    const expected = bytesToHex(decoded.block.header.stateRoot);
    const actual = await witnessPostStateRoot(loaded, result.stateChanges);
    const stateRoot = { status: actual === expected ? 'match' : 'mismatch', expected, actual };
    const checked = checkedFields(verdict, stateRoot, context);
    let accounts = 0;
    let slots = 0;
    for (const address of loaded.state.addresses()) {
        accounts++;
        slots += loaded.state.storageOf(address).size;
    }
    // The run's known state holds none of this pre-state: the next block starts afresh.
    ctx.at = undefined;
    ctx.known.accounts.clear();
    ctx.nodes = undefined;
    return {
        number: n,
        blockJson,
        preState: loaded.state,
        path: 'witness',
        result,
        verdict,
        stateRoot,
        checked,
        warnings: [],
        rounds: 0,
        fetched: { accounts, slots },
        witness: answer,
        proof: { parentStateRoot: loaded.parentHeader.stateRoot, nodesFrom: 'execution_witness.json' },
    };
}
/** EIP-4788's caller of the system contracts. */
const SYSTEM_ADDRESS = '0xfffffffffffffffffffffffffffffffffffffffe';
/** The system contracts of EIP-2935, EIP-7002 and EIP-7251 (their EIPs' deployment addresses). */
const SYSTEM_CONTRACTS = [
    [2935, '0x0000f90827f1c53a10cb7a02335b175320002935'],
    [7002, '0x00000961ef480eb55e80d19ad83579a64c007002'],
    [7251, '0x0000bbddc7ce488642fb579f8b00f3a590007251'],
];
/** The method that gave each path's pre-state (named in errors). */
const PATH_METHOD = {
    witness: 'debug_executionWitness',
    prestateTracer: 'debug_traceBlockByNumber',
    proofs: 'eth_getProof',
    discovery: 'eth_getBalance/eth_getTransactionCount/eth_getCode/eth_getStorageAt',
};
async function parentRoot(client, n) {
    const ctx = { url: client.url, method: 'eth_getBlockByNumber', block: n };
    const parent = asRpcObject(await client.request('eth_getBlockByNumber', [quantity(n - 1n), false], n), ctx, `parent block ${n - 1n}`);
    return asRpcData(parent.stateRoot, ctx, `parent block ${n - 1n} stateRoot`);
}
/**
 * What the block names, fetched before the first execution: beneficiary, senders, recipients,
 * access-list entries, withdrawal recipients, and the system contracts of its fork (EIP-4788,
 * EIP-2935, EIP-7002, EIP-7251) with the system address.
 */
function seedMisses(blockJson, common, file) {
    const named = blockAddresses(blockJson, file);
    const system = [];
    if (common.isActivatedEIP(4788))
        system.push(BEACON_ROOTS_ADDRESS, SYSTEM_ADDRESS);
    for (const [eip, address] of SYSTEM_CONTRACTS)
        if (common.isActivatedEIP(eip))
            system.push(address);
    const slots = new Map();
    for (const [a, s] of named)
        if (s.size > 0)
            slots.set(a, s);
    return { accounts: new Set([...named.keys(), ...system]), slots, codes: new Set(), blockHashes: new Set() };
}
/**
 * EIP-7610: creating a contract where an account has storage (but no code and nonce 0) fails. The
 * plain methods do not say whether an account has storage, so each account the block created a
 * contract at (or first gave a nonce) is asked with `eth_getProof` for its `storageHash`. A node
 * that refuses gives a warning, not a guess.
 * @returns whether an account was found to have storage (the block must run again)
 */
async function markStorageOfCreateTargets(result, known, client, n, warnings, refused) {
    const senders = new Set(result.senders.map((s) => s.toLowerCase()));
    const created = (c) => (c.codeHash !== undefined && c.codeHash !== KECCAK256_NULL_HEX) || ((c.nonce ?? 0n) > 0n && !senders.has(c.address));
    const creations = result.stateChanges.filter((c) => {
        const before = known.accounts.get(c.address);
        return !c.deleted && (before === null || (before && before.nonce === 0n && before.codeHash === undefined && !before.hasStorage)) && created(c);
    });
    if (creations.length === 0)
        return false;
    const unknown = (why) => warnings.push(`EIP-7610: whether ${creations.length} CREATE target${creations.length > 1 ? 's' : ''} (${creations
        .map((c) => c.address)
        .slice(0, 3)
        .join(', ')}${creations.length > 3 ? ', …' : ''}) had storage is unknown: ${why}`);
    const proofs = refused.get('proofs');
    if (proofs !== undefined) {
        unknown(`eth_getProof refused (${proofs})`);
        return false;
    }
    const answers = await Promise.all(creations.map((c) => client.tryRequest('eth_getProof', [c.address, [], quantity(n - 1n)], n)));
    const refusal = answers.find((r) => 'error' in r);
    if (refusal && 'error' in refusal) {
        refused.set('proofs', refusal.error.message);
        unknown(`eth_getProof refused (${refusal.error.message})`);
        return false;
    }
    let found = false;
    answers.forEach((r, i) => {
        const address = creations[i].address;
        if ('error' in r)
            return;
        const p = asRpcObject(r.result, { url: client.url, method: 'eth_getProof', block: n }, address);
        const storageHash = String(p.storageHash).toLowerCase();
        if (storageHash !== KECCAK256_RLP_S && !/^0x0*$/.test(storageHash)) {
            const balance = asRpcQuantity(p.balance, { url: client.url, method: 'eth_getProof', block: n }, `${address} balance`);
            const before = known.accounts.get(address);
            known.accounts.set(address, { balance, nonce: 0n, storage: before?.storage ?? new Map(), storageEmpty: false, hasStorage: true });
            found = true;
        }
    });
    return found;
}
//# sourceMappingURL=fetchBlock.js.map