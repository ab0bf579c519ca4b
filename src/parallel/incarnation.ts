import type { Block } from '@ethereumjs/block';
import { Capability, type TypedTransaction } from '@ethereumjs/tx';
import { ParevmError, StateReadError } from '../errors.js';
import { authoritiesOf } from '../evm/transaction/authorizations.js';
import type { BalanceObserver } from '../evm/evm.js';
import type { BlockEngine } from '../execute/engine.js';
import type { StateReader } from '../state/reader.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { Receipt } from '../types.js';
import { MVMemoryFullError, type MVMemory } from './mvMemory.js';
import { WriteSet } from './writeSet.js';
import { EstimateReadError, LazySenderReadError, type LocationKeys, TxView, lazySender, lazyTransferRecipient } from './txView.js';

/** What one incarnation produced; its reads and writes are recorded in MVMemory already. */
export interface IncarnationResult {
  /** The receipt, or null when the transaction is invalid at this point of the block. */
  receipt: Receipt | null;
  /** Why the transaction is invalid (its typed error's code and message), or null. */
  error: { code: string; message: string } | null;
  /** The error the engine threw for an invalid transaction (typed, e.g. InvalidTransactionError), or undefined. */
  thrown: unknown;
  /** The view it ran on: its read set (`reads`) and the values it saw. */
  view: TxView;
  /** What it wrote (none when it failed); the runner reuses it: read it before the next `run`. */
  writes: WriteSet;
  /** Time inside the engine's transaction call (ms), its reads through the view (MVMemory, the pre-state) included; with an attempt stopped by a read of its lazy sender, both attempts'. */
  evmMs: number;
  /** The {@link TxView}'s own time around the call (ms): its setup (the lazy sender and credit rules) before, collecting its write set after. */
  viewMs: number;
  /** Recording the read and write sets in MVMemory (`MVMemory.record`, ms). */
  recordMs: number;
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
export class IncarnationRunner implements BalanceObserver {
  private view: TxView | undefined;
  /** The write set, reused from one incarnation to the next. */
  private readonly writes = new WriteSet();
  /** Transactions whose sender's balance the EVM read: their sender is never lazy again here. */
  private readonly realSender = new Set<number>();

  constructor(
    private readonly mv: MVMemory,
    private readonly keys: LocationKeys,
    private readonly base: StateReader,
    private readonly engine: BlockEngine,
    private readonly sm: BlockStateManager,
    private readonly block: Block,
    /** The block's EIP-7702 authorities ({@link blockAuthorities}): never lazy senders. */
    private readonly authorities: ReadonlySet<string> = new Set(),
  ) {
    engine.onFeePhase = () => {
      if (this.view) this.view.feePhase = true;
    };
    if (engine.reportsBalanceReads) engine.balanceObserver = this;
  }

  /** The EVM reads `address`'s balance as a value: a lazy sender's restarts the incarnation, a bounded one becomes exact. */
  balanceRead(address: string): void {
    const view = this.view;
    if (view === undefined) return;
    if (address === view.lazySender) throw new LazySenderReadError(address);
    view.observeBalance(address);
  }
  /** The EVM tests a payment ({@link TxView.checkPayment}). */
  balanceCheck(address: string, balance: bigint, value: bigint): void {
    this.view?.checkPayment(address, balance, value);
  }
  /** The EVM credits a transfer ({@link TxView.checkCredit}). */
  balanceCredit(address: string, balance: bigint): void {
    this.view?.checkCredit(address, balance);
  }

  /** An address's code hash in the base state, read once per block through the location keys (a sender of many transactions is decoded once). */
  private readonly baseCodeHash = (address: string): string | undefined => this.keys.baseAccountOf(this.keys.entry(address), this.base).codeHash;

  /** The block's beneficiary (lowercase `0x` hex), converted once. */
  private beneficiary: string | undefined;

  /**
   * Runs incarnation `incarnation` of transaction `txIndex` (`tx`, sent by `sender`, lowercase
   * `0x` hex) after transactions that used `gasBefore` gas (0 in the workers: the block's gas is
   * checked at the end) and records it.
   * @throws EstimateReadError when it read an ESTIMATE (nothing is recorded: it waits for that transaction)
   * @throws MVMemoryFullError, StateReadError: the block cannot finish on this path
   */
  async run(txIndex: number, incarnation: number, tx: TypedTransaction, sender: string, gasBefore: bigint): Promise<IncarnationResult> {
    const tStart = performance.now();
    const beneficiary = (this.beneficiary ??= this.block.header.coinbase.toString());
    const view = (this.view = new TxView(this.mv, this.keys, this.base, txIndex, beneficiary));
    view.transferRecipient = lazyTransferRecipient(tx, sender, (a) => this.engine.isPrecompile(a));
    // Not in a set-code transaction (EIP-7702): its authorizations change accounts with code before it runs.
    if (this.engine.reportsBalanceReads && !tx.supports(Capability.EIP7702EOACode)) {
      view.boundedContractBalances = true;
      view.sender = sender;
    }
    if (this.engine.reportsBalanceReads && !this.realSender.has(txIndex)) {
      try {
        view.lazySender = lazySender(tx, sender, this.baseCodeHash, this.authorities);
      } catch (e) {
        throw e instanceof StateReadError && e.txIndex === undefined ? e.inTransaction(txIndex) : e;
      }
      view.lazySenderNonce = tx.nonce;
    }
    this.sm.reset(view);
    let receipt: Receipt | null = null;
    let error: IncarnationResult['error'] = null;
    let thrown: unknown;
    const t0 = performance.now();
    try {
      receipt = await this.engine.runTransaction(this.block, txIndex, gasBefore, tx, sender);
    } catch (e) {
      const cause = (e as { cause?: unknown })?.cause;
      if (e instanceof LazySenderReadError || cause instanceof LazySenderReadError) {
        this.view = undefined;
        this.realSender.add(txIndex);
        // The stopped attempt's engine time counts too (the metrics and the analyzer's EVM time).
        const stoppedMs = performance.now() - t0;
        const again = await this.run(txIndex, incarnation, tx, sender, gasBefore);
        again.evmMs += stoppedMs;
        return again;
      }

      if (e instanceof EstimateReadError || e instanceof MVMemoryFullError || e instanceof StateReadError) throw e;
      if (cause instanceof EstimateReadError || cause instanceof MVMemoryFullError) throw cause;
      error = { code: e instanceof ParevmError ? e.code : 'INTERNAL', message: (e as Error).message };
      thrown = e;
    } finally {
      this.view = undefined;
    }
    const t1 = performance.now();
    const writes = error ? this.writes.clear() : view.collectWrites(this.sm, this.writes);
    const t2 = performance.now();
    const wroteNewLocation = this.mv.record(txIndex, incarnation, view.reads, writes);
    const recordMs = performance.now() - t2;
    return { receipt, error, thrown, view, writes, wroteNewLocation, evmMs: t1 - t0, viewMs: t0 - tStart + (t2 - t1), recordMs };
  }
}

/** Every authority the block's EIP-7702 transactions name (`authoritiesOf`): none of them is a lazy sender. */
export function blockAuthorities(txs: readonly object[]): Set<string> {
  const out = new Set<string>();
  for (const tx of txs) for (const a of authoritiesOf(tx)) out.add(a);
  return out;
}
