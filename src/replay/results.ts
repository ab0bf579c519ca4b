/**
 * The durable results of a replay: one record per block, keyed by chain id and block number, and
 * written at most once. The first write of a block wins; a later one (a job retried after its
 * worker was killed, or a stalled job that two workers ran) is refused and reported as such, so
 * each block is reported exactly once however often its job ran.
 *
 * Two stores with one interface: {@link RedisResultStore} (a Redis hash per chain, for workers on
 * many machines: `HSETNX` is the atomic first-write-wins, and every machine that can reach the
 * queue can read the results) and {@link FileResultStore} (one file per block under a directory,
 * for a run without `--queue`: `link(2)` of a complete temporary file is the atomic
 * first-write-wins).
 */
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { type FieldVerdict, HEADER_FIELDS, type HeaderVerdict } from '../verify/header.js';

/** The analyzer's numbers of one block (`parevm analyze`'s `--json` summary, trimmed). Times in ms. */
export interface RecordAnalysis {
  /** Execution time of all transactions in the trace (ms). */
  totalWorkMs: number;
  /** The critical path by execution time: ms, share of the total work (0…1), transactions on it. */
  criticalPath: { ms: number; share: number; txs: number };
  /** Total work ÷ critical path: the speedup with unlimited cores, by time and by gas. */
  maxSpeedup: { time: number; gas: number };
  /** Simulated engine speedup on 8, 16 and 32 threads (a core each). */
  simulated: Record<'8' | '16' | '32', number>;
  /** Hot locations, most dependencies first (at most 10). Slots are `0x` hex. */
  hot: { kind: string; address: string; slot?: string; label?: string; dependencies: number }[];
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
  analysisError?: { code: string; message: string };
  /** The typed error of a failed block (`code` of its ParevmError, INTERNAL otherwise). */
  error?: { code: string; message: string; reason?: string; txIndex?: number };
  /** Who recorded it: `host:pid`, the job and its attempt (1 = first). */
  worker: string;
  jobId: string;
  attempt: number;
  /** When it was recorded (ISO 8601). */
  recordedAt: string;
}

/** The header fields a record's verdict has, in the order reports show them (the ones `verifyHeader` checks). */
export const VERDICT_FIELDS = HEADER_FIELDS;

/** The mismatching fields of a record's verdict. */
export function mismatches(r: ReplayRecord): { field: string; verdict: FieldVerdict }[] {
  const out = VERDICT_FIELDS.filter((f) => r.verdict?.[f].status === 'mismatch').map((f) => ({ field: f as string, verdict: r.verdict![f] }));
  if (r.stateRoot?.status === 'mismatch') out.push({ field: 'stateRoot', verdict: r.stateRoot });
  return out;
}

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

let tmpCounter = 0;

/** Records as files `<dir>/<chainId>/<block>.json`. */
export class FileResultStore implements ResultStore {
  constructor(readonly dir: string) {}
  private file(chainId: number, block: number): string {
    return join(this.dir, String(chainId), `${block}.json`);
  }
  async put(r: ReplayRecord): Promise<boolean> {
    const file = this.file(r.chainId, r.block);
    mkdirSync(join(this.dir, String(r.chainId)), { recursive: true });
    const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
    writeFileSync(tmp, JSON.stringify(r));
    try {
      linkSync(tmp, file);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    } finally {
      unlinkSync(tmp);
    }
  }
  async has(chainId: number, block: number): Promise<boolean> {
    return (await this.getMany(chainId, [block]))[0] !== undefined;
  }
  async getMany(chainId: number, blocks: readonly number[]): Promise<(ReplayRecord | undefined)[]> {
    return blocks.map((b) => {
      try {
        return JSON.parse(readFileSync(this.file(chainId, b), 'utf8')) as ReplayRecord;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    });
  }
  async list(chainId: number, from: number, to: number): Promise<ReplayRecord[]> {
    let names: string[];
    try {
      names = readdirSync(join(this.dir, String(chainId)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const blocks = names
      .map((n) => /^(\d+)\.json$/.exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .filter((n) => n >= from && n <= to)
      .sort((a, b) => a - b);
    return (await this.getMany(chainId, blocks)).filter((r): r is ReplayRecord => r !== undefined);
  }
  async remove(chainId: number, blocks: readonly number[]): Promise<number> {
    let n = 0;
    for (const b of blocks) {
      try {
        unlinkSync(this.file(chainId, b));
        n++;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    return n;
  }
  async close(): Promise<void> {}
  /** Deletes every record (tests, benches). */
  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// KEYS[1] results hash, KEYS[2] events stream; ARGV block, record JSON, worker, job id.
// The event is appended only by the write that created the field: one event per block, ever.
const PUT = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', 1000000, '*', 'event', 'recorded', 'block', ARGV[1], 'worker', ARGV[3], 'job', ARGV[4])
  return 1
end
return 0
`;

/**
 * Records in Redis: the hash `<ns>:results:<chainId>` (field = block number, value = record JSON)
 * and the stream `<ns>:events:<chainId>` (one `recorded` entry per block when its record is
 * written, `started` entries when a worker starts a block: the audit trail of who ran what).
 */
export class RedisResultStore implements ResultStore {
  constructor(
    private readonly redis: Redis,
    readonly namespace = 'parevm',
  ) {}
  /** The results hash of `chainId`. */
  hashKey(chainId: number): string {
    return `${this.namespace}:results:${chainId}`;
  }
  /** The events stream of `chainId`. */
  eventsKey(chainId: number): string {
    return `${this.namespace}:events:${chainId}`;
  }
  async put(r: ReplayRecord): Promise<boolean> {
    const wrote = await this.redis.eval(PUT, 2, this.hashKey(r.chainId), this.eventsKey(r.chainId), r.block, JSON.stringify(r), r.worker, r.jobId);
    return wrote === 1;
  }
  /** Appends a `started` event: `worker` began executing `block` in attempt `attempt` of `job`. */
  async started(chainId: number, block: number, worker: string, job: string, attempt: number): Promise<void> {
    await this.redis.xadd(
      this.eventsKey(chainId),
      'MAXLEN',
      '~',
      1_000_000,
      '*',
      'event',
      'started',
      'block',
      String(block),
      'worker',
      worker,
      'job',
      job,
      'attempt',
      String(attempt),
    );
  }
  /** Every event of `chainId`, oldest first: `{ event, block, worker, job, attempt? }`. */
  async events(chainId: number): Promise<Record<string, string>[]> {
    const entries = await this.redis.xrange(this.eventsKey(chainId), '-', '+');
    return entries.map(([, fields]) => {
      const o: Record<string, string> = {};
      for (let i = 0; i + 1 < fields.length; i += 2) o[fields[i]!] = fields[i + 1]!;
      return o;
    });
  }
  async has(chainId: number, block: number): Promise<boolean> {
    return (await this.redis.hexists(this.hashKey(chainId), String(block))) === 1;
  }
  async getMany(chainId: number, blocks: readonly number[]): Promise<(ReplayRecord | undefined)[]> {
    if (blocks.length === 0) return [];
    const values = await this.redis.hmget(this.hashKey(chainId), ...blocks.map(String));
    return values.map((v) => (v === null ? undefined : (JSON.parse(v) as ReplayRecord)));
  }
  async list(chainId: number, from: number, to: number): Promise<ReplayRecord[]> {
    const keys = (await this.redis.hkeys(this.hashKey(chainId)))
      .map(Number)
      .filter((n) => n >= from && n <= to)
      .sort((a, b) => a - b);
    const out: ReplayRecord[] = [];
    for (let i = 0; i < keys.length; i += 1000) {
      for (const r of await this.getMany(chainId, keys.slice(i, i + 1000))) if (r) out.push(r);
    }
    return out;
  }
  async remove(chainId: number, blocks: readonly number[]): Promise<number> {
    return blocks.length === 0 ? 0 : await this.redis.hdel(this.hashKey(chainId), ...blocks.map(String));
  }
  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
