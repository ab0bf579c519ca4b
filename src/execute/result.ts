import { bytesToHex } from '@ethereumjs/util';
import type { DecodedBlock } from '../block/decode.js';
import type { BlockRequests } from './requests.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { BlockResult, PhaseTimings, Receipt } from '../types.js';
import { blockLogsBloom, receiptsRoot } from '../verify/receipts.js';

/**
 * The {@link BlockResult} of a block whose post-state is in `sm` — the same assembly for the
 * sequential and the parallel path, so their results can only differ in what they executed.
 */
export async function assembleResult(
  decoded: DecodedBlock,
  sm: BlockStateManager,
  parts: { senders: string[]; receipts: Receipt[]; requests?: BlockRequests; notes: string[]; timings: PhaseTimings },
): Promise<BlockResult> {
  const { block } = decoded;
  return {
    number: block.header.number,
    hash: bytesToHex(block.hash()),
    hardfork: decoded.hardfork,
    senders: parts.senders,
    receipts: parts.receipts,
    gasUsed: parts.receipts.at(-1)?.cumulativeGasUsed ?? 0n,
    logsBloom: blockLogsBloom(parts.receipts),
    receiptsRoot: await receiptsRoot(parts.receipts),
    stateChanges: sm.changes(),
    ...(parts.requests ? { requests: parts.requests.requests, requestsHash: parts.requests.requestsHash } : {}),
    notes: parts.notes,
    timings: parts.timings,
  };
}
