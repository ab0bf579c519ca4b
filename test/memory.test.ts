// Memory bounds (issue 5, part 6): the shared memory the parallel engine allocates per block is
// bounded by a stated formula and capped, and a 10,000-transaction block executes. Peak RSS is
// reported by `npm run bench:memory`, not asserted here.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, test } from 'node:test';
import { createFeeMarket1559Tx, type FeeMarket1559Tx } from '@ethereumjs/tx';
import { bytesToBigInt, bytesToHex } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { WorkerPool, decodeBlock, diffResults, executeBlock, executeBlockSequential, loadFixtureBlock } from '../src/index.js';
import { MAX_MVMEMORY_BYTES } from '../src/parallel/options.js';
import { layoutBytes, layoutFor } from '../src/parallel/mvMemory.js';
import { SyntheticChain, type Wallet } from '../src/workloads/chain.js';
import { FIXTURES } from './helpers.js';

const pool = new WorkerPool(2);
after(() => pool.close());

const KiB = 1024;
const MiB = 1024 * KiB;

/** The stated bound: MVMemory for T transactions and G gas takes at most 14 KiB·T + 0.22 B·G + 2 MiB. */
const bound = (txs: number, gas: bigint) => 14 * KiB * txs + 0.22 * Number(gas) + 2 * MiB;

test('MVMemory layout stays within 14 KiB per transaction + 0.22 B per gas + 2 MiB', () => {
  for (const txs of [0, 1, 100, 1346, 10_000, 50_000]) {
    for (const gas of [30_000_000n, BigInt(txs) * 21_000n, 300_000_000n]) {
      assert.ok(layoutBytes(layoutFor(txs, gas)) <= bound(txs, gas), `${txs} txs, ${gas} gas: ${layoutBytes(layoutFor(txs, gas))} B`);
    }
  }
  // The two blocks that matter: a full 30 Mgas mainnet block, and 10,000 transfers (210 Mgas).
  assert.ok(layoutBytes(layoutFor(1346, 30_000_000n)) <= 32 * MiB);
  assert.ok(layoutBytes(layoutFor(10_000, 210_000_000n)) <= 160 * MiB);
  // The worst-case retry layout's reach is capped, so that block's retry still fits under the cap…
  assert.ok(layoutBytes(layoutFor(10_000, 210_000_000n, true)) <= MAX_MVMEMORY_BYTES);
  // …while 50,000 transactions' worst case would not: it is never allocated.
  assert.ok(layoutBytes(layoutFor(50_000, 300_000_000n, true)) > MAX_MVMEMORY_BYTES);
});

test('a block whose MVMemory would exceed maxMVMemoryBytes runs sequentially, correctly, and says why', async () => {
  const fx = loadFixtureBlock(FIXTURES, 4330482);
  const seq = await executeBlockSequential(decodeBlock(fx.blockJson), fx.state);
  const r = await executeBlock(decodeBlock(fx.blockJson), fx.state, { pool, force: true, maxMVMemoryBytes: MiB });
  assert.equal(r.metrics?.path, 'sequential');
  assert.match(r.metrics?.reason ?? '', /MVMemory for this block would take \d+ MiB, above the cap of 1 MiB/);
  assert.deepEqual(diffResults(seq, r), undefined);
});

/** libsecp256k1 (prebuilt binding) signs ~50× faster than pure JS; the signatures are the same (RFC 6979). */
const native = (() => {
  try {
    return createRequire(import.meta.url)('secp256k1/bindings') as {
      ecdsaSign(msg32: Uint8Array, key: Uint8Array): { signature: Uint8Array; recid: number };
      publicKeyCreate(key: Uint8Array, compressed: boolean): Uint8Array;
    };
  } catch {
    return undefined;
  }
})();

/** `n` independent EIP-1559 transfers from `n` funded senders to `n` fresh recipients. */
function transfers(n: number): { blockJson: Record<string, unknown>; chain: SyntheticChain } {
  const secp = native!;
  const senders: Wallet[] = [];
  for (let i = 0; i < n; i++) {
    const privateKey = keccak_256(new TextEncoder().encode(`parevm/memory:${i}`));
    senders.push({ privateKey, address: bytesToHex(keccak_256(secp.publicKeyCreate(privateKey, false).subarray(1)).subarray(12)) });
  }
  const chain = SyntheticChain.genesis(senders, 10n ** 18n);
  const txs: FeeMarket1559Tx[] = senders.map((s, i) => {
    const tx = createFeeMarket1559Tx(
      {
        chainId: 1n,
        nonce: 0n,
        maxPriorityFeePerGas: 10n ** 9n,
        maxFeePerGas: 10n ** 11n,
        gasLimit: 21_000n,
        value: 1n,
        to: `0x5a${(i + 1).toString(16).padStart(38, '0')}`,
      },
      { common: chain.common },
    );
    const { signature, recid } = secp.ecdsaSign(tx.getHashedMessageToSign(), s.privateKey);
    return tx.addSignature(BigInt(recid), bytesToBigInt(signature.subarray(0, 32)), bytesToBigInt(signature.subarray(32)));
  });
  return { blockJson: chain.blockJson(txs), chain };
}

test('a block of 10,000 transfers executes in parallel within its MVMemory layout', {
  skip: native ? false : 'no native secp256k1: building 10,000 signatures in pure JS is too slow for the suite',
}, async () => {
  const n = 10_000;
  const { blockJson, chain } = transfers(n);
  const r = await executeBlock(blockJson, chain.state, { pool, force: true });
  assert.equal(r.metrics?.path, 'parallel', r.metrics?.reason);
  assert.equal(r.receipts.length, n);
  assert.equal(r.gasUsed, 21_000n * BigInt(n));
  assert.ok(r.receipts.every((x) => x.status === 1));
  // Every sender paid, every recipient was created, and the beneficiary was credited: 2n + 1 accounts.
  assert.equal(r.stateChanges.length, 2 * n + 1);
  const recipient = r.stateChanges.find((c) => c.address === `0x5a${n.toString(16).padStart(38, '0')}`);
  assert.equal(recipient?.balance, 1n);
});
