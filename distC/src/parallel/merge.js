import { KECCAK256_NULL } from '@ethereumjs/util';
import { fromHex } from '../state/hex.js';
import { accountViolations } from '../evm/runTransaction.js';
import { isEmptyAccount, isEmptyCodeHash } from '../state/stateManager.js';
import { FLAG_DEBIT, FLAG_DELTA, FLAG_ESTIMATE, LOC_ACCOUNT, LOC_BALANCE, LOC_CODE, LOC_STORAGE } from './mvMemory.js';
import { LocationKeys, accountNonce, decodeAccount } from './txView.js';
import { SpareBuffer } from './spareBuffer.js';
import { Fallback } from './fallback.js';
import { MAX_U256 } from '../evm/words.js';
import { readU256 } from '../state/u256.js';
const hexOrEmpty = (h) => (h ? fromHex(h) : KECCAK256_NULL);
/**
 * The block-end merge of a Block-STM run: the final writes of transactions `0 … committed−1`
 * applied to `sm` in block order, lazy balance deltas summed onto what is below them. Each
 * location's version list is walked once (a per-transaction search walked the beneficiary's
 * list — one version per transaction — once per transaction).
 *
 * EIP-161 (`eip161`): every transaction touches the beneficiary (fee credit, even of 0 wei), so
 * the sequential engine deletes it — clearing its storage — at the end of each transaction that
 * leaves it empty. Its lazy fee deltas keep it non-empty inside the workers, so the merge does
 * this after each transaction's writes (an existing empty beneficiary deleted by one transaction
 * and re-created by a later one reports `storageCleared`, as sequentially).
 *
 * A lazy sender's nonce increment (an ACCOUNT DELTA) is applied after `checkLazySender(i,
 * address)` has checked the transaction against the sender's account before it (merged so far).
 *
 * The beneficiary's fee credits (DELTAs, one per transaction) are summed and applied when its
 * account is next written or read, or at the end: while credits are pending its balance is
 * positive, so the EIP-161 check cannot delete it and is skipped.
 *
 * Serial on the coordinator after the workers, so per location it keeps numbers in typed arrays
 * and one address string per address ({@link MergeLocations}): a decoded key object and a hex
 * string per location were 43% of the merge of 2,000 transfers.
 */
export function mergeWrites(mv, committed, sm, beneficiary, eip161, checkLazySender) {
    const at = new MergeLocations(mv, beneficiary);
    let codeKeys;
    const values = mv.values;
    /** The beneficiary's fee credits not yet applied to `sm` (wei). */
    let pendingCredit = 0n;
    const applyCredit = () => {
        if (pendingCredit === 0n)
            return;
        inRange(sm.applyBalance(beneficiary, pendingCredit, true), beneficiary, committed - 1);
        pendingCredit = 0n;
    };
    const mergeOne = (i, loc) => {
        const v = at.take(loc, i);
        if (v < 0)
            return;
        const flags = mv.versionFlags(v);
        if (flags & FLAG_ESTIMATE)
            return;
        const kind = at.kind(loc);
        // Values read in place: a view per version cost more than the value.
        const offset = mv.versionOffset(v);
        if (at.atBeneficiary(loc)) {
            if (kind === LOC_BALANCE && (flags & (FLAG_DELTA | FLAG_DEBIT)) === FLAG_DELTA) {
                pendingCredit += readU256(values, offset);
                return;
            }
            // Anything else at the beneficiary reads or replaces its balance: the credits go first.
            applyCredit();
        }
        const address = at.address(loc);
        if (kind === LOC_ACCOUNT && flags & FLAG_DELTA) {
            checkLazySender(i, address);
            const cur = sm.readAccount(address);
            sm.applyAccount(address, { nonce: (cur?.nonce ?? 0n) + accountNonce(values, offset), codeHash: cur?.codeHash ?? KECCAK256_NULL }, false);
        }
        else if (kind === LOC_ACCOUNT) {
            const a = decodeAccount(mv.versionValue(v));
            if (a.codeHash && !sm.reader.code(a.codeHash)) {
                const code = mv.getCode((codeKeys ??= new LocationKeys(mv)).code(a.codeHash));
                if (code)
                    sm.applyCode(a.codeHash, code);
            }
            sm.applyAccount(address, a.exists ? { nonce: a.nonce, codeHash: hexOrEmpty(a.codeHash) } : null, a.resetTx === i);
        }
        else if (kind === LOC_BALANCE) {
            const amount = readU256(values, offset);
            inRange(sm.applyBalance(address, flags & FLAG_DEBIT ? -amount : amount, (flags & FLAG_DELTA) !== 0), address, i);
        }
        else if (kind === LOC_STORAGE) {
            // A later committed transaction writes the slot again: its value replaces this one, and an
            // account reset in between clears the slot either way (a pool's reserves: most slots of swaps).
            const next = at.next(loc);
            if (next >= 0 && mv.versionTx(next) < committed && (mv.versionFlags(next) & FLAG_ESTIMATE) === 0)
                return;
            sm.applyStorage(address, mv.keySlot(loc), readU256(values, offset));
        }
    };
    try {
        for (let i = 0; i < committed; i++) {
            const written = mv.written(i);
            const n = written.length;
            for (let k = 0; k < n; k++)
                at.load(written[k]);
            // In merge order: account fields (may clear storage), then balances, then slots.
            for (let rank = 0; rank < 3; rank++) {
                for (let k = 0; k < n; k++)
                    if (at.rank(written[k]) === rank)
                        mergeOne(i, written[k]);
            }
            if (eip161 && pendingCredit === 0n) {
                const a = sm.readAccount(beneficiary);
                if (!a || isEmptyAccount(a))
                    sm.applyAccount(beneficiary, null, true);
            }
        }
        applyCredit();
    }
    finally {
        // Also when a lazy sender's check throws: the arrays go back clean.
        at.release();
    }
}
/**
 * A balance the merge summed from DELTAs must be a 256-bit word. A lazy credit's placeholder
 * cannot tell that a real balance near 2^256 would overflow (the sequential engine's transfer then
 * fails): such a block runs sequentially. Never on a real chain (all ether is far below 2^256 wei).
 * Below 0 it is a debit that Block-STM's rules should have stopped (a bounded balance validated
 * against too little): the block runs sequentially too, and the metrics say so (`mergeCheck`).
 * @throws Fallback
 */
function inRange(balance, address, txIndex) {
    if (balance < 0n || balance > MAX_U256)
        throw new Fallback(`the balance of ${address} leaves 0 … 2^256 − 1 at transaction ${txIndex} (${balance} wei)`, {
            mergeCheck: balance < 0n ? 'negative-balance' : 'balance-overflow',
        });
}
/** Merge rank of each location kind: account fields (may clear storage), then balance, then slots; code is never a version (none). */
const RANK_OF_KIND = new Int8Array(256).fill(-1);
RANK_OF_KIND[LOC_ACCOUNT] = 0;
RANK_OF_KIND[LOC_BALANCE] = 1;
RANK_OF_KIND[LOC_STORAGE] = 2;
/**
 * The merge's per-location arrays, kept from one block's merge to the next and cleared where
 * used: fresh, each first touch of a page faulted (2,000 transfers touch most pages of 7 MB of
 * arrays: ~20 ms here). One merge at a time takes it; one over 64 MiB is not kept.
 */
const spareArrays = new SpareBuffer(64 << 20);
/**
 * The merge's state per location, by location index: its kind and merge rank, its address (one
 * string per address, shared by its account, balance and slots), and its version ids (ascending,
 * in one array for all locations) with how far the walk has got. Per location in one typed array
 * ({@link LOC_STRIDE} words side by side: a location's first use is a cache miss, not five), and
 * addresses interned in an open-addressing table of typed arrays (a Map per address cost more
 * than the rest of {@link load}). The arrays live in one buffer reused across merges
 * ({@link spareArrays}): call {@link release} when done.
 */
class MergeLocations {
    mv;
    beneficiary;
    /** Per location: kind (LOC_*, all above 0; 0 until {@link load}ed), merge rank, address index, end and position of its version ids in {@link ids}. */
    state;
    ids;
    idsTop = 0;
    addresses = [];
    /** Per address index: a location with that address, its slot in {@link table}, and whether it is the beneficiary. */
    addressLoc = [];
    addressSlot = [];
    beneficiaryFlags = [];
    /** Open addressing by address hash: address index + 1, 0 empty. */
    table;
    mask;
    /** Every location {@link load}ed, to clear its state on {@link release}. */
    loaded = [];
    buffer;
    constructor(mv, beneficiary) {
        this.mv = mv;
        this.beneficiary = beneficiary;
        const n = mv.layout.locations;
        // At most one address per location (n, a power of two): the table at most half full, so a probe always ends.
        const words = [n * LOC_STRIDE, 2 * n, mv.usage().versions];
        const bytes = 4 * (words[0] + words[1] + words[2]);
        // All zero: a new buffer is, a kept one was cleared where its last merge wrote (another layout puts the regions elsewhere).
        this.buffer = spareArrays.take(bytes) ?? new SharedArrayBuffer(bytes);
        this.state = new Int32Array(this.buffer, 0, words[0]);
        this.table = new Int32Array(this.buffer, 4 * words[0], words[1]);
        // Every version of every location at most once.
        this.ids = new Int32Array(this.buffer, 4 * (words[0] + words[1]), words[2]);
        this.mask = 2 * n - 1;
    }
    /** Prepares location `loc` on its first use. */
    load(loc) {
        const b = loc * LOC_STRIDE;
        const s = this.state;
        if (s[b + S_KIND] !== 0)
            return;
        const mv = this.mv;
        const kind = mv.keyKind(loc);
        this.loaded.push(loc);
        s[b + S_KIND] = kind;
        s[b + S_RANK] = RANK_OF_KIND[kind];
        s[b + S_POS] = this.idsTop;
        s[b + S_END] = this.idsTop += mv.versionIdsInto(loc, this.ids, this.idsTop);
        if (kind !== LOC_CODE)
            s[b + S_ADDRESS] = this.addressIndexOf(loc);
    }
    addressIndexOf(loc) {
        const mv = this.mv;
        let h = mv.addressHash(loc) & this.mask;
        for (let entry = this.table[h]; entry !== 0; h = (h + 1) & this.mask, entry = this.table[h]) {
            if (mv.sameAddress(this.addressLoc[entry - 1], loc))
                return entry - 1;
        }
        const index = this.addresses.length;
        const address = mv.keyHex(loc, 1, 21);
        this.addresses.push(address);
        this.addressLoc.push(loc);
        this.addressSlot.push(h);
        this.beneficiaryFlags.push(address === this.beneficiary);
        this.table[h] = index + 1;
        return index;
    }
    /** Clears what this merge wrote in the arrays and keeps them for the next merge. */
    release() {
        for (const loc of this.loaded)
            this.state.fill(0, loc * LOC_STRIDE, (loc + 1) * LOC_STRIDE);
        for (const h of this.addressSlot)
            this.table[h] = 0;
        this.ids.fill(0, 0, this.idsTop);
        spareArrays.keep(this.buffer);
    }
    /** Location `loc`'s kind (LOC_*). */
    kind(loc) {
        return this.state[loc * LOC_STRIDE + S_KIND];
    }
    /** Location `loc`'s merge rank (account fields, balance, slots: 0–2). */
    rank(loc) {
        return this.state[loc * LOC_STRIDE + S_RANK];
    }
    /** Location `loc`'s address (lowercase `0x` hex). */
    address(loc) {
        return this.addresses[this.state[loc * LOC_STRIDE + S_ADDRESS]];
    }
    /** Location `loc` is one of the beneficiary's. */
    atBeneficiary(loc) {
        return this.beneficiaryFlags[this.state[loc * LOC_STRIDE + S_ADDRESS]];
    }
    /** The version of `loc` after the last one {@link take}n (an id), or -1 if none. */
    next(loc) {
        const b = loc * LOC_STRIDE;
        const p = this.state[b + S_POS];
        return p < this.state[b + S_END] ? this.ids[p] : -1;
    }
    /**
     * Transaction `i`'s version of `loc` (an id), or -1 if it has none; consumed: a location listed
     * twice is still applied once (a DELTA must not be summed twice). Transactions ask in ascending order.
     */
    take(loc, i) {
        const mv = this.mv;
        const ids = this.ids;
        const b = loc * LOC_STRIDE;
        const end = this.state[b + S_END];
        let p = this.state[b + S_POS];
        while (p < end && mv.versionTx(ids[p]) < i)
            p++;
        if (p === end || mv.versionTx(ids[p]) !== i) {
            this.state[b + S_POS] = p;
            return -1;
        }
        this.state[b + S_POS] = p + 1;
        return ids[p];
    }
}
const S_KIND = 0;
const S_RANK = 1;
const S_ADDRESS = 2;
const S_END = 3;
const S_POS = 4;
const LOC_STRIDE = 5;
/**
 * The engine's lazy-sender check for {@link mergeWrites}: transaction `i`'s sender against its
 * real account before it in `sm` ({@link lazySenderViolations}); a violation runs the block
 * sequentially (`metrics.mergeCheck` `'lazy-sender'`).
 * @throws Fallback
 */
export function lazySenderFallback(sm, block, senders) {
    return (i, address) => {
        const broken = lazySenderViolations(sm, block, senders, i, address);
        if (broken.length > 0)
            throw new Fallback(`transaction ${i}'s lazy sender ${address} breaks ${broken.join(', ')} against the state before it`, { mergeCheck: 'lazy-sender' });
    };
}
/**
 * The rules transaction `i` of `block`, applied with a lazy sender (`lazySender` in txView.ts),
 * breaks against its sender's real account before it in `sm` (the merge so far): the nonce it
 * assumed, no code, enough balance (`accountViolations`, Yellow Paper §6.2). Empty when it
 * holds. `address` must be its sender (`senders[i]`).
 */
export function lazySenderViolations(sm, block, senders, i, address) {
    if (address !== senders[i])
        return ['not-the-sender'];
    const a = sm.readAccount(address);
    return accountViolations(a ? { nonce: a.nonce, balance: a.balance, hasCode: !isEmptyCodeHash(a) } : undefined, block.transactions[i]);
}
//# sourceMappingURL=merge.js.map