/**
 * The first difference between two full states, in address order then slot order: an account
 * present in one only, or its balance, nonce, code hash or a storage slot (`0x…addr.storage[0x1] 5 ≠ 6`).
 * @returns undefined when the states are equal
 */
export function diffStates(actual, expected) {
    const addresses = new Set([...actual.addresses(), ...expected.addresses()]);
    for (const a of [...addresses].sort()) {
        const x = actual.account(a);
        const y = expected.account(a);
        if (!x || !y)
            return `${a}: ${x ? 'exists' : 'missing'}, expected ${y ? 'to exist' : 'not to exist'}`;
        if (x.balance !== y.balance)
            return `${a}.balance ${x.balance} ≠ ${y.balance}`;
        if (x.nonce !== y.nonce)
            return `${a}.nonce ${x.nonce} ≠ ${y.nonce}`;
        if ((x.codeHash ?? '') !== (y.codeHash ?? ''))
            return `${a}.code ${x.codeHash ?? 'none'} ≠ ${y.codeHash ?? 'none'}`;
        const xs = actual.storageOf(a);
        const ys = expected.storageOf(a);
        for (const slot of new Set([...xs.keys(), ...ys.keys()])) {
            if ((xs.get(slot) ?? 0n) !== (ys.get(slot) ?? 0n))
                return `${a}.storage[0x${slot.toString(16)}] ${xs.get(slot) ?? 0n} ≠ ${ys.get(slot) ?? 0n}`;
        }
    }
    return undefined;
}
//# sourceMappingURL=stateDiff.js.map