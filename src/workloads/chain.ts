import { createFeeMarket1559Tx, type FeeMarket1559Tx } from '@ethereumjs/tx';
import { KECCAK256_RLP_S, bytesToHex, hexToBytes, privateToAddress } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { createMainnetCommon } from '../block/hardfork.js';
import { executeBlockSequential } from '../execute/sequential.js';
import type { StateChanges } from '../state/changes.js';
import { parseSnapshot, type SnapshotState } from '../state/snapshot.js';
import type { BlockResult } from '../types.js';
import { EMPTY_BLOOM_HEX } from '../evm/bloom.js';

/** A deterministic key pair of the synthetic chain. */
export interface Wallet {
  privateKey: Uint8Array;
  /** Lowercase 0x hex. */
  address: string;
}

/** `count` wallets derived from `seed` (private key i = keccak-256(seed ‖ i)). */
export function wallets(seed: string, count: number, from = 0): Wallet[] {
  const out: Wallet[] = [];
  for (let i = from; i < from + count; i++) {
    const privateKey = keccak_256(new TextEncoder().encode(`${seed}:${i}`));
    out.push({ privateKey, address: bytesToHex(privateToAddress(privateKey)) });
  }
  return out;
}

/** A Cancun block height and time on the mainnet schedule, for synthetic blocks. */
const FIRST_NUMBER = 19_500_000n;
const FIRST_TIMESTAMP = 1_712_000_000n;
const BASE_FEE = 7_000_000_000n; // 7 gwei

/** A call to put in a synthetic block. Gas in gas units, value in wei, data 0x hex. */
export interface Call {
  from: Wallet;
  to?: string;
  data?: string;
  value?: bigint;
  gasLimit: bigint;
  /** The nonce to sign with (default: the wallet's next one); the next default continues from it. */
  nonce?: bigint;
}

/**
 * A synthetic chain on a genesis it builds itself: funded wallets, then setup blocks (contract
 * deployments by constructor transactions) executed with the sequential engine and folded into
 * the state, then the workload block, returned as RPC JSON plus its pre-state.
 */
export class SyntheticChain {
  private number = FIRST_NUMBER;
  private timestamp = FIRST_TIMESTAMP;
  private readonly nonces = new Map<string, bigint>();
  readonly common = createMainnetCommon('cancun');
  readonly coinbase = '0x' + 'c0'.repeat(20);

  constructor(public state: SnapshotState) {}

  /** A genesis state: each wallet holds `balance` wei. */
  static genesis(funded: Wallet[], balance: bigint): SyntheticChain {
    const preState: Record<string, unknown> = {};
    for (const w of funded) preState[w.address] = { balance: `0x${balance.toString(16)}`, nonce: 0, storage: {} };
    return new SyntheticChain(parseSnapshot({ preState, bytecodes: {}, blockHashes: {} }));
  }

  /** Signs `calls` as EIP-1559 transactions with consecutive nonces per sender. */
  sign(calls: Call[]): FeeMarket1559Tx[] {
    return calls.map((c) => {
      const nonce = c.nonce ?? this.nonces.get(c.from.address) ?? 0n;
      this.nonces.set(c.from.address, nonce + 1n);
      return createFeeMarket1559Tx(
        {
          chainId: 1n,
          nonce,
          maxPriorityFeePerGas: 1_000_000_000n,
          maxFeePerGas: 100_000_000_000n,
          gasLimit: c.gasLimit,
          to: c.to as `0x${string}` | undefined,
          value: c.value ?? 0n,
          data: c.data ? hexToBytes(c.data as `0x${string}`) : undefined,
        },
        { common: this.common },
      ).sign(c.from.privateKey);
    });
  }

  /** The next block, as `eth_getBlockByNumber(n, true)` would return it (header roots are zero). */
  blockJson(txs: FeeMarket1559Tx[]): Record<string, unknown> {
    const gas = txs.reduce((s, t) => s + t.gasLimit, 0n);
    const gasLimit = gas > 30_000_000n ? gas : 30_000_000n;
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
  async mine(calls: Call[]): Promise<BlockResult> {
    const json = this.blockJson(this.sign(calls));
    const result = await executeBlockSequential(json, this.state);
    const failed = result.receipts.findIndex((r) => r.status !== 1);
    if (failed >= 0) throw new Error(`synthetic setup transaction ${failed} reverted`);
    this.state = applyChanges(this.state, result.stateChanges);
    return result;
  }
}

/** A new snapshot: `state` with `changes` applied. */
export function applyChanges(state: SnapshotState, changes: StateChanges): SnapshotState {
  const json = state.toJson();
  const pre = json.preState as Record<string, { balance: string; nonce: string; code_hash?: string; storage: Record<string, string> }>;
  const codes = json.bytecodes as Record<string, string>;
  for (const c of changes) {
    if (c.deleted) {
      delete pre[c.address];
      continue;
    }
    const a = (pre[c.address] ??= { balance: '0x0', nonce: '0x0', storage: {} });
    if (c.storageCleared) a.storage = {};
    if (c.balance !== undefined) a.balance = hex(c.balance);
    if (c.nonce !== undefined) a.nonce = hex(c.nonce);
    if (c.codeHash !== undefined && c.code && c.code.length > 0) {
      a.code_hash = c.codeHash;
      codes[c.codeHash] = bytesToHex(c.code);
    }
    for (const [k, v] of c.storage) {
      if (v === 0n) delete a.storage[hex(k)];
      else a.storage[hex(k)] = hex(v);
    }
  }
  return parseSnapshot(json, { trusted: true });
}

const hex = (v: bigint): string => `0x${v.toString(16)}`;
