import { type EngineName } from '../execute/engine.js';
import { type ChainSpec } from '../block/chains.js';
import { type FixtureBlock } from '../block/fixtures.js';
import { type ParallelMode } from '../parallel/executeBlock.js';
import type { SnapshotState } from '../state/snapshot.js';
import type { BlockResult } from '../types.js';
import { type FieldVerdict, type HeaderVerdict } from '../verify/header.js';
import type { RpcBlockJson } from '../block/decode.js';
/** Options of `parevm run`. */
export interface RunOptions {
    fixtures?: string;
    /** Block numbers to run; all blocks under the fixture root when absent. */
    blocks?: number[];
    json?: boolean;
    /** Worker threads for the parallel engine; 0 = the sequential reference engine. */
    concurrency?: number;
    /**
     * Also run the sequential engine (same EVM): show the speedup; check the result equals it and,
     * with parevm's EVM, the reference engine's (`@ethereumjs/vm`).
     */
    compare?: boolean;
    /**
     * With `compare`: also run the reference engine (`@ethereumjs/vm`) and check equality with it
     * (default true; `parevm replay` turns it off: it wants the two timings, not a third engine).
     */
    reference?: boolean;
    /** The EVM (default parevm's own). */
    engine?: EngineName;
    /** Take the parallel path even where it would fall back for size or a sender chain. */
    force?: boolean;
    /** The parallel path (`executeBlock`'s `mode`): auto (default), block-stm or pipelined. */
    mode?: ParallelMode;
    /** Show a progress bar (stderr). */
    progress?: boolean;
    /** The chain whose rules the blocks run under (default mainnet). */
    chain?: ChainSpec;
    /**
     * An execution witness file (fixtures README, `witness/`): run its one block on the witness's
     * pre-state instead of fixture blocks, and check the header's `stateRoot` as well.
     */
    witness?: string;
    out?: (line: string) => void;
}
/** One row of the run report. */
export interface RunRow {
    block: number;
    /** Chain name and id (EIP-155). */
    chain?: string;
    chainId?: number;
    hardfork?: string;
    txs?: number;
    gasUsed?: bigint;
    senderRecoveryMs?: number;
    executionMs?: number;
    mgasPerSec?: number;
    verdict?: HeaderVerdict;
    /**
     * With a witness, or a block `parevm fetch` cached with proofs: the header's `stateRoot` against
     * the root recomputed on the trie nodes (`not-checked` with the reason when they lack one).
     */
    stateRoot?: FieldVerdict;
    notes?: string[];
    /** 'parallel×N' (Block-STM on N workers), 'pipelined×N' (senders recovered on N workers, executed in order) or 'sequential' (and why). */
    path?: string;
    /** Block-STM re-executions (incarnations beyond the first). */
    reexecutions?: number;
    /** With --compare: sequential total ms, speedup, and whether the results were equal. */
    sequentialMs?: number;
    speedup?: number;
    equal?: boolean;
    difference?: string;
    /**
     * Set when the block could not be loaded or executed: the typed error's `code` and message, and
     * for an invalid transaction its `reason` and `txIndex`.
     */
    error?: {
        code: string;
        message: string;
        reason?: string;
        txIndex?: number;
    };
}
/**
 * `parevm run`: executes fixture blocks (or the block of an execution witness), verifies each
 * against its header, prints a table (or JSON). A block that fails to load or execute is
 * reported and the others still run.
 * @returns the process exit status: 0 when every block matched its header, 1 otherwise
 */
export declare function runCommand(opts?: RunOptions): Promise<number>;
/** True when the row's block loaded, executed and matched every checked header field. */
export declare const matched: (r: RunRow) => boolean;
/**
 * {@link executeAndVerify} on a fixture block, and when `parevm fetch` cached it with trie nodes
 * (proofs or a witness: `state_proof.json`) its recomputed state root too (`row.stateRoot`): what
 * `parevm run` and `parevm replay` check for a fixture block.
 * @throws as {@link executeAndVerify}, and FixtureFormatError for an unreadable `state_proof.json` (a node the update needs
 *   but the proofs lack gives a `not-checked` verdict, never an error)
 */
export declare function executeAndVerifyFixture(fx: FixtureBlock, opts: RunOptions): Promise<{
    row: RunRow;
    result: BlockResult;
    header: import("@ethereumjs/block").BlockHeader;
}>;
/**
 * Decodes and executes one block on `state` and verifies it against its header: the one step that
 * `parevm run` and `parevm replay` share (same verdicts by construction).
 * @returns the report row, the engine's result and the decoded header
 * @throws the typed errors of decoding and executing the block ({@link ParevmError} subclasses)
 */
export declare function executeAndVerify(n: number, blockJson: RpcBlockJson, file: string, state: SnapshotState, opts: RunOptions): Promise<{
    row: RunRow;
    result: BlockResult;
    header: import("@ethereumjs/block").BlockHeader;
}>;
/** The row of a block that could not be loaded or executed: the typed error's code and message. */
export declare function errorRow(n: number, e: unknown): RunRow;
/** The `parevm run` table of `rows` with its summary lines (`source` names the input). */
export declare function renderTable(rows: RunRow[], source: string, compare: boolean): string;
/** The path a result took, as the reports show it: `parallel×2`, `pipelined×2`, or `sequential (why)`. */
export declare function pathLabel(result: BlockResult): string;
/** JSON.stringify replacer writing bigints as decimal strings. */
export declare function jsonBigint(_k: string, v: unknown): unknown;
