/**
 * Where `executeBlock` runs a block: sequentially (too few transactions; Block-STM's rules, when
 * Block-STM was asked for by name), pipelined or on Block-STM, by `options.mode` and the block's
 * numbers ({@link chooseRoute}); the size rules alone ({@link sizeRoute}) decide before decoding
 * when they can.
 */
import type { TypedTransaction } from '@ethereumjs/tx';
import type { DecodedBlock } from '../block/decode.js';
import { DEFAULT_ENGINE } from '../execute/engine.js';
import type { StateReader } from '../state/reader.js';
import { SnapshotState } from '../state/snapshot.js';
import { type Fallback, unreadablePreState } from './fallback.js';
import type { ParallelMode, ParallelOptions } from './options.js';

/**
 * On the reference engine (no lazy senders), above this share of one sender's transactions the
 * block is one nonce-ordered chain (e.g. a pool's payout block, mainnet 12520364: 650 of 660) and
 * runs sequentially. parevm's EVM applies senders lazily, so their transactions run in parallel.
 */
export const MAX_SENDER_CHAIN_SHARE = 0.5;

function longestSenderChain(senders: (string | undefined)[]): number {
  const counts = new Map<string, number>();
  let max = 0;
  for (const s of senders) if (s !== undefined) max = Math.max(max, counts.set(s, (counts.get(s) ?? 0) + 1).get(s)!);
  return max;
}

/**
 * Above this share of the block's transactions sent as plain calls (no input data) to one
 * contract, the block runs sequentially: each call runs that contract's receive or fallback code
 * on the same storage. The contracts called so in mainnet 6137495 (33 of 60 transactions) and
 * 6196166 (49 of 108; it updates slots 6–8 on every call) made their calls one chain, and the
 * blocks ran at 0.47–0.67× sequential in parallel at 2 workers. A plain transfer to an account
 * without code is a lazy credit instead, and calls with input data (an ERC-20's `transfer`)
 * mostly touch their own slots: neither counts. A heuristic from those two blocks; `force` skips it.
 */
export const MAX_PLAIN_CALL_SHARE = 0.4;

/**
 * The contract (lowercase `0x` hex) receiving the most plain calls (value transfers without input
 * data) of `txs`, and how many; accounts without code (credited lazily) are not counted.
 * @throws Fallback when `state` cannot be read (the sequential path then reports its typed error)
 */
function busiestPlainCallee(txs: readonly TypedTransaction[], state: StateReader): { address: string; calls: number } | undefined {
  const counts = new Map<string, number>();
  const hasCode = new Map<string, boolean>();
  let best: { address: string; calls: number } | undefined;
  for (const tx of txs) {
    if (tx.to === undefined || tx.data.length > 0) continue;
    const to = tx.to.toString();
    let code = hasCode.get(to);
    if (code === undefined) {
      try {
        code = state.account(to)?.codeHash !== undefined;
      } catch (e) {
        throw unreadablePreState(e);
      }
      hasCode.set(to, code);
    }
    if (!code) continue;
    const calls = (counts.get(to) ?? 0) + 1;
    counts.set(to, calls);
    if (!best || calls > best.calls) best = { address: to, calls };
  }
  return best;
}

/**
 * Below this many transactions Block-STM lost on the mainnet fixtures at 2 workers
 * (`npm run bench:parallel`: 0.43–0.81× for the blocks of 9–24 transactions, ≥0.83× from 56 on,
 * 1.12–1.33× for 37 and 45). Mode `'auto'` runs such blocks pipelined (from
 * {@link MIN_PIPELINED_TXS} on), mode `'block-stm'` sequentially.
 */
export const MIN_PARALLEL_TXS = 32;

/**
 * Below this many transactions the pipelined path does not pay: starting its workers and ending
 * their job costs ~0.15–0.35 ms, and recovery, the part it takes off this thread, is ~60 µs a
 * transaction. Mainnet fixtures at 2 workers, pipelined ÷ sequential block time (medians of 100
 * runs alternated with the sequential engine): 0.59× for 46147 (1 transaction), 0.97× for
 * 15537393 (1), 1.01× for 9068998 (3), 1.04× and 1.27× for 2462997 and 1150000 (9), 1.08–1.40×
 * for the blocks of 15–24. Among Block-STM's runs as the bench orders them (72 rounds a process),
 * the 9-transaction blocks read 0.94–1.03× (three processes), those of 15–24 1.06–1.30× (2674998,
 * 16 transactions: 0.80–1.00× in three processes of five, 1.28–1.30× in two; not understood).
 */
export const MIN_PIPELINED_TXS = 12;

/**
 * Below this much gas used (the header's `gasUsed`, known before execution) the parallel path
 * lost on every mainnet fixture at 2 workers: the four blocks of 1.9–3.4 Mgas and 37–83
 * transactions (2641321, 19426587, 19933122, 19934116) ran at 0.51–0.97× sequential in
 * `npm run bench:parallel` (0.77–0.89× in an earlier run): the fixed cost of a parallel run
 * (encoding the block and pre-state, the merge) outweighs 10–25 ms of execution. Such blocks run
 * sequentially. The header may lie: that changes the path taken, never the result. A header that
 * declares no gas used (synthetic and fuzzed blocks) is not held to it.
 */
export const MIN_PARALLEL_GAS = 5_000_000n;

/**
 * The gas rule of the parallel path: `gasUsed` (the header's, gas) is declared (above 0) and below
 * `minGas`, so the block runs sequentially. A header declaring no gas used (synthetic and fuzzed
 * blocks) says nothing and is not held to it.
 * @example belowParallelGas(3_400_000n) // true
 */
export function belowParallelGas(gasUsed: bigint, minGas: bigint = MIN_PARALLEL_GAS): boolean {
  return gasUsed > 0n && gasUsed < minGas;
}

/**
 * Below this average gas per transaction (the header's `gasUsed` over its transactions; the
 * transactions' gas limits when the header declares none), `mode: 'auto'` runs a block pipelined,
 * not on Block-STM: Block-STM's own cost per transaction (~2.5× the sequential engine's at 2
 * workers) outweighs parallel execution of light transactions, and recovery, most of such a
 * block's time, is as parallel on the pipelined path. Measured at 2 workers (`bench:parallel`,
 * medians of ≥ 3 runs): of the 30 mainnet fixture blocks of ≥ 5 Mgas, the 27 it runs pipelined
 * ran at 1.06–1.97× the sequential engine's speed, and at 0.70–1.50× on Block-STM itself;
 * Block-STM was ahead on 2 of them (12159808, 12244000, by 0.11–0.28×, within the run's noise),
 * pipelined on 25. Heavy transactions stay on Block-STM, whose execution scales with cores where
 * the pipelined path's is one thread's: the synthetic compute block (2,000 transactions of 1.2
 * Mgas) ran at 1.93–2.07× on Block-STM; pipelined it is bounded by sequential time ÷ execution
 * time (≈ 1.01×). A block of heavy transactions where one may use half its gas or more goes
 * pipelined too ({@link oneTransactionBound}).
 */
export const BLOCK_STM_MIN_GAS_PER_TX = 250_000n;

/**
 * Why `mode: 'auto'` runs a block of heavy transactions pipelined, or undefined: one transaction's
 * gas limit is half the block's gas ({@link blockGas}) or more. Block-STM then runs no faster
 * than that one transaction, so at best the rest runs beside it, and Block-STM's own cost per
 * transaction outweighs that.
 * Mainnet 15537394 (80 transactions; one of 21.2 of its 30 Mgas, limit 26 M): 0.77–0.92× on
 * Block-STM, 0.95–1.05× pipelined (2 workers, 3 alternated processes each).
 */
function oneTransactionBound(decoded: DecodedBlock): string | undefined {
  const txs = decoded.block.transactions;
  const gas = blockGas(decoded);
  let heaviest = 0;
  for (let i = 1; i < txs.length; i++) if (txs[i]!.gasLimit > txs[heaviest]!.gasLimit) heaviest = i;
  const limit = txs[heaviest]?.gasLimit ?? 0n;
  if (gas === 0n || 2n * limit < gas) return undefined;
  return `one transaction may use half the block's gas or more (transaction ${heaviest}: gas limit ${limit} of ${gas}), which bounds Block-STM`;
}

/** Where a block runs ({@link chooseRoute}). */
export type Route = { path: 'parallel'; state: SnapshotState } | { path: 'pipelined'; reason?: string } | { path: 'sequential'; reason: string };

/**
 * The path of a block under `options.mode` ({@link ParallelOptions.mode}): the size rules first
 * (too few transactions: sequential, unless `force`), then Block-STM where chosen and admitted by
 * its rules ({@link parallelPreState}), pipelined otherwise (it needs no in-memory pre-state and
 * no rule of Block-STM's: it executes in order).
 */
export function chooseRoute(decoded: DecodedBlock, state: StateReader, options: ParallelOptions): Route {
  const mode = routeMode(options);
  const bySize = sizeRoute(decoded.block.transactions.length, blockGas(decoded), options);
  if (bySize) return bySize;
  if (mode === 'auto') {
    const bound = oneTransactionBound(decoded);
    if (bound !== undefined) return { path: 'pipelined', reason: bound };
  }
  const preState = parallelPreState(decoded, state, options);
  if (typeof preState !== 'string') return { path: 'parallel', state: preState };
  return mode === 'auto' ? { path: 'pipelined', reason: `not Block-STM: ${preState}` } : { path: 'sequential', reason: preState };
}

/** The mode a block runs under: `options.mode`, else Block-STM when forced, else `'auto'`. */
function routeMode(options: ParallelOptions): ParallelMode {
  return options.mode ?? (options.force ? 'block-stm' : 'auto');
}

/**
 * {@link chooseRoute}'s rules that need only a block's transaction count and gas ({@link blockGas}),
 * known from its JSON before decoding it: sequential below `minTransactions` (unless `force`),
 * pipelined in mode `'pipelined'`, or in mode `'auto'` for light transactions and for blocks too
 * small for Block-STM ({@link MIN_PARALLEL_TXS}); undefined when the rest of the block decides.
 */
export function sizeRoute(txCount: number, gas: bigint, options: ParallelOptions): Route | undefined {
  const mode = routeMode(options);
  const few = tooFewTransactions(txCount, options);
  if (few !== undefined) return { path: 'sequential', reason: few };
  if (mode === 'pipelined') return { path: 'pipelined' };
  if (mode === 'auto') {
    const perTx = txCount === 0 ? 0n : gas / BigInt(txCount);
    if (perTx < BLOCK_STM_MIN_GAS_PER_TX)
      return { path: 'pipelined', reason: `light transactions (${perTx} gas each on average, below ${BLOCK_STM_MIN_GAS_PER_TX} for Block-STM)` };
    if (!options.force && txCount < MIN_PARALLEL_TXS) return { path: 'pipelined', reason: `fewer than ${MIN_PARALLEL_TXS} transactions for Block-STM` };
  }
  return undefined;
}

/**
 * Why a block of `txCount` transactions runs sequentially by its size (below `minTransactions`,
 * unless `force`), or undefined. `minTransactions` defaults to {@link MIN_PARALLEL_TXS} in mode
 * `'block-stm'`, to {@link MIN_PIPELINED_TXS} in the others (`'auto'` takes smaller blocks pipelined).
 */
export function tooFewTransactions(txCount: number, options: ParallelOptions): string | undefined {
  const minimum = options.minTransactions ?? (routeMode(options) === 'block-stm' ? MIN_PARALLEL_TXS : MIN_PIPELINED_TXS);
  return !options.force && txCount < minimum ? `fewer than ${minimum} transactions` : undefined;
}

/** The block's gas: the header's `gasUsed`, or (declared 0: synthetic and fuzzed blocks) the sum of its transactions' gas limits. */
function blockGas(decoded: DecodedBlock): bigint {
  return gasOf(decoded.block.header.gasUsed, decoded.block.transactions);
}

/** {@link blockGas} from the header's `gasUsed` and the transactions (decoded, or their fields read from the JSON before decoding). */
export function gasOf(gasUsed: bigint, txs: readonly { gasLimit: bigint }[]): bigint {
  return gasUsed > 0n ? gasUsed : txs.reduce((sum, tx) => sum + tx.gasLimit, 0n);
}

/**
 * The in-memory pre-state to run the block on Block-STM with, or why the block does not by rule
 * (too little gas, a pre-state that is not in memory, one sender's nonce chain on the reference
 * engine, most transactions plain calls to one contract). A reason returned, not a thrown
 * {@link Fallback}: throwing it cost 25–30 µs per block that went sequential by rule, ~8% of an
 * empty block (0.33 ms here).
 * @throws Fallback when the routing rule cannot read the pre-state ({@link unreadablePreState})
 */
function parallelPreState(decoded: DecodedBlock, state: StateReader, options: ParallelOptions): SnapshotState | string {
  const txCount = decoded.block.transactions.length;
  const minGas = options.minGas ?? MIN_PARALLEL_GAS;
  if (!options.force && belowParallelGas(decoded.block.header.gasUsed, minGas)) {
    return `less than ${Number(minGas) / 1e6} Mgas used (the header's gasUsed: ${decoded.block.header.gasUsed})`;
  }
  if (!(state instanceof SnapshotState)) return 'the parallel path needs an in-memory SnapshotState';
  const chain = longestSenderChain(decoded.expectedSenders);
  if (!options.force && (options.engine ?? DEFAULT_ENGINE) === 'reference' && chain > txCount * MAX_SENDER_CHAIN_SHARE) {
    return `${chain} of ${txCount} transactions are from one sender (a nonce chain: no parallelism to win)`;
  }
  const callee = options.force ? undefined : busiestPlainCallee(decoded.block.transactions, state);
  if (callee && callee.calls > txCount * MAX_PLAIN_CALL_SHARE) {
    return `${callee.calls} of ${txCount} transactions are plain calls to ${callee.address}, an account with code (its receive code on shared state: a chain)`;
  }
  return state;
}
