import assert from 'node:assert/strict';
import test from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bloomItem } from '../../src/evm/bloom.js';
import { BloomFeed } from '../../src/parallel/bloomFeed.js';

/** A topic's bloom bits from an independent keccak (@noble/hashes), as the Yellow Paper's M3:2048 takes them (§4.3.1). */
function expectedBits(topic: bigint): number {
  const h = keccak_256(Uint8Array.from(Buffer.from(topic.toString(16).padStart(64, '0'), 'hex')));
  return (((h[0]! << 8) | h[1]!) & 2047) * 4194304 + (((h[2]! << 8) | h[3]!) & 2047) * 2048 + (((h[4]! << 8) | h[5]!) & 2047);
}

test("the bloom feed: a worker's view hashes the topics offered, in batches, the coordinator takes their bits; settled topics are skipped; no room: -1", () => {
  const feed = BloomFeed.forGas(375n * 310n);
  const worker = new BloomFeed(feed.buffer);
  const transfer = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efn;
  const topics = Array.from({ length: 100 }, (_, i) => [transfer, BigInt(i) * 0x1234567890abcdefn, 2n ** 256n - 1n - BigInt(i)]);
  const at = topics.map((t) => feed.offer(t));
  assert.deepEqual(at.slice(0, 3), [0, 3, 6]);
  // Nothing served yet: the coordinator computes them itself.
  assert.equal(feed.bitsAt(0), -1);
  assert.equal(worker.serve(), true);
  assert.equal(worker.serve(), false);
  for (const [i, t] of topics.entries()) {
    for (const [k, topic] of t.entries()) {
      const bits = feed.bitsAt(at[i]! + k);
      assert.equal(bits, expectedBits(topic), `log ${i} topic ${k}`);
      assert.equal(bits, bloomItem(topic));
    }
  }
  assert.equal(feed.topicsOnWorkers, 300);
  // Settled topics (their transaction's bloom is made) are not hashed.
  const late = feed.offer([7n, 8n]);
  feed.settled();
  assert.equal(worker.serve(), false);
  assert.equal(feed.bitsAt(late), -1);
  // No topics, or no room left (room for 310 topics, 302 offered): not taken.
  assert.equal(feed.offer([]), -1);
  assert.equal(feed.offer(Array.from({ length: 9 }, () => 1n)), -1);
  assert.equal(feed.offer(Array.from({ length: 8 }, () => 1n)), 302);
  feed.release();
  // The buffer goes back all zero, and a block reusing it (of another capacity) starts with every topic pending.
  assert.ok(new Uint8Array(feed.buffer).every((b) => b === 0));
  const next = BloomFeed.forGas(375n * 100n);
  assert.equal(next.buffer, feed.buffer);
  assert.equal(next.offer([transfer]), 0);
  assert.equal(next.bitsAt(0), -1);
  assert.equal(new BloomFeed(next.buffer).serve(), true);
  assert.equal(next.bitsAt(0), expectedBits(transfer));
});
