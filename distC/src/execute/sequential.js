import { recoverSenders } from '../block/senders.js';
import { guarded } from '../state/guarded.js';
import { BlockStateManager } from '../state/stateManager.js';
import { assembleResult, postBlock, preBlock, toDecoded } from './lifecycle.js';
import { DEFAULT_ENGINE, createBlockEngine } from './engine.js';
/**
 * Executes a block's transactions one after another on `@ethereumjs/vm` — the reference that
 * every parallel result must equal. Phases: decode (when given JSON), sender recovery,
 * pre-block system work (DAO irregular change at 1,920,000; EIP-4788 beacon root), the
 * transactions in order, post-block work (proof-of-work rewards, EIP-4895 withdrawals),
 * receipts root, logs bloom and the state diff.
 *
 * `state` is only read; the pre-state passed in is never mutated.
 * @example
 * const fx = loadFixtureBlock('../shared/fixtures/mainnet', 19932703)
 * const result = await executeBlockSequential(fx.blockJson, fx.state)
 * verifyHeader(result, fx.blockJson).ok // true
 * @throws BlockDecodeError / FixtureFormatError / UnsupportedHardforkError / InvalidTransactionError
 *   on bad block input (see `decodeBlock`)
 * @throws InvalidSignatureError / SenderMismatchError from sender recovery
 * @throws InvalidTransactionError when a transaction is invalid in the block (its `reason` and
 *   `txIndex` say which and why); decode-time rejections come from `decodeBlock`
 * @throws StateReadError when `state` throws (the reader's error is the cause)
 * @throws MissingBlockHashError when BLOCKHASH needs an ancestor the state lacks
 */
export async function executeBlockSequential(input, state, options = {}) {
    const t0 = performance.now();
    const { decoded, decodeMs } = toDecoded(input);
    const { senders, ms: senderRecoveryMs } = recoverSenders(decoded.block, options.expectedSenders ?? decoded.expectedSenders);
    return executeInOrder(decoded, state, options, { t0, decodeMs, senderRecoveryMs, senders, senderOf: (i) => senders[i] });
}
/**
 * The sequential engine's phases after sender recovery: pre-block system work, the transactions
 * one after another, post-block work, assembly (`execute/lifecycle.ts`). Shared by
 * {@link executeBlockSequential} and the pipelined path (`parallel/pipelined.ts`), whose workers
 * recover the senders while the transactions run here.
 * @throws the typed errors of {@link executeBlockSequential} past sender recovery
 */
export async function executeInOrder(decoded, state, options, parts) {
    const { block } = decoded;
    const tExec = performance.now();
    const reader = guarded(state);
    const sm = new BlockStateManager(reader);
    const notes = [];
    const receipts = [];
    const engine = await createBlockEngine(options.engine ?? DEFAULT_ENGINE, decoded, sm, reader);
    if (engine.parevmEvm !== undefined)
        options.onParevmEvm?.(engine.parevmEvm);
    await preBlock(engine.host, decoded, notes);
    for (let i = 0; i < block.transactions.length; i++) {
        const receipt = await engine.runTransaction(block, i, receipts.at(-1)?.cumulativeGasUsed ?? 0n, undefined, parts.senderOf(i));
        receipts.push(receipt);
        parts.onReceipt?.(i, receipt);
    }
    const tPost = performance.now();
    const requests = await postBlock(engine.host, sm, decoded, receipts, notes);
    const result = await assembleResult(decoded, sm, {
        senders: parts.senders,
        receipts,
        requests,
        notes,
        ...(parts.receiptsRoot ? { receiptsRoot: () => parts.receiptsRoot(receipts) } : {}),
        timings: { decodeMs: parts.decodeMs, senderRecoveryMs: parts.senderRecoveryMs, executionMs: tPost - tExec, postBlockMs: 0, totalMs: 0 },
    });
    const end = performance.now();
    result.timings.postBlockMs = end - tPost;
    result.timings.totalMs = end - parts.t0;
    return result;
}
//# sourceMappingURL=sequential.js.map