import { hexToBytes } from '@ethereumjs/util';
import { FixtureFormatError } from '../../errors.js';
import { asHex, asObject } from '../../block/json.js';
/**
 * Reads the witness file format (fixtures README, `witness/`): `{ blocks: [{ header, body }],
 * witness, network }`, header in RPC JSON, body `{ transactions, uncles, withdrawals }`.
 * @returns the block as RPC JSON (header fields with the body's lists, the shape `decodeBlock`
 *   takes) and the witness
 * @throws FixtureFormatError on a missing or mistyped field (names file and field), a file with
 *   other than one block, or a key that is not 20 or 32 bytes or a slot before any address
 */
export function parseWitnessFile(json, file) {
    const top = asObject(json, file, '');
    if (!Array.isArray(top.blocks) || top.blocks.length !== 1) {
        throw new FixtureFormatError(file, 'blocks', `expected an array of one block, got ${Array.isArray(top.blocks) ? `${top.blocks.length} blocks` : typeof top.blocks}`);
    }
    const entry = asObject(top.blocks[0], file, 'blocks[0]');
    const header = asObject(entry.header, file, 'blocks[0].header');
    const body = asObject(entry.body, file, 'blocks[0].body');
    const list = (field) => {
        const v = body[field] ?? [];
        if (!Array.isArray(v))
            throw new FixtureFormatError(file, `blocks[0].body.${field}`, 'expected an array');
        return v;
    };
    const block = {
        ...header,
        transactions: list('transactions'),
        uncles: list('uncles'),
        ...(body.withdrawals !== undefined ? { withdrawals: list('withdrawals') } : {}),
    };
    const w = asObject(top.witness, file, 'witness');
    const bytesList = (field) => {
        const v = w[field];
        if (!Array.isArray(v))
            throw new FixtureFormatError(file, `witness.${field}`, 'expected an array of hex strings');
        return v.map((x, i) => hexToBytes(asHex(x, file, `witness.${field}[${i}]`)));
    };
    const witness = { state: bytesList('state'), keys: bytesList('keys'), codes: bytesList('codes'), headers: bytesList('headers') };
    witness.keys.forEach((k, i) => {
        if (k.length !== 20 && k.length !== 32)
            throw new FixtureFormatError(file, `witness.keys[${i}]`, `expected a 20-byte address or a 32-byte slot, got ${k.length} bytes`);
        if (i === 0 && k.length === 32)
            throw new FixtureFormatError(file, 'witness.keys[0]', 'a storage slot before any address: slots belong to the address listed before them');
    });
    return { block, witness };
}
//# sourceMappingURL=format.js.map