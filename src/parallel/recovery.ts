import { SECP256K1_ORDER_DIV_2, bytesToBigInt } from '@ethereumjs/util';
import { ecrecover } from '../crypto/ecrecover.js';
import { signedMessage } from './workerTx.js';

/**
 * Sender recovery shared between workers: worker w recovers transactions w, w+W, w+2W, … and
 * writes each 64-byte public key into a SharedArrayBuffer; after a barrier every worker installs
 * a key on its own copy of a transaction when it decodes it (the tx's sender cache), so
 * execution never recovers again. Layout: Int32 [arrived, status per tx (0 pending, 1 ok, 2 invalid)], then keys.
 */
export class RecoveryBuffer {
  private readonly ints: Int32Array;
  private readonly keys: Uint8Array;

  static bytesFor(txCount: number): number {
    return (1 + txCount) * 4 + txCount * 64;
  }

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly txCount: number,
  ) {
    this.ints = new Int32Array(buffer, 0, 1 + txCount);
    this.keys = new Uint8Array(buffer, (1 + txCount) * 4, txCount * 64);
  }

  /**
   * Recovers the senders of transactions `worker`, `worker + workers`, … from their consensus
   * encodings, as @ethereumjs/tx's `getSenderPublicKey` does (EIP-2: a high s is invalid from
   * Homestead on); an invalid signature marks the transaction invalid.
   */
  recoverStride(bytesAt: (i: number) => Uint8Array, worker: number, workers: number, rules: { homestead: boolean; eip155: boolean }): void {
    for (let i = worker; i < this.txCount; i += workers) {
      try {
        const m = signedMessage(bytesAt(i), rules.eip155);
        if (rules.homestead && bytesToBigInt(m.s) > SECP256K1_ORDER_DIV_2) throw new Error('EIP-2: s above secp256k1n/2');
        this.keys.set(ecrecover(m.hash, m.v, m.r, m.s, m.chainId), i * 64);
        Atomics.store(this.ints, 1 + i, 1);
      } catch {
        Atomics.store(this.ints, 1 + i, 2);
      }
    }
  }

  /**
   * Barrier: returns once `workers` workers have arrived, or once `stop()` is true (a worker that
   * died before arriving halts the block; without this the others would wait for it forever).
   */
  arriveAndWait(workers: number, stop: () => boolean = () => false): void {
    Atomics.add(this.ints, 0, 1);
    Atomics.notify(this.ints, 0);
    for (let n = Atomics.load(this.ints, 0); n < workers && !stop(); n = Atomics.load(this.ints, 0)) {
      Atomics.wait(this.ints, 0, n, 50);
    }
  }

  /** True when every signature recovered. */
  allValid(): boolean {
    for (let i = 0; i < this.txCount; i++) if (Atomics.load(this.ints, 1 + i) !== 1) return false;
    return true;
  }

  /** Installs the recovered key of transaction `i` on `tx` (its sender cache), so it is not recovered again. */
  install(i: number, tx: unknown): void {
    if (Atomics.load(this.ints, 1 + i) === 1) {
      (tx as { cache: { senderPubKey?: Uint8Array } }).cache.senderPubKey = this.keys.slice(i * 64, i * 64 + 64);
    }
  }

  /** The recovered public key of transaction `i`, or undefined if it did not recover. */
  publicKey(i: number): Uint8Array | undefined {
    return Atomics.load(this.ints, 1 + i) === 1 ? this.keys.slice(i * 64, i * 64 + 64) : undefined;
  }
}
