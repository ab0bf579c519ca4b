import { type Block, type BlockHeader } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import { type TypedTransaction } from '@ethereumjs/tx';
import type { ChainSpec } from '../block/chains.js';
/**
 * A block as a worker sees it: the header decoded at once, each transaction decoded from its
 * consensus encoding only when this worker first needs it (a worker executes about 1/N of the
 * block). The encodings are written once by the coordinator into a SharedArrayBuffer
 * ({@link TransactionBuffer}), possibly still being written when the worker starts: a transaction
 * is read once the coordinator has published it.
 */
export declare class LazyBlock {
    readonly block: Block;
    readonly common: Common;
    private readonly txCommon;
    private readonly txs;
    private readonly light;
    private readonly encodings;
    /** A private copy of the encodings, made when a transaction is first decoded for parevm's EVM. */
    private own;
    /** The memory {@link own} views, given back by {@link release}. */
    private ownMemory;
    /**
     * Encodes `txs` (their consensus encodings, EIP-2718) for {@link LazyBlock}, all at once
     * ({@link TransactionBuffer}: the engine writes them while the workers start).
     */
    static encodeTransactions(txs: TypedTransaction[]): SharedArrayBuffer;
    /**
     * Encodes a header for {@link LazyBlock}: Int32 [rules length] then the rules — JSON
     * `{hardfork, chain}` (UTF-8) — then the header's RLP. The hardfork travels explicitly: it is
     * not always the chain's one for the block's number and timestamp (consensus tests fix it).
     */
    static encodeHeader(header: BlockHeader, hardfork: string, chain: ChainSpec): SharedArrayBuffer;
    constructor(headerBuffer: SharedArrayBuffer, transactions: SharedArrayBuffer);
    get txCount(): number;
    /**
     * Transaction `i` for parevm's EVM: its light form ({@link decodeWorkerTx}), decoded on first use
     * (the reference engine takes {@link tx}).
     */
    workerTx(i: number): TypedTransaction;
    /** Every encoding, copied once they are all written, into the memory the last block released if it is large enough. */
    private ownCopy;
    /**
     * Gives the private copy of the encodings to the next block of this thread: call it once
     * nothing decoded by {@link workerTx} is used any more (their fields view that memory).
     */
    release(): void;
    /**
     * The consensus encoding of transaction `i` (EIP-2718), a view into the shared buffer, once the
     * coordinator has written it.
     * @throws Error when the coordinator failed to write the transactions
     */
    bytesOf(i: number): Uint8Array;
    /** Transaction `i`'s encoding as a view into `bytes` (the shared buffer or its private copy), written. */
    private encodingIn;
    /** Transaction `i`, decoded on first use; `onDecode` runs once (e.g. to install its sender key). */
    tx(i: number, onDecode?: (tx: TypedTransaction) => void): TypedTransaction;
}
