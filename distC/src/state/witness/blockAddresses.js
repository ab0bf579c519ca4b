import { asAddress, asHash, asObject } from '../../block/json.js';
/**
 * The accounts (and slots) a block names in its JSON: the coinbase (`miner`), each transaction's
 * `from` and `to` and its EIP-2930 access list, each withdrawal's address (EIP-4895).
 * @returns address (lowercase `0x` hex) → the slots its access lists name
 * @throws FixtureFormatError on a malformed entry, address or slot (names the field)
 */
export function blockAddresses(block, file) {
    const out = new Map();
    const add = (value, field) => {
        const address = asAddress(value, file, field);
        const slots = out.get(address) ?? new Set();
        out.set(address, slots);
        return slots;
    };
    const items = (v) => (Array.isArray(v) ? v : []);
    add(block.miner, 'blocks[0].header.miner');
    items(block.transactions).forEach((t, i) => {
        const at = `blocks[0].body.transactions[${i}]`;
        const tx = asObject(t, file, at);
        for (const f of ['from', 'to'])
            if (tx[f] !== undefined && tx[f] !== null)
                add(tx[f], `${at}.${f}`);
        items(tx.accessList).forEach((e, k) => {
            const entry = asObject(e, file, `${at}.accessList[${k}]`);
            const slots = add(entry.address, `${at}.accessList[${k}].address`);
            items(entry.storageKeys).forEach((slot, j) => {
                slots.add(BigInt(asHash(slot, file, `${at}.accessList[${k}].storageKeys[${j}]`)));
            });
        });
    });
    items(block.withdrawals).forEach((w, i) => {
        add(asObject(w, file, `blocks[0].body.withdrawals[${i}]`).address, `blocks[0].body.withdrawals[${i}].address`);
    });
    return out;
}
//# sourceMappingURL=blockAddresses.js.map