import { Capability } from '@ethereumjs/tx';
import { ParevmError, StateReadError } from '../errors.js';
import { authoritiesOf } from '../evm/transaction/authorizations.js';
import { MVMemoryFullError } from './mvMemory.js';
import { WriteSet } from './writeSet.js';
import { EstimateReadError, LazySenderReadError, TxView, lazySender, lazyTransferRecipient } from './txView.js';
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
export class IncarnationRunner {
    mv;
    keys;
    base;
    engine;
    sm;
    block;
    authorities;
    view;
    /** The write set, reused from one incarnation to the next. */
    writes = new WriteSet();
    /** Transactions whose sender's balance the EVM read: their sender is never lazy again here. */
    realSender = new Set();
    constructor(mv, keys, base, engine, sm, block, 
    /** The block's EIP-7702 authorities ({@link blockAuthorities}): never lazy senders. */
    authorities = new Set()) {
        this.mv = mv;
        this.keys = keys;
        this.base = base;
        this.engine = engine;
        this.sm = sm;
        this.block = block;
        this.authorities = authorities;
        engine.onFeePhase = () => {
            if (this.view)
                this.view.feePhase = true;
        };
        if (engine.reportsBalanceReads)
            engine.balanceObserver = this;
    }
    /** The EVM reads `address`'s balance as a value: a lazy sender's restarts the incarnation, a bounded one becomes exact. */
    balanceRead(address) {
        const view = this.view;
        if (view === undefined)
            return;
        if (address === view.lazySender)
            throw new LazySenderReadError(address);
        view.observeBalance(address);
    }
    /** The EVM tests a payment ({@link TxView.checkPayment}). */
    balanceCheck(address, balance, value) {
        this.view?.checkPayment(address, balance, value);
    }
    /** The EVM credits a transfer ({@link TxView.checkCredit}). */
    balanceCredit(address, balance) {
        this.view?.checkCredit(address, balance);
    }
    /** An address's code hash in the base state, read once per block through the location keys (a sender of many transactions is decoded once). */
    baseCodeHash = (address) => this.keys.baseAccountOf(this.keys.entry(address), this.base).codeHash;
    /** The block's beneficiary (lowercase `0x` hex), converted once. */
    beneficiary;
    /**
     * Runs incarnation `incarnation` of transaction `txIndex` (`tx`, sent by `sender`, lowercase
     * `0x` hex) after transactions that used `gasBefore` gas (0 in the workers: the block's gas is
     * checked at the end) and records it.
     * @throws EstimateReadError when it read an ESTIMATE (nothing is recorded: it waits for that transaction)
     * @throws MVMemoryFullError, StateReadError: the block cannot finish on this path
     */
    async run(txIndex, incarnation, tx, sender, gasBefore) {
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
            }
            catch (e) {
                throw e instanceof StateReadError && e.txIndex === undefined ? e.inTransaction(txIndex) : e;
            }
            view.lazySenderNonce = tx.nonce;
        }
        this.sm.reset(view);
        let receipt = null;
        let error = null;
        let thrown;
        const t0 = performance.now();
        try {
            receipt = await this.engine.runTransaction(this.block, txIndex, gasBefore, tx, sender);
        }
        catch (e) {
            const cause = e?.cause;
            if (e instanceof LazySenderReadError || cause instanceof LazySenderReadError) {
                this.view = undefined;
                this.realSender.add(txIndex);
                return this.run(txIndex, incarnation, tx, sender, gasBefore);
            }
            if (e instanceof EstimateReadError || e instanceof MVMemoryFullError || e instanceof StateReadError)
                throw e;
            if (cause instanceof EstimateReadError || cause instanceof MVMemoryFullError)
                throw cause;
            error = { code: e instanceof ParevmError ? e.code : 'INTERNAL', message: e.message };
            thrown = e;
        }
        finally {
            this.view = undefined;
        }
        const evmMs = performance.now() - t0;
        const writes = error ? this.writes.clear() : view.collectWrites(this.sm, this.writes);
        const wroteNewLocation = this.mv.record(txIndex, incarnation, view.reads, writes);
        return { receipt, error, thrown, view, writes, wroteNewLocation, evmMs };
    }
}
/** Every authority the block's EIP-7702 transactions name (`authoritiesOf`): none of them is a lazy sender. */
export function blockAuthorities(txs) {
    const out = new Set();
    for (const tx of txs)
        for (const a of authoritiesOf(tx))
            out.add(a);
    return out;
}
//# sourceMappingURL=incarnation.js.map