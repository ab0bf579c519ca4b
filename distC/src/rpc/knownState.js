import { KECCAK256_NULL_HEX, SnapshotState } from '../state/snapshot.js';
/**
 * The state at one block as far as the fetcher has learnt it: accounts (`null` = known not to
 * exist), bytecodes by code hash, ancestor hashes by number. Addresses lowercase `0x` hex.
 */
export class KnownState {
    accounts = new Map();
    codes = new Map();
    blockHashes = new Map();
    /**
     * Advances this state by a block's `changes` (its post-state becomes the next block's
     * pre-state); `hash` is the block's own hash at `number`.
     */
    applyChanges(changes, number, hash) {
        for (const c of changes) {
            if (c.deleted) {
                this.accounts.set(c.address, null);
                continue;
            }
            const before = this.accounts.get(c.address) ?? undefined;
            const created = c.storageCleared || before === undefined;
            const storage = created ? new Map() : new Map(before.storage);
            for (const [slot, value] of c.storage)
                storage.set(slot, value);
            let codeHash = before?.codeHash;
            if (c.codeHash !== undefined) {
                codeHash = c.codeHash === KECCAK256_NULL_HEX ? undefined : c.codeHash;
                if (codeHash !== undefined && c.code)
                    this.codes.set(codeHash, c.code);
            }
            this.accounts.set(c.address, {
                balance: c.balance ?? before?.balance ?? 0n,
                nonce: c.nonce ?? before?.nonce ?? 0n,
                codeHash,
                storage,
                // A slot of a wiped or new account that the changes do not set is zero.
                storageEmpty: created ? true : before.storageEmpty && [...storage.values()].every((v) => v === 0n),
                ...(created || !before.hasStorage ? {} : { hasStorage: true }),
            });
        }
        this.blockHashes.set(number, hash);
    }
}
/** The number of missing items. */
export function missCount(m) {
    let n = m.accounts.size + m.codes.size + m.blockHashes.size;
    for (const s of m.slots.values())
        n += s.size;
    return n;
}
/**
 * A {@link StateReader} over a {@link KnownState} that answers what is not known as absent /
 * zero — so that one execution finds as many unknowns as it can — and records each such miss, and
 * every account and slot read (the block's pre-state, to write to the cache).
 */
export class RecordingReader {
    known;
    misses = { accounts: new Set(), slots: new Map(), codes: new Set(), blockHashes: new Set() };
    /** Accounts read (address → slots read). */
    touched = new Map();
    hashesRead = new Set();
    constructor(known) {
        this.known = known;
    }
    account(address) {
        this.touch(address);
        const a = this.known.accounts.get(address);
        if (a === undefined) {
            this.misses.accounts.add(address);
            return undefined;
        }
        if (a === null)
            return undefined;
        return { balance: a.balance, nonce: a.nonce, codeHash: a.codeHash, ...(a.hasStorage ? { hasStorage: true } : {}) };
    }
    storage(address, slot) {
        this.touch(address).add(slot);
        const a = this.known.accounts.get(address);
        if (a === null)
            return 0n;
        const v = a?.storage.get(slot);
        if (v !== undefined)
            return v;
        if (a?.storageEmpty)
            return 0n;
        if (a === undefined)
            this.misses.accounts.add(address);
        const s = this.misses.slots.get(address) ?? new Set();
        this.misses.slots.set(address, s.add(slot));
        return 0n;
    }
    code(codeHash) {
        const c = this.known.codes.get(codeHash);
        if (c === undefined)
            this.misses.codes.add(codeHash);
        return c;
    }
    blockHash(number) {
        this.hashesRead.add(number);
        const h = this.known.blockHashes.get(number);
        if (h === undefined)
            this.misses.blockHashes.add(number);
        return h;
    }
    /**
     * The block's pre-state as a {@link SnapshotState}: every existing account read, with the
     * non-zero slots read, the codes they use and the ancestor hashes read.
     */
    preState() {
        const accounts = new Map();
        const codes = new Map();
        for (const [address, slots] of [...this.touched].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const a = this.known.accounts.get(address);
            if (!a)
                continue;
            const storage = new Map();
            for (const s of [...slots].sort((x, y) => (x < y ? -1 : 1))) {
                const v = a.storage.get(s) ?? 0n;
                if (v !== 0n)
                    storage.set(s, v);
            }
            accounts.set(address, { balance: a.balance, nonce: a.nonce, codeHash: a.codeHash, storage });
            if (a.codeHash !== undefined)
                codes.set(a.codeHash, this.known.codes.get(a.codeHash));
        }
        const hashes = new Map();
        for (const n of this.hashesRead) {
            const h = this.known.blockHashes.get(n);
            if (h)
                hashes.set(n, h);
        }
        return new SnapshotState(accounts, codes, hashes);
    }
    touch(address) {
        let s = this.touched.get(address);
        if (!s)
            this.touched.set(address, (s = new Set()));
        return s;
    }
}
//# sourceMappingURL=knownState.js.map