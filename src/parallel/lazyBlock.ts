import { createBlock, createBlockHeaderFromRLP, type Block, type BlockHeader } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import { createTxFromRLP, type TypedTransaction } from '@ethereumjs/tx';
import type { ChainSpec } from '../block/chains.js';
import { createChainCommon, createTxCommon } from '../block/hardfork.js';
import { decodeWorkerTx, type transactionBytes, transactionLength, transactionPayload, writeTransaction } from './workerTx.js';

/**
 * A block as a worker sees it: the header decoded at once, each transaction decoded from its
 * consensus encoding only when this worker first needs it (a worker executes about 1/N of the
 * block). The encodings are written once by the coordinator into a SharedArrayBuffer:
 * Int32 [count, offset0, …, offsetN] then the bytes.
 */
export class LazyBlock {
  readonly block: Block;
  readonly common: Common;
  private readonly txCommon: Common;
  private readonly txs: (TypedTransaction | undefined)[];
  private readonly light: (TypedTransaction | undefined)[];
  private readonly ints: Int32Array;
  private readonly bytes: Uint8Array;
  /** A private copy of {@link bytes}, made when a transaction is first decoded for parevm's EVM. */
  private own: Uint8Array | undefined;

  /**
   * Encodes `txs` (their consensus encodings, EIP-2718: {@link transactionBytes}) for
   * {@link LazyBlock}, written straight into the shared buffer: measured first, then written, no
   * buffer per transaction.
   */
  static encodeTransactions(txs: TypedTransaction[]): SharedArrayBuffer {
    const count = txs.length;
    const payloads = new Int32Array(count);
    /** Encodings of the transactions that go through `serialize()`. */
    const serialized = new Map<number, Uint8Array>();
    const head = (count + 2) * 4;
    let total = head;
    for (let i = 0; i < count; i++) {
      const tx = txs[i]!;
      const payload = (payloads[i] = transactionPayload(tx));
      if (payload >= 0) total += transactionLength(tx, payload);
      else {
        const bytes = tx.serialize();
        serialized.set(i, bytes);
        total += bytes.length;
      }
    }
    // Written into private memory, then copied once: stores into a shared buffer cost more.
    const out = Buffer.allocUnsafeSlow(total);
    const ints = new Int32Array(out.buffer, out.byteOffset, count + 2);
    ints[0] = count;
    let at = head;
    for (let i = 0; i < count; i++) {
      ints[1 + i] = at;
      const bytes = serialized.get(i);
      if (bytes) {
        out.set(bytes, at);
        at += bytes.length;
      } else at = writeTransaction(txs[i]!, payloads[i]!, out, at);
    }
    if (at !== total) throw new Error(`internal: transaction encodings took ${at} of ${total} bytes`);
    ints[1 + count] = at;
    const buffer = new SharedArrayBuffer(total);
    new Uint8Array(buffer).set(out);
    return buffer;
  }

  /**
   * Encodes a header for {@link LazyBlock}: Int32 [rules length] then the rules — JSON
   * `{hardfork, chain}` (UTF-8) — then the header's RLP. The hardfork travels explicitly: it is
   * not always the chain's one for the block's number and timestamp (consensus tests fix it).
   */
  static encodeHeader(header: BlockHeader, hardfork: string, chain: ChainSpec): SharedArrayBuffer {
    const name = new TextEncoder().encode(JSON.stringify({ hardfork, chain }));
    const rlp = header.serialize();
    const buffer = new SharedArrayBuffer(4 + name.length + rlp.length);
    new Int32Array(buffer, 0, 1)[0] = name.length;
    new Uint8Array(buffer, 4).set(name);
    new Uint8Array(buffer, 4 + name.length).set(rlp);
    return buffer;
  }

  constructor(headerBuffer: SharedArrayBuffer, transactions: SharedArrayBuffer) {
    const nameLength = new Int32Array(headerBuffer, 0, 1)[0]!;
    const { hardfork, chain } = JSON.parse(new TextDecoder().decode(new Uint8Array(headerBuffer, 4, nameLength).slice())) as {
      hardfork: string;
      chain: ChainSpec;
    };
    this.common = createChainCommon(hardfork, chain);
    this.txCommon = createTxCommon(hardfork, chain);
    const rlp = new Uint8Array(headerBuffer, 4 + nameLength).slice();
    const header = createBlockHeaderFromRLP(rlp, { common: this.txCommon, setHardfork: false, skipConsensusFormatValidation: true });
    this.block = createBlock({ header }, { common: this.txCommon });
    this.ints = new Int32Array(transactions, 0, new Int32Array(transactions, 0, 1)[0]! + 2);
    this.bytes = new Uint8Array(transactions);
    this.txs = new Array(this.ints[0]!).fill(undefined);
    this.light = new Array(this.ints[0]!).fill(undefined);
  }

  get txCount(): number {
    return this.txs.length;
  }

  /**
   * Transaction `i` for parevm's EVM: its light form ({@link decodeWorkerTx}), decoded on first use
   * (the reference engine takes {@link tx}).
   */
  workerTx(i: number): TypedTransaction {
    let tx = this.light[i];
    if (!tx) {
      // One private copy of the block's encodings, viewed by every transaction's fields: a copy per
      // transaction cost 0.8 µs of its 2.5–3 µs decoding on mainnet 14396881.
      this.light[i] = tx = decodeWorkerTx(this.encodingIn((this.own ??= new Uint8Array(this.bytes)), i), true);
    }
    return tx;
  }

  /** The consensus encoding of transaction `i` (EIP-2718), a view into the shared buffer. */
  bytesOf(i: number): Uint8Array {
    return this.encodingIn(this.bytes, i);
  }

  /** Transaction `i`'s encoding as a view into `bytes` (the shared buffer or its private copy). */
  private encodingIn(bytes: Uint8Array, i: number): Uint8Array {
    return bytes.subarray(this.ints[1 + i]!, this.ints[2 + i]!);
  }

  /** Transaction `i`, decoded on first use; `onDecode` runs once (e.g. to install its sender key). */
  tx(i: number, onDecode?: (tx: TypedTransaction) => void): TypedTransaction {
    let tx = this.txs[i];
    if (!tx) {
      tx = createTxFromRLP(this.bytesOf(i), { common: this.txCommon }) as TypedTransaction;
      onDecode?.(tx);
      this.txs[i] = tx;
    }
    return tx;
  }
}
