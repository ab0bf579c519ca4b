/**
 * `parevm fetch` against a misbehaving JSON-RPC node of the tests' own that serves the shared
 * mainnet fixtures (test/rpc-fake-node.ts): faults recover or end in typed errors, fetch → run
 * equals loading the fixture directly, a second fetch makes no request, nothing half-written.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chainByName, loadFixtureBlock } from '../src/index.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { closeSharedPools } from '../src/parallel/pool.js';
import { diffResults } from '../src/verify/compare.js';
import { verifyHeader } from '../src/verify/header.js';
import { decodeBlock } from '../src/block/decode.js';
import { fetchBlocks, RpcClient, redactUrl } from '../src/rpc/index.js';
import { FIXTURES } from './helpers.js';
import { startFakeNode } from './rpc-fake-node.js';
const WITNESS = join(FIXTURES, '..', 'witness', 'hoodi-1265656.json');
// Frontier (1 tx), the last proof-of-work block (1 tx), the first Cancun block (37, a contract creation), a Cancun block of withdrawals only.
const BLOCKS = [46147, 15537393, 19426587, 19910734];
const fast = { retryDelayMs: 5, timeoutMs: 5000 };
const tmp = () => mkdtempSync(join(tmpdir(), 'parevm-rpc-'));
const blockDirs = (root) => (existsSync(join(root, 'blocks')) ? readdirSync(join(root, 'blocks')) : []);
after(() => closeSharedPools());
/** The CLI in a child process (asynchronously: the fake node answers from this process's event loop). */
async function cli(...args) {
    try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, ['dist/src/cli/main.js', ...args], {
            env: { ...process.env, XDG_CACHE_HOME: tmp() },
        });
        return { status: 0, stdout, stderr };
    }
    catch (e) {
        const x = e;
        return { status: x.code, stdout: x.stdout, stderr: x.stderr };
    }
}
describe('fetch from a misbehaving node serving the mainnet fixtures', () => {
    let node;
    const out = tmp();
    before(async () => {
        node = await startFakeNode({ fixtures: FIXTURES });
    });
    after(() => node.close());
    test('429 with Retry-After, 500, a dropped connection and an error inside a batch recover; fetch → run = the fixture', async () => {
        Object.assign(node.faults, { http429: 1, retryAfter: '1', http500: 1, drop: 1, itemError: 2 });
        const r = await fetchBlocks({ rpcUrl: node.url, blocks: BLOCKS, cacheDir: out, ...fast });
        assert.deepEqual(node.stats.faultsFired, { http429: 1, http500: 1, drop: 1, itemError: 2 });
        for (const b of r.blocks) {
            assert.equal(b.status, 'fetched', b.status === 'error' ? b.error.message : '');
            if (b.status !== 'fetched')
                continue;
            // No trace, no witness, proofs refused (proof window): the discovery loop over eth_get*.
            assert.equal(b.path, 'discovery');
            assert.ok(b.checked.includes('gasUsed') && b.checked.includes('logsBloom'));
            assert.ok(b.stateRootUnchecked);
        }
        const refused = JSON.parse(readFileSync(join(out, 'blocks', String(BLOCKS[0]), 'fetch.json'), 'utf8')).refused;
        assert.match(refused.proofs, /proof window/);
        assert.match(refused.witness, /debug_executionWitness/);
        assert.match(refused.prestateTracer, /debug_traceBlockByNumber/);
        // A block creating a contract asks eth_getProof about EIP-7610 and warns when refused.
        const warned = r.blocks.some((b) => b.status === 'fetched' && b.warnings.some((w) => /EIP-7610/.test(w)));
        assert.ok(warned, 'a CREATE target whose storage is unknown is reported');
        for (const n of BLOCKS) {
            const cached = loadFixtureBlock(out, n);
            const direct = loadFixtureBlock(FIXTURES, n);
            assert.deepEqual(cached.blockJson, direct.blockJson);
            const a = await executeBlockSequential(cached.blockJson, cached.state);
            const b = await executeBlockSequential(direct.blockJson, direct.state);
            assert.equal(diffResults(a, b), undefined, `block ${n}: fetched = fixture`);
            assert.ok(verifyHeader(a, decodeBlock(cached.blockJson).block.header).ok);
            const par = await executeBlock(cached.blockJson, cached.state, { concurrency: 2 });
            assert.equal(diffResults(a, par), undefined, `block ${n}: parallel = sequential`);
        }
        assert.deepEqual(readdirSync(join(out, 'blocks')).filter((d) => d.startsWith('.tmp')), []);
    });
    test('prestateTracer: the traces seed the pre-state, the discovery loop adds what they omit', async () => {
        const node = await startFakeNode({ fixtures: FIXTURES, tracer: true });
        try {
            const traced = tmp();
            const r = await fetchBlocks({ rpcUrl: node.url, blocks: [19426587], cacheDir: traced, ...fast });
            const b = r.blocks[0];
            assert.equal(b.status, 'fetched', b.status === 'error' ? b.error.message : '');
            if (b.status !== 'fetched')
                return;
            assert.equal(b.path, 'prestateTracer');
            assert.equal(node.stats.byMethod.debug_traceBlockByNumber, 1);
            // The same block fetched by the discovery loop alone (the first test).
            const plainCalls = JSON.parse(readFileSync(join(out, 'blocks', '19426587', 'fetch.json'), 'utf8')).requests.calls;
            assert.ok(b.requests.calls < plainCalls, `prestateTracer ${b.requests.calls} calls < discovery ${plainCalls}`);
            const cached = loadFixtureBlock(traced, 19426587);
            const direct = loadFixtureBlock(FIXTURES, 19426587);
            assert.equal(diffResults(await executeBlockSequential(cached.blockJson, cached.state), await executeBlockSequential(direct.blockJson, direct.state)), undefined);
        }
        finally {
            await node.close();
        }
    });
    test('a second fetch makes zero requests', async () => {
        const client = new RpcClient({ url: node.url });
        const before = node.stats.httpRequests;
        const r = await fetchBlocks({ rpcUrl: node.url, blocks: BLOCKS, cacheDir: out, client });
        assert.ok(r.blocks.every((b) => b.status === 'cached'));
        assert.equal(client.stats.httpRequests, 0);
        assert.equal(r.requests.calls, 0);
        assert.equal(node.stats.httpRequests, before);
    });
    test('bad input ends in typed errors naming URL (redacted), block and method; nothing is written', async () => {
        const creds = node.url.replace('http://', 'http://alice:s3cret@');
        // A block the node does not have yet.
        const dir1 = tmp();
        const r = await fetchBlocks({ rpcUrl: creds, blocks: [99999999], cacheDir: dir1, ...fast });
        const e = r.blocks[0].error;
        assert.equal(e.code, 'RPC_BLOCK_NOT_FOUND');
        assert.match(e.message, /eth_getBlockByNumber/);
        assert.match(e.message, /99999999/);
        assert.doesNotMatch(e.message, /s3cret|alice/);
        assert.match(e.message, /\*\*\*@127\.0\.0\.1/);
        assert.deepEqual(blockDirs(dir1), []);
        // The wrong chain (a config for Sepolia).
        await assert.rejects(fetchBlocks({ rpcUrl: node.url, blocks: [46147], cacheDir: tmp(), chain: chainByName('sepolia'), chainSource: '--chain-config sepolia.json', ...fast }), (err) => {
            assert.equal(err.code, 'RPC_CHAIN_MISMATCH');
            assert.match(err.message, /chain id 1, but --chain-config sepolia.json is chain id 11155111/);
            assert.match(err.message, /eth_chainId/);
            return true;
        });
        // Not JSON-RPC.
        node.faults.html = true;
        await assert.rejects(fetchBlocks({ rpcUrl: node.url, blocks: [46147], cacheDir: tmp(), ...fast, retryCount: 1 }), (err) => {
            assert.equal(err.code, 'RPC_BAD_RESPONSE');
            assert.match(err.message, /eth_chainId/);
            return true;
        });
        node.faults.html = false;
        // Unreachable (a closed port).
        const closed = await startFakeNode({ fixtures: FIXTURES });
        await closed.close();
        await assert.rejects(fetchBlocks({ rpcUrl: closed.url, blocks: [46147], cacheDir: tmp(), ...fast, retryCount: 1 }), (err) => {
            assert.equal(err.code, 'RPC_UNREACHABLE');
            assert.ok(err.message.includes(redactUrl(closed.url)));
            return true;
        });
    });
    test('transactions not hashing to transactionsRoot, and a pre-state failing the header check: typed errors, nothing written', async () => {
        const bad = await startFakeNode({
            fixtures: FIXTURES,
            editBlock: (n, b) => (n === 15537393 ? { ...b, transactions: [{ ...b.transactions[0], value: '0x1' }] } : b),
            editPreState: (n, p) => {
                if (n !== 19426587)
                    return p;
                const [a] = Object.keys(p).filter((k) => p[k].storage && Object.keys(p[k].storage).length > 0);
                const slot = Object.keys(p[a].storage)[0];
                return { ...p, [a]: { ...p[a], storage: { ...p[a].storage, [slot]: '0x1234' } } };
            },
        });
        try {
            const dir = tmp();
            const r = await fetchBlocks({ rpcUrl: bad.url, blocks: [15537393, 19426587, 46147], cacheDir: dir, ...fast });
            const [txs, state, good] = r.blocks;
            assert.equal(txs.status, 'error');
            assert.equal(txs.error.code, 'RPC_BAD_BLOCK');
            assert.match(txs.error.message, /transactionsRoot.*eth_getBlockByNumber|eth_getBlockByNumber.*transactionsRoot/s);
            assert.equal(state.status, 'error');
            assert.equal(state.error.code, 'RPC_STATE_MISMATCH');
            assert.match(state.error.message, /block 19426587/);
            assert.match(state.error.message, /eth_getStorageAt/);
            assert.equal(good.status, 'fetched');
            assert.deepEqual(blockDirs(dir).sort(), ['46147']);
        }
        finally {
            await bad.close();
        }
    });
});
describe('the other pre-state paths', () => {
    test('debug_executionWitness (the real Hoodi witness): the witness is the pre-state, the state root is checked', async (t) => {
        if (!existsSync(WITNESS))
            return t.skip(`witness fixture ${WITNESS} not found`);
        const node = await startFakeNode({ fixtures: FIXTURES, chainId: 560048, witnesses: [WITNESS] });
        try {
            const out = tmp();
            const r = await fetchBlocks({ rpcUrl: node.url, blocks: [1265656], cacheDir: out, ...fast });
            const b = r.blocks[0];
            assert.equal(b.status, 'fetched', b.status === 'error' ? b.error.message : '');
            if (b.status !== 'fetched')
                return;
            assert.equal(b.path, 'witness');
            assert.ok(b.checked.includes('stateRoot'), `checked: ${b.checked.join(', ')}`);
            assert.equal(b.stateRootUnchecked, undefined);
            // The state came from the witness alone: no discovery loop, no other state request.
            assert.equal(b.rounds, 0);
            assert.deepEqual(b.warnings, []);
            assert.deepEqual(Object.keys(node.stats.byMethod).sort(), ['debug_executionWitness', 'eth_chainId', 'eth_getBlockByNumber']);
            assert.equal(node.stats.byMethod.eth_getBlockByNumber, 1);
            assert.ok(existsSync(join(out, 'blocks', '1265656', 'execution_witness.json')));
            // `parevm run` on the cache checks the state root again.
            const res = await cli('run', '--fixtures', out, '--blocks', '1265656', '--chain', 'hoodi', '--json', '--concurrency', '2');
            assert.equal(res.status, 0, res.stderr + res.stdout);
            const row = JSON.parse(res.stdout).blocks[0];
            assert.equal(row.stateRoot.status, 'match');
            assert.equal(row.verdict.ok, true);
        }
        finally {
            await node.close();
        }
    });
});
describe('the CLI', () => {
    test('parevm fetch, then parevm run --rpc from the cache (no request), exit 1 on a missing block', async () => {
        const node = await startFakeNode({ fixtures: FIXTURES });
        try {
            const out = tmp();
            const f = await cli('fetch', '--rpc', node.url, '--blocks', '46147,15537393', '--out', out, '--retries', '2');
            assert.equal(f.status, 0, f.stderr + f.stdout);
            assert.match(f.stdout, /2 fetched, 0 already cached, 0 failed/);
            const calls = node.stats.calls;
            const run = await cli('run', '--rpc', node.url, '--blocks', '46147,15537393', '--out', out, '--json', '--concurrency', '2');
            assert.equal(run.status, 0, run.stderr + run.stdout);
            assert.equal(node.stats.calls, calls, 'run --rpc on a cached range asks nothing');
            const rows = JSON.parse(run.stdout).blocks;
            assert.deepEqual(rows.map((r) => [r.block, r.verdict.ok]), [
                [46147, true],
                [15537393, true],
            ]);
            const missing = await cli('fetch', '--rpc', node.url, '--blocks', '99999999', '--out', out, '--retries', '1');
            assert.equal(missing.status, 1);
            assert.match(missing.stdout, /RPC_BLOCK_NOT_FOUND/);
        }
        finally {
            await node.close();
        }
    });
});
//# sourceMappingURL=rpc-fake.test.js.map