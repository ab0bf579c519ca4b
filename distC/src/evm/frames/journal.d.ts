import type { BlockStateManager } from '../../state/stateManager.js';
/** RIPEMD-160 precompile: stays touched when the frame that touched it reverts (mainnet block 2,675,119; EIP-716). */
export declare const RIPEMD160_ADDRESS = "0x0000000000000000000000000000000000000003";
/** One log of the transaction being executed (the address is lowercase `0x` hex). */
export interface EvmLog {
    address: string;
    topics: bigint[];
    data: Uint8Array;
}
/**
 * The transaction's substate (Yellow Paper §6.1) over the block's {@link BlockStateManager}:
 * EIP-2929 warm addresses and slots, EIP-1153 transient storage, the touched set (EIP-161),
 * self-destructs, the addresses created in this transaction (EIP-6780), logs and the refund
 * counter, plus the original (transaction-start) value of each written slot (EIP-2200/3529).
 *
 * `checkpoint()` opens a frame on both this journal and the state manager's; `revert()` undoes
 * both exactly (warm entries, transient writes, touches — except RIPEMD-160's — self-destructs,
 * creations, logs and the refund counter); `commit()` keeps them. Entries are kept in parallel
 * arrays, so journaling allocates nothing per entry.
 */
export declare class Journal {
    sm: BlockStateManager;
    readonly warmAddresses: Set<string>;
    private readonly warmSlotSets;
    private readonly transient;
    private readonly originalMaps;
    readonly touched: Set<string>;
    readonly selfdestructs: Set<string>;
    readonly created: Set<string>;
    logs: EvmLog[];
    refund: number;
    private kinds;
    private addrs;
    private slots;
    private prevs;
    private size;
    /** Open checkpoints: journal size, logs length, refund. */
    private cpSize;
    private cpLogs;
    private cpRefund;
    constructor(sm: BlockStateManager);
    /** Starts a transaction: empties the substate (the state manager keeps its writes). */
    reset(): void;
    get depth(): number;
    private push;
    checkpoint(): void;
    commit(): void;
    revert(): void;
    /** Marks `address` warm; returns whether it was cold. Journaled inside a checkpoint. */
    warmAddress(address: string): boolean;
    /** The set of warm slots of `address` (the same object for the whole transaction). */
    warmSlots(address: string): Set<bigint>;
    /** Marks `slot` of `address` (whose warm set is `set`) warm. Journaled inside a checkpoint. */
    warmSlot(address: string, set: Set<bigint>, slot: bigint): void;
    /** Transaction-start values of the slots of `address` written so far (the same object all along). */
    originals(address: string): Map<bigint, bigint>;
    tload(address: string, slot: bigint): bigint;
    tstore(address: string, slot: bigint, value: bigint): void;
    touch(address: string): void;
    addSelfdestruct(address: string): void;
    addCreated(address: string): void;
}
