/**
 * A canonical JSON-able form of state changes (hex strings, fixed key order), for byte-for-byte
 * comparison of two results and for printing.
 */
export function stateChangesToJSON(changes) {
    return changes.map((c) => ({
        address: c.address,
        deleted: c.deleted,
        ...(c.balance !== undefined ? { balance: hex(c.balance) } : {}),
        ...(c.nonce !== undefined ? { nonce: hex(c.nonce) } : {}),
        ...(c.codeHash !== undefined ? { codeHash: c.codeHash } : {}),
        storageCleared: c.storageCleared,
        storage: c.storage.map(([k, v]) => [hex(k), hex(v)]),
    }));
}
const hex = (v) => `0x${v.toString(16)}`;
//# sourceMappingURL=changes.js.map