import { Capability, type TypedTransaction } from '@ethereumjs/tx';
import { KECCAK256_NULL, bytesToHex, type Address } from '@ethereumjs/util';
import { fromHexInto, toHex } from '../state/hex.js';
import type { AccountInfo, StateReader } from '../state/reader.js';
import { readU256, u256Bytes, writeU256 } from '../state/u256.js';
import { type AccountState, type BlockStateManager, codeHashHexOf } from '../state/stateManager.js';
import { maxUpfrontCost } from '../evm/runTransaction.js';
import { MAX_U256 } from '../evm/words.js';
import { WriteSet } from './writeSet.js';
import {
  CHAIN_WORDS,
  FLAG_DEBIT,
  FLAG_DELTA,
  FLAG_ESTIMATE,
  LOC_ACCOUNT,
  LOC_BALANCE,
  LOC_CODE,
  LOC_STORAGE,
  type MVMemory,
  READ_ESTIMATE,
  READ_VALUE,
} from './mvMemory.js';

/**
 * An incarnation's control flow, caught by the worker and never reported: made without a stack
 * trace, whose capture was most of a throw from inside the interpreter (~5.8 µs against ~0.8 µs,
 * 25 frames deep, here) and a contended block throws one per ESTIMATE read.
 */
class IncarnationSignal extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/**
 * Thrown inside an incarnation that read an ESTIMATE (Block-STM §3): the incarnation stops and
 * the transaction waits for `blockingTx`.
 */
export class EstimateReadError extends IncarnationSignal {
  constructor(readonly blockingTx: number) {
    super(`read an ESTIMATE of transaction ${blockingTx}`);
  }
}

/**
 * Thrown inside an incarnation whose lazy sender's balance the EVM read (a BALANCE opcode): the
 * incarnation restarts with the sender read for real.
 */
export class LazySenderReadError extends IncarnationSignal {
  constructor(readonly address: string) {
    super(`read the balance of lazy sender ${address}`);
  }
}

/**
 * A read-set entry's version for a bounded contract balance ({@link TxView.boundedContractBalances}; its
 * third word: where its bound is stashed): valid while the balance below the transaction is at
 * least the bound (the most the incarnation's payments needed of it) and at most
 * {@link BOUNDED_BALANCE_MAX}.
 */
export const BOUND_READ = -3;

/**
 * The largest balance (wei) a contract's balance is read as a bound at (and valid up to): a
 * credit that brings it more than 2^256 − 1 − this above its value makes the read exact
 * ({@link TxView.checkCredit}), so no credit's overflow turns on the balance within the bound.
 */
export const BOUNDED_BALANCE_MAX = 1n << 254n;

/**
 * Balance the beneficiary is given when its first read in a transaction is the fee credit:
 * large enough that the account is never EIP-161-empty, so the credit is a pure delta.
 */
export const LAZY_BALANCE = 1n << 255n;

export interface AccountValue {
  exists: boolean;
  /** Index of the last transaction that cleared the storage, -1 if none. */
  resetTx: number;
  nonce: bigint;
  codeHash: string | undefined;
  /** Pre-state storage survives below this transaction (EIP-7610 collision); not encoded. */
  hasStorage?: boolean;
}

export const ACCOUNT_BYTES = 48;
const EMPTY_CODE_HASH = bytesToHex(KECCAK256_NULL);

/**
 * An ACCOUNT location's value: byte 0 exists, byte 1 the nonce-blind mark ({@link nonceBlind}),
 * bytes 4–7 `resetTx` (int32 LE), 8–15 the nonce (uint64 LE), 16–47 the code hash (zero: none).
 * Written and read byte by byte: a DataView per call cost more than the fields.
 */
export function encodeAccount(a: AccountValue): Uint8Array {
  const out = new Uint8Array(ACCOUNT_BYTES);
  encodeAccountInto(a, out, 0);
  return out;
}

/** {@link encodeAccount} into `out` at `at` (all {@link ACCOUNT_BYTES} bytes written). */
export function encodeAccountInto(a: AccountValue, out: Uint8Array, at: number): void {
  out[at] = a.exists ? 1 : 0;
  out[at + 1] = 0;
  out[at + 2] = 0;
  out[at + 3] = 0;
  const r = a.resetTx;
  out[at + 4] = r & 0xff;
  out[at + 5] = (r >> 8) & 0xff;
  out[at + 6] = (r >> 16) & 0xff;
  out[at + 7] = (r >>> 24) & 0xff;
  writeU64le(out, at + 8, a.nonce);
  if (a.codeHash) {
    if (fromHexInto(a.codeHash, Buffer.from(out.buffer, out.byteOffset + at + 16, 32)) !== 32)
      throw new Error(`internal: not a 32-byte code hash: ${a.codeHash}`);
  } else out.fill(0, at + 16, at + 48);
}

export function decodeAccount(bytes: Uint8Array): AccountValue {
  let empty = true;
  for (let i = 16; i < 48; i++) {
    if (bytes[i] !== 0) {
      empty = false;
      break;
    }
  }
  return { exists: bytes[0] === 1, resetTx: accountResetTx(bytes), nonce: accountNonce(bytes), codeHash: empty ? undefined : toHex(bytes.subarray(16, 48)) };
}

/** The nonce field of an encoded ACCOUNT value ({@link encodeAccount}) at `at` in `bytes`. */
export function accountNonce(bytes: Uint8Array, at = 0): bigint {
  const lo = u32le(bytes, at + 8);
  const hi = u32le(bytes, at + 12);
  return hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
}

function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function accountResetTx(bytes: Uint8Array): number {
  return bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24);
}

/** `v` (< 2^64: nonces, EIP-2681) as 8 little-endian bytes at `offset`. */
function writeU64le(out: Uint8Array, offset: number, v: bigint): void {
  const lo = Number(v & 0xffffffffn);
  const hi = Number(v >> 32n);
  for (let i = 0; i < 4; i++) {
    out[offset + i] = (lo >>> (8 * i)) & 0xff;
    out[offset + 4 + i] = (hi >>> (8 * i)) & 0xff;
  }
}

export const u256 = u256Bytes;

/** A zero word, stashed as a bounded balance's first bound. */
const ZERO_WORD = new Uint8Array(32);

/**
 * The account a transaction may credit as a lazy delta ({@link TxView.transferRecipient}): the
 * recipient of a plain value transfer (no input data), which runs no code, so nothing reads the
 * placeholder balance. Lazy only when the credit surely lands and leaves the account non-empty:
 * not for 0 wei (an existing empty account stays empty and EIP-161 deletes it), not for a
 * precompile (it runs, may fail, and RIPEMD-160 stays touched after a failure) — both found by
 * `parevm fuzz` — and not in a set-code transaction (EIP-7702): its authorizations can delegate
 * the recipient before the call, and the delegated code would read the placeholder (SELFBALANCE).
 */
export function lazyTransferRecipient(tx: TypedTransaction, sender: string, isPrecompile: (address: Address) => boolean): string | undefined {
  if (tx.to === undefined || tx.data.length > 0 || tx.value === 0n || tx.value >= LAZY_CREDIT_MAX) return undefined;
  const to = tx.to.toString();
  if (to === sender || isPrecompile(tx.to) || tx.supports(Capability.EIP7702EOACode)) return undefined;
  return to;
}

/**
 * The largest credit (wei) a lazy placeholder takes: 2^255 + this stays below 2^256 − 1, so the
 * placeholder never overflows where the real balance would not (the other way, a real balance near
 * 2^256, the merge finds and runs the block sequentially). Never reached on a real chain.
 */
const LAZY_CREDIT_MAX = 1n << 254n;

/** Above this upfront cost (wei) the lazy placeholder could not cover it (never on a real chain). */
const LAZY_SENDER_MAX_COST = 1n << 254n;

/**
 * The sender whose envelope a transaction applies lazily (RISE pevm's lazy sender): the nonce is
 * taken from the transaction, the balance is a placeholder, and the writes are DELTAs (nonce + 1,
 * the net debit), so a sender's transactions do not wait for each other. The block-end merge
 * checks each against the sender's real account before it (`accountViolations`: nonce,
 * balance, code) and any failure runs the block sequentially. Not for an account with code in the
 * pre-state (an EIP-7702 delegation runs at the sender), a set-code transaction (its
 * authorizations may change the sender's nonce and code), an authority of any set-code
 * transaction of the block (`authorities`: it may be delegated before it sends), nor a cost the
 * placeholder could not cover. `baseCodeHash` is the pre-state's (with pre-block writes) code hash
 * of an address (`0x` hex; undefined: no code). A beneficiary paying out (a pool's payout block) is a lazy sender too: its fee credit
 * joins the same delta; a BALANCE of the sender makes it real ({@link LazySenderReadError}).
 */
export function lazySender(
  tx: TypedTransaction,
  sender: string,
  baseCodeHash: (address: string) => string | undefined,
  authorities: ReadonlySet<string>,
): string | undefined {
  if (tx.supports(Capability.EIP7702EOACode) || authorities.has(sender)) return undefined;
  if (maxUpfrontCost(tx) >= LAZY_SENDER_MAX_COST) return undefined;
  if (baseCodeHash(sender) !== undefined) return undefined;
  return sender;
}

/**
 * One address in a worker's block: its MVMemory locations, resolved on first use (-1: not yet),
 * and its values in the base state (the pre-state plus pre-block system writes), read once per
 * block: the base never changes during a block, and hot accounts and slots are read by many
 * transactions. One lookup by address serves both ({@link LocationKeys.entry}).
 */
export interface AddressEntry {
  readonly address: string;
  /** Where the address's 20 bytes are in its {@link LocationKeys}' arena (-1: not decoded yet; decoded on its first location). */
  bytesAt: number;
  account: number;
  balance: number;
  slots: Map<bigint, number> | undefined;
  /** The base account as an ACCOUNT value (undefined: not read yet; never mutated). */
  baseAccount: AccountValue | undefined;
  baseBalance: bigint | undefined;
  baseSlots: Map<bigint, bigint> | undefined;
}

/**
 * Location keys (kind byte + address [+ slot] / code hash) → MVMemory location index, cached per
 * worker for the block, with the base state's values at them ({@link AddressEntry}). Cached by
 * address, then by slot: a string key built per lookup (address plus decimal slot) cost more than
 * the lookup itself. A key is assembled in one scratch buffer (MVMemory copies it when it
 * inserts), not allocated per new location. The base-value methods take the block's one base.
 */
export class LocationKeys {
  private readonly byAddress = new Map<string, AddressEntry>();
  private readonly codes = new Map<string, number>();
  /** Decoded addresses, 20 bytes each ({@link AddressEntry.bytesAt}). */
  private addressBytes = new Uint8Array(20 * 1024);
  private addressTop = 0;
  /** Code bytes by hash ({@link codeOf}). */
  private readonly codeBytes = new Map<string, Uint8Array>();
  /** kind · address (20) · slot (32). */
  private readonly scratch = Buffer.alloc(53);
  private readonly addressPart = this.scratch.subarray(1, 21);
  private readonly key21 = this.scratch.subarray(0, 21);
  private readonly key33 = this.scratch.subarray(0, 33);
  private readonly hashPart = this.scratch.subarray(1, 33);
  constructor(private readonly mv: MVMemory) {}

  /** The entry of `address` (lowercase `0x` hex), created on first use. */
  entry(address: string): AddressEntry {
    let e = this.byAddress.get(address);
    if (!e) {
      e = { address, bytesAt: -1, account: -1, balance: -1, slots: undefined, baseAccount: undefined, baseBalance: undefined, baseSlots: undefined };
      this.byAddress.set(address, e);
    }
    return e;
  }
  /**
   * Writes `kind` and `e`'s address into the scratch key's first 21 bytes. The address is decoded
   * from hex once per entry, into {@link addressBytes} (its account, balance and slots each build
   * a key; a 20-byte array per address cost more than it saved on a block of plain transfers).
   */
  private fill(kind: number, e: AddressEntry): void {
    const scratch = this.scratch;
    scratch[0] = kind;
    if (e.bytesAt < 0) {
      // A short or invalid string would leave the previous key's bytes in the scratch buffer.
      if (fromHexInto(e.address, this.addressPart) !== 20) throw new Error(`internal: not a 20-byte address: ${e.address}`);
      if (this.addressTop + 20 > this.addressBytes.length) {
        const grown = new Uint8Array(this.addressBytes.length * 2);
        grown.set(this.addressBytes);
        this.addressBytes = grown;
      }
      e.bytesAt = this.addressTop;
      this.addressTop += 20;
      for (let k = 0; k < 20; k++) this.addressBytes[e.bytesAt + k] = scratch[1 + k]!;
    } else {
      const bytes = this.addressBytes;
      const at = e.bytesAt;
      for (let k = 0; k < 20; k++) scratch[1 + k] = bytes[at + k]!;
    }
  }
  accountOf(e: AddressEntry): number {
    if (e.account < 0) {
      this.fill(LOC_ACCOUNT, e);
      e.account = this.mv.location(this.key21, true);
    }
    return e.account;
  }
  balanceOf(e: AddressEntry): number {
    if (e.balance < 0) {
      this.fill(LOC_BALANCE, e);
      e.balance = this.mv.location(this.key21, true);
    }
    return e.balance;
  }
  storageOf(e: AddressEntry, slot: bigint): number {
    const slots = (e.slots ??= new Map());
    let loc = slots.get(slot);
    if (loc === undefined) {
      this.fill(LOC_STORAGE, e);
      writeU256(this.scratch, 21, slot);
      slots.set(slot, (loc = this.mv.location(this.scratch, true)));
    }
    return loc;
  }
  account(address: string): number {
    return this.accountOf(this.entry(address));
  }
  balance(address: string): number {
    return this.balanceOf(this.entry(address));
  }
  storage(address: string, slot: bigint): number {
    return this.storageOf(this.entry(address), slot);
  }
  code(codeHash: string): number {
    let loc = this.codes.get(codeHash);
    if (loc === undefined) {
      this.scratch[0] = LOC_CODE;
      if (fromHexInto(codeHash, this.hashPart) !== 32) throw new Error(`internal: not a 32-byte code hash: ${codeHash}`);
      this.codes.set(codeHash, (loc = this.mv.location(this.key33, true)));
    }
    return loc;
  }

  /**
   * The code with hash `codeHash` (`0x` hex): `base`'s, else one a transaction of the block stored
   * in MVMemory; found once per block (code is addressed by its hash: it never changes), not
   * through the base's readers at every transaction's first call into it.
   */
  codeOf(codeHash: string, base: StateReader): Uint8Array | undefined {
    let code = this.codeBytes.get(codeHash);
    if (code === undefined) {
      code = base.code(codeHash) ?? this.mv.getCode(this.code(codeHash));
      if (code !== undefined) this.codeBytes.set(codeHash, code);
    }
    return code;
  }

  /** `e`'s account in `base` as an ACCOUNT value ({@link baseAccount}), read once; frozen: every incarnation shares it. */
  baseAccountOf(e: AddressEntry, base: StateReader): AccountValue {
    return (e.baseAccount ??= Object.freeze(baseAccount(base, e.address)));
  }
  /** `e`'s balance in `base` (wei; 0 when absent), read once. */
  baseBalanceOf(e: AddressEntry, base: StateReader): bigint {
    return (e.baseBalance ??= base.account(e.address)?.balance ?? 0n);
  }
  /** `e`'s storage `slot` in `base`, read once. */
  baseStorageOf(e: AddressEntry, slot: bigint, base: StateReader): bigint {
    const slots = (e.baseSlots ??= new Map());
    let v = slots.get(slot);
    if (v === undefined) slots.set(slot, (v = base.storage(e.address, slot)));
    return v;
  }
}

/** A location key decoded: its kind (LOC_*), address, and slot or code hash. */
export interface LocationKey {
  kind: number;
  address: string;
  slot?: bigint;
  codeHash?: string;
}

/** Decodes location `loc`'s key in `mv` into its kind, address and slot. */
export function parseLocation(mv: MVMemory, loc: number): LocationKey {
  const kind = mv.keyKind(loc);
  if (kind === LOC_CODE) return { kind, address: '', codeHash: mv.keyHex(loc, 1, 33) };
  const address = mv.keyHex(loc, 1, 21);
  if (kind === LOC_STORAGE) return { kind, address, slot: mv.keySlot(loc) };
  return { kind, address };
}

/** What one incarnation read of an address: its account, balance and slots (undefined: not read). */
interface Seen {
  entry: AddressEntry;
  account: AccountValue | undefined;
  balance: bigint | undefined;
  slots: Map<bigint, bigint> | undefined;
}

/**
 * The state one incarnation of transaction `txIndex` reads (Block-STM §3 with the EVM's locations):
 * MVMemory first, then `base` (the pre-state plus pre-block system writes). Records every read with
 * the version it saw, throws {@link EstimateReadError} on an ESTIMATE, and turns the beneficiary's
 * fee credit and the credit of a plain transfer to an account without code into commutative
 * deltas (RISE pevm's lazy updates), unless the transaction itself reads that balance first.
 */
export class TxView implements StateReader {
  /** Flattened (location, version txIndex | -1 pre-state | -2 value-validated, incarnation | value offset). */
  readonly reads: number[] = [];
  /** What this incarnation read, by address: one lookup per read. */
  private readonly seen = new Map<string, Seen>();
  /** Set once the EVM call has returned: what follows is the refund and the fee credit. */
  feePhase = false;
  /** Recipient of a plain value transfer (no input data): credited as a delta if it has no code. */
  transferRecipient: string | undefined;
  /** Accounts whose balance this incarnation only credits (never reads): written as DELTAs. */
  readonly lazy = new Set<string>();
  /** The sender applied lazily ({@link lazySender}), and the nonce its transaction carries. */
  lazySender: string | undefined;
  lazySenderNonce = 0n;
  /**
   * Bounded contract balances: an account with code other than the transaction's sender and the
   * beneficiary is read at its value below the transaction, but recorded as a bound
   * ({@link BOUND_READ}), not a version, and its change is written as one DELTA: a CALL with value
   * into WETH no longer depends on every other transaction that wrapped or unwrapped ether. Each
   * payment the EVM tests and makes (`balanceCheck`) raises the bound to what it needed; a
   * payment refused, or the balance observed as a value (`balanceRead`: BALANCE, SELFBALANCE,
   * SELFDESTRUCT, a credit to 2^255 or more), turns the read into an exact one (validated by
   * value). Only on engines that report both (parevm's EVM).
   */
  boundedContractBalances = false;
  /** The transaction's sender (never a lazy contract balance: its checks read the balance). */
  sender: string | undefined;
  /**
   * Per bounded contract balance: its value below the transaction (what the EVM was given), the
   * bound so far and where it is stashed, its read's index in {@link reads}, and whether the read
   * became exact.
   */
  private bounded: Map<string, { resolved: bigint; bound: bigint; at: number; read: number; exact: boolean }> | undefined;
  /** Balances the EVM observed before their account loaded ({@link observeBalance}): read exactly. */
  private observed: Set<string> | undefined;

  constructor(
    private readonly mv: MVMemory,
    private readonly keys: LocationKeys,
    private readonly base: StateReader,
    readonly txIndex: number,
    readonly beneficiary: string,
  ) {}

  private seenOf(address: string): Seen {
    let s = this.seen.get(address);
    if (!s) this.seen.set(address, (s = { entry: this.keys.entry(address), account: undefined, balance: undefined, slots: undefined }));
    return s;
  }

  /**
   * The account below this transaction, recording the read. `forCredit`: read only to credit it
   * lazily (the fee phase's beneficiary, a plain transfer's recipient), which never writes its
   * nonce: under lazy senders' nonce increments the read is validated without the nonce
   * ({@link nonceBlind}), so a pool paying out from its beneficiary address does not make every
   * fee credit depend on every payout.
   */
  private readAccount(s: Seen, forCredit = false): AccountValue {
    if (s.account) return s.account;
    const e = s.entry;
    const mv = this.mv;
    const loc = this.keys.accountOf(e);
    const kind = mv.readVersion(loc, this.txIndex);
    let a: AccountValue;
    if (kind === READ_ESTIMATE) throw new EstimateReadError(mv.readTx);
    if (kind === READ_VALUE && mv.readFlags & FLAG_DELTA) {
      // Below lazy senders' nonce increments: resolved, and validated by value.
      const resolved = resolveAccount(mv, loc, this.txIndex, () => this.keys.baseAccountOf(e, this.base));
      if (resolved.kind === 'estimate') throw new EstimateReadError(resolved.blockingTx);
      a = resolved.value;
      // A recipient with code runs it (CREATE reads the nonce): only the fee credit or a code-less recipient is blind.
      const blind = forCredit && (this.feePhase || a.codeHash === undefined);
      this.reads.push(loc, -2, mv.stash(blind ? nonceBlind(encodeAccount(a)) : encodeAccount(a)));
    } else if (kind === READ_VALUE) {
      this.reads.push(loc, mv.readTx, mv.readIncarnation);
      a = decodeAccount(mv.values.subarray(mv.readOffset, mv.readOffset + mv.readLength));
      // Written below this transaction without a storage reset: the pre-state's storage is still there.
      if (a.resetTx < 0 && a.nonce === 0n && a.codeHash === undefined && this.keys.baseAccountOf(e, this.base).hasStorage) a.hasStorage = true;
    } else {
      a = this.keys.baseAccountOf(e, this.base);
      this.reads.push(loc, -1, 0);
    }
    s.account = a;
    return a;
  }

  /** The balance below this transaction, resolving lazy deltas; records the read. */
  private readBalance(s: Seen): bigint {
    if (s.balance !== undefined) return s.balance;
    const e = s.entry;
    const loc = this.keys.balanceOf(e);
    const value = resolveBalance(this.mv, loc, this.txIndex, () => this.keys.baseBalanceOf(e, this.base));
    if (value.kind === 'estimate') throw new EstimateReadError(value.blockingTx);
    if (value.deltas) this.reads.push(loc, -2, this.mv.stash(u256(value.value)));
    else this.reads.push(loc, value.txIndex, value.incarnation);
    s.balance = value.value;
    return value.value;
  }

  account(address: string): AccountInfo | undefined {
    if (address === this.lazySender) {
      // The envelope only: the transaction's nonce, a placeholder balance (checked at the merge).
      this.lazy.add(address);
      return { balance: LAZY_BALANCE, nonce: this.lazySenderNonce };
    }
    const s = this.seenOf(address);
    const unread = s.balance === undefined;
    const forCredit = unread && ((address === this.beneficiary && this.feePhase) || (address === this.transferRecipient && !this.feePhase));
    const a = this.readAccount(s, forCredit);
    if (!a.exists) return undefined;
    let balance: bigint;
    const lazy =
      unread && ((address === this.beneficiary && this.feePhase) || (address === this.transferRecipient && a.codeHash === undefined && !this.feePhase));
    if (lazy) {
      this.lazy.add(address);
      balance = LAZY_BALANCE;
    } else if (
      unread &&
      this.boundedContractBalances &&
      a.codeHash !== undefined &&
      address !== this.sender &&
      address !== this.beneficiary &&
      this.observed?.has(address) !== true
    ) {
      balance = this.boundedBalance(s) ?? this.readBalance(s);
    } else balance = this.readBalance(s);
    // Pre-state storage (EIP-7610 collision check) counts only while the account has no nonce and no code.
    const hasStorage = a.hasStorage === true && a.nonce === 0n && a.codeHash === undefined;
    return hasStorage ? { balance, nonce: a.nonce, hasStorage } : { balance, nonce: a.nonce, codeHash: a.codeHash };
  }

  /**
   * `s`'s balance below this transaction as a bounded read ({@link boundedContractBalances}), or undefined
   * above {@link BOUNDED_BALANCE_MAX} (then read exactly). Resolved through lazy deltas (an
   * ESTIMATE stops the incarnation, as any read's) and recorded as a {@link BOUND_READ} of bound 0.
   */
  private boundedBalance(s: Seen): bigint | undefined {
    const address = s.entry.address;
    const known = this.bounded?.get(address);
    if (known !== undefined) return known.resolved;
    const e = s.entry;
    const loc = this.keys.balanceOf(e);
    const value = resolveBalance(this.mv, loc, this.txIndex, () => this.keys.baseBalanceOf(e, this.base));
    if (value.kind === 'estimate') throw new EstimateReadError(value.blockingTx);
    if (value.value > BOUNDED_BALANCE_MAX) return undefined;
    const at = this.mv.stash(ZERO_WORD);
    const read = this.reads.length;
    this.reads.push(loc, BOUND_READ, at);
    (this.bounded ??= new Map()).set(address, { resolved: value.value, bound: 0n, at, read, exact: false });
    return value.value;
  }

  /** Turns a bounded balance's read into an exact one: validated by the value the EVM was given. */
  private makeExact(b: { resolved: bigint; read: number; exact: boolean }): void {
    if (b.exact) return;
    b.exact = true;
    this.reads[b.read + 1] = -2;
    this.reads[b.read + 2] = this.mv.stash(u256(b.resolved));
  }

  /**
   * The EVM observes `address`'s balance as a value (`balanceRead`): a bounded balance's read
   * becomes exact; an account not loaded yet (BALANCE of an address first met there) is read
   * exactly when it loads.
   */
  observeBalance(address: string): void {
    const b = this.bounded?.get(address);
    if (b !== undefined) this.makeExact(b);
    else (this.observed ??= new Set()).add(address);
  }

  /**
   * The EVM tests whether `address` can pay `value` out of `balance` (`balanceCheck`, before
   * it pays). For a bounded balance, a payment made needs the balance below the transaction to be
   * at least `value` − what the incarnation changed so far (the bound rises to that); a payment
   * refused turns on the balance being lower: the read becomes exact.
   */
  checkPayment(address: string, balance: bigint, value: bigint): void {
    const b = this.bounded?.get(address);
    if (b === undefined || b.exact) return;
    if (balance < value) {
      this.makeExact(b);
      return;
    }
    const needed = value - (balance - b.resolved);
    if (needed <= b.bound) return;
    b.bound = needed;
    writeU256(this.mv.values, b.at, needed);
  }

  /**
   * A value transfer credits `address`, bringing its balance to `balance` (`balanceCredit`;
   * above 2^256 − 1 it overflows and fails). For a bounded balance the outcome must be the same for
   * every balance up to {@link BOUNDED_BALANCE_MAX}: a credit that overflows, or nearly, makes the
   * read exact. A lazy sender credited near its placeholder's overflow is read for real
   * ({@link LazySenderReadError}).
   */
  checkCredit(address: string, balance: bigint): void {
    // A lazy sender paid near 2^255 by a contract: its placeholder could overflow where its balance would not.
    if (address === this.lazySender && balance - LAZY_BALANCE >= LAZY_CREDIT_MAX) throw new LazySenderReadError(address);
    const b = this.bounded?.get(address);
    if (b !== undefined && !b.exact && balance - b.resolved > MAX_U256 - BOUNDED_BALANCE_MAX) this.makeExact(b);
  }

  storage(address: string, slot: bigint): bigint {
    const s = this.seenOf(address);
    const cached = s.slots?.get(slot);
    if (cached !== undefined) return cached;
    const a = this.readAccount(s);
    const e = s.entry;
    const mv = this.mv;
    const loc = this.keys.storageOf(e, slot);
    const kind = mv.readVersion(loc, this.txIndex);
    let value: bigint;
    if (kind === READ_ESTIMATE) throw new EstimateReadError(mv.readTx);
    if (kind === READ_VALUE) {
      value = mv.readTx < a.resetTx ? 0n : readU256(mv.values, mv.readOffset);
      this.reads.push(loc, mv.readTx, mv.readIncarnation);
    } else {
      value = a.resetTx >= 0 ? 0n : this.keys.baseStorageOf(e, slot, this.base);
      this.reads.push(loc, -1, 0);
    }
    (s.slots ??= new Map()).set(slot, value);
    return value;
  }

  code(codeHash: string): Uint8Array | undefined {
    return this.keys.codeOf(codeHash, this.base);
  }

  blockHash(number: bigint): Uint8Array | undefined {
    return this.base.blockHash(number);
  }

  /**
   * The incarnation's writes, from the state manager's overlay: only values that differ from
   * what the transaction read (a rewrite of the value read is not a conflict), the lazy
   * beneficiary credit as a DELTA, new code stored once by hash.
   */
  collectWrites(sm: BlockStateManager, writes: WriteSet = new WriteSet()): WriteSet {
    const overlay = sm.overlay();
    const { accounts, storage, cleared, codes } = overlay;
    writes.clear();
    for (const [hash, code] of codes) this.mv.putCode(this.keys.code(hash), code);
    // Every address the overlay holds, once, in this order (no Set built per incarnation).
    for (const address of accounts.keys()) this.collectAddress(address, overlay, writes);
    for (const address of cleared) if (!accounts.has(address)) this.collectAddress(address, overlay, writes);
    for (const address of storage.keys()) if (!accounts.has(address) && !cleared.has(address)) this.collectAddress(address, overlay, writes);
    return writes;
  }

  /** {@link collectWrites} for one address of the overlay. */
  private collectAddress(address: string, overlay: ReturnType<BlockStateManager['overlay']>, writes: WriteSet): void {
    const { accounts, storage, cleared } = overlay;
    const after = accounts.get(address);
    const wasCleared = cleared.has(address);
    const seen = this.seen.get(address);
    const entry = seen?.entry ?? this.keys.entry(address);
    const before = seen?.account;
    if (address === this.lazySender && this.lazy.has(address)) {
      this.lazySenderWrites(address, after, wasCleared, storage.has(address), writes);
      return;
    }
    if (after !== undefined || wasCleared) {
      const hashHex = after ? codeHashHexOf(after as AccountState) : undefined;
      const afterHash = hashHex === EMPTY_CODE_HASH ? undefined : hashHex;
      const next: AccountValue = {
        exists: after === undefined ? (before?.exists ?? false) : after !== null,
        resetTx: wasCleared ? this.txIndex : (before?.resetTx ?? -1),
        nonce: after ? after.nonce : (before?.nonce ?? 0n),
        codeHash: after === undefined ? before?.codeHash : afterHash,
      };
      if (!before || before.exists !== next.exists || before.resetTx !== next.resetTx || before.nonce !== next.nonce || before.codeHash !== next.codeHash) {
        const at = writes.reserve(this.keys.accountOf(entry), 0, ACCOUNT_BYTES);
        encodeAccountInto(next, writes.bytes, at);
      }
      // A deleted account has no balance: readers see `exists = false` first.
      if (after) {
        const balance = after.balance;
        const bounded = this.bounded?.get(address);
        if (bounded !== undefined) {
          // A bounded contract balance: its net change, a credit or a debit (its read holds what it was computed from).
          const change = balance - bounded.resolved;
          if (change !== 0n) writes.addWord(this.keys.balanceOf(entry), change < 0n ? FLAG_DELTA | FLAG_DEBIT : FLAG_DELTA, change < 0n ? -change : change);
        } else if (this.lazy.has(address)) {
          // A lazily read balance is only ever credited; a debit would be an engine bug.
          if (balance < LAZY_BALANCE) throw new Error(`internal: lazy balance of ${address} was debited in transaction ${this.txIndex}`);
          if (balance !== LAZY_BALANCE) writes.addWord(this.keys.balanceOf(entry), FLAG_DELTA, balance - LAZY_BALANCE);
        } else if (seen?.balance !== balance) {
          writes.addWord(this.keys.balanceOf(entry), 0, balance);
        }
      }
    }
    const slots = storage.get(address);
    if (slots) {
      const read = seen?.slots;
      for (const [slot, value] of slots) {
        if (!wasCleared && read?.get(slot) === value) continue;
        writes.addWord(this.keys.storageOf(entry, slot), 0, value);
      }
    }
  }

  /** A lazy sender's writes, appended to `writes`: its nonce increment and its net balance change, as DELTAs. */
  private lazySenderWrites(
    address: string,
    after: { nonce: bigint; balance: bigint } | null | undefined,
    cleared: boolean,
    wroteStorage: boolean,
    writes: WriteSet,
  ): void {
    // Without code at the sender nothing but the envelope changes its nonce, code or storage.
    if (!after || cleared || wroteStorage || codeHashHexOf(after as AccountState) !== EMPTY_CODE_HASH || after.nonce <= this.lazySenderNonce) {
      throw new Error(`internal: lazy sender ${address} changed beyond its envelope in transaction ${this.txIndex}`);
    }
    const entry = this.keys.entry(address);
    const increment: AccountValue = { exists: true, resetTx: -1, nonce: after.nonce - this.lazySenderNonce, codeHash: undefined };
    const at = writes.reserve(this.keys.accountOf(entry), FLAG_DELTA, ACCOUNT_BYTES);
    encodeAccountInto(increment, writes.bytes, at);
    const change = after.balance - LAZY_BALANCE;
    if (change !== 0n) writes.addWord(this.keys.balanceOf(entry), change < 0n ? FLAG_DELTA | FLAG_DEBIT : FLAG_DELTA, change < 0n ? -change : change);
  }
}

/**
 * An ACCOUNT value as a nonce-blind read records it: byte 1 set, the nonce zeroed (validation
 * then compares existence, storage reset and code hash only).
 */
export function nonceBlind(encoded: Uint8Array): Uint8Array {
  encoded[1] = 1;
  encoded.fill(0, 8, 16);
  return encoded;
}

/** Whether a value-validated ACCOUNT read (its stashed value, at `at` in `bytes`) is nonce-blind. */
export function isNonceBlind(bytes: Uint8Array, at = 0): boolean {
  return bytes[at + 1] === 1;
}

/** An account of the base state (pre-state and pre-block writes) as an ACCOUNT location's value. */
export function baseAccount(base: StateReader, address: string): AccountValue {
  const info = base.account(address);
  const a: AccountValue = { exists: info !== undefined, resetTx: -1, nonce: info?.nonce ?? 0n, codeHash: info?.codeHash };
  if (info?.hasStorage) a.hasStorage = true;
  return a;
}

/** An account resolved through lazy senders' nonce increments down to the first absolute version or the base state. */
export type ResolvedAccount = { kind: 'estimate'; blockingTx: number } | { kind: 'value'; value: AccountValue };

export function resolveAccount(mv: MVMemory, loc: number, txIndex: number, base: () => AccountValue): ResolvedAccount {
  const n = mv.readChain(loc, txIndex);
  const c = mv.chain;
  const values = mv.values;
  // Summed as a number while exact, read in place: a pool's beneficiary paying out is read (its
  // fee credit) below up to hundreds of its own increments, and a view and a bigint per
  // increment were 9% of the worker path's time on mainnet 14396881.
  let small = 0;
  let large = 0n;
  for (let i = 0; i < n; i++) {
    const e = i * CHAIN_WORDS;
    const flags = c[e + 2]!;
    if (flags & FLAG_ESTIMATE) return { kind: 'estimate', blockingTx: c[e]! };
    const at = c[e + 3]!;
    if (flags & FLAG_DELTA) {
      const lo = u32le(values, at + 8);
      if (u32le(values, at + 12) === 0 && small <= Number.MAX_SAFE_INTEGER - lo) small += lo;
      else large += accountNonce(values, at);
      continue;
    }
    return { kind: 'value', value: withIncrements(decodeAccount(values.subarray(at, at + c[e + 4]!)), BigInt(small) + large) };
  }
  return { kind: 'value', value: withIncrements(base(), BigInt(small) + large) };
}

/** `a` under lazy senders' nonce increments: a lazy sender exists after its transaction; pre-state storage is irrelevant once the nonce is set. */
function withIncrements(a: AccountValue, increments: bigint): AccountValue {
  return { exists: a.exists || increments > 0n, resetTx: a.resetTx, nonce: a.nonce + increments, codeHash: a.codeHash };
}

/** A balance resolved through lazy deltas down to the first absolute version or the pre-state. */
export type ResolvedBalance =
  | { kind: 'estimate'; blockingTx: number }
  | { kind: 'value'; value: bigint; deltas: boolean; txIndex: number; incarnation: number };

export function resolveBalance(mv: MVMemory, loc: number, txIndex: number, base: () => bigint): ResolvedBalance {
  const n = mv.readChain(loc, txIndex);
  const c = mv.chain;
  let sum = 0n;
  for (let i = 0; i < n; i++) {
    const e = i * CHAIN_WORDS;
    const flags = c[e + 2]!;
    if (flags & FLAG_ESTIMATE) return { kind: 'estimate', blockingTx: c[e]! };
    const v = readU256(mv.values, c[e + 3]!);
    if (!(flags & FLAG_DELTA)) return { kind: 'value', value: nonNegative(v + sum), deltas: i > 0, txIndex: c[e]!, incarnation: c[e + 1]! };
    sum += flags & FLAG_DEBIT ? -v : v;
  }
  return { kind: 'value', value: nonNegative(base() + sum), deltas: n > 0, txIndex: -1, incarnation: 0 };
}

/**
 * A balance below a lazy sender's debit whose funding has not executed yet reads negative for a
 * while; the reader sees 0 and revalidates once it settles (a block whose balance stays negative
 * fails the merge's lazy-sender check and runs sequentially).
 */
function nonNegative(v: bigint): bigint {
  return v < 0n ? 0n : v;
}
