import { type ParallelMode } from '../parallel/executeBlock.js';
import type { Evm } from '../evm/evm.js';
import type { ReexecutionBound } from '../parallel/storm.js';
import type { SnapshotState } from '../state/snapshot.js';
import type { BlockResult } from '../types.js';
import { type FuzzCase, type GeneratorOptions, type TxIntent } from './block.js';
import { type CoverageReport, EvmCoverage } from './coverage.js';
import { type DivergenceInfo } from './reproducer.js';
import type { RpcBlockJson } from '../block/decode.js';
/**
 * How one parallel run is made: worker count, re-execution bound — `false` (the regular
 * runs: Block-STM runs to the end however much it re-executes, the path most worth fuzzing) or
 * a forced early halt (storm runs) — and the parallel path (default Block-STM; `'pipelined'`
 * runs the sequential engine's phases on senders the workers recover, the bound unused).
 */
export interface RunConfig {
    concurrency: number;
    bound: ReexecutionBound | false;
    mode?: Exclude<ParallelMode, 'auto'>;
}
/** Executes a block on the parallel path (injectable, so tests can plant a fault). */
export type ParallelExecutor = (blockJson: RpcBlockJson, state: SnapshotState, run: RunConfig) => Promise<BlockResult>;
/**
 * Executes a block on parevm's EVM, handing the EVM to `onEvm` first (injectable, so tests can
 * plant a fault).
 */
export type EvmExecutor = (blockJson: RpcBlockJson, state: SnapshotState, onEvm?: (evm: Evm) => void) => Promise<BlockResult>;
/** Options of {@link fuzz}. */
export interface FuzzOptions {
    seed: string;
    /** Number of blocks; `Infinity` runs until `shouldStop` says so (long mode). */
    blocks: number;
    /** Index of the first block (default 0): `--from 17 --blocks 1` regenerates block 17 alone. */
    from?: number;
    /** Worker counts to run every block at (default 2, 4, 8). */
    concurrency?: number[];
    /** Parallel runs per block and concurrency (default 1). */
    repeats?: number;
    /** Add the forced-storm run to every block (default true). */
    stormRuns?: boolean;
    /** Add a run on the pipelined path to every block, at a worker count picked per block (default true). */
    pipelinedRuns?: boolean;
    /** Also run every block on parevm's EVM against the reference engine, counting coverage (default true). */
    evm?: boolean;
    generator?: GeneratorOptions;
    /** Root directory of reproducers (one subdirectory per divergence); none written when absent. */
    outDir?: string;
    /** Minimise a divergence before writing it (default true). */
    minimize?: boolean;
    /** Called after every block. */
    onBlock?: (report: BlockReport) => void;
    /** Polled between blocks; true stops the run (long mode, SIGINT). */
    shouldStop?: () => boolean;
    parallel?: ParallelExecutor;
    /** parevm's EVM (default: `executeBlockSequential` with `engine: 'parevm'`). */
    parevm?: EvmExecutor;
}
/** One parallel run of one block. */
export interface RunOutcome extends RunConfig {
    path: 'parallel' | 'pipelined' | 'sequential' | 'error';
    /** The re-execution bound halted the run: transactions from here on ran sequentially. */
    sequentialFrom?: number;
    /** Why the parallel engine fell back to sequential. */
    reason?: string;
    /** Incarnations beyond the first (Block-STM re-executions). */
    reexecutions: number;
    difference?: {
        field: string;
        sequential: string;
        parallel: string;
    };
}
/** What happened to one generated block. */
export interface BlockReport {
    index: number;
    hardfork: string;
    txs: number;
    gasUsed: bigint;
    /** The block is invalid (sequential engine's typed error), e.g. a reused nonce. */
    invalid?: string;
    runs: RunOutcome[];
    /** parevm's EVM against the reference engine (absent when not run). */
    engine?: {
        difference?: RunOutcome['difference'];
    };
    divergence?: Divergence;
}
/** A difference between parallel and sequential, minimised. */
export interface Divergence extends DivergenceInfo {
    /** The forced re-execution bound of the run that differed (storm runs). */
    bound?: ReexecutionBound | false;
    seed: string;
    index: number;
    /** Transactions in the generated block and in the minimised reproducer. */
    txs: number;
    minimizedTxs: number;
    /** Reproducer directory and the command that replays it (when `outDir` was given). */
    reproducer?: string;
    command?: string;
}
/**
 * What the valid generated blocks did, from their sequential results: evidence that the
 * generator reaches the behaviours it is meant to (a test asserts each is non-zero).
 */
export interface FuzzCoverage {
    succeeded: number;
    /** Receipts with status 0 (REVERT, out of gas, invalid opcode, failed creation). */
    reverted: number;
    /** Successful contract-creation transactions. */
    creations: number;
    logs: number;
    /** Accounts that existed before the block and not after (self-destruct, EIP-161). */
    accountsDeleted: number;
    /** Accounts whose storage was wiped (self-destruct and re-creation). */
    storageCleared: number;
    /** Accounts that got code in the block (CREATE, CREATE2, creation transactions). */
    codeDeployed: number;
    /** Blocks per hardfork. */
    hardforks: Record<string, number>;
}
/** Totals of a fuzz run. */
export interface FuzzSummary {
    seed: string;
    blocks: number;
    txs: number;
    gas: bigint;
    invalidBlocks: number;
    /** Runs that took the parallel path (Block-STM), and runs that fell back (by reason). */
    parallelRuns: number;
    /** Runs that took the pipelined path. */
    pipelinedRuns: number;
    /** Parallel runs that the re-execution bound halted (forced storm runs, and natural storms). */
    stormHalts: number;
    fallbacks: number;
    fallbackReasons: Record<string, number>;
    reexecutions: number;
    coverage: FuzzCoverage;
    /** Blocks run on parevm's EVM against the reference engine. */
    engineRuns: number;
    /** Opcodes and precompiles executed by parevm's EVM in those runs (absent when `evm` is false). */
    evmCoverage?: CoverageReport;
    divergences: Divergence[];
    ms: number;
}
/**
 * A typed error: its code and message (a parallel run must match both), and the key the two
 * EVMs are compared on — class, code, transaction, reasons (not the message's wording).
 */
export type ErrorInfo = {
    code: string;
    message: string;
    key: string;
};
export type Outcome = {
    result: BlockResult;
    error?: undefined;
} | {
    result?: undefined;
    error: ErrorInfo;
};
/** Options of {@link checkEngine}. */
export interface EngineCheck {
    /** Counters to attach to parevm's EVM. */
    coverage?: EvmCoverage;
    /** The block of `intents`, when already built. */
    block?: {
        blockJson: Record<string, unknown>;
        state: SnapshotState;
    };
    /** The reference engine's outcome of that block, when already run. */
    reference?: Outcome;
    parevm?: EvmExecutor;
}
/**
 * Executes `intents` of case `c` on parevm's EVM and on the reference engine (unless given) and
 * compares them: equal results, or the same typed error.
 */
export declare function checkEngine(c: FuzzCase, intents: TxIntent[], opts?: EngineCheck): Promise<{
    reference: Outcome;
    parevm: Outcome;
    difference?: RunOutcome['difference'];
}>;
/**
 * Executes `intents` of case `c` sequentially, then in parallel once per run config, each
 * `repeats` times; stops at the first difference. Returns the block it built too.
 */
export declare function checkCase(c: FuzzCase, intents: TxIntent[], configs: RunConfig[], repeats: number, parallel?: ParallelExecutor): Promise<{
    sequential: Outcome;
    runs: RunOutcome[];
    block: {
        blockJson: Record<string, unknown>;
        state: SnapshotState;
    };
}>;
/** The pipelined run of block `index`, at a worker count picked from `concurrency`. */
export declare function pipelinedConfig(seed: string, index: number, concurrency: number[]): RunConfig;
/** The forced-storm run of block `index`: halt after a random 0–8 ms of execution. */
export declare function stormConfig(seed: string, index: number, concurrency: number[]): RunConfig;
/**
 * Minimises a divergence of case `c`: drops transactions (ddmin), then withdrawals, while the
 * parallel result under run config `config` still differs in some of `tries` runs — or, with
 * `config` 'engine', while parevm's EVM still differs from the reference engine.
 */
export declare function minimizeCase(c: FuzzCase, config: RunConfig | 'engine', parallel?: ParallelExecutor, tries?: number, parevm?: EvmExecutor): Promise<{
    c: FuzzCase;
    intents: TxIntent[];
    checks: number;
}>;
/**
 * Runs the differential fuzzer: blocks `from` … `from + blocks - 1` of `seed` (deterministic).
 * @returns totals; `divergences` is empty when every parallel run equalled sequential
 */
export declare function fuzz(opts: FuzzOptions): Promise<FuzzSummary>;
