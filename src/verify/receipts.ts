import { RLP } from '@ethereumjs/rlp';
import { bytesToHex } from '@ethereumjs/util';
import { Bloom } from '@ethereumjs/vm';
import { fromHex } from '../state/hex.js';
import { trieRoot } from '../state/trieRoot.js';
import type { Receipt } from '../types.js';

/**
 * The consensus encoding of a receipt (EIP-2718 `type || rlp([status | stateRoot,
 * cumulativeGasUsed, bloom, logs])`, Yellow Paper §4.3.1), written straight from its hex into one
 * buffer. `@ethereumjs/vm`'s `encodeReceipt` stays the reference (test/unit/receipts.test.ts
 * compares the two on every fixture receipt); through it, a receipt cost ~20 µs to encode here,
 * on the critical path of both engines' post-block work.
 */
export function encodeReceiptBytes(r: Receipt): Uint8Array {
  // A status (EIP-658) is one byte: 0x01, or the empty string 0x80.
  const first = r.stateRoot !== undefined ? hexStringLength(r.stateRoot) : 1;
  const gas = quantityLength(r.cumulativeGasUsed);
  let logsPayload = 0;
  const logLengths: number[] = new Array(r.logs.length);
  for (let i = 0; i < r.logs.length; i++) {
    const l = r.logs[i]!;
    let topics = 0;
    for (const t of l.topics) topics += hexStringLength(t);
    const payload = hexStringLength(l.address) + listLength(topics) + hexStringLength(l.data);
    logLengths[i] = payload;
    logsPayload += listLength(payload);
  }
  const payload = first + gas + hexStringLength(r.logsBloom) + listLength(logsPayload);
  const typed = r.txType !== 0 ? 1 : 0;
  const out = Buffer.allocUnsafe(typed + listLength(payload));
  let at = 0;
  if (typed) out[at++] = r.txType;
  at = header(out, at, 0xc0, payload);
  if (r.stateRoot !== undefined) at = writeHexString(out, at, r.stateRoot);
  else out[at++] = r.status === 1 ? 0x01 : 0x80;
  at = writeQuantity(out, at, r.cumulativeGasUsed);
  at = writeHexString(out, at, r.logsBloom);
  at = header(out, at, 0xc0, logsPayload);
  for (let i = 0; i < r.logs.length; i++) {
    const l = r.logs[i]!;
    at = header(out, at, 0xc0, logLengths[i]!);
    at = writeHexString(out, at, l.address);
    let topics = 0;
    for (const t of l.topics) topics += hexStringLength(t);
    at = header(out, at, 0xc0, topics);
    for (const t of l.topics) at = writeHexString(out, at, t);
    at = writeHexString(out, at, l.data);
  }
  return out;
}

/** Root of the receipts trie: key `rlp(index)`, value the encoded receipt (Yellow Paper §4.3). */
export async function receiptsRoot(receipts: Receipt[]): Promise<string> {
  return bytesToHex(trieRoot(receipts.map((r, i) => [RLP.encode(i), encodeReceiptBytes(r)] as const)));
}

/**
 * The block's logs bloom: OR of every receipt's bloom (Yellow Paper §4.3.1, M3:2048). A receipt
 * without logs has the empty bloom and is skipped (most of a block of transfers).
 */
export function blockLogsBloom(receipts: Receipt[]): string {
  const bloom = new Bloom();
  for (const r of receipts) if (r.logs.length > 0) bloom.or(new Bloom(fromHex(r.logsBloom)));
  return bytesToHex(bloom.bitvector);
}

/** Bytes needed to write `n` big-endian, without leading zeros. */
function byteCount(n: number): number {
  let c = 0;
  for (; n > 0; n = Math.floor(n / 256)) c++;
  return c;
}

/** RLP length of a list (or a string above one byte) whose payload is `n` bytes. */
function listLength(n: number): number {
  return n < 56 ? 1 + n : 1 + byteCount(n) + n;
}

/** RLP length of the byte string a `0x` hex holds: one byte below 0x80 is its own encoding. */
function hexStringLength(hex: string): number {
  const n = (hex.length - 2) >> 1;
  if (n === 1 && Number.parseInt(hex.slice(2, 4), 16) < 0x80) return 1;
  return listLength(n);
}

function quantityLength(v: bigint): number {
  if (v === 0n) return 1;
  if (v < 0x80n) return 1;
  return 1 + Math.ceil(v.toString(16).length / 2);
}

/** Writes an RLP header (`offset` 0x80 string, 0xc0 list) for a payload of `n` bytes. */
function header(out: Buffer, at: number, offset: number, n: number): number {
  if (n < 56) {
    out[at] = offset + n;
    return at + 1;
  }
  const c = byteCount(n);
  out[at] = offset + 55 + c;
  for (let i = c; i >= 1; i--, n = Math.floor(n / 256)) out[at + i] = n & 0xff;
  return at + 1 + c;
}

function writeHexString(out: Buffer, at: number, hex: string): number {
  const n = (hex.length - 2) >> 1;
  if (n !== 1 || Number.parseInt(hex.slice(2, 4), 16) >= 0x80) at = header(out, at, 0x80, n);
  return at + out.write(hex.slice(2), at, n, 'hex');
}

function writeQuantity(out: Buffer, at: number, v: bigint): number {
  if (v === 0n) {
    out[at] = 0x80;
    return at + 1;
  }
  if (v < 0x80n) {
    out[at] = Number(v);
    return at + 1;
  }
  let hex = v.toString(16);
  if (hex.length & 1) hex = `0${hex}`;
  out[at++] = 0x80 + hex.length / 2;
  return at + out.write(hex, at, hex.length / 2, 'hex');
}
