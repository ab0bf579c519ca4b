// The logs' consensus encoding written from the EVM's forms (src/evm/logs.ts) equals
// @ethereumjs/rlp's encoding of the same logs, at every RLP length boundary of a log's fields and
// of the list; the hex logs cut from it equal the logs' own hex; the encoding from hex
// (encodeHexLogs, for the reference engine's receipts) equals it too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RLP } from '@ethereumjs/rlp';
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { decodeLogs, encodeHexLogs, encodeLogs, encodedLogsOf, logsEncodingOf, logsUnread, receiptWithLazyLogs } from '../../src/evm/logs.js';
import { logsBloomHex } from '../../src/evm/bloom.js';
import type { Receipt } from '../../src/types.js';
import type { EvmLog } from '../../src/evm/frames/journal.js';

const word = (t: bigint) => `0x${t.toString(16).padStart(64, '0')}`;
const hexOf = (l: EvmLog) => ({ address: l.address, topics: l.topics.map(word), data: bytesToHex(l.data) });
const reference = (logs: EvmLog[]) =>
  bytesToHex(RLP.encode(logs.map((l) => [hexToBytes(l.address as `0x${string}`), l.topics.map((t) => hexToBytes(word(t) as `0x${string}`)), l.data])));

function check(logs: EvmLog[], what: string): void {
  const encoded = encodeLogs(logs);
  assert.equal(bytesToHex(encoded), reference(logs), `${what}: encoding`);
  assert.deepEqual(decodeLogs(encoded), logs.map(hexOf), `${what}: hex`);
  assert.equal(bytesToHex(encodeHexLogs(logs.map(hexOf))), reference(logs), `${what}: encoding from hex`);
}

test('single logs at the length boundaries of data and topics', () => {
  const address = '0x00000000000000000000000000000000000000aa';
  for (const length of [0, 1, 2, 55, 56, 255, 256, 65535, 65536, 70000]) {
    for (const fill of [0x00, 0x7f, 0x80, 0xff]) {
      for (const topics of [0, 1, 2, 4]) {
        // Topics: 0, small, 2^53 − 1 and 2^53 (the word writer's fast path and its edge), the largest word.
        const values = [0n, 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 256n - 1n].slice(0, topics);
        check([{ address, topics: values, data: new Uint8Array(length).fill(fill), bloomAt: -1 }], `${length} bytes of ${fill}, ${topics} topics`);
      }
    }
  }
});

test('many logs: repeated and alternating addresses, lists of one, two and three length bytes', () => {
  const addresses = ['0x1111111111111111111111111111111111111111', '0xdac17f958d2ee523a2206206994597c13d831ec7', '0x0000000000000000000000000000000000000000'];
  for (const count of [1, 2, 3, 300, 3000]) {
    for (const pattern of ['same', 'alternating', 'runs']) {
      const logs: EvmLog[] = Array.from({ length: count }, (_, i) => ({
        address: addresses[pattern === 'same' ? 0 : pattern === 'alternating' ? i % 3 : Math.floor(i / 7) % 3]!,
        topics: Array.from({ length: i % 5 }, (_, k) => BigInt(i * 31 + k) << BigInt((k * 61) % 200)),
        data: new Uint8Array(i % 70).fill(i & 0xff),
        bloomAt: -1,
      }));
      check(logs, `${count} logs, ${pattern} addresses`);
    }
  }
  assert.equal(bytesToHex(encodeLogs([])), '0xc0');
  assert.deepEqual(decodeLogs(Uint8Array.of(0xc0)), []);
});

test('the decoder rejects what is not a list of [address, [topics], data]', () => {
  const log = encodeLogs([{ address: '0x00000000000000000000000000000000000000aa', topics: [1n], data: Uint8Array.of(1, 2), bloomAt: -1 }]);
  const bad = [
    Uint8Array.of(0x80), // a string, not a list
    Uint8Array.from([...log, 0x00]), // bytes after the list
    log.subarray(0, log.length - 1), // cut short
    Uint8Array.from(RLP.encode([[new Uint8Array(20), [], new Uint8Array(1), new Uint8Array(1)]])), // four fields
    Uint8Array.from(RLP.encode([[new Uint8Array(20), new Uint8Array(1), new Uint8Array(1)]])), // topics not a list
    Uint8Array.from(RLP.encode([[new Uint8Array(19), [], new Uint8Array(1)]])), // a 19-byte address
    // A topic list whose header says 1 byte, holding a 33-byte topic: [address, [topic…, data]
    Uint8Array.from([0xf8, 0x3a, 0xf8, 0x38, 0x94, ...new Uint8Array(20), 0xc1, 0xa0, ...new Uint8Array(32), 0x80]),
  ];
  for (const [i, b] of bad.entries()) assert.throws(() => decodeLogs(b), /internal: /, `case ${i}`);
});

test('a receipt without a recorded encoding: encoded from its hex logs, and one with a bloom but no logs fails', () => {
  const logs: EvmLog[] = [{ address: '0x00000000000000000000000000000000000000aa', topics: [7n], data: Uint8Array.of(1), bloomAt: -1 }];
  const receipt: Receipt = { txType: 2, status: 1, gasUsed: 1n, cumulativeGasUsed: 1n, logs: logs.map(hexOf), logsBloom: logsBloomHex(logs, new Map()) };
  assert.equal(encodedLogsOf(receipt), undefined);
  assert.equal(bytesToHex(logsEncodingOf(receipt)), reference(logs), 'from hex');
  // A bloom but neither logs nor an encoding fails rather than lose the logs; no logs and an
  // empty bloom is the empty list.
  assert.throws(() => logsEncodingOf({ ...receipt, logs: [] }), /internal: a receipt with a bloom has neither logs nor their encoding/);
  assert.equal(bytesToHex(logsEncodingOf({ ...receipt, logs: [], logsBloom: logsBloomHex([], new Map()) })), '0xc0', 'no logs');
});

test('a lazy receipt makes its hex logs from the encoding when read, and is a plain receipt to every reader', () => {
  const logs: EvmLog[] = [
    { address: '0x00000000000000000000000000000000000000aa', topics: [7n, 2n ** 256n - 1n], data: Uint8Array.of(1, 2, 3), bloomAt: -1 },
    { address: '0x00000000000000000000000000000000000000bb', topics: [], data: new Uint8Array(70), bloomAt: -1 },
  ];
  const other: EvmLog[] = [{ address: '0x00000000000000000000000000000000000000cc', topics: [1n], data: new Uint8Array(), bloomAt: -1 }];
  const plain: Receipt = { txType: 2, gasUsed: 5n, cumulativeGasUsed: 9n, logs: logs.map(hexOf), logsBloom: logsBloomHex(logs, new Map()), status: 1 };
  const encoded = encodeLogs(logs);
  const lazy = () => {
    const r = receiptWithLazyLogs({ txType: 2, gasUsed: 5n, cumulativeGasUsed: 9n }, encoded, plain.logsBloom);
    r.status = 1;
    return r;
  };
  const bigints = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

  const r = lazy();
  assert.ok(logsUnread(r), 'not read yet');
  assert.deepEqual(Object.keys(r), Object.keys(plain), 'field order');
  assert.equal(encodedLogsOf(r), encoded, 'the encoding serves it unread');
  assert.ok(logsUnread(r), 'the encoding is taken without reading the logs');
  // Each reader on a receipt not yet read.
  assert.equal(JSON.stringify(lazy(), bigints), JSON.stringify(plain, bigints), 'JSON');
  assert.deepStrictEqual({ ...lazy() }, plain, 'a copy');
  assert.deepStrictEqual(structuredClone(lazy()), plain, 'structured clone');
  assert.deepStrictEqual(lazy(), plain, 'deep equality');
  // Read: the same array each time, the encoding still its own.
  const first = r.logs;
  assert.deepEqual(first, logs.map(hexOf));
  assert.ok(!logsUnread(r) && r.logs === first, 'read once, kept');
  assert.equal(encodedLogsOf(r), encoded, 'read, the logs are still those encoded');
  r.logs.push(...other.map(hexOf));
  assert.equal(encodedLogsOf(r), undefined, 'resized after a read');
  assert.equal(bytesToHex(logsEncodingOf(r)), reference([...logs, ...other]), 'resized, from hex');
  // Assigned before any read: the encoding is dropped, the new logs are encoded from their hex.
  const replaced = lazy();
  const assigned = other.map(hexOf);
  replaced.logs = assigned;
  assert.ok(!logsUnread(replaced) && replaced.logs === assigned);
  assert.equal(encodedLogsOf(replaced), undefined, 'replaced unread');
  assert.equal(bytesToHex(logsEncodingOf(replaced)), reference(other), 'replaced, from hex');
  // Not configurable: a delete or a redefinition would leave the receipts trie the old encoding.
  assert.throws(() => delete (r as Partial<Receipt>).logs, TypeError);
  assert.throws(() => Object.defineProperty(r, 'logs', { value: [] }), TypeError);
  // No logs (no encoding, or the empty list a worker sends): a plain empty array, nothing recorded.
  for (const none of [undefined, Uint8Array.of(0xc0)]) {
    const empty = receiptWithLazyLogs({ txType: 0, gasUsed: 1n, cumulativeGasUsed: 1n }, none, logsBloomHex([], new Map()));
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(empty, 'logs'), { value: [], writable: true, enumerable: true, configurable: true });
    assert.deepEqual(Object.keys(empty), ['txType', 'gasUsed', 'cumulativeGasUsed', 'logs', 'logsBloom']);
    assert.ok(!logsUnread(empty) && encodedLogsOf(empty) === undefined);
    assert.equal(bytesToHex(logsEncodingOf(empty)), '0xc0');
  }
  // A copy keeps its logs (as hex) though not the encoding.
  assert.equal(bytesToHex(logsEncodingOf({ ...lazy() })), reference(logs), 'a copy, from hex');
});
