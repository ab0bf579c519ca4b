/**
 * A {@link StateReader} that sees `changes` applied on top of `base` (e.g. the pre-block system
 * writes — DAO change, EIP-4788 — under the transactions of a parallel run).
 */
export class ChangesOverlay {
    base;
    byAddress = new Map();
    slots = new Map();
    codes = new Map();
    constructor(base, changes) {
        this.base = base;
        for (const c of changes) {
            this.byAddress.set(c.address, c);
            this.slots.set(c.address, new Map(c.storage));
            if (c.codeHash && c.code)
                this.codes.set(c.codeHash, c.code);
        }
    }
    account(address) {
        const c = this.byAddress.get(address);
        const b = this.base.account(address);
        if (!c)
            return b;
        if (c.deleted)
            return undefined;
        return {
            balance: c.balance ?? b?.balance ?? 0n,
            nonce: c.nonce ?? b?.nonce ?? 0n,
            codeHash: c.codeHash !== undefined ? (c.code?.length ? c.codeHash : undefined) : b?.codeHash,
            ...(b?.hasStorage && !c.storageCleared ? { hasStorage: true } : {}),
        };
    }
    storage(address, slot) {
        const c = this.byAddress.get(address);
        const v = this.slots.get(address)?.get(slot);
        if (v !== undefined)
            return v;
        if (c?.deleted || c?.storageCleared)
            return 0n;
        return this.base.storage(address, slot);
    }
    code(codeHash) {
        return this.codes.get(codeHash) ?? this.base.code(codeHash);
    }
    blockHash(number) {
        return this.base.blockHash(number);
    }
}
//# sourceMappingURL=overlay.js.map