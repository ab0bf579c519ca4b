import { RLP } from '@ethereumjs/rlp';
import { bytesToHex } from '@ethereumjs/util';
import { Bloom, encodeReceipt } from '@ethereumjs/vm';
import { fromHex } from '../state/hex.js';
import { trieRoot } from '../state/trieRoot.js';
import type { Receipt } from '../types.js';

/** The consensus encoding of a receipt (EIP-2718 `type || rlp(...)`, Yellow Paper §4.3.1). */
export function encodeReceiptBytes(r: Receipt): Uint8Array {
  const base = {
    cumulativeBlockGasUsed: r.cumulativeGasUsed,
    bitvector: fromHex(r.logsBloom),
    logs: r.logs.map((l) => [fromHex(l.address), l.topics.map(fromHex), fromHex(l.data)] as [Uint8Array, Uint8Array[], Uint8Array]),
  };
  const receipt = r.stateRoot !== undefined ? { ...base, stateRoot: fromHex(r.stateRoot) } : { ...base, status: r.status ?? 0 };
  return encodeReceipt(receipt as never, r.txType as never);
}

/** Root of the receipts trie: key `rlp(index)`, value the encoded receipt (Yellow Paper §4.3). */
export async function receiptsRoot(receipts: Receipt[]): Promise<string> {
  return bytesToHex(trieRoot(receipts.map((r, i) => [RLP.encode(i), encodeReceiptBytes(r)] as const)));
}

/** The block's logs bloom: OR of every receipt's bloom (Yellow Paper §4.3.1, M3:2048). */
export function blockLogsBloom(receipts: Receipt[]): string {
  const bloom = new Bloom();
  for (const r of receipts) bloom.or(new Bloom(fromHex(r.logsBloom)));
  return bytesToHex(bloom.bitvector);
}
