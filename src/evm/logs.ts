/**
 * A receipt's logs in their consensus encoding (Yellow Paper §4.3.1: the RLP list of
 * `[address, [topics…], data]`), written once from the EVM's bytes when a transaction ends. A
 * parallel worker sends it, the receipts trie copies it, and the receipt's hex logs are cut from
 * it only when read ({@link receiptWithLazyLogs}): no hex string is turned back into bytes (on mainnet 15537394, whose
 * one transaction logs 10,001 transfers, that decoding was 26 ms of the coordinator's serial work
 * and 31 ms of the sequential engine's post-block work).
 */
import { rlpBytesLength, rlpFramedLength, writeRlpBytes, writeRlpHeader } from '../state/rlp.js';
import { writeWordAt } from '../state/u256.js';
import type { Log, Receipt } from '../types.js';
import { EMPTY_BLOOM_HEX } from './bloom.js';
import type { EvmLog } from './frames/journal.js';

/** RLP of an address string: 0x94 and 20 bytes. */
const ADDRESS_ITEM = 21;
/** RLP of a topic: 0xa0 and 32 bytes. */
const TOPIC_ITEM = 33;

/**
 * The RLP of `logs` (the logs field of a receipt, Yellow Paper §4.3.1), from the EVM's own forms:
 * addresses as lowercase `0x` hex, topics as bigint words, data as bytes.
 * @returns a new buffer (small ones share Node's pool: never transfer its `.buffer`)
 * @throws Error on an address that is not 20 bytes of hex (an internal error)
 */
export function encodeLogs(logs: readonly EvmLog[]): Uint8Array {
  let payload = 0;
  for (const l of logs) payload += rlpFramedLength(logPayload(l));
  const out = Buffer.allocUnsafe(rlpFramedLength(payload));
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  let at = writeRlpHeader(out, 0, 0xc0, payload);
  // Logs of one transaction mostly come from few contracts: an address repeated from the log
  // before is copied, not decoded from hex again.
  let lastAddress = '';
  let lastAt = 0;
  for (const l of logs) {
    at = writeRlpHeader(out, at, 0xc0, logPayload(l));
    out[at++] = 0x80 + 20;
    if (l.address === lastAddress) out.copyWithin(at, lastAt, lastAt + 20);
    else if (out.write(l.address.slice(2), at, 20, 'hex') !== 20) throw new Error(`internal: not a 20-byte address: ${l.address}`);
    lastAddress = l.address;
    lastAt = at;
    at += 20;
    at = writeRlpHeader(out, at, 0xc0, l.topics.length * TOPIC_ITEM);
    for (const t of l.topics) {
      out[at++] = 0x80 + 32;
      writeWordAt(view, at, t);
      at += 32;
    }
    at = writeRlpBytes(out, at, l.data);
  }
  return out;
}

function logPayload(l: EvmLog): number {
  return ADDRESS_ITEM + rlpFramedLength(l.topics.length * TOPIC_ITEM) + rlpBytesLength(l.data);
}

/**
 * {@link encodeLogs} of logs given as hex (`Receipt.logs`: a receipt that has no recorded
 * encoding, such as the reference engine's). Fields of any length are encoded as they are.
 */
export function encodeHexLogs(logs: readonly Log[]): Uint8Array {
  const logLengths: number[] = new Array(logs.length);
  const topicLengths: number[] = new Array(logs.length);
  let payload = 0;
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]!;
    let topics = 0;
    for (const t of l.topics) topics += hexStringLength(t);
    topicLengths[i] = topics;
    logLengths[i] = hexStringLength(l.address) + rlpFramedLength(topics) + hexStringLength(l.data);
    payload += rlpFramedLength(logLengths[i]!);
  }
  const out = Buffer.allocUnsafe(rlpFramedLength(payload));
  let at = writeRlpHeader(out, 0, 0xc0, payload);
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i]!;
    at = writeRlpHeader(out, at, 0xc0, logLengths[i]!);
    at = writeHexString(out, at, l.address);
    at = writeRlpHeader(out, at, 0xc0, topicLengths[i]!);
    for (const t of l.topics) at = writeHexString(out, at, t);
    at = writeHexString(out, at, l.data);
  }
  return out;
}

/** RLP length of the byte string a `0x` hex holds: one byte below 0x80 is its own encoding. */
export function hexStringLength(hex: string): number {
  const n = (hex.length - 2) >> 1;
  if (n === 1 && Number.parseInt(hex.slice(2, 4), 16) < 0x80) return 1;
  return rlpFramedLength(n);
}

/** Writes the RLP of the byte string a `0x` hex holds at `at` ({@link hexStringLength} bytes); returns the end. */
export function writeHexString(out: Buffer, at: number, hex: string): number {
  const n = (hex.length - 2) >> 1;
  if (n !== 1 || Number.parseInt(hex.slice(2, 4), 16) >= 0x80) at = writeRlpHeader(out, at, 0x80, n);
  return at + out.write(hex.slice(2), at, n, 'hex');
}

/**
 * The logs an {@link encodeLogs} encoding holds, as lowercase `0x` hex (the `Receipt` form): the
 * encoding is turned into hex once and every field is a slice of it.
 * @throws Error when `rlp` is not a list of `[address, [topics…], data]` (an internal error: only
 *   parevm's own encodings are read here)
 */
export function decodeLogs(rlp: Uint8Array): Log[] {
  const hex = Buffer.from(rlp.buffer, rlp.byteOffset, rlp.length).toString('hex');
  const field = (s: Span) => `0x${hex.slice(2 * s.start, 2 * s.end)}`;
  const logs: Log[] = [];
  const list = span(rlp, 0, true);
  for (let at = list.start; at < list.end; ) {
    const log = span(rlp, at, true);
    const address = span(rlp, log.start, false);
    if (address.end - address.start !== 20) throw new Error(`internal: a log's address is not 20 bytes, at byte ${log.start}`);
    const topicList = span(rlp, address.end, true);
    const topics: string[] = [];
    for (let t = topicList.start; t < topicList.end; ) {
      const topic = span(rlp, t, false);
      if (topic.end > topicList.end) throw new Error(`internal: a topic runs past its list, at byte ${t}`);
      topics.push(field(topic));
      t = topic.end;
    }
    const data = span(rlp, topicList.end, false);
    if (data.end !== log.end) throw new Error('internal: a log is not three fields');
    logs.push({ address: field(address), topics, data: field(data) });
    at = log.end;
  }
  if (list.end !== rlp.length) throw new Error('internal: bytes after the logs list');
  return logs;
}

/** An RLP item's payload `[start, end)`. */
interface Span {
  start: number;
  end: number;
}

/** The RLP item at `at`, which must be a list (`list`) or a byte string. */
function span(b: Uint8Array, at: number, list: boolean): Span {
  const p = b[at];
  if (p === undefined || p >= 0xc0 !== list) throw new Error(`internal: malformed logs RLP at byte ${at}`);
  if (p < 0x80) return { start: at, end: at + 1 };
  const offset = list ? 0xc0 : 0x80;
  let start = at + 1;
  let len = p - offset;
  if (len >= 56) {
    const n = len - 55;
    len = 0;
    for (let i = 1; i <= n; i++) len = len * 256 + b[at + i]!;
    start += n;
  }
  if (start + len > b.length) throw new Error(`internal: malformed logs RLP at byte ${at}`);
  return { start, end: start + len };
}

/**
 * The logs of each receipt made by {@link receiptWithLazyLogs}: their {@link encodeLogs} encoding
 * (for the receipts trie and a worker's reply; undefined once other logs were assigned), the hex
 * logs once read, and how many there were then (logs pushed or cut later are encoded from the
 * hex). Kept beside the receipt, not in it: `Receipt` is the public shape, equal on every engine
 * (the reference engine's receipts have no encoding and are encoded from their hex).
 */
const lazyLogs = new WeakMap<
  Pick<Receipt, 'txType' | 'gasUsed' | 'cumulativeGasUsed'>,
  { rlp: Uint8Array | undefined; logs: Log[] | undefined; count: number }
>();

/**
 * The encoding of no logs, an empty list: the one array {@link logsEncodingOf} returns for every
 * receipt without logs (whose bloom it has checked is empty). Shared: never to be written to.
 */
export const EMPTY_LOGS_ENCODING = Uint8Array.of(0xc0);

/**
 * The `logs` accessor of every lazy receipt (one for all, the receipt is `this`: added to objects
 * of one shape, it keeps them one fast map, where an accessor made per receipt, or a data property
 * turned into one, put each receipt in dictionary mode at ~3 µs).
 */
const LAZY_LOGS: PropertyDescriptor = {
  get(this: Receipt): Log[] {
    const e = lazyLogs.get(this);
    if (e === undefined) throw new Error('internal: lazy logs read through an object that is not their receipt');
    if (e.logs === undefined) {
      e.logs = decodeLogs(e.rlp!);
      e.count = e.logs.length;
    }
    return e.logs;
  },
  set(this: Receipt, logs: Log[]): void {
    const e = lazyLogs.get(this);
    if (e === undefined) throw new Error('internal: lazy logs set through an object that is not their receipt');
    e.rlp = undefined;
    e.logs = logs;
  },
  enumerable: true,
  // Not configurable: deleting or redefining `logs` would leave the receipts trie its old encoding.
  configurable: false,
};

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
export function receiptWithLazyLogs(head: Pick<Receipt, 'txType' | 'gasUsed' | 'cumulativeGasUsed'>, rlp: Uint8Array | undefined, logsBloom: string): Receipt {
  const receipt = head as Receipt;
  if (rlp === undefined || rlp.length <= 1) receipt.logs = [];
  else {
    lazyLogs.set(head, { rlp, logs: undefined, count: 0 });
    Object.defineProperty(head, 'logs', LAZY_LOGS);
  }
  receipt.logsBloom = logsBloom;
  return receipt;
}

/**
 * Whether `receipt`'s logs are lazy ({@link receiptWithLazyLogs}) and not yet read.
 * @internal for tests: no step of a block reads them
 */
export function logsUnread(receipt: Receipt): boolean {
  const e = lazyLogs.get(receipt);
  return e !== undefined && e.logs === undefined;
}

/** The encoding of `receipt.logs` recorded by {@link receiptWithLazyLogs}, if any and its logs are still those. */
export function encodedLogsOf(receipt: Receipt): Uint8Array | undefined {
  const e = lazyLogs.get(receipt);
  if (e === undefined || e.rlp === undefined) return undefined;
  return e.logs === undefined || e.logs.length === e.count ? e.rlp : undefined;
}

/**
 * The RLP of `receipt.logs`: the recorded encoding ({@link encodedLogsOf}), else encoded from the
 * hex ({@link encodeHexLogs}; no logs: one shared empty list, never to be written to).
 * @throws Error when the receipt has a bloom but neither logs nor an encoding (an internal error:
 *   a receipt whose logs were lost on the way is not encoded as if it had none)
 */
export function logsEncodingOf(receipt: Receipt): Uint8Array {
  const recorded = encodedLogsOf(receipt);
  if (recorded !== undefined) return recorded;
  if (receipt.logs.length > 0) return encodeHexLogs(receipt.logs);
  if (receipt.logsBloom !== EMPTY_BLOOM_HEX && /[^0]/.test(receipt.logsBloom.slice(2)))
    throw new Error('internal: a receipt with a bloom has neither logs nor their encoding');
  return EMPTY_LOGS_ENCODING;
}
