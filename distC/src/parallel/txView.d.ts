import { type TypedTransaction } from '@ethereumjs/tx';
import { type Address } from '@ethereumjs/util';
import type { AccountInfo, StateReader } from '../state/reader.js';
import { u256Bytes } from '../state/u256.js';
import { type BlockStateManager } from '../state/stateManager.js';
import { WriteSet } from './writeSet.js';
import { type MVMemory } from './mvMemory.js';
/**
 * An incarnation's control flow, caught by the worker and never reported: made without a stack
 * trace, whose capture was most of a throw from inside the interpreter (~5.8 µs against ~0.8 µs,
 * 25 frames deep, here) and a contended block throws one per ESTIMATE read.
 */
declare class IncarnationSignal extends Error {
    constructor(message: string);
}
/**
 * Thrown inside an incarnation that read an ESTIMATE (Block-STM §3): the incarnation stops and
 * the transaction waits for `blockingTx`.
 */
export declare class EstimateReadError extends IncarnationSignal {
    readonly blockingTx: number;
    constructor(blockingTx: number);
}
/**
 * Thrown inside an incarnation whose lazy sender's balance the EVM read (a BALANCE opcode): the
 * incarnation restarts with the sender read for real.
 */
export declare class LazySenderReadError extends IncarnationSignal {
    readonly address: string;
    constructor(address: string);
}
/**
 * A read-set entry's version for a bounded contract balance ({@link TxView.boundedContractBalances}; its
 * third word: where its bound is stashed): valid while the balance below the transaction is at
 * least the bound (the most the incarnation's payments needed of it) and at most
 * {@link BOUNDED_BALANCE_MAX}.
 */
export declare const BOUND_READ = -3;
/**
 * The largest balance (wei) a contract's balance is read as a bound at (and valid up to): a
 * credit that brings it more than 2^256 − 1 − this above its value makes the read exact
 * ({@link TxView.checkCredit}), so no credit's overflow turns on the balance within the bound.
 */
export declare const BOUNDED_BALANCE_MAX: bigint;
/**
 * Balance the beneficiary is given when its first read in a transaction is the fee credit:
 * large enough that the account is never EIP-161-empty, so the credit is a pure delta.
 */
export declare const LAZY_BALANCE: bigint;
export interface AccountValue {
    exists: boolean;
    /** Index of the last transaction that cleared the storage, -1 if none. */
    resetTx: number;
    nonce: bigint;
    codeHash: string | undefined;
    /** Pre-state storage survives below this transaction (EIP-7610 collision); not encoded. */
    hasStorage?: boolean;
}
export declare const ACCOUNT_BYTES = 48;
/**
 * An ACCOUNT location's value: byte 0 exists, byte 1 the nonce-blind mark ({@link nonceBlind}),
 * bytes 4–7 `resetTx` (int32 LE), 8–15 the nonce (uint64 LE), 16–47 the code hash (zero: none).
 * Written and read byte by byte: a DataView per call cost more than the fields.
 */
export declare function encodeAccount(a: AccountValue): Uint8Array;
/** {@link encodeAccount} into `out` at `at` (all {@link ACCOUNT_BYTES} bytes written). */
export declare function encodeAccountInto(a: AccountValue, out: Uint8Array, at: number): void;
export declare function decodeAccount(bytes: Uint8Array): AccountValue;
/** The nonce field of an encoded ACCOUNT value ({@link encodeAccount}) at `at` in `bytes`. */
export declare function accountNonce(bytes: Uint8Array, at?: number): bigint;
export declare const u256: typeof u256Bytes;
/**
 * The account a transaction may credit as a lazy delta ({@link TxView.transferRecipient}): the
 * recipient of a plain value transfer (no input data), which runs no code, so nothing reads the
 * placeholder balance. Lazy only when the credit surely lands and leaves the account non-empty:
 * not for 0 wei (an existing empty account stays empty and EIP-161 deletes it), not for a
 * precompile (it runs, may fail, and RIPEMD-160 stays touched after a failure) — both found by
 * `parevm fuzz` — and not in a set-code transaction (EIP-7702): its authorizations can delegate
 * the recipient before the call, and the delegated code would read the placeholder (SELFBALANCE).
 */
export declare function lazyTransferRecipient(tx: TypedTransaction, sender: string, isPrecompile: (address: Address) => boolean): string | undefined;
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
export declare function lazySender(tx: TypedTransaction, sender: string, baseCodeHash: (address: string) => string | undefined, authorities: ReadonlySet<string>): string | undefined;
/**
 * One address in a worker's block: its MVMemory locations, resolved on first use (-1: not yet),
 * and its values in the base state (the pre-state plus pre-block system writes), read once per
 * block: the base never changes during a block, and hot accounts and slots are read by many
 * transactions. One lookup by address serves both ({@link LocationKeys.entry}).
 */
export interface AddressEntry {
    readonly address: string;
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
export declare class LocationKeys {
    private readonly mv;
    private readonly byAddress;
    private readonly codes;
    /** kind · address (20) · slot (32). */
    private readonly scratch;
    private readonly addressPart;
    private readonly key21;
    private readonly key33;
    private readonly hashPart;
    constructor(mv: MVMemory);
    /** The entry of `address` (lowercase `0x` hex), created on first use. */
    entry(address: string): AddressEntry;
    /** Writes `kind` and `address` into the scratch key's first 21 bytes. */
    private fill;
    accountOf(e: AddressEntry): number;
    balanceOf(e: AddressEntry): number;
    storageOf(e: AddressEntry, slot: bigint): number;
    account(address: string): number;
    balance(address: string): number;
    storage(address: string, slot: bigint): number;
    code(codeHash: string): number;
    /** `e`'s account in `base` as an ACCOUNT value ({@link baseAccount}), read once; frozen: every incarnation shares it. */
    baseAccountOf(e: AddressEntry, base: StateReader): AccountValue;
    /** `e`'s balance in `base` (wei; 0 when absent), read once. */
    baseBalanceOf(e: AddressEntry, base: StateReader): bigint;
    /** `e`'s storage `slot` in `base`, read once. */
    baseStorageOf(e: AddressEntry, slot: bigint, base: StateReader): bigint;
}
/** A location key decoded: its kind (LOC_*), address, and slot or code hash. */
export interface LocationKey {
    kind: number;
    address: string;
    slot?: bigint;
    codeHash?: string;
}
/** Decodes location `loc`'s key in `mv` into its kind, address and slot. */
export declare function parseLocation(mv: MVMemory, loc: number): LocationKey;
/**
 * The state one incarnation of transaction `txIndex` reads (Block-STM §3 with the EVM's locations):
 * MVMemory first, then `base` (the pre-state plus pre-block system writes). Records every read with
 * the version it saw, throws {@link EstimateReadError} on an ESTIMATE, and turns the beneficiary's
 * fee credit and the credit of a plain transfer to an account without code into commutative
 * deltas (RISE pevm's lazy updates), unless the transaction itself reads that balance first.
 */
export declare class TxView implements StateReader {
    private readonly mv;
    private readonly keys;
    private readonly base;
    readonly txIndex: number;
    readonly beneficiary: string;
    /** Flattened (location, version txIndex | -1 pre-state | -2 value-validated, incarnation | value offset). */
    readonly reads: number[];
    /** What this incarnation read, by address: one lookup per read. */
    private readonly seen;
    /** Set once the EVM call has returned: what follows is the refund and the fee credit. */
    feePhase: boolean;
    /** Recipient of a plain value transfer (no input data): credited as a delta if it has no code. */
    transferRecipient: string | undefined;
    /** Accounts whose balance this incarnation only credits (never reads): written as DELTAs. */
    readonly lazy: Set<string>;
    /** The sender applied lazily ({@link lazySender}), and the nonce its transaction carries. */
    lazySender: string | undefined;
    lazySenderNonce: bigint;
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
    boundedContractBalances: boolean;
    /** The transaction's sender (never a lazy contract balance: its checks read the balance). */
    sender: string | undefined;
    /**
     * Per bounded contract balance: its value below the transaction (what the EVM was given), the
     * bound so far and where it is stashed, its read's index in {@link reads}, and whether the read
     * became exact.
     */
    private bounded;
    /** Balances the EVM observed before their account loaded ({@link observeBalance}): read exactly. */
    private observed;
    constructor(mv: MVMemory, keys: LocationKeys, base: StateReader, txIndex: number, beneficiary: string);
    private seenOf;
    /**
     * The account below this transaction, recording the read. `forCredit`: read only to credit it
     * lazily (the fee phase's beneficiary, a plain transfer's recipient), which never writes its
     * nonce: under lazy senders' nonce increments the read is validated without the nonce
     * ({@link nonceBlind}), so a pool paying out from its beneficiary address does not make every
     * fee credit depend on every payout.
     */
    private readAccount;
    /** The balance below this transaction, resolving lazy deltas; records the read. */
    private readBalance;
    account(address: string): AccountInfo | undefined;
    /**
     * `s`'s balance below this transaction as a bounded read ({@link boundedContractBalances}), or undefined
     * above {@link BOUNDED_BALANCE_MAX} (then read exactly). Resolved through lazy deltas (an
     * ESTIMATE stops the incarnation, as any read's) and recorded as a {@link BOUND_READ} of bound 0.
     */
    private boundedBalance;
    /** Turns a bounded balance's read into an exact one: validated by the value the EVM was given. */
    private makeExact;
    /**
     * The EVM observes `address`'s balance as a value (`balanceRead`): a bounded balance's read
     * becomes exact; an account not loaded yet (BALANCE of an address first met there) is read
     * exactly when it loads.
     */
    observeBalance(address: string): void;
    /**
     * The EVM tests whether `address` can pay `value` out of `balance` (`balanceCheck`, before
     * it pays). For a bounded balance, a payment made needs the balance below the transaction to be
     * at least `value` − what the incarnation changed so far (the bound rises to that); a payment
     * refused turns on the balance being lower: the read becomes exact.
     */
    checkPayment(address: string, balance: bigint, value: bigint): void;
    /**
     * A value transfer credits `address`, bringing its balance to `balance` (`balanceCredit`;
     * above 2^256 − 1 it overflows and fails). For a bounded balance the outcome must be the same for
     * every balance up to {@link BOUNDED_BALANCE_MAX}: a credit that overflows, or nearly, makes the
     * read exact. A lazy sender credited near its placeholder's overflow is read for real
     * ({@link LazySenderReadError}).
     */
    checkCredit(address: string, balance: bigint): void;
    storage(address: string, slot: bigint): bigint;
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
    /**
     * The incarnation's writes, from the state manager's overlay: only values that differ from
     * what the transaction read (a rewrite of the value read is not a conflict), the lazy
     * beneficiary credit as a DELTA, new code stored once by hash.
     */
    collectWrites(sm: BlockStateManager, writes?: WriteSet): WriteSet;
    /** {@link collectWrites} for one address of the overlay. */
    private collectAddress;
    /** A lazy sender's writes, appended to `writes`: its nonce increment and its net balance change, as DELTAs. */
    private lazySenderWrites;
}
/**
 * An ACCOUNT value as a nonce-blind read records it: byte 1 set, the nonce zeroed (validation
 * then compares existence, storage reset and code hash only).
 */
export declare function nonceBlind(encoded: Uint8Array): Uint8Array;
/** Whether a value-validated ACCOUNT read (its stashed value, at `at` in `bytes`) is nonce-blind. */
export declare function isNonceBlind(bytes: Uint8Array, at?: number): boolean;
/** An account of the base state (pre-state and pre-block writes) as an ACCOUNT location's value. */
export declare function baseAccount(base: StateReader, address: string): AccountValue;
/** An account resolved through lazy senders' nonce increments down to the first absolute version or the base state. */
export type ResolvedAccount = {
    kind: 'estimate';
    blockingTx: number;
} | {
    kind: 'value';
    value: AccountValue;
};
export declare function resolveAccount(mv: MVMemory, loc: number, txIndex: number, base: () => AccountValue): ResolvedAccount;
/** A balance resolved through lazy deltas down to the first absolute version or the pre-state. */
export type ResolvedBalance = {
    kind: 'estimate';
    blockingTx: number;
} | {
    kind: 'value';
    value: bigint;
    deltas: boolean;
    txIndex: number;
    incarnation: number;
};
export declare function resolveBalance(mv: MVMemory, loc: number, txIndex: number, base: () => bigint): ResolvedBalance;
export {};
