import type { Redis } from 'ioredis';
import { type FieldVerdict, type HeaderVerdict } from '../verify/header.js';
/** The analyzer's numbers of one block (`parevm analyze`'s `--json` summary, trimmed). Times in ms. */
export interface RecordAnalysis {
    /** Execution time of all transactions in the trace (ms). */
    totalWorkMs: number;
    /** The critical path by execution time: ms, share of the total work (0…1), transactions on it. */
    criticalPath: {
        ms: number;
        share: number;
        txs: number;
    };
    /** Total work ÷ critical path: the speedup with unlimited cores, by time and by gas. */
    maxSpeedup: {
        time: number;
        gas: number;
    };
    /** Simulated engine speedup on 8, 16 and 32 threads (a core each). */
    simulated: Record<'8' | '16' | '32', number>;
    /** Hot locations, most dependencies first (at most 10). Slots are `0x` hex. */
    hot: {
        kind: string;
        address: string;
        slot?: string;
        label?: string;
        dependencies: number;
    }[];
}
/**
 * One replayed block. `status`: `match` (every checked header field matched), `mismatch` (a
 * checked field did not; see `verdict`), `failed` (it could not be loaded or executed; see `error`).
 */
export interface ReplayRecord {
    chainId: number;
    chain: string;
    block: number;
    status: 'match' | 'mismatch' | 'failed';
    hardfork?: string;
    txs?: number;
    /** Gas used, decimal string. */
    gasUsed?: string;
    /** `parallel×N` (Block-STM), `pipelined×N` or `sequential (reason)`. */
    path?: string;
    /** Block-STM re-executions (incarnations beyond the first). */
    reexecutions?: number;
    /** `blockTimeMs` of the parallel engine's run and of the sequential engine's (ms, this worker). */
    parallelMs?: number;
    sequentialMs?: number;
    /** sequentialMs ÷ parallelMs. */
    speedup?: number;
    /** Whether the parallel result equals the sequential one. */
    equal?: boolean;
    /** Verdict per header field (`verifyHeader`). */
    verdict?: HeaderVerdict;
    /** The recomputed state root, for a block cached with trie nodes (`parevm fetch`: proofs or a witness). */
    stateRoot?: FieldVerdict;
    analysis?: RecordAnalysis;
    /** The analyzer failed on a block that executed (its typed error). */
    analysisError?: {
        code: string;
        message: string;
    };
    /** The typed error of a failed block (`code` of its ParevmError, INTERNAL otherwise). */
    error?: {
        code: string;
        message: string;
        reason?: string;
        txIndex?: number;
    };
    /** Who recorded it: `host:pid`, the job and its attempt (1 = first). */
    worker: string;
    jobId: string;
    attempt: number;
    /** When it was recorded (ISO 8601). */
    recordedAt: string;
}
/** The header fields a record's verdict has, in the order reports show them (the ones `verifyHeader` checks). */
export declare const VERDICT_FIELDS: readonly ["gasUsed", "receiptsRoot", "logsBloom", "cumulativeGas", "requestsHash"];
/** The mismatching fields of a record's verdict. */
export declare function mismatches(r: ReplayRecord): {
    field: string;
    verdict: FieldVerdict;
}[];
/** Where records are kept. Every method is safe to call from many processes at once. */
export interface ResultStore {
    /**
     * Records `r` unless its block already has a record.
     * @returns true when this call wrote it (the block is reported now), false when it was there
     */
    put(r: ReplayRecord): Promise<boolean>;
    /** Whether `block` of `chainId` has a record. */
    has(chainId: number, block: number): Promise<boolean>;
    /** The records of `blocks` (`undefined` where none). */
    getMany(chainId: number, blocks: readonly number[]): Promise<(ReplayRecord | undefined)[]>;
    /** Every record of `chainId` with a block number in [from, to], ascending. */
    list(chainId: number, from: number, to: number): Promise<ReplayRecord[]>;
    /** Deletes the records of `blocks` (`--fresh`). @returns how many there were */
    remove(chainId: number, blocks: readonly number[]): Promise<number>;
    close(): Promise<void>;
}
/** Records as files `<dir>/<chainId>/<block>.json`. */
export declare class FileResultStore implements ResultStore {
    readonly dir: string;
    constructor(dir: string);
    private file;
    put(r: ReplayRecord): Promise<boolean>;
    has(chainId: number, block: number): Promise<boolean>;
    getMany(chainId: number, blocks: readonly number[]): Promise<(ReplayRecord | undefined)[]>;
    list(chainId: number, from: number, to: number): Promise<ReplayRecord[]>;
    remove(chainId: number, blocks: readonly number[]): Promise<number>;
    close(): Promise<void>;
    /** Deletes every record (tests, benches). */
    clear(): void;
}
/**
 * Records in Redis: the hash `<ns>:results:<chainId>` (field = block number, value = record JSON)
 * and the stream `<ns>:events:<chainId>` (one `recorded` entry per block when its record is
 * written, `started` entries when a worker starts a block: the audit trail of who ran what).
 */
export declare class RedisResultStore implements ResultStore {
    private readonly redis;
    readonly namespace: string;
    constructor(redis: Redis, namespace?: string);
    /** The results hash of `chainId`. */
    hashKey(chainId: number): string;
    /** The events stream of `chainId`. */
    eventsKey(chainId: number): string;
    put(r: ReplayRecord): Promise<boolean>;
    /** Appends a `started` event: `worker` began executing `block` in attempt `attempt` of `job`. */
    started(chainId: number, block: number, worker: string, job: string, attempt: number): Promise<void>;
    /** Every event of `chainId`, oldest first: `{ event, block, worker, job, attempt? }`. */
    events(chainId: number): Promise<Record<string, string>[]>;
    has(chainId: number, block: number): Promise<boolean>;
    getMany(chainId: number, blocks: readonly number[]): Promise<(ReplayRecord | undefined)[]>;
    list(chainId: number, from: number, to: number): Promise<ReplayRecord[]>;
    remove(chainId: number, blocks: readonly number[]): Promise<number>;
    close(): Promise<void>;
}
