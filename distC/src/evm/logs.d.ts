import type { Log, Receipt } from '../types.js';
import type { EvmLog } from './frames/journal.js';
/**
 * The RLP of `logs` (the logs field of a receipt, Yellow Paper §4.3.1), from the EVM's own forms:
 * addresses as lowercase `0x` hex, topics as bigint words, data as bytes.
 * @returns a new buffer (small ones share Node's pool: never transfer its `.buffer`)
 * @throws Error on an address that is not 20 bytes of hex (an internal error)
 */
export declare function encodeLogs(logs: readonly EvmLog[]): Uint8Array;
/**
 * {@link encodeLogs} of logs given as hex (`Receipt.logs`: a receipt that has no recorded
 * encoding, such as the reference engine's). Fields of any length are encoded as they are.
 */
export declare function encodeHexLogs(logs: readonly Log[]): Uint8Array;
/** RLP length of the byte string a `0x` hex holds: one byte below 0x80 is its own encoding. */
export declare function hexStringLength(hex: string): number;
/** Writes the RLP of the byte string a `0x` hex holds at `at` ({@link hexStringLength} bytes); returns the end. */
export declare function writeHexString(out: Buffer, at: number, hex: string): number;
/**
 * The logs an {@link encodeLogs} encoding holds, as lowercase `0x` hex (the `Receipt` form): the
 * encoding is turned into hex once and every field is a slice of it.
 * @throws Error when `rlp` is not a list of `[address, [topics…], data]` (an internal error: only
 *   parevm's own encodings are read here)
 */
export declare function decodeLogs(rlp: Uint8Array): Log[];
/**
 * Completes `head` into a receipt whose `logs` are the logs `rlp` ({@link encodeLogs}) holds,
 * turned into hex when first read ({@link decodeLogs}) and kept; `logsBloom` follows them, so the
 * fields are in a receipt's order (the caller adds `status` and the rest). No logs (`rlp`
 * undefined, or the empty list): a plain empty array, nothing recorded. Otherwise `logs` is an own
 * enumerable, non-configurable accessor: JSON, copies, deep equality and structured clone see hex
 * logs as on a plain receipt (`util.inspect` shows `[Getter/Setter]`); assigning it drops the
 * encoding. Replace the logs, or push or cut them; an element changed in place is not seen (the
 * encoding stays), as before logs were lazy. Nothing in a block's execution reads the logs: the
 * receipts trie and a worker's reply take the encoding, the block's bloom is made from the
 * receipts' blooms, and EIP-6110 deposits are looked for only in receipts whose bloom has the
 * deposit contract. Turning every log into hex strings was 8–11% of the sequential engine's
 * execution on mainnet blocks and the ERC-20 and Uniswap workloads, and the strings most of what
 * a block kept alive across its scavenges.
 */
export declare function receiptWithLazyLogs(head: Pick<Receipt, 'txType' | 'gasUsed' | 'cumulativeGasUsed'>, rlp: Uint8Array | undefined, logsBloom: string): Receipt;
/**
 * Whether `receipt`'s logs are lazy ({@link receiptWithLazyLogs}) and not yet read.
 * @internal for tests: no step of a block reads them
 */
export declare function logsUnread(receipt: Receipt): boolean;
/** The encoding of `receipt.logs` recorded by {@link receiptWithLazyLogs}, if any and its logs are still those. */
export declare function encodedLogsOf(receipt: Receipt): Uint8Array | undefined;
/**
 * The RLP of `receipt.logs`: the recorded encoding ({@link encodedLogsOf}), else encoded from the
 * hex ({@link encodeHexLogs}; no logs: one shared empty list, never to be written to).
 * @throws Error when the receipt has a bloom but neither logs nor an encoding (an internal error:
 *   a receipt whose logs were lost on the way is not encoded as if it had none)
 */
export declare function logsEncodingOf(receipt: Receipt): Uint8Array;
