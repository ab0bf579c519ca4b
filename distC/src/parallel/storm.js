/**
 * The re-execution bound of the parallel engine (issue 5, part 4). A block whose transactions
 * each read what the previous one is still writing makes Block-STM re-execute almost every
 * transaction: the extra workers only burn time (and, on shared cores, slow down the one doing
 * useful work). The scheduler halts such a run (`Scheduler.configureStorm`); the coordinator
 * then keeps the committed prefix — transactions whose final incarnation is executed and still
 * validates — and executes the rest sequentially on its own EVM, so a halt wastes nothing that
 * was already done right.
 *
 * The bound: with W effective workers (workers, at most the cores) and a share w of execution
 * time wasted (incarnations stopped by an ESTIMATE or aborted by validation), the speedup is at
 * most W × (1 − w). The run halts once w ≥ 1 − 1.2 / W: from there parallel execution can no
 * longer beat sequential by more than 1.2×, and usually loses to it — and once half of the
 * incarnations were wasted too: in a storm each transaction's first incarnation runs beside its
 * predecessor and reads what that one has not written yet, while a few long wasted incarnations
 * (a GC pause, a preempted worker) or an early burst of conflicts only look like a storm in time.
 * A storm is sustained, so w is judged only after `minExecutedMs` of execution (summed over
 * workers) and as many incarnations as 8 per worker and half of the block's transactions: on many
 * mainnet blocks transactions 0 and 1 conflict, and the first, slow incarnations alone would read
 * as half wasted.
 */
import { availableParallelism } from 'node:os';
import { validateReadSet } from './validate.js';
/**
 * Default `incarnationShare`, at least. Measured at 2 workers, the peak share over a run (30 runs
 * each): mainnet 19929064, 19426586 and 19933597 up to 34 % (their early bursts of conflicts);
 * the adversarial storm (`npm run bench:adversarial`) 65 % at least. With 3/4 of the time share
 * (30 %) as the rule before, the time share alone decided, and 19929064 halted in about 2 of 170
 * runs although its waste ends anywhere from 1 % to 40 %.
 */
export const STORM_MIN_WASTED_INCARNATIONS = 0.5;
/** Default `minExecutedMs`. */
export const STORM_MIN_EXECUTED_MS = 40;
/** Default `minExecutions` per worker: past the first wave of conflicts. */
export const STORM_MIN_EXECUTIONS_PER_WORKER = 8;
/**
 * Default `minExecutions` as a share of the block's transactions: the waste is judged over half
 * of the block at least. Judged sooner, an early burst of conflicts that the rest of the block
 * amortises halted mainnet blocks that waste little in all: over a quarter, 19929064, 19426586
 * and 19933597 halted at transactions 9–30 in 6 of 30 runs (and 12520364 on one long aborted
 * incarnation); over half, with the incarnation-count rule, in none of 30. A real storm (each
 * transaction reads its predecessor's write) costs at most that half at the pace of one worker
 * before the halt.
 */
export const STORM_MIN_BLOCK_SHARE = 0.5;
/**
 * The bound for `workers` worker threads as the scheduler takes it (permille, µs); no bound
 * (permille undefined) when disabled, and by default for a single worker, which wastes nothing.
 */
export function stormParameters(workers, bound, txCount = 0) {
    if (bound === false || (workers < 2 && bound?.wasteShare === undefined))
        return { permille: undefined, countPermille: 0, minMicros: 0, minExecutions: 0 };
    const effective = Math.max(1, Math.min(workers, availableParallelism()));
    const share = Math.min(1, Math.max(0, bound?.wasteShare ?? Math.max(0.25, 1 - 1.2 / effective)));
    const countShare = bound?.incarnationShare ?? (share === 0 ? 0 : Math.max(STORM_MIN_WASTED_INCARNATIONS, (share * 3) / 4));
    return {
        permille: Math.round(share * 1000),
        countPermille: Math.round(Math.min(1, Math.max(0, countShare)) * 1000),
        minMicros: Math.round((bound?.minExecutedMs ?? STORM_MIN_EXECUTED_MS) * 1000),
        minExecutions: bound?.minExecutions ?? (bound?.wasteShare === 0 ? 0 : Math.max(STORM_MIN_EXECUTIONS_PER_WORKER * workers, Math.ceil(txCount * STORM_MIN_BLOCK_SHARE))),
    };
}
/**
 * After a halt: the number of leading transactions that are committed — final incarnation
 * executed, its output present, and its read set still valid against MVMemory (checked here on
 * the coordinator, once the workers have stopped: the state below each of them is final).
 */
export function committedPrefix(mv, scheduler, finals, base) {
    for (let i = 0; i < scheduler.txCount; i++) {
        const s = scheduler.status(i);
        const o = finals.get(i);
        if (s.status !== 'executed' || !o || o[1] !== s.incarnation || !validateReadSet(mv, i, base))
            return i;
    }
    return scheduler.txCount;
}
/**
 * Executes transactions `from` … end of `decoded` one after another on `engine` (whose state holds
 * the block up to `from`), as the sequential engine does.
 * @param gasBefore gas used by transactions 0 … from − 1
 * @param prepare called on each transaction first (installs the sender recovered by the workers)
 * @param onReceipt called with each transaction's receipt once it ran (publishes it to the workers hashing receipt leaves)
 * @throws the sequential engine's typed errors (InvalidTransactionError, ...)
 */
export async function runSequentialTail(engine, decoded, from, gasBefore, prepare, onReceipt) {
    const receipts = [];
    let gas = gasBefore;
    const txs = decoded.block.transactions;
    for (let i = from; i < txs.length; i++) {
        prepare(i, txs[i]);
        const r = await engine.runTransaction(decoded.block, i, gas);
        gas = r.cumulativeGasUsed;
        receipts.push(r);
        onReceipt?.(i, r);
    }
    return receipts;
}
//# sourceMappingURL=storm.js.map