/**
 * An execution witness as geth's `debug_executionWitness` returns it (and ethrex, reth), with
 * its hex decoded to bytes:
 * - `state`: RLP trie nodes, of the parent's account trie and of the storage tries touched;
 * - `keys`: 20-byte addresses and 32-byte storage slots; each slot belongs to the address
 *   listed last before it (ethrex's `debug_executionWitness` layout: address, its slots, next
 *   address, ...);
 * - `codes`: bytecodes;
 * - `headers`: RLP of ancestor headers (Yellow Paper §4.3), the parent's among them.
 */
export interface ExecutionWitness {
    state: Uint8Array[];
    keys: Uint8Array[];
    codes: Uint8Array[];
    headers: Uint8Array[];
}
/**
 * Reads the witness file format (fixtures README, `witness/`): `{ blocks: [{ header, body }],
 * witness, network }`, header in RPC JSON, body `{ transactions, uncles, withdrawals }`.
 * @returns the block as RPC JSON (header fields with the body's lists, the shape `decodeBlock`
 *   takes) and the witness
 * @throws FixtureFormatError on a missing or mistyped field (names file and field), a file with
 *   other than one block, or a key that is not 20 or 32 bytes or a slot before any address
 */
export declare function parseWitnessFile(json: unknown, file: string): {
    block: Record<string, unknown>;
    witness: ExecutionWitness;
};
