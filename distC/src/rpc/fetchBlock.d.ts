import type { ChainSpec } from '../block/chains.js';
import { type RpcBlockJson } from '../block/decode.js';
import { type SnapshotState } from '../state/snapshot.js';
import type { NodeStore } from '../state/witness/nodeStore.js';
import type { BlockResult } from '../types.js';
import { type FieldVerdict, type HeaderVerdict } from '../verify/header.js';
import { type RpcClient, type RpcStats } from './client.js';
import type { KnownState } from './knownState.js';
/**
 * How a block's pre-state was fetched, in parevm's order of preference:
 * - `witness`: `debug_executionWitness` (trie nodes: the post-state root is checked);
 * - `prestateTracer`: `debug_traceBlockByNumber` with the prestate tracer, plus the discovery loop
 *   for what traces omit;
 * - `proofs`: the discovery loop fetching accounts and slots as `eth_getProof` proofs (the
 *   post-state root is checked on their nodes);
 * - `discovery`: the discovery loop over `eth_getBalance`, `eth_getTransactionCount`,
 *   `eth_getCode`, `eth_getStorageAt` (any node).
 */
export type PreStatePath = 'witness' | 'prestateTracer' | 'proofs' | 'discovery';
/** Every path, in order of preference. */
export declare const PRESTATE_PATHS: readonly PreStatePath[];
/**
 * What one run has learnt of a node and of the chain, shared by the blocks it fetches: the
 * methods the node refused (not asked again), and the state and trie nodes at the last block
 * fetched, so that the next block reuses them.
 */
export interface FetchContext {
    client: RpcClient;
    chain: ChainSpec;
    /** The paths allowed, in order of preference (default {@link PRESTATE_PATHS}). */
    paths: readonly PreStatePath[];
    /** Paths the node refused (by method), with why. */
    refused: Map<PreStatePath, string>;
    /** The state at block `at` as far as known. */
    known: KnownState;
    at?: bigint;
    /** Trie nodes of the state at `at` (from proofs), and its root. */
    nodes?: {
        root: string;
        store: NodeStore;
    };
}
/** One block fetched, executed and verified. */
export interface FetchedBlock {
    number: bigint;
    /** `eth_getBlockByNumber(n, true)`'s answer, as the node sent it. */
    blockJson: RpcBlockJson;
    /** The block's pre-state: every account and slot it read, the codes and ancestor hashes. */
    preState: SnapshotState;
    path: PreStatePath;
    /** The sequential execution on `preState`. */
    result: BlockResult;
    verdict: HeaderVerdict;
    /** `match`, or `not-checked` with the reason (no proofs / witness, or a node they lack). */
    stateRoot: FieldVerdict;
    /** The header fields checked, e.g. `gasUsed`, `receiptsRoot`, `logsBloom`, `stateRoot`. */
    checked: string[];
    warnings: string[];
    /** Fetch rounds of the discovery loop, and the accounts and slots fetched. */
    rounds: number;
    fetched: {
        accounts: number;
        slots: number;
    };
    /** Requests this block made. */
    requests: RpcStats;
    /** The node's `debug_executionWitness` answer, as is (witness path). */
    witness?: unknown;
    /**
     * The parent's state root and the trie nodes that checked the state root (`0x` hex) — for the
     * witness path, `nodesFrom` names the stored witness instead of repeating its nodes.
     */
    proof?: {
        parentStateRoot: string;
        nodes?: string[];
        nodesFrom?: 'execution_witness.json';
    };
}
/** Progress of one block: the phase and the requests, accounts and slots so far. */
export interface FetchProgress {
    block: bigint;
    phase: string;
    requests: number;
    accounts: number;
    slots: number;
}
/**
 * Fetches block `n` and its pre-state from the node, executes it (sequentially) and verifies it
 * against its header; on success advances `ctx.known` to the block's post-state. Nothing is
 * written: see `fetchBlocks` for the cache.
 * @throws RpcBlockNotFoundError when the node does not have block `n`
 * @throws RpcBadBlockError when the transactions (withdrawals) do not hash to the header's
 *   `transactionsRoot` (`withdrawalsRoot`) or the header does not hash to `hash`
 * @throws RpcStateMismatchError when the execution does not match the header (a field or the
 *   state root mismatches)
 * @throws RpcUnreachableError / RpcResponseError / RpcMethodError on a failed request
 * @throws the execution's typed errors (decode, invalid transaction) on a complete pre-state
 */
export declare function fetchBlock(n: bigint, ctx: FetchContext, onProgress?: (p: FetchProgress) => void): Promise<FetchedBlock>;
