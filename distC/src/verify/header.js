import { bytesToHex } from '@ethereumjs/util';
import { SUPPORTED_HARDFORKS } from '../block/hardfork.js';
/** The header fields {@link verifyHeader} checks, in report order. */
export const HEADER_FIELDS = ['gasUsed', 'receiptsRoot', 'logsBloom', 'cumulativeGas', 'requestsHash'];
/** Byzantium's place in the fork order (mainnet's schedule lacks the forks after BPO2). */
const BYZANTIUM = SUPPORTED_HARDFORKS.indexOf('byzantium');
const compare = (expected, actual) => ({
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
export function verifyHeader(result, header) {
    const gasUsed = compare(header.gasUsed.toString(), result.gasUsed.toString());
    const logsBloom = compare(bytesToHex(header.logsBloom), result.logsBloom);
    const byzantium = SUPPORTED_HARDFORKS.indexOf(result.hardfork) >= BYZANTIUM;
    const receiptsRoot = byzantium
        ? compare(bytesToHex(header.receiptTrie), result.receiptsRoot)
        : {
            status: 'not-checked',
            expected: bytesToHex(header.receiptTrie),
            reason: 'pre-Byzantium receipts embed intermediate state roots, which a partial pre-state cannot give',
        };
    let cumulativeGas = { status: 'match', expected: header.gasUsed.toString() };
    let sum = 0n;
    for (let i = 0; i < result.receipts.length; i++) {
        const r = result.receipts[i];
        sum += r.gasUsed;
        if (r.cumulativeGasUsed !== sum) {
            cumulativeGas = { status: 'mismatch', expected: sum.toString(), actual: r.cumulativeGasUsed.toString(), reason: `receipt ${i}` };
            break;
        }
    }
    if (cumulativeGas.status === 'match') {
        cumulativeGas = compare(header.gasUsed.toString(), sum.toString());
    }
    const requestsHash = header.requestsHash !== undefined
        ? compare(bytesToHex(header.requestsHash), result.requestsHash ?? '(none)')
        : { status: 'not-checked', reason: 'no requestsHash before Prague (EIP-7685)' };
    const ok = [gasUsed, receiptsRoot, logsBloom, cumulativeGas, requestsHash].every((v) => v.status !== 'mismatch');
    return { ok, gasUsed, receiptsRoot, logsBloom, cumulativeGas, requestsHash };
}
//# sourceMappingURL=header.js.map