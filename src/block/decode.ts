import type { Block } from '@ethereumjs/block';
import { createBlockFromRPC } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import { BlockDecodeError, FixtureFormatError } from '../errors.js';
import { createMainnetCommon, createTxCommon, hardforkFor, type SupportedHardfork } from './hardfork.js';
import { asAddress, asObject, asQuantity } from './json.js';

/** A block decoded from RPC JSON, ready to execute. */
export interface DecodedBlock {
  block: Block;
  hardfork: SupportedHardfork;
  common: Common;
  /**
   * Number of ommers (uncles). RPC JSON lists only their hashes, so their headers (and
   * coinbases) are known only when `uncleHeaders` were given; see `ommers`.
   */
  ommerCount: number;
  /** Ommer headers when known (for their rewards, pre-merge). */
  ommers: Block['uncleHeaders'];
  /** The RPC JSON the block was decoded from (undefined for a block built in code). */
  json?: unknown;
  /** `from` of each transaction as the JSON gave it (lowercase hex), for cross-checking recovery. */
  expectedSenders: (string | undefined)[];
}

/**
 * Decodes a block as `eth_getBlockByNumber(n, true)` returns it into an `@ethereumjs/block` Block
 * whose Common is set to the mainnet hardfork for its number and timestamp. Handles legacy,
 * EIP-2930, EIP-1559 and EIP-4844 transactions and withdrawals (EIP-4895).
 * @param json the RPC block object (hex quantities)
 * @param options.file name used in error messages; `options.uncleHeaders` RPC headers of the ommers
 * @throws FixtureFormatError on a missing or mistyped header field (names file and field)
 * @throws UnsupportedHardforkError when the block's hardfork is not supported
 * @throws BlockDecodeError when a transaction or header cannot be constructed
 */
export function decodeBlock(json: unknown, options: { file?: string; uncleHeaders?: unknown[] } = {}): DecodedBlock {
  const file = options.file ?? 'block.json';
  const obj = asObject(json, file, '');
  const number = asQuantity(obj.number, file, 'number');
  const timestamp = asQuantity(obj.timestamp, file, 'timestamp');
  for (const f of ['gasLimit', 'gasUsed'] as const) asQuantity(obj[f], file, f);
  const txs = obj.transactions ?? [];
  if (!Array.isArray(txs)) throw new FixtureFormatError(file, 'transactions', 'expected an array');
  const expectedSenders = txs.map((t, i) => {
    const tx = asObject(t, file, `transactions[${i}]`);
    return tx.from === undefined ? undefined : asAddress(tx.from, file, `transactions[${i}].from`);
  });
  const uncles = obj.uncles ?? [];
  if (!Array.isArray(uncles)) throw new FixtureFormatError(file, 'uncles', 'expected an array');

  const hardfork = hardforkFor(number, timestamp);
  const common = createMainnetCommon(hardfork);
  let block: Block;
  try {
    block = createBlockFromRPC(obj as never, options.uncleHeaders ?? [], { common: createTxCommon(hardfork), setHardfork: false });
  } catch (e) {
    throw new BlockDecodeError(`${file}: ${(e as Error).message}`, { cause: e });
  }
  return { block, hardfork, common, ommerCount: uncles.length, ommers: block.uncleHeaders, expectedSenders, json };
}
