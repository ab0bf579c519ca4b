import type { BlockHeader } from '@ethereumjs/block';
import { bytesToHex } from '@ethereumjs/util';
import { SUPPORTED_HARDFORKS } from '../block/hardfork.js';
import type { BlockResult } from '../types.js';

/** The outcome for one header field. Values are `0x` hex (gas as a decimal string). */
export interface FieldVerdict {
  status: 'match' | 'mismatch' | 'not-checked';
  expected?: string;
  actual?: string;
  /** Why a field was not checked, or where it first differs. */
  reason?: string;
}

/** The header fields {@link verifyHeader} checks, in report order. */
export const HEADER_FIELDS = ['gasUsed', 'receiptsRoot', 'logsBloom', 'cumulativeGas', 'requestsHash'] as const;

/** A block result checked against its header. `ok` is false when any checked field mismatches. */
export interface HeaderVerdict {
  ok: boolean;
  gasUsed: FieldVerdict;
  receiptsRoot: FieldVerdict;
  logsBloom: FieldVerdict;
  /** Receipts' cumulative gas: each = previous + own gas used, and the last = header gasUsed. */
  cumulativeGas: FieldVerdict;
  /** EIP-7685 requests hash (from Prague; `not-checked` before). */
  requestsHash: FieldVerdict;
}

/** Byzantium's place in the fork order (mainnet's schedule lacks the forks after BPO2). */
const BYZANTIUM = SUPPORTED_HARDFORKS.indexOf('byzantium');

const compare = (expected: string, actual: string): FieldVerdict => ({
  status: expected === actual ? 'match' : 'mismatch',
  expected,
  actual,
});

/**
 * Compares a result with the block's header: `gasUsed` and `logsBloom` always (the bloom depends
 * only on logs); `receiptsRoot` from Byzantium on. Before Byzantium (EIP-658) receipts embed
 * intermediate state roots that a partial snapshot cannot give, so the receipts root is not
 * checked there; the per-transaction cumulative gas is checked for consistency instead. From
 * Prague the header's `requestsHash` (EIP-7685) is checked too.
 */
export function verifyHeader(result: BlockResult, header: BlockHeader): HeaderVerdict {
  const gasUsed = compare(header.gasUsed.toString(), result.gasUsed.toString());
  const logsBloom = compare(bytesToHex(header.logsBloom), result.logsBloom);
  const byzantium = SUPPORTED_HARDFORKS.indexOf(result.hardfork as (typeof SUPPORTED_HARDFORKS)[number]) >= BYZANTIUM;
  const receiptsRoot: FieldVerdict = byzantium
    ? compare(bytesToHex(header.receiptTrie), result.receiptsRoot)
    : {
        status: 'not-checked',
        expected: bytesToHex(header.receiptTrie),
        reason: 'pre-Byzantium receipts embed intermediate state roots, which a partial pre-state cannot give',
      };
  let cumulativeGas: FieldVerdict = { status: 'match', expected: header.gasUsed.toString() };
  let sum = 0n;
  for (let i = 0; i < result.receipts.length; i++) {
    const r = result.receipts[i]!;
    sum += r.gasUsed;
    if (r.cumulativeGasUsed !== sum) {
      cumulativeGas = { status: 'mismatch', expected: sum.toString(), actual: r.cumulativeGasUsed.toString(), reason: `receipt ${i}` };
      break;
    }
  }
  if (cumulativeGas.status === 'match') {
    cumulativeGas = compare(header.gasUsed.toString(), sum.toString());
  }
  const requestsHash: FieldVerdict =
    header.requestsHash !== undefined
      ? compare(bytesToHex(header.requestsHash), result.requestsHash ?? '(none)')
      : { status: 'not-checked', reason: 'no requestsHash before Prague (EIP-7685)' };
  const ok = [gasUsed, receiptsRoot, logsBloom, cumulativeGas, requestsHash].every((v) => v.status !== 'mismatch');
  return { ok, gasUsed, receiptsRoot, logsBloom, cumulativeGas, requestsHash };
}
