// Units of parevm's EVM: code analysis, the compiled gas schedule, 256-bit word conversions,
// intrinsic gas (against @ethereumjs/tx on every mainnet fixture transaction), the journal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Common, Mainnet } from '@ethereumjs/common';
import { getActivePrecompiles, paramsEVM } from '@ethereumjs/evm';
import { paramsTx, type TypedTransaction } from '@ethereumjs/tx';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { decodeBlock, executeBlockSequential, listFixtureBlocks, loadFixtureBlock, SnapshotState } from '../src/index.js';
import { createMainnetCommon, SUPPORTED_HARDFORKS } from '../src/block/hardfork.js';
import { AnalysisCache, analyze, pushValue } from '../src/evm/interpreter/analysis.js';
import { scheduleFor } from '../src/evm/interpreter/schedule.js';
import { STACK_GROWTH, STACK_IN } from '../src/evm/interpreter/opcodes.js';
import { Journal, RIPEMD160_ADDRESS } from '../src/evm/frames/journal.js';
import { Evm } from '../src/evm/evm.js';
import { create2Address, createAddress } from '../src/evm/frames/message.js';
import { intrinsicGas } from '../src/evm/transaction/validate.js';
import { bytes32ToWord, readWord, wordToAddress, wordToBytes32, writeWord } from '../src/evm/words.js';
import { BlockStateManager } from '../src/state/stateManager.js';
import { generateAddress, generateAddress2, bigIntToBytes } from '@ethereumjs/util';
import { FIXTURES } from './helpers.js';

test('code analysis: JUMPDEST bitmap skips PUSH data; immediates decoded on first use and kept; padded code ends in STOPs', () => {
  // PUSH2 5b5b · JUMPDEST · PUSH32 (truncated: 2 bytes)
  const code = hexToBytes('0x615b5b5b7f0102');
  const a = analyze(code);
  assert.deepEqual([...a.jumpdests.subarray(0, code.length)], [0, 0, 0, 1, 0, 0, 0]);
  assert.equal(a.pushes[0], undefined, 'nothing decoded before it runs');
  assert.equal(pushValue(a, 0), 0x5b5bn);
  assert.equal(a.pushes[a.pushSlots[0]!], 0x5b5bn, 'kept');
  assert.equal(pushValue(a, 4), 0x0102n << 240n, 'a truncated PUSH reads zeros past the end');
  assert.equal(a.padded.length, code.length + 33);
  assert.ok(a.padded.subarray(code.length).every((b) => b === 0));
  for (const n of [1, 6, 7, 12, 13, 20, 31, 32]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
    const c = new Uint8Array([0x5f + n, ...bytes]);
    assert.equal(pushValue(analyze(c), 0), BigInt(bytesToHex(bytes)), `PUSH${n}`);
  }
});

test('analysis cache: hits by code hash, bounded by code bytes', () => {
  const cache = new AnalysisCache(100);
  const code = new Uint8Array(40).fill(0x5b);
  const a = cache.get('0x01', code);
  assert.equal(cache.get('0x01', code), a);
  assert.equal(cache.hits, 1);
  cache.get('0x02', code);
  cache.get('0x03', code);
  assert.ok(cache.codeBytes <= 100, `${cache.codeBytes} bytes kept`);
  assert.ok(cache.size < 3);
});

test("an EVM's machine: memory allocated at its first expansion (none for an empty block), the scratch shared by a thread's EVMs, precompiles per EVM", async () => {
  const evms: Evm[] = [];
  for (const number of [19910734, 19426587]) {
    const fx = loadFixtureBlock(FIXTURES, number);
    await executeBlockSequential(fx.blockJson, fx.state, { engine: 'parevm', onParevmEvm: (evm) => void evms.push(evm) });
  }
  const [empty, calls] = evms as [Evm, Evm];
  // 19910734 has no transactions, and its pre-state lacks the EIP-4788 contract's code (its system
  // call is skipped, as `npm start` notes): nothing expands memory.
  assert.equal(empty.mem.length, 0);
  assert.equal(empty.memView.byteLength, 0);
  // 19426587's 37 transactions call contracts: 64 KiB at first, doubled as needed.
  assert.ok(calls.mem.length >= 64 * 1024 && Number.isInteger(Math.log2(calls.mem.length)), `${calls.mem.length} bytes`);
  assert.equal(calls.memView.buffer, calls.mem.buffer);
  assert.ok(
    calls.mem.every((b) => b === 0),
    'zero between transactions',
  );
  assert.equal(empty.scratch, calls.scratch);
  assert.notEqual(empty.precompiles, calls.precompiles);
  // The stack grows in place for frames below the first, packed.
  const stack = calls.stack;
  calls.ensureStack(5000);
  assert.equal(calls.stack, stack);
  assert.ok(stack.length >= 5000 && stack.every((v) => typeof v === 'bigint'));
});

test('gas schedule: compiled from @ethereumjs/common parameters for every supported hardfork', () => {
  // Mainnet's forks (BPO3–BPO5 exist only on chains whose config schedules them).
  for (const hf of SUPPORTED_HARDFORKS.filter((h) => Mainnet.hardforks.some((m) => m.name === h))) {
    const s = scheduleFor(createMainnetCommon(hf));
    const c = new Common({ chain: Mainnet, hardfork: hf, params: paramsEVM });
    assert.equal(s.baseGas[0x01], Number(c.param('addGas')), hf);
    assert.equal(s.baseGas[0x54], Number(c.param('sloadGas')), hf);
    assert.equal(s.baseGas[0xf1], Number(c.param('callGas')), hf);
    assert.equal(s.memoryGas, Number(c.param('memoryGas')));
    assert.equal(s.valid[0x5f] === 1, c.gteHardfork('shanghai'), `PUSH0 at ${hf}`);
    assert.equal(s.valid[0x5c] === 1, c.gteHardfork('cancun'), `TLOAD at ${hf}`);
    assert.equal(s.valid[0xf4] === 1, c.gteHardfork('homestead'), `DELEGATECALL at ${hf}`);
    assert.ok(Number.isNaN(s.baseGas[0xfe]!), 'INVALID has no gas: it is not an instruction');
    assert.equal(s.eip2929, c.gteHardfork('berlin'));
    assert.equal(s.eip1283, hf === 'constantinople');
    assert.equal(s.valid[0x1e] === 1, c.gteHardfork('osaka'), `CLZ (EIP-7939) at ${hf}`);
    const tx = new Common({ chain: Mainnet, hardfork: hf, params: paramsTx });
    assert.equal(s.eip7702, c.gteHardfork('prague'), hf);
    assert.equal(s.perEmptyAccountCost, c.gteHardfork('prague') ? tx.param('perEmptyAccountCost') : 0n, hf);
    assert.equal(s.totalCostFloorPerToken, c.gteHardfork('prague') ? tx.param('totalCostFloorPerToken') : 0n, hf);
  }
  assert.equal(scheduleFor(createMainnetCommon('cancun')), scheduleFor(createMainnetCommon('cancun')), 'compiled once');
  assert.ok(scheduleFor(createMainnetCommon('cancun')).precompileSet.has('0x000000000000000000000000000000000000000a'));
  assert.equal(STACK_IN[0xf1], 7);
  assert.equal(STACK_GROWTH[0x8f], 1);
  assert.equal(STACK_IN[0x9f], 17);
});

test('words: 32-byte big-endian conversions (fast and general paths), addresses', () => {
  const buf = new Uint8Array(64);
  const dv = new DataView(buf.buffer);
  for (const v of [0n, 1n, 0xffn, (1n << 53n) - 1n, 1n << 53n, (1n << 64n) - 1n, 1n << 64n, (1n << 255n) + 12345n, (1n << 256n) - 1n]) {
    buf.fill(0xaa);
    writeWord(dv, 16, v);
    assert.equal(readWord(dv, 16), v);
    assert.equal(bytesToHex(buf.subarray(16, 48)), `0x${v.toString(16).padStart(64, '0')}`);
    assert.equal(bytes32ToWord(wordToBytes32(v)), v);
  }
  assert.equal(wordToAddress((1n << 200n) | 0xabcn), '0x0000000000000000000000000000000000000abc');
  const caller = '0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0';
  for (const nonce of [0n, 1n, 0x7fn, 0x80n, 0xffn, 0x100n, 123456789n]) {
    assert.equal(createAddress(caller, nonce), bytesToHex(generateAddress(hexToBytes(caller), bigIntToBytes(nonce))));
  }
  const init = hexToBytes('0x6001600055');
  const salt = (1n << 255n) + 7n;
  assert.equal(create2Address(caller, salt, init), bytesToHex(generateAddress2(hexToBytes(caller), wordToBytes32(salt), init)));
});

test('intrinsic gas equals @ethereumjs/tx getIntrinsicGas() on every mainnet fixture transaction', () => {
  let n = 0;
  for (const number of listFixtureBlocks(FIXTURES)) {
    const decoded = decodeBlock(loadFixtureBlock(FIXTURES, number).blockJson);
    const s = scheduleFor(decoded.common);
    for (const tx of decoded.block.transactions) {
      assert.equal(intrinsicGas(s, tx as TypedTransaction), tx.getIntrinsicGas(), `block ${number}`);
      n++;
    }
  }
  assert.ok(n > 8000, `${n} transactions`);
});

test("EIP-2929: every active precompile is warm from a transaction's start, without an entry to revert; none before Berlin", () => {
  const block = {
    number: 1n,
    coinbase: '0x' + '00'.repeat(20),
    coinbaseWord: 0n,
    timestamp: 0n,
    gasLimit: 0n,
    difficulty: 0n,
    prevRandao: 0n,
    baseFee: undefined,
    blobBaseFee: undefined,
    blockHash: () => 0n,
  };
  for (const hf of ['istanbul', 'berlin', 'cancun', 'prague', 'osaka'] as const) {
    const common = createMainnetCommon(hf);
    const s = scheduleFor(common);
    // The reference's list for this fork, as addresses (0x01 … 0x11 at Prague, 0x100 too from Osaka).
    const want = [...getActivePrecompiles(common).keys()].map((k) => `0x${k}`);
    assert.deepEqual([...s.precompileSet].sort(), [...want].sort(), hf);
    const evm = new Evm(s, new BlockStateManager(new SnapshotState(new Map(), new Map(), new Map())), block);
    const j = evm.journal;
    j.reset();
    j.checkpoint();
    for (const p of want) assert.equal(j.warmAddress(p), !s.eip2929, `${hf} ${p}: ${s.eip2929 ? 'warm' : 'cold (no EIP-2929)'}`);
    const other = '0x00000000000000000000000000000000000000cc';
    assert.equal(j.warmAddress(other), true, `${hf}: another address starts cold`);
    j.revert();
    for (const p of want) assert.equal(j.warmAddress(p), !s.eip2929, `${hf} ${p} after a revert`);
    assert.equal(j.warmAddress(other), true, `${hf}: its warming was reverted`);
  }
});

test('journal: revert undoes warm entries, transient writes, touches (not RIPEMD-160), logs and refund', () => {
  const sm = new BlockStateManager(new SnapshotState(new Map(), new Map(), new Map()));
  const j = new Journal(sm);
  const A = '0x00000000000000000000000000000000000000aa';
  j.warmAddress(A);
  j.checkpoint();
  assert.equal(j.warmAddress('0x00000000000000000000000000000000000000bb'), true);
  const set = j.warmSlots(A);
  j.warmSlot(A, set, 5n);
  j.tstore(A, 1n, 9n);
  j.touch(A);
  j.touch(RIPEMD160_ADDRESS);
  j.addSelfdestruct(A);
  j.logs.push({ address: A, topics: [], data: new Uint8Array(), bloomAt: -1 });
  j.refund = 4800;
  sm.writeStorage(A, 1n, 2n);
  j.revert();
  assert.equal(j.warmAddresses.has('0x00000000000000000000000000000000000000bb'), false);
  assert.equal(j.warmAddresses.has(A), true, 'warmed before the checkpoint: stays');
  assert.equal(set.has(5n), false);
  assert.equal(j.tload(A, 1n), 0n);
  assert.equal(j.touched.has(A), false);
  assert.equal(j.touched.has(RIPEMD160_ADDRESS), true, 'RIPEMD-160 stays touched (mainnet block 2,675,119)');
  assert.equal(j.selfdestructs.size, 0);
  assert.equal(j.logs.length, 0);
  assert.equal(j.refund, 0);
  assert.equal(sm.readStorage(A, 1n), 0n);
  j.checkpoint();
  j.tstore(A, 1n, 7n);
  j.commit();
  assert.equal(j.tload(A, 1n), 7n);
});
