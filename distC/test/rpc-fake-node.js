/**
 * A small misbehaving JSON-RPC node of the tests' own (node:http on 127.0.0.1, a free port) that
 * serves the shared mainnet fixtures: `eth_getBlockByNumber(n, true)` from `blocks/<n>/block.json`,
 * the state at n − 1 (`eth_getBalance`, `eth_getTransactionCount`, `eth_getCode`,
 * `eth_getStorageAt`) from `blocks/<n>/pre_state.json` (an account it does not hold is empty),
 * ancestor hashes from `block_hashes.json`. It has no trie: `eth_getProof` is refused with geth's
 * proof-window error. The `debug_` methods are unsupported unless `tracer` (a prestate trace, the
 * whole pre-state as one transaction's) or `witnesses` (block number → a witness file) are given.
 * Faults are injected by count: each fault fires on the next matching requests.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
const hex = (n) => `0x${n.toString(16)}`;
export async function startFakeNode(options) {
    const read = (rel) => JSON.parse(readFileSync(join(options.fixtures, rel), 'utf8'));
    const bytecodes = read('bytecodes.json');
    const hashes = read('block_hashes.json');
    const blocks = new Map();
    const preStates = new Map();
    const witnesses = new Map();
    for (const f of options.witnesses ?? []) {
        const w = JSON.parse(readFileSync(f, 'utf8'));
        const { header, body } = w.blocks[0];
        const block = { ...header, transactions: body.transactions, uncles: body.uncles ?? [], ...(body.withdrawals ? { withdrawals: body.withdrawals } : {}) };
        witnesses.set(Number(BigInt(header.number)), { block, witness: w.witness });
    }
    const block = (n) => {
        if (witnesses.has(n))
            return witnesses.get(n).block;
        if (!blocks.has(n)) {
            try {
                const b = read(`blocks/${n}/block.json`);
                blocks.set(n, options.editBlock ? options.editBlock(n, b) : b);
            }
            catch {
                blocks.set(n, null);
            }
        }
        return blocks.get(n);
    };
    const preState = (parent) => {
        const n = parent + 1;
        if (!preStates.has(n)) {
            // A block without a pre-state file (a witness's block): every account is empty.
            const p = existsSync(join(options.fixtures, `blocks/${n}/pre_state.json`)) ? read(`blocks/${n}/pre_state.json`) : {};
            preStates.set(n, options.editPreState ? options.editPreState(n, p) : p);
        }
        return preStates.get(n);
    };
    const account = (address, tag) => preState(Number(BigInt(tag)))[address.toLowerCase()];
    const headOf = () => Math.max(...[...witnesses.keys(), 19934116]);
    const handlers = {
        eth_chainId: () => hex(options.chainId ?? 1),
        eth_blockNumber: () => hex(headOf()),
        eth_getBlockByNumber: ([tag, full]) => {
            const n = Number(BigInt(tag));
            const b = block(n);
            if (b)
                return full ? b : { ...b, transactions: b.transactions.map((t) => t.hash) };
            const child = block(n + 1);
            if (child)
                return { number: hex(n), hash: child.parentHash };
            if (hashes[String(n)])
                return { number: hex(n), hash: hashes[String(n)] };
            return null;
        },
        eth_getBalance: ([a, tag]) => account(a, tag)?.balance ?? '0x0',
        eth_getTransactionCount: ([a, tag]) => hex(BigInt(account(a, tag)?.nonce ?? 0)),
        eth_getCode: ([a, tag]) => {
            const h = account(a, tag)?.code_hash;
            return h ? bytecodes[h] : '0x';
        },
        eth_getStorageAt: ([a, slot, tag]) => {
            const storage = account(a, tag)?.storage ?? {};
            const v = Object.entries(storage).find(([k]) => BigInt(k) === BigInt(slot))?.[1];
            return `0x${BigInt(v ?? 0)
                .toString(16)
                .padStart(64, '0')}`;
        },
        eth_getProof: () => {
            throw { code: -32000, message: 'distance to target block exceeds maximum proof window' };
        },
        debug_traceBlockByNumber: ([tag, config]) => {
            if (!options.tracer || config?.tracer !== 'prestateTracer')
                throw { code: -32601, message: 'the method debug_traceBlockByNumber does not exist/is not available' };
            const n = Number(BigInt(tag));
            const pre = preState(n - 1);
            const result = {};
            for (const [a, acc] of Object.entries(pre)) {
                result[a] = {
                    balance: acc.balance,
                    ...(BigInt(acc.nonce) > 0n ? { nonce: Number(acc.nonce) } : {}),
                    ...(acc.code_hash ? { code: bytecodes[acc.code_hash] } : {}),
                    ...(acc.storage && Object.keys(acc.storage).length ? { storage: acc.storage } : {}),
                };
            }
            return block(n).transactions.length > 0 ? [{ txHash: block(n).transactions[0].hash, result }] : [];
        },
        debug_executionWitness: ([tag]) => {
            const w = witnesses.get(Number(BigInt(tag)));
            if (!w)
                throw { code: -32601, message: 'the method debug_executionWitness does not exist/is not available' };
            return w.witness;
        },
    };
    const faults = {};
    const stats = { httpRequests: 0, calls: 0, byMethod: {}, faultsFired: {} };
    const fire = (name) => {
        const left = faults[name];
        if (typeof left !== 'number' || left <= 0)
            return false;
        faults[name] = left - 1;
        stats.faultsFired[name] = (stats.faultsFired[name] ?? 0) + 1;
        return true;
    };
    const answer = (call) => {
        stats.calls++;
        stats.byMethod[call.method] = (stats.byMethod[call.method] ?? 0) + 1;
        const h = handlers[call.method];
        if (!h)
            return { jsonrpc: '2.0', id: call.id, error: { code: -32601, message: `the method ${call.method} does not exist/is not available` } };
        try {
            return { jsonrpc: '2.0', id: call.id, result: h(call.params ?? []) };
        }
        catch (e) {
            if (typeof e?.code === 'number')
                return { jsonrpc: '2.0', id: call.id, error: e };
            return { jsonrpc: '2.0', id: call.id, error: { code: -32603, message: String(e?.message ?? e) } };
        }
    };
    const server = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => {
            body += c;
        });
        req.on('end', () => {
            stats.httpRequests++;
            if (fire('drop')) {
                req.socket.destroy();
                return;
            }
            if (fire('http429')) {
                res.writeHead(429, { 'Retry-After': faults.retryAfter ?? '1', 'Content-Type': 'text/plain' });
                res.end('Too Many Requests');
                return;
            }
            if (fire('http500')) {
                res.writeHead(500, { 'Content-Type': 'text/plain' });
                res.end('upstream failed');
                return;
            }
            if (faults.html) {
                res.writeHead(200, { 'Content-Type': 'text/html' });
                res.end('<html><body>Welcome to nginx!</body></html>');
                return;
            }
            const parsed = JSON.parse(body);
            let out;
            if (Array.isArray(parsed)) {
                const answers = parsed.map(answer);
                if (answers.length > 1 && fire('itemError')) {
                    const k = answers.length >> 1;
                    answers[k] = { jsonrpc: '2.0', id: answers[k].id, error: { code: -32603, message: 'internal error: upstream timeout' } };
                }
                out = answers;
            }
            else
                out = answer(parsed);
            res.writeHead(200, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify(out));
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = server.address().port;
    return {
        url: `http://127.0.0.1:${port}`,
        faults,
        stats,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
//# sourceMappingURL=rpc-fake-node.js.map