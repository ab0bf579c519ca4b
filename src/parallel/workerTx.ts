import { RLP } from '@ethereumjs/rlp';
import { Capability, type TypedTransaction } from '@ethereumjs/tx';
import { Address, bigIntToUnpaddedBytes, bytesToBigInt, bytesToHex } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';

/**
 * A transaction as a worker executes it on parevm's EVM: the fields that EVM reads, decoded from
 * the consensus encoding (EIP-2718: legacy, 0x01 EIP-2930, 0x02 EIP-1559, 0x03 EIP-4844, 0x04
 * EIP-7702) with `@ethereumjs/rlp` alone. `createTxFromRLP` spent ~30% of a worker's execution
 * time on transfers (validation and fork checks the coordinator's `decodeBlock` already did on the
 * same bytes), and a worker executes transactions whose senders the other workers recovered.
 *
 * Shapes follow `@ethereumjs/tx` v10 (bigints; `to` an `Address`; access lists and authorization
 * tuples as bytes; blob hashes as `0x` hex), so the EVM takes it as a `TypedTransaction`
 * (`test/unit/worker-tx.test.ts` compares every field with `createTxFromRLP` on every fixture
 * transaction and the EEST set-code and blob transactions). Not for signature recovery, the
 * reference engine, or `getIntrinsicGas` (it throws: the EVM computes intrinsic gas from its fork
 * schedule; only an invalid transaction's list of every broken rule lacks it, and an invalid block's
 * error comes from the sequential engine).
 */
export function decodeWorkerTx(bytes: Uint8Array): TypedTransaction {
  const type = bytes[0]! >= 0xc0 ? 0 : bytes[0]!;
  const f = RLP.decode(type === 0 ? bytes : bytes.subarray(1)) as Uint8Array[];
  const big = (b: Uint8Array | undefined) => (b === undefined || b.length === 0 ? 0n : bytesToBigInt(b));
  const toOf = (b: Uint8Array) => (b.length === 0 ? undefined : new Address(b));
  let tx: WorkerTx;
  if (type === 0) {
    tx = new WorkerTx(0, big(f[0]), big(f[2]), toOf(f[3]!), big(f[4]), f[5]!);
    tx.gasPrice = big(f[1]);
    tx.eip155 = big(f[6]) >= 35n;
  } else if (type === 1) {
    tx = new WorkerTx(1, big(f[1]), big(f[3]), toOf(f[4]!), big(f[5]), f[6]!);
    tx.gasPrice = big(f[2]);
    tx.accessList = f[7] as unknown as [Uint8Array, Uint8Array[]][];
  } else if (type >= 2 && type <= 4) {
    tx = new WorkerTx(type, big(f[1]), big(f[4]), toOf(f[5]!), big(f[6]), f[7]!);
    tx.maxPriorityFeePerGas = big(f[2]);
    tx.maxFeePerGas = big(f[3]);
    tx.accessList = f[8] as unknown as [Uint8Array, Uint8Array[]][];
    if (type === 3) {
      tx.maxFeePerBlobGas = big(f[9]);
      tx.blobVersionedHashes = (f[10] as unknown as Uint8Array[]).map((h) => bytesToHex(h));
    }
    if (type === 4) tx.authorizationList = f[9] as unknown as Uint8Array[][];
  } else {
    throw new Error(`internal: transaction type ${type} reached a worker`);
  }
  return tx as unknown as TypedTransaction;
}

/** What a transaction's sender signed, and the signature: the arguments of sender recovery. */
export interface SignedMessage {
  /** keccak-256 of the signed payload (32 bytes). */
  hash: Uint8Array;
  /** 27/28 or EIP-155 `chainId * 2 + 35/36` (legacy), the y-parity 0/1 (typed). */
  v: bigint;
  r: Uint8Array;
  s: Uint8Array;
  /** The chain id under EIP-155 (legacy with v ≥ 35 from Spurious Dragon on), else undefined. */
  chainId?: bigint;
}

/**
 * The signed message of a transaction, from its consensus encoding alone: keccak-256 of
 * `rlp([nonce, gasPrice, gas, to, value, data])`, with `[chainId, 0, 0]` appended under EIP-155,
 * for a legacy transaction (Yellow Paper Appendix F); of `type || rlp(fields but yParity, r, s)`
 * for a typed one (EIP-2718). The same message and recovery arguments as @ethereumjs/tx's
 * `getSenderPublicKey` (`test/unit/worker-tx.test.ts` recovers every fixture transaction both
 * ways), without decoding the transaction into its class: workers recover senders from the bytes.
 * @param eip155 - the fork has EIP-155 (Spurious Dragon on): a legacy v ≥ 35 then names the chain
 */
export function signedMessage(bytes: Uint8Array, eip155: boolean): SignedMessage {
  const typed = bytes[0]! < 0xc0;
  const f = RLP.decode(typed ? bytes.subarray(1) : bytes) as Uint8Array[];
  const n = f.length;
  const v = f[n - 3]!.length === 0 ? 0n : bytesToBigInt(f[n - 3]!);
  const r = f[n - 2]!;
  const s = f[n - 1]!;
  if (typed) {
    const payload = RLP.encode(f.slice(0, n - 3));
    const message = new Uint8Array(1 + payload.length);
    message[0] = bytes[0]!;
    message.set(payload, 1);
    return { hash: keccak256(message), v, r, s };
  }
  if (eip155 && v >= 35n) {
    const chainId = (v - 35n) / 2n;
    return { hash: keccak256(RLP.encode([...f.slice(0, 6), bigIntToUnpaddedBytes(chainId), new Uint8Array(), new Uint8Array()])), v, r, s, chainId };
  }
  return { hash: keccak256(RLP.encode(f.slice(0, 6))), v, r, s };
}

const CAPABILITIES: Record<number, readonly number[]> = {
  0: [],
  1: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists],
  2: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket],
  3: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket],
  4: [Capability.EIP2718TypedTransaction, Capability.EIP2930AccessLists, Capability.EIP1559FeeMarket, Capability.EIP7702EOACode],
};

class WorkerTx {
  gasPrice?: bigint;
  maxPriorityFeePerGas?: bigint;
  maxFeePerGas?: bigint;
  accessList?: [Uint8Array, Uint8Array[]][];
  maxFeePerBlobGas?: bigint;
  blobVersionedHashes?: string[];
  authorizationList?: Uint8Array[][];

  constructor(
    readonly type: number,
    readonly nonce: bigint,
    readonly gasLimit: bigint,
    readonly to: Address | undefined,
    readonly value: bigint,
    readonly data: Uint8Array,
  ) {}

  /** EIP-155 replay protection of a legacy transaction (v ≥ 35; typed transactions do not report it, as in @ethereumjs/tx). */
  eip155 = false;

  supports(capability: number): boolean {
    if (capability === Capability.EIP155ReplayProtection) return this.eip155;
    return CAPABILITIES[this.type]!.includes(capability);
  }

  numBlobs(): number {
    return this.blobVersionedHashes?.length ?? 0;
  }

  getIntrinsicGas(): never {
    throw new Error('a worker transaction has no intrinsic gas of its own: the engine computes it from its fork schedule');
  }

  getMinimumGasLimit(): never {
    return this.getIntrinsicGas();
  }
}
