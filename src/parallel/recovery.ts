import type { TypedTransaction } from '@ethereumjs/tx';
import { type RecoveryRules, cacheSenderPublicKey, publicKeyAddress, recoverPublicKey } from '../block/senders.js';
import { toHex } from '../state/hex.js';
import { sharedBufferOf, zeroShared } from '../state/sharedBuffer.js';
import { SpareBuffer } from './spareBuffer.js';

/** The recovery buffer kept for the next block, on either parallel path ({@link SpareBuffer}). */
export const spareRecovery = new SpareBuffer(16 << 20);

/** Status of a transaction's sender in {@link RecoveryBuffer}. */
const PENDING = 0;
const OK = 1;
const INVALID = 2;
/** A worker is recovering it now. */
const CLAIMED = 3;

/**
 * Sender recovery shared between workers: each transaction's 64-byte public key is recovered once,
 * by whichever worker claims it first (compare-and-swap on its status), into a SharedArrayBuffer.
 * Worker w first claims transactions w, w+W, w+2W, …, then goes on to Block-STM at once: a
 * transaction whose sender is not recovered yet when a worker executes it is recovered by that
 * worker, or waited for while another one is at it. No barrier, so a worker that starts late
 * or recovers slowly does not hold the others. Every worker installs a key on its own copy of a
 * transaction when it decodes it (the tx's sender cache), so execution never recovers again.
 * The recovering worker also writes the sender's address, so neither the coordinator nor the
 * other workers hash the key again (724 keccaks were 5 ms of the coordinator's serial work).
 * Layout: Int32 [status per tx (0 pending, 1 ok, 2 invalid, 3 claimed)], then keys, then addresses.
 */
export class RecoveryBuffer {
  private readonly ints: Int32Array;
  private readonly keys: Uint8Array;
  private readonly addresses: Uint8Array;

  static bytesFor(txCount: number): number {
    return txCount * 4 + txCount * 64 + txCount * 20;
  }

  /**
   * A buffer for `txCount` transactions, every one pending.
   * @param reuse - a buffer of at least the given bytes to use instead of a new one (or undefined), e.g. one kept from the last block
   */
  static create(txCount: number, reuse?: (bytes: number) => SharedArrayBuffer | undefined): RecoveryBuffer {
    const { buffer, reused } = sharedBufferOf(RecoveryBuffer.bytesFor(txCount), reuse);
    // Keys and addresses are written before their status says so: only the statuses (PENDING = 0) start clean.
    if (reused) zeroShared(buffer, 0, txCount * 4);
    return new RecoveryBuffer(buffer, txCount);
  }

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly txCount: number,
  ) {
    this.ints = new Int32Array(buffer, 0, txCount);
    this.keys = new Uint8Array(buffer, txCount * 4, txCount * 64);
    this.addresses = new Uint8Array(buffer, txCount * 68, txCount * 20);
  }

  /**
   * Claims and recovers transactions `worker`, `worker + workers`, … (those no other worker
   * claimed first). Returns false if one has an invalid signature.
   */
  recoverStride(bytesAt: (i: number) => Uint8Array, worker: number, workers: number, rules: RecoveryRules): boolean {
    let valid = true;
    for (let i = worker; i < this.txCount; i += workers) if (this.claim(i)) valid = this.recover(i, bytesAt(i), rules) && valid;
    return valid;
  }

  /**
   * Makes sure transaction `i`'s sender is recovered: recovers it if no worker claimed it, waits
   * while another recovers it (or until `stop()`: a worker lost while recovering halts the block).
   * Returns false on an invalid signature, or when stopped first.
   */
  ensure(i: number, bytesAt: (i: number) => Uint8Array, rules: RecoveryRules, stop: () => boolean, help?: () => boolean): boolean {
    for (;;) {
      const status = Atomics.load(this.ints, i);
      if (status === OK) return true;
      if (status === INVALID) return false;
      if (status === PENDING) {
        if (this.claim(i)) return this.recover(i, bytesAt(i), rules);
        continue;
      }
      if (stop()) return false;
      // Useful work instead of a wait (`help` returns false once it has none), then look again.
      if (help?.()) continue;
      Atomics.wait(this.ints, i, CLAIMED, 50);
    }
  }

  /**
   * Claims and recovers the lowest transaction still pending from `from` on (the pipelined
   * coordinator's help while a worker recovers the sender it needs next: the senders it needs
   * soonest, so that when the workers have recovered the last one, little execution is left; help
   * from the block's end left the coordinator executing that end alone, ~20% of a block of ERC-20
   * transfers). Returns its index, or -1 when none from there on is pending.
   */
  recoverOneFrom(from: number, bytesAt: (i: number) => Uint8Array, rules: RecoveryRules): number {
    for (let j = Math.max(0, from); j < this.txCount; j++) {
      if (!this.claim(j)) continue;
      this.recover(j, bytesAt(j), rules);
      return j;
    }
    return -1;
  }

  /**
   * Claims and recovers, from the block's end down, every transaction no one has claimed, until
   * none is left or `stop()` (Block-STM's coordinator, while fewer workers than cores claim theirs
   * from the start). Returns false on an invalid signature (it stops there).
   */
  recoverFromBack(bytesAt: (i: number) => Uint8Array, rules: RecoveryRules, stop: () => boolean): boolean {
    for (let j = this.txCount - 1; j >= 0 && !stop(); j--) if (this.claim(j) && !this.recover(j, bytesAt(j), rules)) return false;
    return true;
  }

  /** Claims every transaction still pending, recovering none: a run given up on, whose workers then recover no more. */
  claimAll(): void {
    for (let i = 0; i < this.txCount; i++) this.claim(i);
  }

  /** Claims transaction `i` for this thread if no one has (compare-and-swap on its status); true when it did. */
  private claim(i: number): boolean {
    return Atomics.load(this.ints, i) === PENDING && Atomics.compareExchange(this.ints, i, PENDING, CLAIMED) === PENDING;
  }

  /**
   * Recovers a claimed transaction's sender from its consensus encoding ({@link recoverPublicKey}),
   * publishes the key and its address and wakes the workers waiting for it. Returns false on an
   * invalid signature.
   */
  private recover(i: number, bytes: Uint8Array, rules: RecoveryRules): boolean {
    let status = INVALID;
    try {
      const key = recoverPublicKey(bytes, rules);
      this.keys.set(key, i * 64);
      this.addresses.set(publicKeyAddress(key), i * 20);
      status = OK;
    } catch {
      // an invalid signature: the block's typed error comes from the sequential engine
    }
    Atomics.store(this.ints, i, status);
    Atomics.notify(this.ints, i);
    return status === OK;
  }

  /** Installs the recovered key of transaction `i` on `tx` ({@link cacheSenderPublicKey}), so it is not recovered again. */
  install(i: number, tx: TypedTransaction): void {
    if (Atomics.load(this.ints, i) === OK) cacheSenderPublicKey(tx, this.keys.slice(i * 64, i * 64 + 64));
  }

  /** The first transaction whose sender did not recover (an invalid signature, or never recovered), or -1. */
  firstUnrecovered(): number {
    for (let i = 0; i < this.txCount; i++) if (Atomics.load(this.ints, i) !== OK) return i;
    return -1;
  }

  /** The sender of transaction `i` (lowercase `0x` hex), or undefined if it did not recover. */
  sender(i: number): string | undefined {
    return Atomics.load(this.ints, i) === OK ? toHex(this.addresses.subarray(i * 20, i * 20 + 20)) : undefined;
  }

  /**
   * Every transaction's sender (lowercase `0x` hex; undefined where it did not recover): the
   * address region decoded to hex once and cut, not one conversion per transaction (the
   * coordinator's serial work).
   */
  senders(): (string | undefined)[] {
    // Statuses first: an address is read only after its status says it was written.
    const ok = Array.from({ length: this.txCount }, (_, i) => Atomics.load(this.ints, i) === OK);
    const hex = Buffer.from(this.addresses.buffer, this.addresses.byteOffset, this.addresses.length).toString('hex');
    return ok.map((recovered, i) => (recovered ? `0x${hex.slice(i * 40, i * 40 + 40)}` : undefined));
  }

  /** The recovered public key of transaction `i`, or undefined if it did not recover. */
  publicKey(i: number): Uint8Array | undefined {
    return Atomics.load(this.ints, i) === OK ? this.keys.slice(i * 64, i * 64 + 64) : undefined;
  }
}
