import type { Receipt } from '../types.js';
/** One execution's output: the last incarnation of each transaction wins. */
export type Output = [txIndex: number, incarnation: number, receipt: Receipt | null, error: {
    code: string;
    message: string;
} | null];
/**
 * A worker's outputs flattened for its reply: the receipts' hex strings back to back as Latin-1
 * bytes in `text` (an empty bloom left out), each receipt's logs as their consensus encoding in
 * `bytes` (logs.ts: the EVM wrote it, the receipts trie copies it, and a receipt's hex logs are
 * cut from it when read), every small integer and length in `ints`, every gas amount in `gas`, errors (rare;
 * any text) as objects. The reply transfers the four arrays ({@link transferList}; copied, they
 * cost the last worker's reply 12–20 ms on mainnet 15537394). As objects it cost about 0.5 µs per
 * object, serial on the coordinator: receiving mainnet 15537394's 10,041 logs took 20–29 ms there,
 * against 7–9 ms for the logs as hex text (14396881: 1.8 against 0.5 ms; 14029313: 1.6 against
 * 1.8 ms); packing that text was 19 ms of the worker's time on the block's critical path.
 */
export interface PackedOutputs {
    count: number;
    text: Uint8Array;
    bytes: Uint8Array;
    ints: Int32Array;
    gas: BigUint64Array;
    errors: {
        code: string;
        message: string;
    }[];
}
/**
 * Packs outputs one by one as a worker produces them, for its reply ({@link unpackOutputs}
 * restores them): the receipt objects die young instead of living to the block's end (they were
 * about an eighth of what a worker's scavenges copied), and nothing is left to pack once the
 * worker's loop ends, on the block's critical path. Every incarnation is added; the coordinator
 * keeps each transaction's highest.
 */
export declare class OutputPacker {
    private ints;
    private gas;
    private text;
    /** {@link text} as a Buffer, for its Latin-1 writer. */
    private textWriter;
    private bytes;
    private errors;
    private count;
    private i;
    private g;
    private t;
    private b;
    private int;
    /** A gas amount (< 2^64: gas limits are 64-bit). */
    private bigint;
    /** A hex string (ASCII: one byte per character). */
    private str;
    /** Raw bytes (the logs' encoding) and their length. */
    private raw;
    /** Appends one output. */
    add(output: Output): void;
    /** Empties the packer, keeping its arrays as they grew: for another block's outputs. */
    clear(): this;
    /** What was added, in copies of the used parts (structured clone sends a view's whole buffer). */
    done(): PackedOutputs;
}
/**
 * The buffers of `packed` to transfer with the reply that carries it (each is its own: {@link
 * OutputPacker.done} copies the used parts); unusable in the sender afterwards.
 */
export declare function transferList(packed: PackedOutputs): ArrayBuffer[];
/** Flattens `outputs` for a worker's reply ({@link unpackOutputs} restores them). */
export declare function packOutputs(outputs: readonly Output[]): PackedOutputs;
/**
 * The outputs {@link packOutputs} flattened, as objects again: receipts with the same fields in
 * the same order as the engines build them (so JSON of a parallel result equals a sequential
 * one's). Only those `keep` accepts are built; the others are stepped over without a string or
 * an object (a worker packs every incarnation, the coordinator needs each transaction's last).
 * A built receipt's recorded logs encoding is a view into `packed.bytes`, not a copy: a result
 * that keeps the receipts keeps each reply's bytes (its incarnations' logs, mostly the kept ones).
 */
export declare function unpackOutputs(packed: PackedOutputs, keep?: (txIndex: number, incarnation: number) => boolean): Output[];
