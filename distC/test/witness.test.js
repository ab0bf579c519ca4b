import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createMerkleProof, MerklePatriciaTrie, updateMPTFromMerkleProof } from '@ethereumjs/mpt';
import { RLP } from '@ethereumjs/rlp';
import { bigIntToUnpaddedBytes, bytesToBigInt, bytesToHex, createAccountFromRLP, hexToBytes, KECCAK256_RLP, setLengthLeft, toBytes } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { chainByName } from '../src/block/chains.js';
import { runCommand } from '../src/cli/run.js';
import { closeSharedPools, FixtureFormatError, loadExecutionWitness, WitnessCodeMissingError, WitnessNodeMissingError, WitnessNotCoveredError, WitnessRootMismatchError, witnessPostStateRoot, } from '../src/index.js';
/** The Hoodi block 1,265,656 witness (fixtures README, witness/), overridable with PAREVM_WITNESS. */
const FILE = process.env.PAREVM_WITNESS ?? '../shared/fixtures/witness/hoodi-1265656.json';
const text = readFileSync(FILE, 'utf8');
/** A fresh copy of the file's JSON, to edit. */
const fixture = () => JSON.parse(text);
const loaded = await loadExecutionWitness(fixture(), FILE);
const hex = (b) => bytesToHex(b);
const keccakHex = (b) => hex(keccak_256(b));
// Bytecodes as the EIPs give them (not read from the witness).
const BEACON_ROOTS = '0x000f3df6d732807ef1319fb7b8bb8522d0beac02';
const BEACON_ROOTS_CODE = '0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500'; // EIP-4788
const HISTORY = '0x0000f90827f1c53a10cb7a02335b175320002935';
const HISTORY_CODE = '0x3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500'; // EIP-2935
/** `witness.keys` grouped as the format lays them out: each slot under the address before it. */
function keysByAddress(keys) {
    const m = new Map();
    let current = '';
    for (const k of keys) {
        if (k.length === 42)
            m.set((current = k.toLowerCase()), []);
        else
            m.get(current).push(k);
    }
    return m;
}
const keyed = keysByAddress(fixture().witness.keys);
/**
 * A reference trie built by another route: plain @ethereumjs/mpt over its default in-memory DB,
 * filled with the witness's nodes as a proof (a miss reads as absent here: only use it on paths
 * the strict witness trie has already walked).
 */
async function referenceTrie(stateRoot) {
    const trie = new MerklePatriciaTrie({ useKeyHashing: true });
    await updateMPTFromMerkleProof(trie, fixture().witness.state.map((n) => hexToBytes(n)));
    trie.root(hexToBytes(stateRoot));
    return trie;
}
/**
 * The path of the last node of `proof` for `key`: when every node above it is a branch (asserted),
 * one nibble of keccak-256(key) per branch.
 */
function branchPath(proof, key) {
    for (const node of proof.slice(0, -1))
        assert.equal(RLP.decode(node).length, 17, 'a branch above the leaf');
    return keccakHex(hexToBytes(key)).slice(2, 2 + proof.length - 1);
}
function change(address, fields) {
    return { address, deleted: false, storageCleared: false, storage: [], ...fields };
}
/** The witness file with `address` and the slots listed under it dropped from `keys`, or only its `slot`. */
function withoutKeys(json, address, slot) {
    let owner = '';
    json.witness.keys = json.witness.keys.filter((k) => {
        if (k.length === 42)
            owner = k.toLowerCase();
        return owner !== address || (slot !== undefined && k !== slot);
    });
    return json;
}
/** The witness file with the node `node` (hex) removed from `state`. */
function withoutNode(json, node) {
    const before = json.witness.state.length;
    json.witness.state = json.witness.state.filter((n) => n !== node);
    assert.equal(json.witness.state.length, before - 1, 'the node to remove is in the witness');
    return json;
}
test('the witness trie is the parent state trie: parent header hashes to parentHash, no changes give its stateRoot', async () => {
    const header = fixture().blocks[0].header;
    assert.equal(keccakHex(loaded.parentHeader.rlp), header.parentHash);
    const fields = RLP.decode(loaded.parentHeader.rlp);
    assert.equal(hex(fields[3]), loaded.parentHeader.stateRoot, 'stateRoot is header field 3 (Yellow Paper §4.3)');
    assert.equal(bytesToBigInt(fields[8]) + 1n, BigInt(header.number));
    assert.ok(fixture().witness.state.some((n) => keccakHex(hexToBytes(n)) === loaded.parentHeader.stateRoot), 'the root node is among the nodes');
    assert.equal(await witnessPostStateRoot(loaded, []), loaded.parentHeader.stateRoot);
    // BLOCKHASH: each ancestor's hash is the keccak-256 of its RLP header.
    for (const h of fixture().witness.headers) {
        const number = bytesToBigInt(RLP.decode(hexToBytes(h))[8]);
        assert.equal(hex(loaded.state.blockHash(number)), keccakHex(hexToBytes(h)));
    }
});
test('the block is RPC JSON: header fields with the body lists', () => {
    const { header, body } = fixture().blocks[0];
    assert.equal(loaded.block.stateRoot, header.stateRoot);
    assert.deepEqual(loaded.block.transactions, body.transactions);
    assert.deepEqual(loaded.block.withdrawals, body.withdrawals);
    assert.equal(loaded.block.transactions.length, 11);
});
test('system contracts have the code hashes of their EIP bytecodes, and the EIP-4788 ring buffer reads back', () => {
    for (const [address, code] of [
        [BEACON_ROOTS, BEACON_ROOTS_CODE],
        [HISTORY, HISTORY_CODE],
    ]) {
        const account = loaded.state.account(address);
        assert.ok(account, `${address} is in the pre-state`);
        const codeHash = keccakHex(hexToBytes(code));
        assert.equal(account.codeHash, codeHash, address);
        assert.equal(hex(loaded.state.code(codeHash)), code);
    }
    // EIP-4788: the timestamp t is stored at slot t % 8191. Each slot the witness lists under the
    // contract below 8191 must hold such a timestamp, before the block's own.
    const slots = keyed
        .get(BEACON_ROOTS)
        .map(BigInt)
        .filter((s) => s < 8191n);
    assert.ok(slots.length > 0);
    for (const slot of slots) {
        const t = loaded.state.storage(BEACON_ROOTS, slot);
        assert.equal(t % 8191n, slot, `slot ${slot} holds timestamp ${t}`);
        assert.ok(t < BigInt(fixture().blocks[0].header.timestamp));
    }
});
test('every prefetched account and slot equals a reference trie built from the same nodes', async () => {
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    assert.equal(keyed.size, loaded.state.accountCount);
    for (const [address, slots] of keyed) {
        const raw = await ref.get(hexToBytes(address));
        assert.ok(raw, `${address} exists`);
        const a = createAccountFromRLP(raw);
        const got = loaded.state.account(address);
        assert.equal(got.balance, a.balance, address);
        assert.equal(got.nonce, a.nonce, address);
        assert.equal(got.codeHash, a.isContract() ? hex(a.codeHash) : undefined, address);
        assert.equal(got.hasStorage === true, hex(a.storageRoot) !== hex(KECCAK256_RLP), address);
        const storage = ref.shallowCopy(false);
        storage.root(a.storageRoot);
        for (const slot of slots) {
            const v = await storage.get(hexToBytes(slot));
            const expected = v === null ? 0n : bytesToBigInt(RLP.decode(v));
            assert.equal(loaded.state.storage(address, BigInt(slot)), expected, `${address} slot ${slot}`);
        }
    }
});
test('the strict reader answers what the witness covers and throws WitnessNotCoveredError outside it', () => {
    const s = loaded.strict;
    assert.deepEqual(s.account(BEACON_ROOTS), loaded.state.account(BEACON_ROOTS));
    const listed = BigInt(keyed.get(BEACON_ROOTS)[0]);
    assert.equal(s.storage(BEACON_ROOTS, listed), loaded.state.storage(BEACON_ROOTS, listed));
    assert.throws(() => s.account('0x1111111111111111111111111111111111111111'), (e) => e instanceof WitnessNotCoveredError && e.slot === undefined && /0x1111/.test(e.message));
    const unlisted = 8191n * 2n + 7n; // above both EIP-4788 ring buffers: never listed
    assert.throws(() => s.storage(BEACON_ROOTS, unlisted), (e) => e instanceof WitnessNotCoveredError && e.slot === unlisted);
    // An account with empty storage proves every slot zero.
    const eoa = [...keyed.keys()].find((a) => loaded.state.account(a)?.hasStorage !== true && keyed.get(a).length === 0);
    assert.ok(eoa);
    assert.equal(s.storage(eoa, 12345n), 0n);
});
test('a fresh transaction recipient, absent from keys, is covered where the nodes prove its absence', async () => {
    const json = fixture();
    const fresh = json.blocks[0].body.transactions.map((t) => t.to.toLowerCase()).find((to) => !keyed.has(to));
    assert.ok(fresh, 'a recipient the witness does not list');
    assert.equal(loaded.strict.account(fresh), undefined);
    assert.equal(loaded.strict.storage(fresh, 1n), 0n);
    // Without the last node of its proof of absence (on no listed key's path), it is not covered.
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    const listed = new Set();
    for (const a of keyed.keys())
        for (const n of await createMerkleProof(ref, hexToBytes(a)))
            listed.add(hex(n));
    const last = (await createMerkleProof(ref, hexToBytes(fresh))).at(-1);
    assert.ok(last.length >= 32 && !listed.has(hex(last)));
    const partial = await loadExecutionWitness(withoutNode(json, hex(last)), 'w.json');
    assert.throws(() => partial.strict.account(fresh), (e) => e instanceof WitnessNotCoveredError && e.address === fresh);
});
test("a witness lacking a node on a listed key's path fails at load, naming the trie, path and node", async () => {
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    const proof = await createMerkleProof(ref, hexToBytes(BEACON_ROOTS));
    // The top of a large state trie is branches: the third node on the path sits at 2 nibbles.
    assert.equal(RLP.decode(proof[0]).length, 17);
    assert.equal(RLP.decode(proof[1]).length, 17);
    const node = hex(proof[2]);
    const path = keccakHex(hexToBytes(BEACON_ROOTS)).slice(2, 4);
    await assert.rejects(loadExecutionWitness(withoutNode(fixture(), node), 'w.json'), (e) => {
        assert.ok(e instanceof WitnessNodeMissingError, String(e));
        assert.equal(e.nodeHash, keccakHex(proof[2]));
        assert.equal(e.context.trie, 'account trie');
        assert.equal(e.context.path, path);
        // Whichever listed key reached the node first, its hashed key runs through that path.
        assert.ok(keccakHex(hexToBytes(e.context.key))
            .slice(2)
            .startsWith(path));
        assert.match(e.message, new RegExp(`w\\.json: trie node ${e.nodeHash} .*account trie.*path ${path}`));
        return true;
    });
});
test('a change that needs a node the witness lacks throws WitnessNodeMissingError (account trie)', async () => {
    const miner = fixture().blocks[0].header.miner.toLowerCase();
    assert.ok(keyed.has(miner));
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    const proof = await createMerkleProof(ref, hexToBytes(miner));
    const leaf = proof.at(-1);
    assert.equal(RLP.decode(leaf).length, 2, 'an account leaf (over 32 bytes: stored by hash)');
    const path = branchPath(proof, miner);
    // Not a listed key any more, so the load does not need its leaf; the change does.
    const partial = await loadExecutionWitness(withoutNode(withoutKeys(fixture(), miner), hex(leaf)), 'w.json');
    await assert.rejects(witnessPostStateRoot(partial, [change(miner, { balance: 1n })]), (e) => {
        assert.ok(e instanceof WitnessNodeMissingError, String(e));
        assert.equal(e.nodeHash, keccakHex(leaf));
        assert.equal(e.context.trie, 'account trie');
        assert.equal(e.context.key, miner);
        assert.equal(e.context.path, path);
        return true;
    });
});
test('a change that needs a node the witness lacks throws WitnessNodeMissingError (storage trie)', async () => {
    const slot = keyed.get(BEACON_ROOTS).find((s) => BigInt(s) >= 8191n); // a beacon root: a 32-byte value, so its leaf is stored by hash
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    const storage = ref.shallowCopy(false);
    storage.root(createAccountFromRLP((await ref.get(hexToBytes(BEACON_ROOTS)))).storageRoot);
    const proof = await createMerkleProof(storage, hexToBytes(slot));
    const leaf = proof.at(-1);
    assert.ok(leaf.length >= 32);
    const path = branchPath(proof, slot);
    const partial = await loadExecutionWitness(withoutNode(withoutKeys(fixture(), BEACON_ROOTS, slot), hex(leaf)), 'w.json');
    await assert.rejects(witnessPostStateRoot(partial, [change(BEACON_ROOTS, { storage: [[BigInt(slot), 5n]] })]), (e) => {
        assert.ok(e instanceof WitnessNodeMissingError, String(e));
        assert.equal(e.nodeHash, keccakHex(leaf));
        assert.equal(e.context.trie, `storage trie of ${BEACON_ROOTS}`);
        assert.equal(e.context.key, slot);
        assert.equal(e.context.path, path);
        return true;
    });
});
test('an account whose code is not in witness.codes fails with WitnessCodeMissingError', async () => {
    const json = fixture();
    json.witness.codes = json.witness.codes.filter((c) => c !== BEACON_ROOTS_CODE);
    await assert.rejects(loadExecutionWitness(json, 'w.json'), (e) => e instanceof WitnessCodeMissingError &&
        e.address === BEACON_ROOTS &&
        e.codeHash === keccakHex(hexToBytes(BEACON_ROOTS_CODE)) &&
        e.message.includes(BEACON_ROOTS));
});
test('a parent header whose stateRoot is not among the nodes fails with WitnessRootMismatchError', async () => {
    const json = fixture();
    const i = json.witness.headers.findIndex((h) => keccakHex(hexToBytes(h)) === json.blocks[0].header.parentHash);
    const fields = RLP.decode(hexToBytes(json.witness.headers[i]));
    const fakeRoot = keccak_256(new TextEncoder().encode('not the parent state'));
    fields[3] = fakeRoot;
    const rlp = RLP.encode(fields);
    json.witness.headers[i] = hex(rlp);
    json.blocks[0].header.parentHash = keccakHex(rlp);
    await assert.rejects(loadExecutionWitness(json, 'w.json'), (e) => e instanceof WitnessRootMismatchError && e.stateRoot === hex(fakeRoot) && /witness root does not match the parent header/.test(e.message));
    // And a block whose parent is not among the headers at all.
    const orphan = fixture();
    orphan.blocks[0].header.parentHash = hex(fakeRoot);
    await assert.rejects(loadExecutionWitness(orphan, 'w.json'), (e) => e instanceof FixtureFormatError && e.field === 'witness.headers');
});
test('malformed keys are rejected with the field named', async () => {
    const slotFirst = fixture();
    slotFirst.witness.keys.unshift(`0x${'00'.repeat(32)}`);
    await assert.rejects(loadExecutionWitness(slotFirst, 'w.json'), (e) => e instanceof FixtureFormatError && e.field === 'witness.keys[0]');
    const odd = fixture();
    odd.witness.keys[3] = '0x1234';
    await assert.rejects(loadExecutionWitness(odd, 'w.json'), (e) => e instanceof FixtureFormatError && e.field === 'witness.keys[3]');
});
/** The children of `address`'s leaf's parent branch in `ref`, as the branch holds them (hash, embedded node or empty). */
async function leafSiblings(ref, address) {
    const proof = await createMerkleProof(ref, hexToBytes(address));
    const branch = RLP.decode(proof.at(-2));
    assert.equal(branch.length, 17, 'an account leaf hangs from a branch');
    return branch.slice(0, 16).filter((c) => c.length > 0);
}
test("deleting an account whose branch collapses onto a sibling the witness lacks names the node, off the key's path", async () => {
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    const nodes = new Set(fixture().witness.state.map((n) => keccakHex(hexToBytes(n))));
    let found;
    for (const address of keyed.keys()) {
        const children = await leafSiblings(ref, address);
        const leafHash = keccakHex((await createMerkleProof(ref, hexToBytes(address))).at(-1));
        const sibling = children.find((c) => c instanceof Uint8Array && hex(c) !== leafHash);
        if (children.length === 2 && sibling && !nodes.has(hex(sibling)))
            found = { address, sibling: hex(sibling) };
    }
    assert.ok(found, 'the fixture has such an account');
    await assert.rejects(witnessPostStateRoot(loaded, [change(found.address, { deleted: true })]), (e) => e instanceof WitnessNodeMissingError &&
        e.nodeHash === found.sibling &&
        e.context.key === found.address &&
        e.context.path === undefined &&
        /off the key's path/.test(e.message));
});
test("the post-state root of balance, storage, wipe and deletion changes equals a reference trie's", async () => {
    const ref = await referenceTrie(loaded.parentHeader.stateRoot);
    const eoas = [...keyed.keys()].filter((a) => loaded.state.account(a)?.hasStorage !== true);
    // A deletion that leaves its branch with two or more children needs no other node.
    let deleted;
    for (const a of eoas)
        if (!deleted && (await leafSiblings(ref, a)).length > 2)
            deleted = a;
    assert.ok(deleted);
    const [rich, poor] = eoas.filter((a) => a !== deleted);
    const wiped = [...keyed.keys()].find((a) => a !== BEACON_ROOTS && loaded.state.account(a)?.hasStorage === true);
    const beaconSlot = BigInt(keyed.get(BEACON_ROOTS)[0]);
    const changes = [
        change(BEACON_ROOTS, {
            balance: 7n,
            storage: [
                [beaconSlot, 0n],
                [beaconSlot + 8191n, 0xabcdefn],
            ],
        }),
        change(rich, { balance: 10n ** 24n, nonce: 5n }),
        change(deleted, { deleted: true }),
        change(poor, { balance: 0n }),
        change(wiped, { storageCleared: true }),
    ].sort((a, b) => (a.address < b.address ? -1 : 1));
    const root = await witnessPostStateRoot(loaded, changes);
    const key = (a) => hexToBytes(a);
    const account = async (a) => createAccountFromRLP((await ref.get(key(a))));
    const b = await account(BEACON_ROOTS);
    const storage = ref.shallowCopy(false);
    storage.root(b.storageRoot);
    await storage.del(setLengthLeft(toBytes(beaconSlot), 32));
    await storage.put(setLengthLeft(toBytes(beaconSlot + 8191n), 32), RLP.encode(bigIntToUnpaddedBytes(0xabcdefn)));
    b.storageRoot = storage.root();
    b.balance = 7n;
    await ref.put(key(BEACON_ROOTS), b.serialize());
    const r = await account(rich);
    r.balance = 10n ** 24n;
    r.nonce = 5n;
    await ref.put(key(rich), r.serialize());
    await ref.del(key(deleted));
    const p = await account(poor);
    p.balance = 0n;
    await ref.put(key(poor), p.serialize());
    const w = await account(wiped);
    w.storageRoot = KECCAK256_RLP;
    await ref.put(key(wiped), w.serialize());
    assert.notEqual(root, loaded.parentHeader.stateRoot);
    assert.equal(root, hex(ref.root()));
    // The loaded witness is not modified: no changes still give the parent's root.
    assert.equal(await witnessPostStateRoot(loaded, []), loaded.parentHeader.stateRoot);
});
after(() => closeSharedPools());
/** `parevm run --witness FILE --chain hoodi --json`: the exit status and the block's row. */
async function runWitness(file, concurrency) {
    const lines = [];
    const status = await runCommand({ witness: file, chain: chainByName('hoodi'), concurrency, force: true, json: true, out: (l) => lines.push(l) });
    return { status, row: JSON.parse(lines.join('\n')).blocks[0] };
}
test('parevm run --witness: Hoodi block 1,265,656 matches every header field, stateRoot recomputed from the witness included', async () => {
    const header = fixture().blocks[0].header;
    for (const concurrency of [0, 2]) {
        const { status, row } = await runWitness(FILE, concurrency);
        assert.equal(row.error, undefined, JSON.stringify(row.error));
        assert.equal(row.block, Number(header.number));
        assert.equal(row.hardfork, 'prague');
        assert.equal(row.path, concurrency === 0 ? 'sequential' : `parallel×${concurrency}`);
        assert.equal(row.stateRoot.expected, header.stateRoot);
        assert.equal(row.stateRoot.actual, header.stateRoot, `concurrency ${concurrency}`);
        assert.equal(row.stateRoot.status, 'match');
        assert.equal(row.verdict.ok, true);
        assert.equal(status, 0);
    }
});
test('parevm run --witness: a header whose stateRoot the execution does not give fails the run', async () => {
    const json = fixture();
    const wrong = keccakHex(new TextEncoder().encode('another post-state'));
    json.blocks[0].header.stateRoot = wrong;
    const file = join(mkdtempSync(join(tmpdir(), 'parevm-witness-')), 'w.json');
    writeFileSync(file, JSON.stringify(json));
    const { status, row } = await runWitness(file, 0);
    assert.equal(row.stateRoot.status, 'mismatch');
    assert.equal(row.stateRoot.expected, wrong);
    assert.equal(row.stateRoot.actual, fixture().blocks[0].header.stateRoot);
    assert.equal(status, 1);
});
test('parevm run --witness: a header requestsHash (EIP-7685) that the block does not give fails the run, on both paths', async () => {
    const json = fixture();
    const real = json.blocks[0].header.requestsHash;
    const wrong = keccakHex(new TextEncoder().encode('other requests'));
    json.blocks[0].header.requestsHash = wrong;
    const file = join(mkdtempSync(join(tmpdir(), 'parevm-witness-')), 'w.json');
    writeFileSync(file, JSON.stringify(json));
    for (const concurrency of [0, 2]) {
        const { status, row } = await runWitness(file, concurrency);
        assert.equal(row.verdict.requestsHash.status, 'mismatch');
        assert.equal(row.verdict.requestsHash.expected, wrong);
        assert.equal(row.verdict.requestsHash.actual, real, "the computed hash is the real header's");
        assert.equal(row.verdict.ok, false);
        assert.equal(status, 1);
    }
});
//# sourceMappingURL=witness.test.js.map