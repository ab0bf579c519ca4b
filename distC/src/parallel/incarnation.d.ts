import type { Block } from '@ethereumjs/block';
import { type TypedTransaction } from '@ethereumjs/tx';
import type { BalanceObserver } from '../evm/evm.js';
import type { BlockEngine } from '../execute/engine.js';
import type { StateReader } from '../state/reader.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { Receipt } from '../types.js';
import { type MVMemory } from './mvMemory.js';
import { WriteSet } from './writeSet.js';
import { type LocationKeys, TxView } from './txView.js';
/** What one incarnation produced; its reads and writes are recorded in MVMemory already. */
export interface IncarnationResult {
    /** The receipt, or null when the transaction is invalid at this point of the block. */
    receipt: Receipt | null;
    /** Why the transaction is invalid (its typed error's code and message), or null. */
    error: {
        code: string;
        message: string;
    } | null;
    /** The error the engine threw for an invalid transaction (typed, e.g. InvalidTransactionError), or undefined. */
    thrown: unknown;
    /** The view it ran on: its read set (`reads`) and the values it saw. */
    view: TxView;
    /** What it wrote (none when it failed); the runner reuses it: read it before the next `run`. */
    writes: WriteSet;
    /** Time inside the engine's transaction call (ms). */
    evmMs: number;
    /** It wrote a location its previous incarnation did not (Block-STM §3: later transactions revalidate). */
    wroteNewLocation: boolean;
}
/**
 * Block-STM's `execute` (§3, Algorithm 1) with parevm's EVM semantics: transaction `txIndex`'s
 * incarnation on a {@link TxView} over MVMemory, then its read and write sets recorded. The one
 * definition of "execute transaction i on a view", shared by the workers (`worker.ts`) and the
 * analyzer's trace (`analyze/trace.ts`), so the analyzer's dependencies are the engine's:
 * - the beneficiary's fee credit becomes a lazy delta from the engine's fee phase on (after the
 *   outermost call returned; `BlockEngine.onFeePhase`);
 * - a plain value transfer credits its recipient as a lazy delta ({@link lazyTransferRecipient}:
 *   value > 0, not a precompile, not a set-code transaction);
 * - the sender's envelope (nonce, gas prepayment and refund, value) is lazy ({@link lazySender})
 *   on engines that report BALANCE reads: a BALANCE of the sender restarts the incarnation with
 *   the sender read for real, and that transaction stays so on this runner;
 * - a contract's balance is bounded ({@link TxView.boundedContractBalances}: read as a bound on its value,
 *   changed by a DELTA) on the same engines, outside set-code transactions; a balance the EVM
 *   observes as a value, or a payment it refuses, makes the read exact;
 * - a failed incarnation publishes no writes, only its reads.
 */
export declare class IncarnationRunner implements BalanceObserver {
    private readonly mv;
    private readonly keys;
    private readonly base;
    private readonly engine;
    private readonly sm;
    private readonly block;
    /** The block's EIP-7702 authorities ({@link blockAuthorities}): never lazy senders. */
    private readonly authorities;
    private view;
    /** The write set, reused from one incarnation to the next. */
    private readonly writes;
    /** Transactions whose sender's balance the EVM read: their sender is never lazy again here. */
    private readonly realSender;
    constructor(mv: MVMemory, keys: LocationKeys, base: StateReader, engine: BlockEngine, sm: BlockStateManager, block: Block, 
    /** The block's EIP-7702 authorities ({@link blockAuthorities}): never lazy senders. */
    authorities?: ReadonlySet<string>);
    /** The EVM reads `address`'s balance as a value: a lazy sender's restarts the incarnation, a bounded one becomes exact. */
    balanceRead(address: string): void;
    /** The EVM tests a payment ({@link TxView.checkPayment}). */
    balanceCheck(address: string, balance: bigint, value: bigint): void;
    /** The EVM credits a transfer ({@link TxView.checkCredit}). */
    balanceCredit(address: string, balance: bigint): void;
    /** An address's code hash in the base state, read once per block through the location keys (a sender of many transactions is decoded once). */
    private readonly baseCodeHash;
    /** The block's beneficiary (lowercase `0x` hex), converted once. */
    private beneficiary;
    /**
     * Runs incarnation `incarnation` of transaction `txIndex` (`tx`, sent by `sender`, lowercase
     * `0x` hex) after transactions that used `gasBefore` gas (0 in the workers: the block's gas is
     * checked at the end) and records it.
     * @throws EstimateReadError when it read an ESTIMATE (nothing is recorded: it waits for that transaction)
     * @throws MVMemoryFullError, StateReadError: the block cannot finish on this path
     */
    run(txIndex: number, incarnation: number, tx: TypedTransaction, sender: string, gasBefore: bigint): Promise<IncarnationResult>;
}
/** Every authority the block's EIP-7702 transactions name (`authoritiesOf`): none of them is a lazy sender. */
export declare function blockAuthorities(txs: readonly object[]): Set<string>;
