import type { Receipt } from '../types.js';
/**
 * The consensus encoding of a receipt (EIP-2718 `type || rlp([status | stateRoot,
 * cumulativeGasUsed, bloom, logs])`, Yellow Paper §4.3.1), written into one buffer: the logs from
 * the encoding parevm's EVM recorded for them, else from their hex ({@link logsEncodingOf}).
 * `@ethereumjs/vm`'s `encodeReceipt` stays the reference (test/unit/receipts.test.ts compares the
 * two on every fixture receipt, both ways); through it, a receipt cost ~20 µs to encode here, on
 * the critical path of both engines' post-block work.
 */
export declare function encodeReceiptBytes(r: Receipt): Uint8Array;
/**
 * Writes {@link encodeReceiptBytes}`(r)` into `out` at `at` when it ends by `limit`; returns its
 * end, or −1 (nothing written) when it would not fit.
 */
export declare function writeReceiptBytes(out: Buffer, at: number, limit: number, r: Receipt): number;
/**
 * The receipts trie's layout for `count` receipts, which depends on the count alone (keys
 * `rlp(0)` … `rlp(count − 1)`): each receipt's leaf depth, and which receipt each sorted item
 * is, so leaves can be hashed as receipts come, before the block ends ({@link leafRef}).
 */
export interface ReceiptsTrieLayout {
    /** Sorted item k's key nibbles. */
    readonly nibbles: readonly Uint8Array[];
    /** Sorted item k's receipt index. */
    readonly receiptAt: Int32Array;
    /** Receipt i's sorted item. */
    readonly itemOf: Int32Array;
    /** Receipt i's leaf depth in nibbles (−1: a branch's value; never for receipts, whose keys are no prefix of one another). */
    readonly depthOf: Int32Array;
    /** Sorted item k's leaf depth (the trie shape's, kept for {@link receiptsRootFromLayout}). */
    readonly leafDepth: Int32Array;
}
/** {@link ReceiptsTrieLayout} of `count` receipts. */
export declare function receiptsTrieLayout(count: number): ReceiptsTrieLayout;
/**
 * The receipts root (`0x` hex) of `encoded` (receipt i's bytes) from leaves hashed elsewhere:
 * `leafOf(i)` is receipt i's {@link leafRef}, or undefined to hash it here.
 */
export declare function receiptsRootFromLayout(layout: ReceiptsTrieLayout, encoded: (i: number) => Uint8Array, leafOf: (i: number) => Uint8Array | undefined): string;
/** Root of the receipts trie: key `rlp(index)`, value the encoded receipt (Yellow Paper §4.3). */
export declare function receiptsRoot(receipts: Receipt[]): Promise<string>;
/** {@link receiptsRoot} of receipts already encoded ({@link encodeReceiptBytes}), in block order. */
export declare function encodedReceiptsRoot(encoded: readonly Uint8Array[]): string;
/**
 * The block's logs bloom (lowercase `0x` hex): OR of every receipt's bloom (Yellow Paper §4.3.1,
 * M3:2048). A receipt with the shared empty bloom is skipped (most of a block of transfers); its
 * logs are not read (they are made only when read: logs.ts).
 */
export declare function blockLogsBloom(receipts: readonly Receipt[]): string;
