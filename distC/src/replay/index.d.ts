/**
 * `parevm/replay`: block ranges replayed as range jobs — in this process ({@link LocalReplayQueue})
 * or on BullMQ workers on Redis ({@link BullReplayQueue}, {@link startBullWorker}) — each block
 * executed, verified against its header, analyzed and recorded once ({@link ResultStore}), and the
 * history report of a range ({@link historySummary}, {@link renderHistoryReport}).
 * @example
 * import { replayRange, LocalReplayQueue, FileResultStore, FixtureSource, runRangeJob } from 'parevm/replay'
 * const source = new FixtureSource('../shared/fixtures/mainnet')
 * const store = new FileResultStore('.parevm-replay')
 * const queue = new LocalReplayQueue((job, attempt) => runRangeJob(job, { source, store, concurrency: 2, attempt }))
 * const { records } = await replayRange({ range: { from: 930196, to: 2675000 }, source, chain: { name: 'mainnet', chainId: 1 }, queue, store, jobSize: 100 })
 */
export { replayRange, type ReplayRangeOptions, type ReplayOutcome } from './driver.js';
export { runRangeJob, replayBlock, type JobContext, type JobOutcome } from './job.js';
export { BullReplayQueue, LocalReplayQueue, startBullWorker, type ReplayQueue, type JobState, type JobStatus, type JobProcessor, type ReplayProgress, type BullWorkerOptions, } from './queue.js';
export { parseRange, rangeJobs, jobId, DEFAULT_JOB_SIZE, type BlockRange, type RangeJob, type SourceSpec } from './range.js';
export { LocalRateLimiter, RedisRateLimiter, parseRate, type RequestLimiter, type RateLimit } from './rateLimit.js';
export { historySummary, renderHistoryReport, type HistorySummary, type HistoryPoint, type RangeHotLocation } from './report.js';
export { FileResultStore, RedisResultStore, type ResultStore, type ReplayRecord, type RecordAnalysis } from './results.js';
export { FixtureSource, openSource, type BlockSource } from './source.js';
export { openRedis } from './redis.js';
