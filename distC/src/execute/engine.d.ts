import type { Block } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import type { TypedTransaction } from '@ethereumjs/tx';
import type { Address } from '@ethereumjs/util';
import type { BalanceObserver, Evm } from '../evm/evm.js';
import type { StateReader } from '../state/reader.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { Receipt } from '../types.js';
import type { TraceSink } from '../evm/trace/types.js';
import type { RequestHost } from './system.js';
/**
 * The EVM that executes transactions: `parevm` (default) is parevm's own synchronous EVM
 * (`src/evm/`); `reference` is `@ethereumjs/vm`, the oracle of tests, the fuzzer and `--compare`.
 */
export type EngineName = 'parevm' | 'reference';
/** The engines. */
export declare const ENGINES: readonly EngineName[];
/** The engine `executeBlockSequential` and `executeBlock` use when none is given. */
export declare const DEFAULT_ENGINE: EngineName;
/**
 * One block's EVM over a {@link BlockStateManager} — the single transaction path of the sequential
 * engine, the parallel workers, the storm tail and the analyzer.
 */
export interface BlockEngine {
    readonly name: EngineName;
    /**
     * Executes transaction `index` of `block` (`tx` when the block holds only its header) after
     * transactions that used `gasBefore` gas, on the state manager's current state. `sender`
     * (lowercase `0x` hex) when already known spares re-deriving it from the public key.
     * @throws InvalidTransactionError, StateReadError (attributed to the transaction), MissingBlockHashError
     */
    runTransaction(block: Block, index: number, gasBefore: bigint, tx?: TypedTransaction, sender?: string): Promise<Receipt>;
    /** The block-level system work's view of this engine (pre-block writes, withdrawals, system calls). */
    readonly host: RequestHost;
    /** parevm's EVM itself (undefined for the reference engine): counters and tracers attach to it. */
    readonly parevmEvm: Evm | undefined;
    /** Whether `address` is an active precompile. */
    isPrecompile(address: Address): boolean;
    /**
     * Called once per transaction when its top-level call has returned, before the refund and the
     * beneficiary's fee are paid (the parallel engine turns the beneficiary's credit into a delta
     * from there on).
     */
    onFeePhase: (() => void) | undefined;
    /**
     * Whether the engine tells a {@link balanceObserver} of the balances it observes, its payment
     * checks and its credits (parevm's EVM does, the reference engine does not): the parallel
     * engine's lazy senders and bounded contract balances need it.
     */
    readonly reportsBalanceReads: boolean;
    /** See {@link BalanceObserver} (set only on an engine that {@link reportsBalanceReads}). */
    balanceObserver: BalanceObserver | undefined;
    /**
     * Sends EIP-3155 lines of the next transaction `tx` to `sink` (`parevm trace`); `stop(completed)`
     * detaches, and after a transaction that completed writes its summary line (where the engine
     * does not write it itself).
     */
    startTrace(sink: TraceSink, tx: TypedTransaction): {
        stop(completed: boolean): void;
    };
}
/**
 * The engine `name` for one block (`block` and `common` as `decodeBlock` gives them) on `sm`,
 * BLOCKHASH answered by `reader`.
 */
export declare function createBlockEngine(name: EngineName, decoded: {
    block: Block;
    common: Common;
}, sm: BlockStateManager, reader: StateReader): Promise<BlockEngine>;
