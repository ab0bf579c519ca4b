import { readU256 } from '../state/u256.js';
import { LOC_ACCOUNT, READ_ESTIMATE, READ_NONE } from './mvMemory.js';
import { ACCOUNT_BYTES, BOUND_READ, BOUNDED_BALANCE_MAX, baseAccount, encodeAccountInto, isNonceBlind, nonceBlind, resolveAccount, resolveBalance, } from './txView.js';
/** An ACCOUNT value re-encoded for comparison (one per thread: no encoding allocated per read). */
const scratch = new Uint8Array(ACCOUNT_BYTES);
/**
 * Base-state values of locations, per MVMemory (its location numbers) and the base state they
 * were read from: the base never changes during a block, and a pool's beneficiary reaches it
 * in every transaction's validation (decoding its address and reading it cost ~1.5 µs each).
 */
const baseValues = new WeakMap();
function baseValuesOf(mv, base) {
    let values = baseValues.get(mv);
    if (values === undefined || values.base !== base)
        baseValues.set(mv, (values = { base, accounts: new Map(), balances: new Map() }));
    return values;
}
/** `values`' entry for `loc`, read once. */
function once(values, loc, read) {
    let v = values.get(loc);
    if (v === undefined)
        values.set(loc, (v = read()));
    return v;
}
/**
 * Block-STM `validate_read_set` (Algorithm 2): every location the last incarnation of `txIndex`
 * read must still resolve to the same version — or, for a balance or account read through lazy
 * deltas, to the same value (a nonce-blind account read: the same but for the nonce); a bounded
 * contract balance ({@link BOUND_READ}) to a value within its bound. An ESTIMATE in the way fails validation.
 */
export function validateReadSet(mv, txIndex, base) {
    const reads = mv.readSet(txIndex);
    let cached;
    for (let i = 0; i < reads.length; i += 3) {
        const loc = reads[i];
        const version = reads[i + 1];
        const third = reads[i + 2];
        if (version === BOUND_READ) {
            // Every payment the incarnation made out of the balance is covered, and no credit it took can overflow.
            const r = resolveBalance(mv, loc, txIndex, () => once((cached ??= baseValuesOf(mv, base)).balances, loc, () => base.account(mv.keyHex(loc, 1, 21))?.balance ?? 0n));
            if (r.kind !== 'value' || r.value < readU256(mv.values, third) || r.value > BOUNDED_BALANCE_MAX)
                return false;
            continue;
        }
        if (version === -2) {
            // The base is read only when reached, once per location: a pool's beneficiary is read below
            // hundreds of its own nonce increments, by every transaction's fee credit.
            const address = () => mv.keyHex(loc, 1, 21);
            if (mv.keyKind(loc) === LOC_ACCOUNT) {
                const r = resolveAccount(mv, loc, txIndex, () => once((cached ??= baseValuesOf(mv, base)).accounts, loc, () => baseAccount(base, address())));
                if (r.kind !== 'value')
                    return false;
                encodeAccountInto(r.value, scratch, 0);
                if (isNonceBlind(mv.values, third))
                    nonceBlind(scratch);
                for (let k = 0; k < ACCOUNT_BYTES; k++)
                    if (mv.values[third + k] !== scratch[k])
                        return false;
                continue;
            }
            const r = resolveBalance(mv, loc, txIndex, () => once((cached ??= baseValuesOf(mv, base)).balances, loc, () => base.account(address())?.balance ?? 0n));
            if (r.kind !== 'value' || readU256(mv.values, third) !== r.value)
                return false;
            continue;
        }
        const kind = mv.readVersion(loc, txIndex);
        if (kind === READ_ESTIMATE)
            return false;
        if (kind === READ_NONE) {
            if (version !== -1)
                return false;
        }
        else if (version !== mv.readTx || third !== mv.readIncarnation)
            return false;
    }
    return true;
}
//# sourceMappingURL=validate.js.map