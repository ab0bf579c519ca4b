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
export { replayRange } from './driver.js';
export { runRangeJob, replayBlock } from './job.js';
export { BullReplayQueue, LocalReplayQueue, startBullWorker, } from './queue.js';
export { parseRange, rangeJobs, jobId, DEFAULT_JOB_SIZE } from './range.js';
export { LocalRateLimiter, RedisRateLimiter, parseRate } from './rateLimit.js';
export { historySummary, renderHistoryReport } from './report.js';
export { FileResultStore, RedisResultStore } from './results.js';
export { FixtureSource, openSource } from './source.js';
export { openRedis } from './redis.js';
//# sourceMappingURL=index.js.map