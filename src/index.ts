/**
 * parevm — parallel EVM block execution for Node.js.
 *
 * Data flow: block JSON → `decodeBlock` (hardfork, transactions) →
 *   `executeBlock` (parallel/executeBlock.ts) picks a path (parallel/route.ts): for heavy transactions, pre-block
 *   system work on the coordinator, then a warm pool of workers (parallel/worker.ts) recovers
 *   senders and runs Block-STM over MVMemory (parallel/mvMemory.ts) and the scheduler
 *   (parallel/scheduler.ts) in SharedArrayBuffers, then the block-end merge and post-block work
 *   (parallel/blockStmRun.ts);
 *   for light ones the pipelined path (parallel/pipelined.ts): the workers recover senders while
 *   the coordinator runs the sequential engine's phases in order (for a block given as JSON,
 *   from its fields while the coordinator decodes it) — or it falls back to
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
export { executeBlockSequential, type SequentialOptions } from './execute/sequential.js';
export { decodeBlock, type DecodedBlock } from './block/decode.js';
export { recoverSenders, type RecoveredSenders } from './block/senders.js';
export { hardforkFor, createChainCommon, createMainnetCommon, SUPPORTED_HARDFORKS, type SupportedHardfork } from './block/hardfork.js';
export { CHAINS, MAINNET, chainByName, chainFromConfigFile, parseChainConfig, type ChainSpec, type BlobParameters } from './block/chains.js';
export type { BlockRequests } from './execute/requests.js';
export { loadFixtureBlock, listFixtureBlocks, DEFAULT_FIXTURES, type FixtureBlock } from './block/fixtures.js';
export type { StateReader, AccountInfo } from './state/reader.js';
export { SnapshotState, parseSnapshot, type SnapshotJson } from './state/snapshot.js';
export { BlockStateManager } from './state/stateManager.js';
export {
  loadExecutionWitness,
  witnessPostStateRoot,
  WitnessState,
  type LoadedWitness,
  type ExecutionWitness,
  type WitnessHeader,
} from './state/witness.js';
export { stateChangesToJSON, type StateChanges, type AccountChange } from './state/changes.js';
export { verifyHeader, type HeaderVerdict, type FieldVerdict } from './verify/header.js';
export { receiptsRoot, blockLogsBloom, encodeReceiptBytes } from './verify/receipts.js';
export { ecrecoverBackend } from './crypto/ecrecover.js';
export type { BlockResult, Receipt, Log, PhaseTimings } from './types.js';
export * from './errors.js';
export { executeBlock } from './parallel/executeBlock.js';
export { PARALLEL_MODES, type ParallelMode, type ParallelOptions } from './parallel/options.js';
export { MIN_PARALLEL_GAS, MIN_PARALLEL_TXS, MIN_PIPELINED_TXS } from './parallel/route.js';
export { WorkerPool, closeSharedPools } from './parallel/pool.js';
export { diffResults, type ResultDifference } from './verify/compare.js';
export { traceTransactions, type TraceTransactionsOptions, type TraceEngine } from './evm/trace/traceTransactions.js';
export { firstDifference, type TraceDifference, type TraceAgreement } from './evm/trace/compare.js';
export type { TraceLine, TraceStep, TraceSummary, TraceSink } from './evm/trace/types.js';
export type { ExecutionMetrics } from './types.js';
export { DEFAULT_ENGINE, ENGINES, type EngineName } from './execute/engine.js';
export { warmUpEvm, type WarmUpReport } from './evm/warmup.js';
export { blockTimeMs } from './execute/timings.js';
export type { BlockInput } from './execute/lifecycle.js';
