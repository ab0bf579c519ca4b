import type { StateReader } from '../state/reader.js';
import { equalsBytes } from '@ethereumjs/util';
import { LOC_ACCOUNT, type MVMemory, READ_ESTIMATE, READ_NONE } from './mvMemory.js';
import { ACCOUNT_BYTES, baseAccount, encodeAccount, isNonceBlind, nonceBlind, parseLocation, resolveAccount, resolveBalance } from './txView.js';

/**
 * Block-STM `validate_read_set` (Algorithm 2): every location the last incarnation of `txIndex`
 * read must still resolve to the same version — or, for a balance or account read through lazy
 * deltas, to the same value (a nonce-blind account read: the same but for the nonce). An ESTIMATE in the way fails validation.
 */
export function validateReadSet(mv: MVMemory, txIndex: number, base: StateReader): boolean {
  const reads = mv.readSet(txIndex);
  for (let i = 0; i < reads.length; i += 3) {
    const loc = reads[i]!;
    const version = reads[i + 1]!;
    const third = reads[i + 2]!;
    if (version === -2) {
      const { kind, address } = parseLocation(mv, loc);
      if (kind === LOC_ACCOUNT) {
        const r = resolveAccount(mv, loc, txIndex, () => baseAccount(base, address));
        if (r.kind !== 'value') return false;
        const seen = mv.values.subarray(third, third + ACCOUNT_BYTES);
        const now = isNonceBlind(seen) ? nonceBlind(encodeAccount(r.value)) : encodeAccount(r.value);
        if (!equalsBytes(now, seen)) return false;
        continue;
      }
      const r = resolveBalance(mv, loc, txIndex, () => base.account(address)?.balance ?? 0n);
      if (r.kind !== 'value') return false;
      const seen = mv.values.subarray(third, third + 32);
      const now = r.value.toString(16).padStart(64, '0');
      if (Buffer.from(seen).toString('hex') !== now) return false;
      continue;
    }
    const kind = mv.readVersion(loc, txIndex);
    if (kind === READ_ESTIMATE) return false;
    if (kind === READ_NONE) {
      if (version !== -1) return false;
    } else if (version !== mv.readTx || third !== mv.readIncarnation) return false;
  }
  return true;
}
