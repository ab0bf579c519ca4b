import { bytesToHex } from '@ethereumjs/util';
import { fromHexInto } from '../state/hex.js';
import { EMPTY_BLOOM_HEX } from '../evm/bloom.js';
import { EMPTY_LOGS_ENCODING, hexStringLength, logsEncodingOf, writeHexString } from '../evm/logs.js';
import { rlpFramedLength, rlpIntLength, writeRlpHeader, writeRlpInt } from '../state/rlp.js';
import { type TrieItem, leafDepths, shapeRoot } from '../state/trieRoot.js';
import type { Receipt } from '../types.js';

/**
 * The consensus encoding of a receipt (EIP-2718 `type || rlp([status | stateRoot,
 * cumulativeGasUsed, bloom, logs])`, Yellow Paper §4.3.1), written into one buffer: the logs from
 * the encoding parevm's EVM recorded for them, else from their hex ({@link logsEncodingOf}).
 * `@ethereumjs/vm`'s `encodeReceipt` stays the reference (test/unit/receipts.test.ts compares the
 * two on every fixture receipt, both ways); through it, a receipt cost ~20 µs to encode here, on
 * the critical path of both engines' post-block work.
 */
export function encodeReceiptBytes(r: Receipt): Uint8Array {
  const logs = logsEncodingOf(r);
  const payload = receiptPayloadLength(r, logs);
  const out = Buffer.allocUnsafe(encodedReceiptLength(r, payload));
  writeReceipt(out, 0, r, logs, payload);
  return out;
}

/** Bytes of an encoded receipt whose RLP list payload is `payload` bytes (plus its type byte if typed). */
function encodedReceiptLength(r: Receipt, payload: number): number {
  return (r.txType !== 0 ? 1 : 0) + rlpFramedLength(payload);
}

/** Bytes of the RLP list payload of {@link encodeReceiptBytes}`(r)`, `logs` being `logsEncodingOf(r)`. */
function receiptPayloadLength(r: Receipt, logs: Uint8Array): number {
  // A status (EIP-658) is one byte: 0x01, or the empty string 0x80.
  const first = r.stateRoot !== undefined ? hexStringLength(r.stateRoot) : 1;
  return first + rlpIntLength(r.cumulativeGasUsed) + hexStringLength(r.logsBloom) + logs.length;
}

/** Writes {@link encodeReceiptBytes}`(r)` at `at` in `out` (`payload`: its {@link receiptPayloadLength}); returns the end. */
function writeReceipt(out: Buffer, at: number, r: Receipt, logs: Uint8Array, payload: number): number {
  if (r.txType !== 0) out[at++] = r.txType;
  at = writeRlpHeader(out, at, 0xc0, payload);
  if (r.stateRoot !== undefined) at = writeHexString(out, at, r.stateRoot);
  else out[at++] = r.status === 1 ? 0x01 : 0x80;
  at = writeRlpInt(out, at, r.cumulativeGasUsed);
  // No logs, no bloom bits (logsEncodingOf checks it): no 512 hex digits to decode.
  at = logs === EMPTY_LOGS_ENCODING ? writeEmptyBloom(out, at) : writeHexString(out, at, r.logsBloom);
  out.set(logs, at);
  return at + logs.length;
}

/**
 * The RLP string of an empty logs bloom (256 zero bytes) at `at`; returns its end. Most receipts
 * log nothing (all 2,000 of a block of transfers), and decoding their bloom's 512 hex digits was
 * most of the cost of writing one (the pipelined coordinator writes every receipt as it comes).
 */
function writeEmptyBloom(out: Buffer, at: number): number {
  at = writeRlpHeader(out, at, 0x80, 256);
  out.fill(0, at, at + 256);
  return at + 256;
}

/**
 * Writes {@link encodeReceiptBytes}`(r)` into `out` at `at` when it ends by `limit`; returns its
 * end, or −1 (nothing written) when it would not fit.
 */
export function writeReceiptBytes(out: Buffer, at: number, limit: number, r: Receipt): number {
  const logs = logsEncodingOf(r);
  const payload = receiptPayloadLength(r, logs);
  if (at + encodedReceiptLength(r, payload) > limit) return -1;
  return writeReceipt(out, at, r, logs, payload);
}

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

/** The last layout built ({@link receiptsTrieLayout}): blocks in a row often have as many receipts. */
let lastLayout: { count: number; layout: ReceiptsTrieLayout } | undefined;

/**
 * {@link ReceiptsTrieLayout} of `count` receipts, built from the order of the keys rlp(i) alone:
 * byte-wise, rlp(1) … rlp(127) (one byte each, the index itself) come first, then rlp(0) (0x80),
 * then every index from 128 on, in numeric order (0x81 ‖ one byte, then 0x82 ‖ two, …). Through
 * the general `trieShape` (state/trieRoot.ts: hex keys, a map, a string sort) it cost 0.3–1.6 ms for 56–2,000
 * receipts, on the coordinator's critical path at each block's end (test/unit/receipts-layout.test.ts
 * compares the two on every count to 520, on mainnet-sized counts and across the 2- and 3-byte key
 * boundaries).
 */
export function receiptsTrieLayout(count: number): ReceiptsTrieLayout {
  if (lastLayout?.count === count) return lastLayout.layout;
  const receiptAt = new Int32Array(count);
  let k = 0;
  for (let i = 1; i < count && i < 128; i++) receiptAt[k++] = i;
  if (count > 0) receiptAt[k++] = 0;
  for (let i = 128; i < count; i++) receiptAt[k++] = i;
  const nibbles = new Array<Uint8Array>(count);
  const itemOf = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const i = receiptAt[k]!;
    nibbles[k] = receiptKeyNibbles(i);
    itemOf[i] = k;
  }
  const leafDepth = leafDepths(nibbles);
  const depthOf = new Int32Array(count);
  for (let k = 0; k < count; k++) depthOf[receiptAt[k]!] = leafDepth[k]!;
  const layout: ReceiptsTrieLayout = { nibbles, receiptAt, itemOf, depthOf, leafDepth };
  lastLayout = { count, layout };
  return layout;
}

/** The nibbles of receipt `i`'s trie key rlp(i) (`i` < 2^32): the byte itself below 128, else 0x80 + its byte count, then its big-endian bytes. */
function receiptKeyNibbles(i: number): Uint8Array {
  if (i === 0) return Uint8Array.of(8, 0);
  if (i < 128) return Uint8Array.of(i >> 4, i & 15);
  const bytes = i < 0x100 ? 1 : i < 0x10000 ? 2 : i < 0x1000000 ? 3 : 4;
  const out = new Uint8Array(2 + 2 * bytes);
  out[0] = 8;
  out[1] = bytes;
  for (let b = 0; b < bytes; b++) {
    const byte = (i >>> (8 * (bytes - 1 - b))) & 0xff;
    out[2 + 2 * b] = byte >> 4;
    out[3 + 2 * b] = byte & 15;
  }
  return out;
}

/**
 * The receipts root (`0x` hex) of `encoded` (receipt i's bytes) from leaves hashed elsewhere:
 * `leafOf(i)` is receipt i's {@link leafRef}, or undefined to hash it here.
 */
export function receiptsRootFromLayout(layout: ReceiptsTrieLayout, encoded: (i: number) => Uint8Array, leafOf: (i: number) => Uint8Array | undefined): string {
  const count = layout.receiptAt.length;
  const items: TrieItem[] = Array.from({ length: count }, (_, k) => ({ nibbles: layout.nibbles[k]!, value: encoded(layout.receiptAt[k]!) }));
  return bytesToHex(shapeRoot({ items, leafDepth: layout.leafDepth }, (k) => leafOf(layout.receiptAt[k]!)));
}

/** Root of the receipts trie: key `rlp(index)`, value the encoded receipt (Yellow Paper §4.3). */
export async function receiptsRoot(receipts: Receipt[]): Promise<string> {
  return encodedReceiptsRoot(receipts.map(encodeReceiptBytes));
}

/** {@link receiptsRoot} of receipts already encoded ({@link encodeReceiptBytes}), in block order. */
export function encodedReceiptsRoot(encoded: readonly Uint8Array[]): string {
  return receiptsRootFromLayout(
    receiptsTrieLayout(encoded.length),
    (i) => encoded[i]!,
    () => undefined,
  );
}

/** One receipt's bloom, decoded by {@link blockLogsBloom} (a new array per receipt: ~1.5 µs of ~1.8 here). */
const RECEIPT_BLOOM = Buffer.alloc(256);

/**
 * The block's logs bloom (lowercase `0x` hex): OR of every receipt's bloom (Yellow Paper §4.3.1,
 * M3:2048). A receipt with the shared empty bloom is skipped (most of a block of transfers); its
 * logs are not read (they are made only when read: logs.ts).
 */
export function blockLogsBloom(receipts: readonly Receipt[]): string {
  const bloom = new Uint8Array(256);
  for (const r of receipts) {
    if (r.logsBloom === EMPTY_BLOOM_HEX) continue;
    // A bloom of fewer bytes (not one the engines make) must not OR in the rest of the last one.
    const n = fromHexInto(r.logsBloom, RECEIPT_BLOOM);
    if (n < 256) RECEIPT_BLOOM.fill(0, n);
    for (let i = 0; i < 256; i++) bloom[i]! |= RECEIPT_BLOOM[i]!;
  }
  return bytesToHex(bloom);
}
