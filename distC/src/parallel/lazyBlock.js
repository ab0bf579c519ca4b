import { createBlock, createBlockHeaderFromRLP } from '@ethereumjs/block';
import { createTxFromRLP } from '@ethereumjs/tx';
import { createChainCommon, createTxCommon } from '../block/hardfork.js';
import { TransactionBuffer, TransactionReader } from './transactionBuffer.js';
import { decodeWorkerTx } from './workerTx.js';
/**
 * The private copy of a block's encodings ({@link LazyBlock.release}) kept for this thread's next
 * block: fresh, each first touch of a page faulted (300 KB per worker per block on mainnet
 * 14396881). One block at a time takes it; a job that fails leaves it to the GC.
 */
let spareCopy;
/**
 * A block as a worker sees it: the header decoded at once, each transaction decoded from its
 * consensus encoding only when this worker first needs it (a worker executes about 1/N of the
 * block). The encodings are written once by the coordinator into a SharedArrayBuffer
 * ({@link TransactionBuffer}), possibly still being written when the worker starts: a transaction
 * is read once the coordinator has published it.
 */
export class LazyBlock {
    block;
    common;
    txCommon;
    txs;
    light;
    encodings;
    /** A private copy of the encodings, made when a transaction is first decoded for parevm's EVM. */
    own;
    /** The memory {@link own} views, given back by {@link release}. */
    ownMemory;
    /**
     * Encodes `txs` (their consensus encodings, EIP-2718) for {@link LazyBlock}, all at once
     * ({@link TransactionBuffer}: the engine writes them while the workers start).
     */
    static encodeTransactions(txs) {
        return new TransactionBuffer(txs).writeAll().buffer;
    }
    /**
     * Encodes a header for {@link LazyBlock}: Int32 [rules length] then the rules — JSON
     * `{hardfork, chain}` (UTF-8) — then the header's RLP. The hardfork travels explicitly: it is
     * not always the chain's one for the block's number and timestamp (consensus tests fix it).
     */
    static encodeHeader(header, hardfork, chain) {
        const name = new TextEncoder().encode(JSON.stringify({ hardfork, chain }));
        const rlp = header.serialize();
        const buffer = new SharedArrayBuffer(4 + name.length + rlp.length);
        new Int32Array(buffer, 0, 1)[0] = name.length;
        new Uint8Array(buffer, 4).set(name);
        new Uint8Array(buffer, 4 + name.length).set(rlp);
        return buffer;
    }
    constructor(headerBuffer, transactions) {
        const nameLength = new Int32Array(headerBuffer, 0, 1)[0];
        const { hardfork, chain } = JSON.parse(new TextDecoder().decode(new Uint8Array(headerBuffer, 4, nameLength).slice()));
        this.common = createChainCommon(hardfork, chain);
        this.txCommon = createTxCommon(hardfork, chain);
        const rlp = new Uint8Array(headerBuffer, 4 + nameLength).slice();
        const header = createBlockHeaderFromRLP(rlp, { common: this.txCommon, setHardfork: false, skipConsensusFormatValidation: true });
        this.block = createBlock({ header }, { common: this.txCommon });
        this.encodings = new TransactionReader(transactions);
        this.txs = new Array(this.encodings.count).fill(undefined);
        this.light = new Array(this.encodings.count).fill(undefined);
    }
    get txCount() {
        return this.txs.length;
    }
    /**
     * Transaction `i` for parevm's EVM: its light form ({@link decodeWorkerTx}), decoded on first use
     * (the reference engine takes {@link tx}).
     */
    workerTx(i) {
        let tx = this.light[i];
        if (!tx) {
            // One private copy of the block's encodings, viewed by every transaction's fields: a copy per
            // transaction cost 0.8 µs of its 2.5–3 µs decoding on mainnet 14396881.
            this.light[i] = tx = decodeWorkerTx(this.encodingIn((this.own ??= this.ownCopy()), i), true);
        }
        return tx;
    }
    /** Every encoding, copied once they are all written, into the memory the last block released if it is large enough. */
    ownCopy() {
        const e = this.encodings;
        if (e.count > 0)
            e.waitFor(e.count - 1);
        const n = e.count > 0 ? e.end(e.count - 1) : 0;
        let memory = spareCopy;
        spareCopy = undefined;
        if (memory === undefined || memory.length < n)
            memory = new Uint8Array(n);
        memory.set(e.bytes.subarray(0, n));
        this.ownMemory = memory;
        return memory.subarray(0, n);
    }
    /**
     * Gives the private copy of the encodings to the next block of this thread: call it once
     * nothing decoded by {@link workerTx} is used any more (their fields view that memory).
     */
    release() {
        const memory = this.ownMemory;
        this.own = this.ownMemory = undefined;
        this.light.fill(undefined);
        if (memory !== undefined && (spareCopy === undefined || spareCopy.length < memory.length))
            spareCopy = memory;
    }
    /**
     * The consensus encoding of transaction `i` (EIP-2718), a view into the shared buffer, once the
     * coordinator has written it.
     * @throws Error when the coordinator failed to write the transactions
     */
    bytesOf(i) {
        return this.encodings.encoding(i);
    }
    /** Transaction `i`'s encoding as a view into `bytes` (the shared buffer or its private copy), written. */
    encodingIn(bytes, i) {
        return bytes.subarray(this.encodings.start(i), this.encodings.end(i));
    }
    /** Transaction `i`, decoded on first use; `onDecode` runs once (e.g. to install its sender key). */
    tx(i, onDecode) {
        let tx = this.txs[i];
        if (!tx) {
            tx = createTxFromRLP(this.bytesOf(i), { common: this.txCommon });
            onDecode?.(tx);
            this.txs[i] = tx;
        }
        return tx;
    }
}
//# sourceMappingURL=lazyBlock.js.map