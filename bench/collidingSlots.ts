/**
 * `npm run bench:colliding-slots`: a known weakness, measured. V8 hashes a BigInt `Map` key by its
 * lowest 64 bits alone, and parevm keys storage slots by bigint (pre-state snapshot, the block's
 * state manager and overlay, journal, transaction view). Slots whose keys share those bits — a
 * contract can write `i << 64` for any i — turn each lookup into a walk of all of them.
 *
 * The block: a contract whose pre-state holds --slots slots at keys `i << shift`, and 3
 * transactions that each SLOAD every one of them (cold, 2,100 gas each). Shift 0 is the
 * baseline (distinct low bits); 64 and 192 share the low 64 bits. Reported: sequential and
 * parallel (default mode) block time, medians of --runs interleaved runs, and each as a
 * multiple of the same engine's time at shift 0 in the same run. Nothing is asserted on time; no
 * issue sets a target.
 *
 *   npm run bench:colliding-slots -- [--slots 4000] [--runs 5] [--concurrency 2] [--json]
 */
import Table from 'cli-table3';
import { Command } from 'commander';
import { bytesToHex } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { decodeBlock } from '../src/block/decode.js';
import { executeBlockSequential } from '../src/execute/sequential.js';
import { blockTimeMs } from '../src/execute/timings.js';
import { median } from '../src/analyze/median.js';
import { executeBlock } from '../src/parallel/executeBlock.js';
import { closeSharedPools, sharedPool } from '../src/parallel/pool.js';
import { parseSnapshot } from '../src/state/snapshot.js';
import { diffResults } from '../src/verify/compare.js';
import { SyntheticChain, wallets } from '../src/workloads/chain.js';
import { warmUpEvm } from '../src/evm/warmup.js';

const opts = new Command('bench-colliding-slots')
  .option('--slots <n>', 'pre-state slots the contract holds and each transaction reads', '4000')
  .option('--runs <n>', 'runs (median)', '5')
  .option('--concurrency <n>', 'workers', '2')
  .option('--json', 'JSON output')
  .parse()
  .opts<{ slots: string; runs: string; concurrency: string; json?: boolean }>();

const slots = Number(opts.slots);
const runs = Math.max(1, Number(opts.runs));
const concurrency = Number(opts.concurrency);
const SHIFTS = [0, 64, 192];
const READERS = 3;

// for (i = 0; i < calldata[32:64]; i++) SLOAD(i << calldata[0:32])
// PUSH1 0 · JUMPDEST · DUP1 · PUSH1 0 CALLDATALOAD · SHL · SLOAD · POP · PUSH1 1 ADD · DUP1 ·
// PUSH1 32 CALLDATALOAD · GT · PUSH1 2 · JUMPI · STOP
const CODE = '0x60005b806000351b5450600101806020351160025700';
const CODE_HASH = bytesToHex(keccak_256(Buffer.from(CODE.slice(2), 'hex')));
const CONTRACT = `0x${'aa'.repeat(20)}`;
const word = (v: bigint) => v.toString(16).padStart(64, '0');

/** The block and its pre-state for keys `i << shift`. */
function block(shift: number): { json: Record<string, unknown>; chain: SyntheticChain } {
  const storage: Record<string, string> = {};
  for (let i = 0; i < slots; i++) storage[`0x${(BigInt(i) << BigInt(shift)).toString(16)}`] = '0x1';
  const readers = wallets('parevm/colliding-slots', READERS);
  const preState: Record<string, unknown> = { [CONTRACT]: { balance: '0x0', nonce: '0x1', code_hash: CODE_HASH, storage } };
  for (const w of readers) preState[w.address] = { balance: `0x${(10n ** 22n).toString(16)}`, nonce: '0x0', storage: {} };
  const chain = new SyntheticChain(parseSnapshot({ preState, bytecodes: { [CODE_HASH]: CODE }, blockHashes: {} }));
  const data = `0x${word(BigInt(shift))}${word(BigInt(slots))}`;
  const gasLimit = BigInt(slots) * 2_300n + 100_000n;
  return { json: chain.blockJson(chain.sign(readers.map((from) => ({ from, to: CONTRACT, data, gasLimit })))), chain };
}

interface Row {
  shift: number;
  gas: number;
  seqMs: number;
  parMs: number;
  path: string;
  equal: boolean;
}

sharedPool(concurrency).warmUpEvm();
warmUpEvm();
const blocks = SHIFTS.map((shift) => ({ shift, ...block(shift) }));
const seq: number[][] = blocks.map(() => []);
const par: number[][] = blocks.map(() => []);
const rows: Row[] = [];
for (const [k, b] of blocks.entries()) {
  const ref = await executeBlockSequential(decodeBlock(b.json), b.chain.state);
  const failed = ref.receipts.findIndex((r) => r.status !== 1);
  if (failed >= 0) throw new Error(`shift ${b.shift}: transaction ${failed} failed`);
  const p = await executeBlock(decodeBlock(b.json), b.chain.state, { concurrency });
  rows[k] = { shift: b.shift, gas: Number(ref.gasUsed), seqMs: 0, parMs: 0, path: p.metrics?.path ?? '?', equal: diffResults(ref, p) === undefined };
}
for (let r = 0; r < runs; r++) {
  for (const [k, b] of blocks.entries()) {
    seq[k]!.push(blockTimeMs((await executeBlockSequential(decodeBlock(b.json), b.chain.state)).timings));
    par[k]!.push(blockTimeMs((await executeBlock(decodeBlock(b.json), b.chain.state, { concurrency })).timings));
  }
  if (!opts.json) process.stderr.write(`run ${r + 1}/${runs}\n`);
}
await closeSharedPools();
for (const [k, row] of rows.entries()) {
  row.seqMs = median(seq[k]!);
  row.parMs = median(par[k]!);
}
const base = rows[0]!;
if (opts.json) {
  console.log(JSON.stringify({ slots, readers: READERS, runs, concurrency, rows }, null, 2));
} else {
  const table = new Table({
    head: ['slot keys', 'Mgas', 'seq ms', '× shift 0', 'parallel ms', '× shift 0', 'path', '= seq'],
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) {
    table.push([
      r.shift === 0 ? 'i' : `i << ${r.shift}`,
      (r.gas / 1e6).toFixed(1),
      r.seqMs.toFixed(1),
      `${(r.seqMs / base.seqMs).toFixed(1)}×`,
      r.parMs.toFixed(1),
      `${(r.parMs / base.parMs).toFixed(1)}×`,
      r.path,
      r.equal ? 'yes' : 'NO',
    ]);
  }
  console.log(
    `parevm on storage keys that collide in V8's BigInt hash: ${slots} pre-state slots, ${READERS} transactions each reading all of them — median of ${runs} runs, ${concurrency} workers, same process`,
  );
  console.log(table.toString());
}
