import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import { asAddress, asHex, asObject, asQuantity } from '../block/json.js';
import { KECCAK256_NULL_HEX, SnapshotState, type SnapshotAccount } from '../state/snapshot.js';

/**
 * Builds a full-state {@link SnapshotState} from a consensus test's `pre` (or `postState`):
 * `{ "0xaddr": { balance, nonce, code: "0x<bytecode>", storage: { "0xslot": "0xvalue" } } }`,
 * hex quantities. Code is stored under its keccak-256; zero slots are dropped.
 * @param blockHashes ancestor hashes for BLOCKHASH (number → 32 bytes)
 * @throws FixtureFormatError on a field of the wrong type (names file and field)
 */
export function parseTestState(pre: unknown, file: string, blockHashes: [bigint, Uint8Array][] = []): SnapshotState {
  const accounts = new Map<string, SnapshotAccount>();
  const codes = new Map<string, Uint8Array>();
  for (const [rawAddress, raw] of Object.entries(asObject(pre, file, 'pre'))) {
    const address = asAddress(rawAddress.toLowerCase(), file, `pre key ${rawAddress}`);
    const acc = asObject(raw, file, `pre.${rawAddress}`);
    const code = hexToBytes(asHex(acc.code ?? '0x', file, `pre.${rawAddress}.code`) as `0x${string}`);
    let codeHash: string | undefined;
    if (code.length > 0) {
      codeHash = bytesToHex(keccak256(code));
      codes.set(codeHash, code);
    }
    const storage = new Map<bigint, bigint>();
    for (const [k, v] of Object.entries(asObject(acc.storage ?? {}, file, `pre.${rawAddress}.storage`))) {
      const value = asQuantity(v, file, `pre.${rawAddress}.storage[${k}]`);
      if (value !== 0n) storage.set(asQuantity(k, file, `pre.${rawAddress}.storage key ${k}`), value);
    }
    accounts.set(address, {
      balance: asQuantity(acc.balance ?? '0x0', file, `pre.${rawAddress}.balance`),
      nonce: asQuantity(acc.nonce ?? '0x0', file, `pre.${rawAddress}.nonce`),
      codeHash: codeHash === KECCAK256_NULL_HEX ? undefined : codeHash,
      storage,
    });
  }
  return new SnapshotState(accounts, codes, new Map(blockHashes));
}
