import type { BlockStateManager } from '../state/stateManager.js';
import type { TopicBloomBits } from './bloom.js';
import { Journal } from './frames/journal.js';
import { EMPTY_BYTES, Frame } from './frames/frame.js';
import { type AnalysisCache, sharedAnalysisCache } from './interpreter/analysis.js';
import type { ForkSchedule } from './interpreter/schedule.js';
import type { InterpreterTracer } from './interpreter/tracer.js';
import { precompilesFor, type Precompile } from './precompiles.js';

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

/** The memory buffer's size at its first expansion (doubled as frames need more). */
const INITIAL_MEMORY = 64 * 1024;
/**
 * An EVM's memory until a frame first expands it ({@link Evm.ensureMemory}): a block whose
 * transactions never do (an empty block's system calls, plain transfers) allocates none.
 */
const NO_MEMORY = new Uint8Array(new ArrayBuffer(0));
const NO_MEMORY_VIEW = new DataView(NO_MEMORY.buffer);

/**
 * The stack's entries when a block's EVM is made: one frame's 1,024 and the one a CALL pushes;
 * deeper frames grow it ({@link Evm.ensureStack}). Not shared between blocks: an array that lives
 * long enough to reach V8's old space makes every store of a new word pay the generational write
 * barrier (a loop adding and storing bigints: 4.3–4.8 ns a store into a young array, 11.1–11.8 ns
 * into an old one, here).
 */
const INITIAL_STACK = 1025;

/**
 * The scratch space, one per thread for every {@link Evm} in it: a transaction runs synchronously
 * to its end, so no two EVMs use it at once, and it is written before it is read (a padded load).
 * A block's EVM made its own before (its DataView forced an off-heap buffer, ~1 µs).
 */
const sharedScratch = new Uint8Array(new ArrayBuffer(32));
const sharedScratchView = new DataView(sharedScratch.buffer);

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
export class Evm {
  readonly journal: Journal;
  readonly precompiles: Map<string, Precompile>;
  tx: TxEnv = { origin: '', originWord: 0n, gasPrice: 0n, blobHashes: [] };
  mem = NO_MEMORY;
  memView = NO_MEMORY_VIEW;
  /** Packed (filled with 0n) for the interpreter's loads; grown in place by {@link ensureStack}. */
  readonly stack: bigint[] = new Array<bigint>(INITIAL_STACK).fill(0n);
  /** 32 bytes of scratch space (zero-padded loads), shared by the thread's EVMs. */
  readonly scratch = sharedScratch;
  readonly scratchView = sharedScratchView;
  readonly frames: Frame[] = [];

  /**
   * KECCAK256 results by input (≤ 128 bytes, as a latin-1 string) within this block: contracts
   * hash the same mapping key for the SLOAD and the SSTORE of a slot, and transactions of a block
   * repeat keys. Per block (so a benchmark repeating a block gains nothing); bounded.
   */
  readonly keccakMemo = new Map<string, bigint>();
  /** Logs-bloom bit indices by address / topic within this block (see `bloom.ts`). */
  readonly bloomBits = new Map<string | bigint, number>();
  /** Log topics' bloom bits computed on another thread as LOG runs (`bloom.ts`); undefined: all computed here. */
  topicBloomBits: TopicBloomBits | undefined = undefined;

  /**
   * Executions per opcode byte (index: the opcode) when set — the differential fuzzer's coverage
   * (`src/fuzz/coverage.ts`); null otherwise, which costs the interpreter one test of a local per
   * instruction.
   */
  opCounts: Float64Array | null = null;

  /** Outcome of the message that completed last (set by the frame code). */
  outStatus = 0;
  outGasLeft = 0n;
  outOutput: Uint8Array = EMPTY_BYTES;
  outAddress = '';

  /** Step tracer (EIP-3155 traces, `src/evm/trace/`); undefined when not tracing. */
  tracer: InterpreterTracer | undefined = undefined;

  /** Told of every balance the EVM observes, tests or credits ({@link BalanceObserver}); undefined: nobody listens. */
  balanceObserver: BalanceObserver | undefined = undefined;

  constructor(
    readonly schedule: ForkSchedule,
    readonly sm: BlockStateManager,
    public block: BlockEnv,
    readonly analyses: AnalysisCache = sharedAnalysisCache,
  ) {
    this.journal = new Journal(sm, schedule.eip2929 ? schedule.precompileSet : undefined);
    // A copy: the fuzzer's coverage counters wrap an EVM's precompiles.
    this.precompiles = new Map(precompilesFor(schedule));
  }

  /** The pooled frame of `depth`. */
  frameAt(depth: number): Frame {
    let f = this.frames[depth];
    if (f === undefined) {
      for (let d = this.frames.length; d <= depth; d++) this.frames.push(new Frame(d));
      f = this.frames[depth]!;
    }
    return f;
  }

  /**
   * Forgets a transaction abandoned mid-execution (an exception out of the interpreter): frames
   * zero their memory and close their journal checkpoints only when they halt, so the memory is
   * zeroed and the substate (touched set, checkpoints, logs) emptied here.
   */
  abandon(): void {
    this.mem.fill(0);
    this.journal.reset();
  }

  /** Grows the shared memory buffer to at least `end` bytes (zero-filled). */
  ensureMemory(end: number): void {
    if (end <= this.mem.length) return;
    let size = Math.max(INITIAL_MEMORY, this.mem.length * 2);
    while (size < end) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.mem);
    this.mem = next;
    this.memView = new DataView(next.buffer);
  }

  /** Grows the shared stack array to at least `end` entries. */
  ensureStack(end: number): void {
    const s = this.stack;
    while (s.length < end) s.push(0n);
  }
}
