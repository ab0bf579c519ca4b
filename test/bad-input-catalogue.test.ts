// The bad-input catalogue (issue 5, part 5): inputs that must be refused with a typed error
// naming what is wrong, one test per case. The bad blocks are a real Cancun block (19934116)
// with a transaction inserted or mutated; where a valid signature is needed it is signed by a
// wallet of the synthetic chain (funded in the pre-state). For each case the engines —
// `executeBlockSequential` and `executeBlock` (parallel, forced), and parevm's own EVM
// (`engine: 'parevm'`) — must throw the same typed error, and the pre-state passed in must not
// change. The CLI cases run `parevm run` on a
// fixture root holding every bad block and check each is reported with its code and reason.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createBlob4844Tx, createFeeMarket1559Tx, createLegacyTx, type TypedTransaction } from '@ethereumjs/tx';
import { RLP } from '@ethereumjs/rlp';
import { bytesToHex } from '@ethereumjs/util';
import {
  BlockDecodeError,
  FixtureFormatError,
  InvalidSignatureError,
  InvalidTransactionError,
  type ParevmError,
  SenderMismatchError,
  WorkerPool,
  decodeBlock,
  diffResults,
  executeBlock,
  executeBlockSequential,
  loadFixtureBlock,
  parseSnapshot,
  type InvalidTransactionReason,
} from '../src/index.js';
import { createMainnetCommon } from '../src/block/hardfork.js';
import { wallets } from '../src/workloads/chain.js';
import { readFixtureJson } from './helpers.js';

const pool = new WorkerPool(2);
const pool1 = new WorkerPool(1);
after(() => Promise.all([pool.close(), pool1.close()]));

const BASE = 19934116; // Cancun, 58 transactions (legacy, EIP-1559, EIP-4844), 3.4 of 30 Mgas
const K = 20; // where the bad transaction goes
const BLOB_TX = 57; // the block's own blob transaction
const W = wallets('parevm/bad-input', 1)[0]!;
const W_NONCE = 7n;
const ETH = 10n ** 18n;
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n; // secp256k1 order
const TO = '0x' + '5a'.repeat(20);
const common = createMainnetCommon('cancun');
const baseJson = readFixtureJson(`blocks/${BASE}/block.json`);
const basePre = readFixtureJson(`blocks/${BASE}/pre_state.json`);
const bytecodes = readFixtureJson('bytecodes.json');
const blockHashes = readFixtureJson('block_hashes.json');
const baseFee = BigInt(baseJson.baseFeePerGas);
const hex = (v: bigint) => `0x${v.toString(16)}`;

/** W's transaction: EIP-1559 by default (`legacy`: EIP-155; `blob`: EIP-4844 with one versioned hash). */
function signed(
  o: {
    nonce?: bigint;
    gasLimit?: bigint;
    maxFeePerGas?: bigint;
    maxPriorityFeePerGas?: bigint;
    value?: bigint;
    legacy?: boolean;
    maxFeePerBlobGas?: bigint;
  } = {},
): any {
  const base = { nonce: o.nonce ?? W_NONCE, gasLimit: o.gasLimit ?? 21_000n, to: TO as `0x${string}`, value: o.value ?? 1n };
  const fees = { maxFeePerGas: o.maxFeePerGas ?? 2n * baseFee, maxPriorityFeePerGas: o.maxPriorityFeePerGas ?? 10n ** 9n };
  const tx: TypedTransaction = o.legacy
    ? createLegacyTx({ ...base, gasPrice: 2n * baseFee }, { common }).sign(W.privateKey)
    : o.maxFeePerBlobGas !== undefined
      ? createBlob4844Tx(
          { ...base, ...fees, chainId: 1n, maxFeePerBlobGas: o.maxFeePerBlobGas, blobVersionedHashes: ['0x01' + '00'.repeat(31)] as `0x${string}`[] },
          { common },
        ).sign(W.privateKey)
      : createFeeMarket1559Tx({ ...base, ...fees, chainId: 1n }, { common }).sign(W.privateKey);
  const j = tx.toJSON() as Record<string, unknown>;
  return { ...j, hash: bytesToHex(tx.hash()), from: W.address, input: j.data, gas: j.gasLimit, transactionIndex: hex(BigInt(K)) };
}

/**
 * The base block — its first 32 transactions unless `full` (to keep the suite quick) — with `tx`
 * inserted at K (or edited by `edit`), and the pre-state with W funded.
 */
function bad(tx?: any, opts: { edit?: (block: any) => void; account?: Record<string, unknown>; full?: boolean } = {}): { json: any; pre: any } {
  const json = structuredClone(baseJson);
  if (!opts.full) json.transactions = json.transactions.slice(0, 32);
  if (tx) json.transactions.splice(K, 0, tx);
  opts.edit?.(json);
  const pre = { ...structuredClone(basePre), [W.address]: { balance: hex(10n * ETH), nonce: hex(W_NONCE), storage: {}, ...opts.account } };
  return { json, pre };
}

interface Expect {
  cls: new (...a: any[]) => ParevmError;
  code: string;
  reason?: InvalidTransactionReason;
  txIndex?: number;
  message: RegExp;
}
interface Case {
  name: string;
  /** The block (RPC JSON object, or raw RLP bytes) and pre-state JSON. */
  make: () => { json: any; pre: any };
  expect: Expect;
  /** Not expressible as a fixture directory for the CLI (e.g. RLP input). */
  apiOnly?: boolean;
}

const codeHash = Object.values(basePre)
  .map((a: any) => a.code_hash)
  .find((h) => h)!;
const withType = (type: string) => (j: any) => (j.transactions[K].type = type);
const flipS = (t: any) => {
  t.s = hex(N - BigInt(t.s));
  if (t.type === '0x0') t.v = BigInt(t.v) % 2n ? '0x26' : '0x25';
  else t.yParity = t.v = t.v === '0x0' ? '0x1' : '0x0';
  return t;
};

const CASES: Case[] = [
  // --- malformed input ---------------------------------------------------------------------
  {
    name: 'malformed RLP (truncated block encoding)',
    apiOnly: true,
    make: () => ({ json: decodeBlock(baseJson).block.serialize().slice(0, 500), pre: basePre }),
    expect: { cls: BlockDecodeError, code: 'BLOCK_DECODE', message: /block\.rlp: malformed RLP/ },
  },
  {
    name: 'RLP that is not a block (a list of two strings)',
    apiOnly: true,
    make: () => ({ json: RLP.encode([new Uint8Array([1]), new Uint8Array([2])]), pre: basePre }),
    expect: { cls: BlockDecodeError, code: 'BLOCK_DECODE', message: /malformed RLP: expected a block/ },
  },
  {
    name: 'a transaction field that is not hex (nonce "0xzz")',
    make: () => bad(undefined, { edit: (j) => (j.transactions[3].nonce = '0xzz') }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /field transactions\[3\]\.nonce: not hex/ },
  },
  {
    name: 'a transaction field of the wrong JSON type (value true)',
    make: () => bad(undefined, { edit: (j) => (j.transactions[3].value = true) }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /transactions\[3\]\.value: expected a hex string, got boolean/ },
  },
  {
    name: 'a "to" that is not a 20-byte address',
    make: () => bad(undefined, { edit: (j) => (j.transactions[3].to = '0x1234') }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /transactions\[3\]\.to: expected a 20-byte address/ },
  },
  {
    name: 'an unsigned transaction (no v, no yParity)',
    make: () => bad(undefined, { edit: (j) => (delete j.transactions[3].v, delete j.transactions[3].yParity) }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /transactions\[3\]\.v: missing .*not signed/ },
  },
  {
    name: 'withdrawals that are not an array',
    make: () => bad(undefined, { edit: (j) => (j.withdrawals = { index: '0x0' }) }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /field withdrawals: expected an array/ },
  },
  {
    name: 'a withdrawal whose address is not 20 bytes',
    make: () => bad(undefined, { edit: (j) => (j.withdrawals[2].address = '0x1234') }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /withdrawals\[2\]\.address: expected a 20-byte address/ },
  },
  {
    name: 'a withdrawal amount that is not hex',
    make: () => bad(undefined, { edit: (j) => (j.withdrawals[0].amount = '0xg') }),
    expect: { cls: FixtureFormatError, code: 'FIXTURE_FORMAT', message: /withdrawals\[0\]\.amount: not hex/ },
  },
  {
    name: 'a nonce at 2^64−1 (EIP-2681)',
    make: () => bad(undefined, { edit: (j) => (j.transactions[3].nonce = '0xffffffffffffffff') }),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'nonce-is-max',
      txIndex: 3,
      message: /nonce cannot equal or exceed MAX_UINT64/,
    },
  },
  // --- transaction type ----------------------------------------------------------------------
  {
    name: 'unknown transaction type 0x7f',
    make: () => bad(signed(), { edit: withType('0x7f') }),
    expect: { cls: InvalidTransactionError, code: 'INVALID_TRANSACTION', reason: 'unknown-type', txIndex: K, message: /type 0x7f: not a transaction type/ },
  },
  {
    name: "a type not active at the block's hardfork (EIP-7702 type 0x4 in Cancun)",
    make: () => bad(signed(), { edit: withType('0x4') }),
    expect: { cls: InvalidTransactionError, code: 'INVALID_TRANSACTION', reason: 'unknown-type', txIndex: K, message: /type 0x4/ },
  },
  {
    name: 'blob transaction without blobs',
    make: () => bad(undefined, { full: true, edit: (j) => (j.transactions[BLOB_TX].blobVersionedHashes = []) }),
    expect: { cls: InvalidTransactionError, code: 'INVALID_TRANSACTION', reason: 'blob-tx-without-blobs', txIndex: BLOB_TX, message: /at least one blob/ },
  },
  // --- signature -----------------------------------------------------------------------------
  {
    name: 's above n/2 after Homestead (EIP-2), EIP-1559 transaction',
    make: () => bad(flipS(signed())),
    expect: { cls: InvalidSignatureError, code: 'INVALID_SIGNATURE', reason: 'high-s', txIndex: K, message: /s-values greater than secp256k1n\/2/ },
  },
  {
    name: 's above n/2 after Homestead (EIP-2), legacy transaction',
    make: () => bad(flipS(signed({ legacy: true }))),
    expect: { cls: InvalidSignatureError, code: 'INVALID_SIGNATURE', reason: 'high-s', txIndex: K, message: /s-values greater than secp256k1n\/2/ },
  },
  {
    name: 'wrong chain id (EIP-1559 chainId 5)',
    make: () => bad({ ...signed(), chainId: '0x5' }),
    expect: {
      cls: InvalidSignatureError,
      code: 'INVALID_SIGNATURE',
      reason: 'wrong-chain-id',
      txIndex: K,
      message: /signed for chain id 5; this block is on chain id 1/,
    },
  },
  {
    name: 'wrong chain id (legacy EIP-155 v for chain 5)',
    make: () => bad({ ...signed({ legacy: true }), v: '0x2d' }),
    expect: { cls: InvalidSignatureError, code: 'INVALID_SIGNATURE', reason: 'wrong-chain-id', txIndex: K, message: /signed for chain id 5/ },
  },
  {
    name: 'a signature that does not recover (r = 0)',
    make: () => bad({ ...signed(), r: '0x0' }),
    expect: { cls: InvalidSignatureError, code: 'INVALID_SIGNATURE', reason: 'invalid-signature', txIndex: K, message: /Invalid Signature/ },
  },
  {
    name: 'a recovered sender that differs from "from"',
    make: () => bad({ ...signed(), from: '0x' + '11'.repeat(20) }),
    expect: { cls: SenderMismatchError, code: 'SENDER_MISMATCH', message: new RegExp(`transaction ${K}: recovered sender ${W.address}`) },
  },
  // --- fees and gas --------------------------------------------------------------------------
  {
    name: 'max fee per gas below the base fee (EIP-1559)',
    make: () => bad(signed({ maxFeePerGas: baseFee - 1n, maxPriorityFeePerGas: 1n })),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'fee-below-base-fee',
      txIndex: K,
      message: /maxFeePerGas \(\d+\) is less than the block's baseFeePerGas/,
    },
  },
  {
    name: 'max priority fee above max fee (EIP-1559)',
    make: () => bad({ ...signed(), maxPriorityFeePerGas: hex(4n * baseFee) }),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'priority-fee-above-max-fee',
      txIndex: K,
      message: /maxFeePerGas cannot be less than maxPriorityFeePerGas/,
    },
  },
  {
    name: 'max fee per blob gas below the blob base fee (EIP-4844)',
    make: () => bad(signed({ maxFeePerBlobGas: 0n })),
    expect: { cls: InvalidTransactionError, code: 'INVALID_TRANSACTION', reason: 'blob-fee-below-base-fee', txIndex: K, message: /maxFeePerBlobGas/ },
  },
  {
    name: 'intrinsic gas too low (gas limit 20,999 for a transfer)',
    make: () => bad(signed({ gasLimit: 20_999n })),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'intrinsic-gas',
      txIndex: K,
      message: /tx gas limit 20999 is lower than the minimum gas limit of 21000/,
    },
  },
  {
    name: 'gas limit above the block gas limit',
    make: () => bad(signed({ gasLimit: 30_000_001n })),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'gas-limit-exceeds-block',
      txIndex: K,
      message: /gas limit 30000001 is above the block's gas limit 30000000/,
    },
  },
  {
    name: 'transactions whose gas exceeds the block gas limit',
    make: () => bad(signed({ gasLimit: 29_999_000n })),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'block-gas-exceeded',
      txIndex: K,
      message: /gas limit 29999000 exceeds the gas left in the block/,
    },
  },
  // --- sender account ------------------------------------------------------------------------
  {
    name: 'nonce too low',
    make: () => bad(signed({ nonce: W_NONCE - 1n })),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'nonce-too-low',
      txIndex: K,
      message: /account has nonce of: 7 tx has nonce of: 6/,
    },
  },
  {
    name: 'nonce too high',
    make: () => bad(signed({ nonce: W_NONCE + 1n })),
    expect: {
      cls: InvalidTransactionError,
      code: 'INVALID_TRANSACTION',
      reason: 'nonce-too-high',
      txIndex: K,
      message: /account has nonce of: 7 tx has nonce of: 8/,
    },
  },
  {
    name: 'balance below gas × price + value',
    make: () => bad(signed({ value: 10n * ETH })),
    expect: { cls: InvalidTransactionError, code: 'INVALID_TRANSACTION', reason: 'insufficient-funds', txIndex: K, message: /doesn't have enough funds/ },
  },
  {
    name: 'a sender with code (EIP-3607)',
    make: () => bad(signed(), { account: { code_hash: codeHash } }),
    expect: { cls: InvalidTransactionError, code: 'INVALID_TRANSACTION', reason: 'sender-not-eoa', txIndex: K, message: /not EOA \(EIP-3607\)/ },
  },
];

const stateOf = (pre: any) => parseSnapshot({ preState: pre, bytecodes, blockHashes });

function check(e: unknown, x: Expect): ParevmError {
  assert.ok(e instanceof x.cls, `expected ${x.cls.name}, got ${String(e)}`);
  assert.equal(e.code, x.code);
  assert.match(e.message, x.message);
  if (x.reason) assert.equal((e as InvalidTransactionError).reason, x.reason);
  if (x.txIndex !== undefined) assert.equal((e as InvalidTransactionError).txIndex, x.txIndex);
  return e;
}

test("control: the harness builds a valid block (W's transfer inserted), parallel = pipelined = sequential", async () => {
  const { json, pre } = bad(signed());
  const state = stateOf(pre);
  const seq = await executeBlockSequential(json, state);
  assert.equal(seq.receipts[K]!.status, 1);
  assert.equal(seq.senders[K], W.address);
  const par = await executeBlock(json, state, { pool, force: true });
  assert.equal(par.metrics?.path, 'parallel', par.metrics?.reason);
  assert.deepEqual(diffResults(seq, par), undefined);
  const pipelined = await executeBlock(json, state, { pool, force: true, mode: 'pipelined' });
  assert.equal(pipelined.metrics?.path, 'pipelined', pipelined.metrics?.reason);
  assert.deepEqual(diffResults(seq, pipelined), undefined);
});

test('control: a block given as RLP executes like its RPC JSON', async () => {
  const fromJson = await executeBlockSequential(baseJson, stateOf(basePre));
  const fromRlp = await executeBlock(decodeBlock(baseJson).block.serialize(), stateOf(basePre), { pool, force: true });
  assert.deepEqual(diffResults(fromJson, fromRlp), undefined);
});

for (const c of CASES) {
  test(`bad input: ${c.name} → ${c.expect.cls.name}${c.expect.reason ? ` (${c.expect.reason})` : ''}`, async () => {
    const { json, pre } = c.make();
    const state = stateOf(pre);
    const before = JSON.stringify(state.toJson());
    let sequential: ParevmError | undefined;
    await assert.rejects(executeBlockSequential(json, state), (e: unknown) => ((sequential = check(e, c.expect)), true));
    // Block-STM on one worker too: with a core to spare, the coordinator recovers the senders
    // of the block's back half itself (the bad transaction sits there), while the worker recovers the front.
    for (const [mode, p] of [
      ['block-stm', pool],
      ['block-stm', pool1],
      ['pipelined', pool],
    ] as const) {
      await assert.rejects(executeBlock(json, state, { pool: p, force: true, mode }), (e: unknown) => {
        check(e, c.expect);
        assert.equal((e as Error).message, sequential!.message, `the ${mode} path at ${p.size} worker(s) throws the sequential error`);
        return true;
      });
    }
    // parevm's own EVM: the same typed error (class, code, reason, reasons, transaction).
    await assert.rejects(executeBlockSequential(json, state, { engine: 'parevm' }), (e: unknown) => {
      check(e, c.expect);
      if (e instanceof InvalidTransactionError) assert.deepEqual(e.reasons, (sequential as InvalidTransactionError).reasons);
      return true;
    });
    assert.equal(JSON.stringify(state.toJson()), before, 'the pre-state passed in is not mutated');
  });
}

test('bad input: malformed JSON in block.json → FixtureFormatError naming the file', () => {
  const root = fixtureRoot([['1', '{"number": "0x1", ', basePre]]);
  assert.throws(
    () => loadFixtureBlock(root, 1),
    (e: unknown) => {
      assert.ok(e instanceof FixtureFormatError);
      assert.match(e.message, /blocks\/1\/block\.json: malformed JSON/);
      return true;
    },
  );
});

/** A fixture root with one block directory per entry (name, block.json text or object, pre-state). */
function fixtureRoot(blocks: [string, unknown, unknown][]): string {
  const root = mkdtempSync(join(tmpdir(), 'parevm-bad-'));
  mkdirSync(join(root, 'blocks'));
  writeFileSync(join(root, 'bytecodes.json'), JSON.stringify(bytecodes));
  writeFileSync(join(root, 'block_hashes.json'), JSON.stringify(blockHashes));
  for (const [name, block, pre] of blocks) {
    mkdirSync(join(root, 'blocks', name));
    writeFileSync(join(root, 'blocks', name, 'block.json'), typeof block === 'string' ? block : JSON.stringify(block));
    writeFileSync(join(root, 'blocks', name, 'pre_state.json'), JSON.stringify(pre));
  }
  return root;
}

const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const cliCases = CASES.filter((c) => !c.apiOnly);

test(`parevm run: every bad block of the catalogue (${cliCases.length + 1}) is reported with its typed error, exit 1`, () => {
  const root = fixtureRoot([
    ...cliCases.map((c, i): [string, unknown, unknown] => {
      const { json, pre } = c.make();
      return [String(i + 1), json, pre];
    }),
    [String(cliCases.length + 1), '{"number": "0x1", ', basePre],
  ]);
  {
    // The parallel engine (the API tests above check both engines throw the same error).
    const r = spawnSync(process.execPath, [MAIN, 'run', '--fixtures', root, '--json', '--concurrency', '2'], { encoding: 'utf8', timeout: 300_000 });
    assert.equal(r.status, 1, r.stderr);
    const rows = JSON.parse(r.stdout).blocks as { block: number; error?: { code: string; message: string; reason?: string; txIndex?: number } }[];
    cliCases.forEach((c, i) => {
      const row = rows.find((b) => b.block === i + 1)!;
      assert.ok(row.error, `${c.name}: reported as an error`);
      assert.equal(row.error.code, c.expect.code, c.name);
      assert.match(row.error.message, c.expect.message, c.name);
      assert.equal(row.error.reason, c.expect.reason, c.name);
      if (c.expect.txIndex !== undefined) assert.equal(row.error.txIndex, c.expect.txIndex, c.name);
    });
    assert.equal(rows.find((b) => b.block === cliCases.length + 1)?.error?.code, 'FIXTURE_FORMAT');
  }
  // The table (here from the sequential engine) names code, reason and transaction.
  const r = spawnSync(
    process.execPath,
    [MAIN, 'run', '--fixtures', root, '--blocks', String(cliCases.findIndex((c) => c.expect.reason === 'nonce-too-low') + 1), '--concurrency', '0'],
    { encoding: 'utf8', timeout: 300_000 },
  );
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`ERROR INVALID_TRANSACTION \\(nonce-too-low, transaction ${K}\\): transaction ${K} is invalid`));
});
