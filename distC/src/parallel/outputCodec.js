import { logsEncodingOf, receiptWithLazyLogs } from '../evm/logs.js';
import { grown } from './grow.js';
import { EMPTY_BLOOM_HEX } from '../evm/bloom.js';
// Flags of one output and of its receipt.
const HAS_RECEIPT = 1;
const HAS_ERROR = 2;
const HAS_STATE_ROOT = 4;
const HAS_CONTRACT = 8;
const HAS_BLOB_GAS = 16;
/** The empty bloom (a receipt without logs: most of a block of transfers) is not sent. */
const EMPTY_BLOOM = 32;
/**
 * Packs outputs one by one as a worker produces them, for its reply ({@link unpackOutputs}
 * restores them): the receipt objects die young instead of living to the block's end (they were
 * about an eighth of what a worker's scavenges copied), and nothing is left to pack once the
 * worker's loop ends, on the block's critical path. Every incarnation is added; the coordinator
 * keeps each transaction's highest.
 */
export class OutputPacker {
    ints = new Int32Array(1024);
    gas = new BigUint64Array(256);
    text = new Uint8Array(1 << 16);
    /** {@link text} as a Buffer, for its Latin-1 writer. */
    textWriter = Buffer.from(this.text.buffer);
    bytes = new Uint8Array(1 << 16);
    errors = [];
    count = 0;
    i = 0;
    g = 0;
    t = 0;
    b = 0;
    int(v) {
        if (this.i === this.ints.length)
            this.ints = grown(this.ints);
        this.ints[this.i++] = v;
    }
    /** A gas amount (< 2^64: gas limits are 64-bit). */
    bigint(v) {
        if (this.g === this.gas.length)
            this.gas = grown(this.gas);
        this.gas[this.g++] = v;
    }
    /** A hex string (ASCII: one byte per character). */
    str(s) {
        if (this.t + s.length > this.text.length) {
            this.text = grown(this.text, this.t + s.length);
            this.textWriter = Buffer.from(this.text.buffer);
        }
        this.t += this.textWriter.write(s, this.t, 'latin1');
        this.int(s.length);
    }
    /** Raw bytes (the logs' encoding) and their length. */
    raw(v) {
        if (this.b + v.length > this.bytes.length)
            this.bytes = grown(this.bytes, this.b + v.length);
        this.bytes.set(v, this.b);
        this.b += v.length;
        this.int(v.length);
    }
    /** Appends one output. */
    add(output) {
        const [txIndex, incarnation, receipt, error] = output;
        this.count++;
        this.int(txIndex);
        this.int(incarnation);
        this.int((receipt ? HAS_RECEIPT : 0) | (error ? HAS_ERROR : 0));
        if (error)
            this.errors.push({ code: error.code, message: error.message });
        if (!receipt)
            return;
        const flags = (receipt.stateRoot !== undefined ? HAS_STATE_ROOT : 0) |
            (receipt.contractAddress !== undefined ? HAS_CONTRACT : 0) |
            (receipt.blobGasUsed !== undefined ? HAS_BLOB_GAS : 0) |
            (receipt.logsBloom === EMPTY_BLOOM_HEX ? EMPTY_BLOOM : 0);
        this.int(flags);
        this.int(receipt.txType);
        this.int(receipt.status ?? -1);
        this.bigint(receipt.gasUsed);
        this.bigint(receipt.cumulativeGasUsed);
        if (!(flags & EMPTY_BLOOM))
            this.str(receipt.logsBloom);
        if (flags & HAS_STATE_ROOT)
            this.str(receipt.stateRoot);
        if (flags & HAS_CONTRACT)
            this.str(receipt.contractAddress);
        if (flags & HAS_BLOB_GAS)
            this.bigint(receipt.blobGasUsed);
        // parevm's EVM records the encoding (its receipts' hex logs are cut from it only when read);
        // the reference engine's receipts have none: theirs is made from the hex.
        this.raw(logsEncodingOf(receipt));
    }
    /** Empties the packer, keeping its arrays as they grew: for another block's outputs. */
    clear() {
        this.errors = [];
        this.count = this.i = this.g = this.t = this.b = 0;
        return this;
    }
    /** What was added, in copies of the used parts (structured clone sends a view's whole buffer). */
    done() {
        return {
            count: this.count,
            text: this.text.slice(0, this.t),
            bytes: this.bytes.slice(0, this.b),
            ints: this.ints.slice(0, this.i),
            gas: this.gas.slice(0, this.g),
            errors: this.errors,
        };
    }
}
/**
 * The buffers of `packed` to transfer with the reply that carries it (each is its own: {@link
 * OutputPacker.done} copies the used parts); unusable in the sender afterwards.
 */
export function transferList(packed) {
    return [packed.text.buffer, packed.bytes.buffer, packed.ints.buffer, packed.gas.buffer];
}
/** Flattens `outputs` for a worker's reply ({@link unpackOutputs} restores them). */
export function packOutputs(outputs) {
    const p = new OutputPacker();
    for (const o of outputs)
        p.add(o);
    return p.done();
}
/**
 * The outputs {@link packOutputs} flattened, as objects again: receipts with the same fields in
 * the same order as the engines build them (so JSON of a parallel result equals a sequential
 * one's). Only those `keep` accepts are built; the others are stepped over without a string or
 * an object (a worker packs every incarnation, the coordinator needs each transaction's last).
 * A built receipt's recorded logs encoding is a view into `packed.bytes`, not a copy: a result
 * that keeps the receipts keeps each reply's bytes (its incarnations' logs, mostly the kept ones).
 */
export function unpackOutputs(packed, keep = () => true) {
    const { ints, gas } = packed;
    // A Latin-1 decode per field: one string of all the text, then a slice per field, took 20 times
    // as long (2 ms for 1,300 blooms: a string that large is allocated apart and page-faults).
    const text = Buffer.from(packed.text.buffer, packed.text.byteOffset, packed.text.length);
    let i = 0;
    let g = 0;
    let at = 0;
    let e = 0;
    const str = () => text.toString('latin1', at, (at += ints[i++]));
    const skip = () => {
        at += ints[i++];
    };
    let b = 0;
    const raw = () => packed.bytes.subarray(b, (b += ints[i++]));
    const out = [];
    for (let k = 0; k < packed.count; k++) {
        const txIndex = ints[i++];
        const incarnation = ints[i++];
        const has = ints[i++];
        const kept = keep(txIndex, incarnation);
        let error = null;
        if (has & HAS_ERROR)
            error = packed.errors[e++];
        let receipt = null;
        if (has & HAS_RECEIPT && !kept) {
            const flags = ints[i];
            i += 3; // flags, type, status
            g += 2;
            if (!(flags & EMPTY_BLOOM))
                skip();
            if (flags & HAS_STATE_ROOT)
                skip();
            if (flags & HAS_CONTRACT)
                skip();
            if (flags & HAS_BLOB_GAS)
                g++;
            b += ints[i++];
        }
        else if (has & HAS_RECEIPT) {
            const flags = ints[i++];
            const txType = ints[i++];
            const status = ints[i++];
            const gasUsed = gas[g++];
            const cumulativeGasUsed = gas[g++];
            const logsBloom = flags & EMPTY_BLOOM ? EMPTY_BLOOM_HEX : str();
            const stateRoot = flags & HAS_STATE_ROOT ? str() : undefined;
            const contractAddress = flags & HAS_CONTRACT ? str() : undefined;
            const blobGasUsed = flags & HAS_BLOB_GAS ? gas[g++] : undefined;
            receipt = receiptWithLazyLogs({ txType, gasUsed, cumulativeGasUsed }, raw(), logsBloom);
            // One of the two in both engines (EIP-658): the order they set them in.
            if (status !== -1)
                receipt.status = status;
            if (stateRoot !== undefined)
                receipt.stateRoot = stateRoot;
            if (contractAddress !== undefined)
                receipt.contractAddress = contractAddress;
            if (blobGasUsed !== undefined)
                receipt.blobGasUsed = blobGasUsed;
        }
        if (kept)
            out.push([txIndex, incarnation, receipt, error]);
    }
    return out;
}
//# sourceMappingURL=outputCodec.js.map