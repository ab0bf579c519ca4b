/**
 * parevm — parallel EVM block execution for Node.js.
 *
 * Data flow: block JSON → `decodeBlock` (hardfork, transactions) →
 *   `executeBlock` (parallel/executeBlock.ts) picks a path: for heavy transactions, pre-block
 *   system work on the coordinator, then a warm pool of workers (parallel/worker.ts) recovers
 *   senders and runs Block-STM over MVMemory (parallel/mvMemory.ts) and the scheduler
 *   (parallel/scheduler.ts) in SharedArrayBuffers, then the block-end merge and post-block work;
 *   for light ones the pipelined path (parallel/pipelined.ts): the workers recover senders while
 *   the coordinator runs the sequential engine's phases in order — or it falls back to
 *   `executeBlockSequential` (execute/sequential.ts), the reference it must equal byte for byte →
 * `BlockResult` (receipts, gasUsed, logsBloom, receiptsRoot, state changes, metrics) →
 * `verifyHeader` against the header, `diffResults` against the other path.
 *
 * Both engines share the block lifecycle (execute/lifecycle.ts): decode → pre-block system calls
 * → transactions → post-block work → assemble; a worker executes transaction i through
 * `IncarnationRunner` (parallel/incarnation.ts), the one path the analyzer uses too.
 *
 * Senders and beneficiary credits are lazy (txView.ts): a sender's nonce and debit, the fee
 * credit and a plain transfer's credit are DELTAs, and the block-end merge (parallel/merge.ts)
 * checks each lazy sender against its real account.
 *
 * Subpath exports: `parevm/analyze` (block models, dependency graph, simulated speedup),
 * `parevm/fuzz` (the differential fuzzer), `parevm/conformance` (the consensus tests),
 * `parevm/rpc` (`fetchBlocks`: blocks from a JSON-RPC node into the fixture-layout cache),
 * `parevm/replay` (block ranges on BullMQ/Redis, the history report).
 */
export { executeBlockSequential } from './execute/sequential.js';
export { decodeBlock } from './block/decode.js';
export { recoverSenders } from './block/senders.js';
export { hardforkFor, createChainCommon, createMainnetCommon, SUPPORTED_HARDFORKS } from './block/hardfork.js';
export { CHAINS, MAINNET, chainByName, chainFromConfigFile, parseChainConfig } from './block/chains.js';
export { loadFixtureBlock, listFixtureBlocks, DEFAULT_FIXTURES } from './block/fixtures.js';
export { SnapshotState, parseSnapshot } from './state/snapshot.js';
export { BlockStateManager } from './state/stateManager.js';
export { loadExecutionWitness, witnessPostStateRoot, WitnessState, } from './state/witness.js';
export { stateChangesToJSON } from './state/changes.js';
export { verifyHeader } from './verify/header.js';
export { receiptsRoot, blockLogsBloom, encodeReceiptBytes } from './verify/receipts.js';
export { ecrecoverBackend } from './crypto/ecrecover.js';
export * from './errors.js';
export { executeBlock, MIN_PARALLEL_GAS, MIN_PARALLEL_TXS, PARALLEL_MODES } from './parallel/executeBlock.js';
export { WorkerPool, closeSharedPools } from './parallel/pool.js';
export { diffResults } from './verify/compare.js';
export { traceTransactions } from './evm/trace/traceTransactions.js';
export { firstDifference } from './evm/trace/compare.js';
export { DEFAULT_ENGINE, ENGINES } from './execute/engine.js';
export { warmUpEvm } from './evm/warmup.js';
export { blockTimeMs } from './execute/timings.js';
//# sourceMappingURL=index.js.map