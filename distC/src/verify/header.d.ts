import type { BlockHeader } from '@ethereumjs/block';
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
export declare const HEADER_FIELDS: readonly ["gasUsed", "receiptsRoot", "logsBloom", "cumulativeGas", "requestsHash"];
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
/**
 * Compares a result with the block's header: `gasUsed` and `logsBloom` always (the bloom depends
 * only on logs); `receiptsRoot` from Byzantium on. Before Byzantium (EIP-658) receipts embed
 * intermediate state roots that a partial snapshot cannot give, so the receipts root is not
 * checked there; the per-transaction cumulative gas is checked for consistency instead. From
 * Prague the header's `requestsHash` (EIP-7685) is checked too.
 */
export declare function verifyHeader(result: BlockResult, header: BlockHeader): HeaderVerdict;
