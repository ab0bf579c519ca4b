import type { DecodedBlock } from '../src/block/decode.js';
import { type SupportedHardfork } from '../src/block/hardfork.js';
import type { SnapshotState } from '../src/state/snapshot.js';
import type { BlockResult } from '../src/types.js';
/** The contract a crafted transaction calls. */
export declare const TARGET = "0x000000000000000000000000000000000000c0de";
export declare const OTHER = "0x000000000000000000000000000000000000beef";
export declare const COINBASE = "0x00000000000000000000000000000000000000cb";
export declare const SENDER: import("../src/workloads/chain.js").Wallet;
/** Hex bytecode from pieces (`'60 01'`, `'6001'`, …): spaces ignored. */
export declare const asm: (...parts: string[]) => string;
export interface CraftedAccount {
    balance?: bigint;
    nonce?: bigint;
    code?: string;
    storage?: Record<string, string>;
}
export interface CraftOptions {
    hardfork?: SupportedHardfork;
    /** Code of {@link TARGET} (the transaction's recipient unless `create`). */
    code: string;
    gasLimit?: bigint;
    value?: bigint;
    data?: Uint8Array;
    /** A creation transaction with `data` as initcode instead of a call. */
    create?: boolean;
    /** Access-list transaction (EIP-2930) with this list. */
    accessList?: {
        address: string;
        storageKeys: string[];
    }[];
    accounts?: Record<string, CraftedAccount>;
    blockGasLimit?: bigint;
}
/**
 * A one-transaction block (through the state-test block builder) from {@link SENDER} to
 * {@link TARGET} running `code`, and its pre-state.
 */
export declare function craftBlock(o: CraftOptions): {
    decoded: DecodedBlock;
    state: SnapshotState;
};
/**
 * Runs a block through the reference engine and parevm's EVM and asserts they agree: the same
 * result field for field (receipts, gas, logs, state changes), or the same typed error.
 */
export declare function bothEngines(decoded: DecodedBlock, state: SnapshotState): Promise<{
    ref: BlockResult;
    mine: BlockResult;
}>;
/** Crafts a block and checks both engines agree; returns the results. */
export declare function crafted(o: CraftOptions): Promise<{
    ref: BlockResult;
    mine: BlockResult;
}>;
