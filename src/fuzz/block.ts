/**
 * The fuzzer's block generator: from a seed, a small world (a few wallets, a beneficiary that
 * may itself send transactions or be a contract, generated fuzz contracts with shared storage,
 * absent "ghost" addresses) and a block of heavily conflicting transactions over it, as RPC JSON
 * plus a pre-state in the fixture format. Every block also holds a probe contract
 * (`probe.ts`) that runs every opcode of its hardfork and calls every precompile; one
 * transaction sweeps all its routines, others call single routines, and Cancun blocks carry
 * blob transactions (BLOBHASH, BLOBBASEFEE). Transactions are kept as unsigned intents so that
 * the minimiser can drop some and re-sign the rest with consecutive nonces.
 */
import { createAccessList2930Tx, createBlob4844Tx, createFeeMarket1559Tx, createLegacyTx, type TypedTransaction } from '@ethereumjs/tx';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { createMainnetCommon } from '../block/hardfork.js';
import { parseSnapshot, type SnapshotState } from '../state/snapshot.js';
import { type Wallet, wallets } from '../workloads/chain.js';
import { probeContract } from './probe.js';
import { childInitcode, creationInitcode, fuzzContract, SHARED_SLOTS, type Targets } from './programs.js';
import { Rng } from './rng.js';

/** Hardforks the fuzzer generates blocks for (Cancun: EIP-6780 SELFDESTRUCT, EIP-1153 TSTORE). */
export const FUZZ_HARDFORKS = ['london', 'shanghai', 'cancun'] as const;
export type FuzzHardfork = (typeof FUZZ_HARDFORKS)[number];

/** Mainnet heights and times inside each hardfork (the schedule picks the rules from them). */
const HEIGHTS: Record<FuzzHardfork, { number: bigint; timestamp: bigint }> = {
  london: { number: 13_100_000n, timestamp: 1_630_000_000n },
  shanghai: { number: 17_100_000n, timestamp: 1_682_000_000n },
  cancun: { number: 19_600_000n, timestamp: 1_712_000_000n },
};

/** EIP-4788 beacon-roots contract (the deployed runtime), placed in some Cancun pre-states. */
export const BEACON_ROOTS = {
  address: '0x000f3df6d732807ef1319fb7b8bb8522d0beac02',
  code: '0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500',
};

/** One transaction before signing. Gas in gas units, value and fees in wei. */
export interface TxIntent {
  /** Index into {@link FuzzCase.wallets}. */
  from: number;
  /** Recipient; absent for a contract creation. */
  to?: string;
  data: string;
  value: string;
  gasLimit: string;
  /** Legacy, EIP-2930, EIP-1559 or EIP-4844 (blob: `blobHashes` set, `to` too). */
  type: 0 | 1 | 2 | 3;
  /** Tip per gas over the base fee (wei). */
  priorityFee: string;
  accessList?: { address: string; storageKeys: string[] }[];
  /** Versioned hashes of a blob transaction (type 3). */
  blobHashes?: string[];
  /** Invalid-block injection: reuse the sender's previous nonce. */
  reuseNonce?: boolean;
  /** What the generator meant (for reports): call, transfer, create, ... */
  note: string;
}

/** A generated block, before signing: everything needed to rebuild it exactly. */
export interface FuzzCase {
  seed: string;
  index: number;
  hardfork: FuzzHardfork;
  number: string;
  timestamp: string;
  baseFee: string;
  coinbase: string;
  /** Pre-state in the fixture format (`pre_state.json`). */
  preState: Record<string, { balance: string; nonce: string; code_hash?: string; storage: Record<string, string> }>;
  /** `bytecodes.json`: code hash → code. */
  bytecodes: Record<string, string>;
  /** `block_hashes.json`: the 256 ancestors. */
  blockHashes: Record<string, string>;
  /** Seed of the wallets' keys: wallet i = `wallets(walletSeed, n)[i]`. */
  walletSeed: string;
  walletCount: number;
  intents: TxIntent[];
  /**
   * Header gas limit as a share of the transactions' summed gas limits (below 1: a later
   * transaction may not fit in what the block has left — an invalid block); absent: 30 M or more.
   */
  gasLimitShare?: number;
  /** Cancun header's excessBlobGas (the blob base fee follows from it); absent: 0. */
  excessBlobGas?: string;
  withdrawals: { index: string; validatorIndex: string; address: string; amount: string }[];
}

/** Shape of generated blocks. */
export interface GeneratorOptions {
  /** Transactions per block, inclusive range (default 8..40). */
  minTxs?: number;
  maxTxs?: number;
  /** Hardforks to draw from (default all of {@link FUZZ_HARDFORKS}, Cancun most often). */
  hardforks?: readonly FuzzHardfork[];
  /** Probability that a block holds an invalid transaction (nonce reuse); default 0.03. */
  invalidRate?: number;
  /** Add the probe contract and its transactions (default true). */
  probes?: boolean;
}

const GWEI = 1_000_000_000n;
/** EIP-4844 at Cancun: blob gas per blob, blobs per block at most; fee cap per blob gas of the fuzz blob transactions (wei). */
const BLOB_GAS = 131_072n;
const MAX_BLOBS = 6;
const MAX_FEE_PER_BLOB_GAS = 1_000_000n;
const ETH = 10n ** 18n;
const hex = (v: bigint | number): string => `0x${BigInt(v).toString(16)}`;

/**
 * Block `index` of fuzz seed `seed`: deterministic (the same arguments always give the same
 * case, byte for byte), independent of the other indices.
 */
export function generateCase(seed: string, index: number, options: GeneratorOptions = {}): FuzzCase {
  const rng = new Rng(`parevm-fuzz/${seed}/${index}`);
  const forks = options.hardforks ?? FUZZ_HARDFORKS;
  const hardfork = forks.length === 1 ? forks[0]! : rng.weighted(forks.map((f) => [f, f === 'cancun' ? 4 : 1] as const));
  const height = HEIGHTS[hardfork];
  const number = height.number + BigInt(rng.int(1000));
  const timestamp = height.timestamp + BigInt(rng.int(100_000));
  const baseFee = BigInt(rng.range(1, 30)) * GWEI;

  const walletSeed = `parevm-fuzz/${seed}/${index}/wallets`;
  const walletCount = rng.range(2, 6);
  const ws = wallets(walletSeed, walletCount);
  const contractCount = rng.range(2, 4);
  const contracts = Array.from({ length: contractCount }, (_, i) => addressOf(rng, `contract${i}`));
  // Two absent accounts, then one or two that exist but are empty (balance, nonce and code 0).
  const ghosts = Array.from({ length: rng.range(3, 4) }, (_, i) => addressOf(rng, `ghost${i}`));
  // The beneficiary: a sending wallet (transfers from it read its fee-credited balance), a
  // contract (SELFBALANCE is the beneficiary's balance), an absent account or a bystander.
  const coinbaseKind = rng.weighted([['wallet', 4], ['contract', 2], ['absent', 2], ['bystander', 1]] as const);
  const coinbase =
    coinbaseKind === 'wallet' ? ws[0]!.address
    : coinbaseKind === 'contract' ? contracts[0]!
    : coinbaseKind === 'absent' ? ghosts[0]!
    : addressOf(rng, 'bystander');
  const probes = options.probes !== false;
  const probeAddress = probes ? addressOf(rng, 'probe') : undefined;
  const targets: Targets = { contracts, wallets: ws.map((w) => w.address), coinbase, ghosts, transient: hardfork === 'cancun', ...(probeAddress ? { probe: probeAddress } : {}) };

  const preState: FuzzCase['preState'] = {};
  const bytecodes: Record<string, string> = {};
  ws.forEach((w, i) => {
    const poor = i === 0 && coinbaseKind === 'wallet' && rng.chance(0.5);
    preState[w.address] = { balance: hex(poor ? ETH / 4n : 1000n * ETH), nonce: hex(rng.int(3)), storage: {} };
  });
  for (const g of ghosts.slice(2)) preState[g] = { balance: '0x0', nonce: '0x0', storage: {} };
  // Precompiles as accounts (on mainnet they hold dust; empty ones are deleted when touched).
  if (rng.chance(0.5)) for (const p of [1, 2, 3, 4]) preState[`0x${p.toString(16).padStart(40, '0')}`] = { balance: hex(rng.int(2)), nonce: '0x0', storage: {} };
  if (coinbaseKind === 'bystander') preState[coinbase] = { balance: hex(rng.chance(0.5) ? 0n : 12345n), nonce: '0x0', storage: {} };
  const routines = rng.range(2, 5);
  for (const c of contracts) {
    const code = fuzzContract(rng, targets, routines, 6);
    const codeHash = bytesToHex(keccak_256(code));
    bytecodes[codeHash] = bytesToHex(code);
    const storage: Record<string, string> = {};
    for (let s = 0; s < SHARED_SLOTS; s++) if (rng.chance(0.5)) storage[hex(s)] = hex(rng.word() || 1n);
    preState[c] = { balance: hex(rng.chance(0.5) ? 0n : BigInt(rng.range(1, 1_000_000))), nonce: '0x1', code_hash: codeHash, storage };
  }
  let sweepGas = 0;
  if (probeAddress) {
    const probe = probeContract(rng, targets, hardfork, hardfork === 'cancun');
    const codeHash = bytesToHex(keccak_256(probe.code));
    bytecodes[codeHash] = bytesToHex(probe.code);
    const storage: Record<string, string> = {};
    for (let s = 0; s < SHARED_SLOTS; s++) if (rng.chance(0.5)) storage[hex(s)] = hex(rng.word() || 1n);
    preState[probeAddress] = { balance: hex(rng.chance(0.3) ? 0n : BigInt(rng.range(1, 1_000_000))), nonce: '0x1', code_hash: codeHash, storage };
    sweepGas = probe.sweepGas;
  }
  if (hardfork === 'cancun' && rng.chance(0.5)) {
    const code = hexToBytes(BEACON_ROOTS.code as `0x${string}`);
    const codeHash = bytesToHex(keccak_256(code));
    bytecodes[codeHash] = BEACON_ROOTS.code;
    preState[BEACON_ROOTS.address] = { balance: '0x0', nonce: '0x1', code_hash: codeHash, storage: {} };
  }
  const blockHashes: Record<string, string> = {};
  for (let k = 1n; k <= 256n; k++) blockHashes[(number - k).toString()] = bytesToHex(keccak_256(new TextEncoder().encode(`${seed}/${number - k}`)));

  // Senders: a few wallets, skewed so that some send many transactions in a row.
  const senderWeights = ws.map((_, i) => [i, i === 0 ? 3 : rng.range(1, 4)] as const);
  const txCount = rng.range(options.minTxs ?? 8, options.maxTxs ?? 40);
  // One transaction sweeps the probe (early, so the block's gas cap does not cut it).
  const sweepAt = probeAddress ? rng.int(Math.min(txCount, 3)) : -1;
  const blobs = { left: hardfork === 'cancun' ? MAX_BLOBS : 0 };
  const intents: TxIntent[] = [];
  let gas = 0n;
  for (let i = 0; i < txCount; i++) {
    const intent = i === sweepAt ? sweepIntent(rng, targets, sweepGas) : generateIntent(rng, targets, ws, senderWeights, blobs);
    if (gas + BigInt(intent.gasLimit) > 30_000_000n) break;
    gas += BigInt(intent.gasLimit);
    intents.push(intent);
  }
  if (intents.length > 1 && rng.chance(options.invalidRate ?? 0.03)) {
    const victim = intents[rng.range(1, intents.length - 1)]!;
    victim.reuseNonce = true;
    victim.note += ' (nonce reuse)';
  }
  const gasLimitShare = rng.chance(0.05) ? 0.3 + rng.int(8) / 10 : undefined;
  const withdrawals: FuzzCase['withdrawals'] = [];
  if (hardfork !== 'london') {
    const n = rng.int(4);
    for (let i = 0; i < n; i++) {
      withdrawals.push({ index: hex(i), validatorIndex: hex(rng.int(1000)), address: rng.pick([coinbase, ...targets.wallets, ...ghosts, ...contracts]), amount: hex(rng.int(2) ? rng.int(1_000_000) : 0) });
    }
  }
  // The blob base fee: 1 wei at excess 0, about 400 wei at 20 M (below the transactions' cap).
  const excessBlobGas = hardfork === 'cancun' && rng.chance(0.5) ? hex(rng.range(1, 20_000_000)) : undefined;
  return {
    seed, index, hardfork, number: hex(number), timestamp: hex(timestamp), baseFee: hex(baseFee), coinbase,
    preState, bytecodes, blockHashes, walletSeed, walletCount, intents, withdrawals, ...(gasLimitShare !== undefined ? { gasLimitShare } : {}),
    ...(excessBlobGas !== undefined ? { excessBlobGas } : {}),
  };
}

function addressOf(rng: Rng, tag: string): string {
  return bytesToHex(keccak_256(new Uint8Array([...rng.bytes(16), ...new TextEncoder().encode(tag)])).subarray(12));
}

/** Routine byte, depth byte 0, a 32-byte argument: the probe's calldata. */
function probeData(rng: Rng, routine: number): Uint8Array {
  return new Uint8Array([routine, 0, ...rng.bytes(32)]);
}

/**
 * The transaction that runs the probe's sweep (routine 0): gas for every routine's cap. Not from
 * wallet 0, which may be the poor beneficiary (it could not pay for that much gas).
 */
function sweepIntent(rng: Rng, t: Targets, sweepGas: number): TxIntent {
  const data = probeData(rng, 0);
  return {
    from: rng.range(1, t.wallets.length - 1), to: t.probe!, data: bytesToHex(data), value: hex(rng.chance(0.5) ? 0 : rng.range(1, 1000)),
    gasLimit: hex(21_000 + 16 * data.length + sweepGas + 200_000), type: 2, priorityFee: hex(GWEI), note: 'probe sweep',
  };
}

function generateIntent(rng: Rng, t: Targets, ws: Wallet[], senderWeights: readonly (readonly [number, number])[], blobs: { left: number }): TxIntent {
  const from = rng.weighted(senderWeights);
  const kind = rng.weighted([['call', 12], ['transfer', 4], ['create', 2], ['self', 1], ['precompile', 2], ['probe', t.probe ? 2 : 0], ['blob', blobs.left > 0 ? 1 : 0]] as const);
  let to: string | undefined;
  let data: Uint8Array = new Uint8Array(0);
  let note: string = kind;
  let blobHashes: string[] | undefined;
  if (kind === 'probe') {
    // A routine by its byte (mod the routine count: now and then the sweep, with less gas than it hands out).
    to = t.probe!;
    data = probeData(rng, rng.range(1, 255));
    note = `probe routine byte ${data[0]}`;
  } else if (kind === 'blob') {
    const n = rng.range(1, Math.min(3, blobs.left));
    blobs.left -= n;
    // Version byte 0x01 (EIP-4844) then any 31 bytes: execution reads them, nothing checks them against blobs.
    blobHashes = Array.from({ length: n }, () => bytesToHex(new Uint8Array([1, ...rng.bytes(31)])));
    to = t.probe ?? rng.pick(t.contracts);
    data = t.probe ? probeData(rng, rng.range(1, 255)) : new Uint8Array([rng.int(256), 1, ...rng.bytes(32)]);
    note = `blob transaction (${n} blobs) to ${to.slice(0, 8)}`;
  } else if (kind === 'call') {
    to = rng.pick(t.contracts);
    const shape = rng.int(10);
    data = shape === 0 ? new Uint8Array(0) : shape === 1 ? rng.bytes(rng.int(34)) : new Uint8Array([rng.int(256), rng.weighted([[0, 2], [1, 3], [2, 3], [3, 2]] as const), ...rng.bytes(32)]);
    note = `call ${to.slice(0, 8)} routine ${data[0] ?? 0} depth ${data[1] ?? 0}`;
  } else if (kind === 'transfer') {
    to = rng.pick([t.coinbase, t.coinbase, ...t.wallets, ...t.ghosts, ...t.contracts]);
    note = `transfer to ${to.slice(0, 8)}`;
  } else if (kind === 'self') {
    to = ws[from]!.address;
  } else if (kind === 'precompile') {
    // RIPEMD-160 (0x03) twice: its EIP-161 touch survives a failed call.
    to = rng.pick(['0x0000000000000000000000000000000000000001', '0x0000000000000000000000000000000000000003', '0x0000000000000000000000000000000000000003', '0x0000000000000000000000000000000000000004', t.ghosts[1]!]);
    data = rng.chance(0.5) ? new Uint8Array(0) : rng.bytes(rng.int(64));
  } else {
    data = rng.chance(0.7) ? creationInitcode(rng, t, 5) : childInitcode(rng, t);
  }
  const valueKind = rng.int(5);
  const value = valueKind <= 1 ? 0n : valueKind === 2 ? BigInt(rng.range(1, 1_000_000)) : valueKind === 3 ? ETH / 1000n : BigInt(rng.int(3));
  const type = blobHashes ? 3 : rng.weighted([[2, 6], [1, 2], [0, 2]] as const);
  const accessList: TxIntent['accessList'] = [];
  if (type !== 0 && rng.chance(0.3)) {
    const n = rng.range(1, 3);
    for (let i = 0; i < n; i++) {
      accessList.push({ address: rng.pick([t.coinbase, ...t.contracts, ...t.wallets]), storageKeys: Array.from({ length: rng.int(3) }, () => bytesToHex(new Uint8Array(32).fill(0).map((_, j) => (j === 31 ? rng.int(SHARED_SLOTS) : 0)))) });
    }
  }
  // Intrinsic gas (upper bound): every data byte as non-zero, creation and access-list costs.
  const intrinsic = 21_000n + 16n * BigInt(data.length) + (to === undefined ? 32_000n + 2n * BigInt(Math.ceil(data.length / 32)) : 0n) +
    accessList.reduce((s, e) => s + 2_400n + 1_900n * BigInt(e.storageKeys.length), 0n);
  const plain = kind === 'transfer' || kind === 'self' || kind === 'precompile';
  const extra =
    kind === 'probe' || kind === 'blob' ? BigInt(rng.weighted([[rng.range(5_000, 100_000), 1], [500_000, 2], [1_500_000, 3]] as const))
    : plain && rng.chance(0.6) ? 0n
    : BigInt(rng.weighted([[rng.range(0, 3_000), 1], [30_000, 2], [100_000, 4], [300_000, 3], [1_000_000, 1]] as const));
  const priorityFee = rng.weighted([[0n, 1], [GWEI, 3], [3n * GWEI, 1], [BigInt(rng.range(1, 999)), 1]] as const);
  return {
    from, ...(to !== undefined ? { to } : {}), data: bytesToHex(data), value: hex(value), gasLimit: hex(intrinsic + extra), type,
    priorityFee: hex(priorityFee), ...(accessList.length ? { accessList } : {}), ...(blobHashes ? { blobHashes } : {}), note,
  };
}

/** Signs the intents in order: nonces continue from each sender's pre-state nonce. */
export function signIntents(c: FuzzCase, intents: TxIntent[] = c.intents): TypedTransaction[] {
  const common = createMainnetCommon(c.hardfork);
  const ws = wallets(c.walletSeed, c.walletCount);
  const nonces = new Map<number, bigint>();
  const baseFee = BigInt(c.baseFee);
  return intents.map((it) => {
    const w = ws[it.from]!;
    let nonce = nonces.get(it.from) ?? BigInt(c.preState[w.address]!.nonce);
    if (it.reuseNonce && nonce > 0n) nonce--;
    nonces.set(it.from, nonce + 1n);
    const tip = BigInt(it.priorityFee);
    const base = {
      nonce, gasLimit: BigInt(it.gasLimit), value: BigInt(it.value), data: hexToBytes(it.data as `0x${string}`),
      ...(it.to !== undefined ? { to: it.to as `0x${string}` } : {}),
    };
    const accessList = (it.accessList ?? []).map((e) => ({ address: e.address as `0x${string}`, storageKeys: e.storageKeys as `0x${string}`[] }));
    if (it.type === 0) return createLegacyTx({ ...base, gasPrice: baseFee + tip }, { common }).sign(w.privateKey);
    if (it.type === 1) return createAccessList2930Tx({ ...base, chainId: 1n, gasPrice: baseFee + tip, accessList }, { common }).sign(w.privateKey);
    if (it.type === 3) {
      const blob = { blobVersionedHashes: (it.blobHashes ?? []) as `0x${string}`[], maxFeePerBlobGas: MAX_FEE_PER_BLOB_GAS };
      return createBlob4844Tx({ ...base, ...blob, chainId: 1n, maxPriorityFeePerGas: tip, maxFeePerGas: 2n * baseFee + tip, accessList }, { common }).sign(w.privateKey);
    }
    return createFeeMarket1559Tx({ ...base, chainId: 1n, maxPriorityFeePerGas: tip, maxFeePerGas: 2n * baseFee + tip, accessList }, { common }).sign(w.privateKey);
  });
}

/**
 * The case as `eth_getBlockByNumber(n, true)` JSON and its pre-state. `header` overrides header
 * fields (the reproducer writes the sequential gasUsed, receiptsRoot and logsBloom).
 */
export function buildBlock(c: FuzzCase, intents: TxIntent[] = c.intents, header: Record<string, string> = {}): { blockJson: Record<string, unknown>; state: SnapshotState } {
  const txs = signIntents(c, intents);
  const zero32 = '0x' + '00'.repeat(32);
  const gas = txs.reduce((s, t) => s + t.gasLimit, 0n);
  const biggest = txs.reduce((m, t) => (t.gasLimit > m ? t.gasLimit : m), 0n);
  const limit = c.gasLimitShare === undefined ? (gas > 30_000_000n ? gas : 30_000_000n) : BigInt(Math.floor(Number(gas) * c.gasLimitShare));
  const postMerge = c.hardfork !== 'london';
  const blockJson: Record<string, unknown> = {
    number: c.number,
    hash: zero32,
    timestamp: c.timestamp,
    parentHash: zero32,
    sha3Uncles: '0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347',
    miner: c.coinbase,
    stateRoot: zero32,
    transactionsRoot: zero32,
    receiptsRoot: zero32,
    logsBloom: '0x' + '00'.repeat(256),
    difficulty: postMerge ? '0x0' : '0x2000000000000',
    gasLimit: hex(limit > biggest ? limit : biggest),
    gasUsed: '0x0',
    extraData: '0x',
    mixHash: zero32,
    nonce: '0x0000000000000000',
    baseFeePerGas: c.baseFee,
    ...(postMerge ? { withdrawalsRoot: '0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421', withdrawals: c.withdrawals } : {}),
    ...(c.hardfork === 'cancun'
      ? {
          blobGasUsed: hex(BLOB_GAS * BigInt(intents.reduce((n, t) => n + (t.blobHashes?.length ?? 0), 0))),
          excessBlobGas: c.excessBlobGas ?? '0x0',
          parentBeaconBlockRoot: bytesToHex(keccak_256(new TextEncoder().encode(`${c.seed}/beacon`))),
        }
      : {}),
    uncles: [],
    transactions: txs.map((t, i) => {
      const j = t.toJSON();
      return { ...j, type: hex(t.type), hash: bytesToHex(t.hash()), from: t.getSenderAddress().toString(), transactionIndex: hex(i), input: j.data, gas: j.gasLimit };
    }),
    ...header,
  };
  const state = parseSnapshot({ preState: c.preState, bytecodes: c.bytecodes, blockHashes: c.blockHashes }, { trusted: true });
  return { blockJson, state };
}
