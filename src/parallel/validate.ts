import type { StateReader } from '../state/reader.js';
import { readU256 } from '../state/u256.js';
import { LOC_ACCOUNT, type MVMemory, READ_ESTIMATE, READ_NONE } from './mvMemory.js';
import { ACCOUNT_BYTES, baseAccount, encodeAccountInto, isNonceBlind, nonceBlind, resolveAccount, resolveBalance } from './txView.js';

/** An ACCOUNT value re-encoded for comparison (one per thread: no encoding allocated per read). */
const scratch = new Uint8Array(ACCOUNT_BYTES);

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
      // The address is decoded only when the base state is reached: a pool's beneficiary is read
      // below hundreds of its own nonce increments, by every transaction's fee credit.
      const address = () => mv.keyHex(loc, 1, 21);
      if (mv.keyKind(loc) === LOC_ACCOUNT) {
        const r = resolveAccount(mv, loc, txIndex, () => baseAccount(base, address()));
        if (r.kind !== 'value') return false;
        encodeAccountInto(r.value, scratch, 0);
        if (isNonceBlind(mv.values, third)) nonceBlind(scratch);
        for (let k = 0; k < ACCOUNT_BYTES; k++) if (mv.values[third + k] !== scratch[k]) return false;
        continue;
      }
      const r = resolveBalance(mv, loc, txIndex, () => base.account(address())?.balance ?? 0n);
      if (r.kind !== 'value' || readU256(mv.values, third) !== r.value) return false;
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
