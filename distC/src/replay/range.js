/**
 * Block ranges of `parevm replay` and `parevm report`, and the range jobs a range is cut into.
 */
/** Default number of blocks per range job (a job is the unit of retry and of work stealing). */
export const DEFAULT_JOB_SIZE = 100;
/**
 * Parses `A..B` (inclusive, A ≤ B) or a single block number `N` (= `N..N`).
 * @throws RangeError naming the text when it is not such a range
 */
export function parseRange(text) {
    const m = /^\s*(\d+)\s*(?:\.\.\s*(\d+)\s*)?$/.exec(text);
    const from = m ? Number(m[1]) : Number.NaN;
    const to = m ? Number(m[2] ?? m[1]) : Number.NaN;
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from > to) {
        throw new RangeError(`expected a block range A..B with A ≤ B (or one block number), not "${text}"`);
    }
    return { from, to };
}
/**
 * The job id of `blocks` on `chainId`. BullMQ keeps a job's id after it finished, so adding a job
 * with the id of one already added does nothing: enqueueing a range twice runs it once.
 */
export function jobId(chainId, blocks) {
    if (blocks.length === 0)
        throw new RangeError('a range job needs at least one block');
    return `c${chainId}-${blocks[0]}-${blocks[blocks.length - 1]}`;
}
/**
 * Cuts `blocks` (ascending) into jobs of at most `size` blocks each.
 * @throws RangeError when `size` is not a whole number ≥ 1
 */
export function rangeJobs(blocks, size, chain, source) {
    if (!Number.isSafeInteger(size) || size < 1)
        throw new RangeError(`job size must be a whole number ≥ 1, not ${size}`);
    const jobs = [];
    for (let i = 0; i < blocks.length; i += size) {
        const part = blocks.slice(i, i + size);
        jobs.push({ id: jobId(chain.chainId, part), chainId: chain.chainId, chain: chain.name, blocks: part, source });
    }
    return jobs;
}
//# sourceMappingURL=range.js.map