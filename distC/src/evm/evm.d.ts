import type { BlockStateManager } from '../state/stateManager.js';
import { Journal } from './frames/journal.js';
import { Frame } from './frames/frame.js';
import { type AnalysisCache } from './interpreter/analysis.js';
import type { ForkSchedule } from './interpreter/schedule.js';
import type { InterpreterTracer } from './interpreter/tracer.js';
import { type Precompile } from './precompiles.js';
/** The block a transaction executes in, as the EVM reads it (BLOCKHASH through `blockHash`). */
export interface BlockEnv {
    number: bigint;
    /** Beneficiary, lowercase `0x` hex, and as a word (COINBASE). */
    coinbase: string;
    coinbaseWord: bigint;
    timestamp: bigint;
    gasLimit: bigint;
    difficulty: bigint;
    /** EIP-4399 (mixHash as a word). */
    prevRandao: bigint;
    /** EIP-1559 base fee (undefined before London). */
    baseFee: bigint | undefined;
    /** EIP-7516 blob base fee (undefined before Cancun). */
    blobBaseFee: bigint | undefined;
    /** The hash of ancestor `number` as a word; throws MissingBlockHashError when unknown. */
    blockHash(number: bigint): bigint;
}
/** The transaction-wide environment of the EVM. */
export interface TxEnv {
    /** Sender, lowercase `0x` hex, and as a word (ORIGIN). */
    origin: string;
    originWord: bigint;
    /** Effective gas price (GASPRICE). */
    gasPrice: bigint;
    /** EIP-4844 versioned hashes as words (BLOBHASH). */
    blobHashes: readonly bigint[];
}
/**
 * What the EVM tells of the balances it uses, for the parallel engine's lazy senders and bounded
 * contract balances (`parallel/txView.ts`). Methods of a class, not closures made for each block:
 * the interpreter's call sites then meet the same functions every block (a new closure each block
 * deoptimised `run`, recompiled in 150–500 ms, in the workers' first blocks). Each method may
 * throw to abort the transaction.
 */
export interface BalanceObserver {
    /**
     * Before the EVM reads `address`'s balance as a value: BALANCE, SELFBALANCE and SELFDESTRUCT's
     * own balance (the lazy sender and bounded balances become exact dependencies there).
     */
    balanceRead(address: string): void;
    /**
     * Before the EVM tests whether `address` can pay `value` wei (> 0) out of `balance` (its balance
     * as the EVM holds it now): a CALL or CALLCODE with value, a CREATE or CREATE2 with an
     * endowment (a bounded balance records the test as a bound).
     */
    balanceCheck(address: string, balance: bigint, value: bigint): void;
    /**
     * When a value transfer (> 0 wei) credits `address`, with the balance it would reach (above
     * 2^256 − 1 the transfer fails with an overflow: a bounded balance checks that outcome holds for
     * every balance within its bound).
     */
    balanceCredit(address: string, balance: bigint): void;
}
/**
 * parevm's EVM for one block: the fork's compiled schedule, the transaction substate
 * ({@link Journal}) over the block's {@link BlockStateManager}, the precompiles, and the machine
 * resources every frame shares — one stack (`stack`), one memory buffer (`mem`) and a pool of
 * {@link Frame}s by depth — reused across frames and transactions. Synchronous throughout.
 */
export declare class Evm {
    readonly schedule: ForkSchedule;
    readonly sm: BlockStateManager;
    block: BlockEnv;
    readonly analyses: AnalysisCache;
    readonly journal: Journal;
    readonly precompiles: Map<string, Precompile>;
    tx: TxEnv;
    mem: Uint8Array<ArrayBuffer>;
    memView: DataView<ArrayBuffer>;
    /** Packed (filled with 0n) for the interpreter's loads; grown in place by {@link ensureStack}. */
    readonly stack: bigint[];
    /** 32 bytes of scratch space (zero-padded loads), shared by the thread's EVMs. */
    readonly scratch: Uint8Array<ArrayBuffer>;
    readonly scratchView: DataView<ArrayBuffer>;
    readonly frames: Frame[];
    /**
     * KECCAK256 results by input (≤ 128 bytes, as a latin-1 string) within this block: contracts
     * hash the same mapping key for the SLOAD and the SSTORE of a slot, and transactions of a block
     * repeat keys. Per block (so a benchmark repeating a block gains nothing); bounded.
     */
    readonly keccakMemo: Map<string, bigint>;
    /** Logs-bloom bit indices by address / topic within this block (see `bloom.ts`). */
    readonly bloomBits: Map<string | bigint, number>;
    /**
     * Executions per opcode byte (index: the opcode) when set — the differential fuzzer's coverage
     * (`src/fuzz/coverage.ts`); null otherwise, which costs the interpreter one test of a local per
     * instruction.
     */
    opCounts: Float64Array | null;
    /** Outcome of the message that completed last (set by the frame code). */
    outStatus: number;
    outGasLeft: bigint;
    outOutput: Uint8Array;
    outAddress: string;
    /** Step tracer (EIP-3155 traces, `src/evm/trace/`); undefined when not tracing. */
    tracer: InterpreterTracer | undefined;
    /** Told of every balance the EVM observes, tests or credits ({@link BalanceObserver}); undefined: nobody listens. */
    balanceObserver: BalanceObserver | undefined;
    constructor(schedule: ForkSchedule, sm: BlockStateManager, block: BlockEnv, analyses?: AnalysisCache);
    /** The pooled frame of `depth`. */
    frameAt(depth: number): Frame;
    /**
     * Forgets a transaction abandoned mid-execution (an exception out of the interpreter): frames
     * zero their memory and close their journal checkpoints only when they halt, so the memory is
     * zeroed and the substate (touched set, checkpoints, logs) emptied here.
     */
    abandon(): void;
    /** Grows the shared memory buffer to at least `end` bytes (zero-filled). */
    ensureMemory(end: number): void;
    /** Grows the shared stack array to at least `end` entries. */
    ensureStack(end: number): void;
}
