import type { EvmLog } from './frames/journal.js';
/**
 * The three bloom bit indices (0-2047 each) of an address (lowercase `0x` hex) or a topic (a
 * word), packed in one number: first × 2²², second × 2¹¹, third.
 */
export declare function bloomItem(item: string | bigint): number;
/**
 * Whether the bloom `bloomHex` (`0x` hex, 256 bytes) has all three bits of `item` ({@link
 * bloomItem}). False means no log it was made from has that address or topic; a string that is
 * not 256 bytes of hex answers true (it rules nothing out).
 */
export declare function bloomHas(bloomHex: string, item: number): boolean;
/**
 * The empty bloom as lowercase `0x` hex (a receipt without logs: most of a block of transfers):
 * one shared string, so a receipt gets it without encoding 256 zero bytes and a comparison with it
 * is one pointer check (an equal string made elsewhere, the reference engine's, compares by content).
 */
export declare const EMPTY_BLOOM_HEX: string;
/** The 256-byte bloom of `logs` as lowercase `0x` hex; `cache` holds bit indices already computed (the block's). */
export declare function logsBloomHex(logs: readonly EvmLog[], cache: Map<string | bigint, number>): string;
