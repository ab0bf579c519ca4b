import { RLP } from '@ethereumjs/rlp';
import { bytesToBigInt, bytesToHex } from '@ethereumjs/util';
import { keccak256 } from '../../crypto/keccak.js';
import { FixtureFormatError } from '../../errors.js';

/**
 * An ancestor header of an execution witness (`witness.headers`), decoded from its RLP
 * (Yellow Paper §4.3). Hashes are `0x` hex; `rlp` is the header as the witness gave it.
 */
export interface WitnessHeader {
  /** keccak-256 of `rlp`: the block hash. */
  hash: string;
  parentHash: string;
  stateRoot: string;
  number: bigint;
  /** Seconds since the Unix epoch. */
  timestamp: bigint;
  rlp: Uint8Array;
}

/**
 * Decodes `witness.headers` and checks they are ancestors of the block: following `parentHash`
 * from `parentHash` must reach every one of them.
 * @returns the parent header and the ancestors' hashes by number (for BLOCKHASH)
 * @throws FixtureFormatError on a header that is not RLP of a header, when no header hashes to
 *   `parentHash`, or on a header that is not on the chain of ancestors
 */
export function ancestorHeaders(rlps: Uint8Array[], parentHash: string, file: string): { parent: WitnessHeader; hashes: Map<bigint, Uint8Array> } {
  const byHash = new Map<string, WitnessHeader>();
  rlps.forEach((rlp, i) => {
    const h = decodeHeader(rlp, file, `witness.headers[${i}]`);
    byHash.set(h.hash, h);
  });
  const parent = byHash.get(parentHash);
  if (!parent) throw new FixtureFormatError(file, 'witness.headers', `no header hashes to the block's parentHash ${parentHash}`);
  const hashes = new Map<bigint, Uint8Array>();
  for (let h: WitnessHeader | undefined = parent; h; h = byHash.get(h.parentHash)) {
    hashes.set(h.number, keccak256(h.rlp));
    byHash.delete(h.hash);
  }
  const stray = byHash.values().next().value;
  if (stray)
    throw new FixtureFormatError(
      file,
      'witness.headers',
      `header ${stray.number} (${stray.hash}) is not an ancestor of the block: no chain of parentHash links from the parent reaches it`,
    );
  return { parent, hashes };
}

// Yellow Paper §4.3: header fields 0 parentHash, 3 stateRoot, 8 number, 11 timestamp.
function decodeHeader(rlp: Uint8Array, file: string, field: string): WitnessHeader {
  let fields: unknown;
  try {
    fields = RLP.decode(rlp);
  } catch (e) {
    throw new FixtureFormatError(file, field, `malformed RLP: ${(e as Error).message}`);
  }
  if (!Array.isArray(fields) || fields.length < 15 || !fields.every((f) => f instanceof Uint8Array)) {
    throw new FixtureFormatError(file, field, 'not the RLP of a block header (a list of at least 15 byte strings)');
  }
  const f = fields as Uint8Array[];
  for (const [k, name] of [
    [0, 'parentHash'],
    [3, 'stateRoot'],
  ] as const) {
    if (f[k]!.length !== 32) throw new FixtureFormatError(file, `${field}.${name}`, `expected 32 bytes, got ${f[k]!.length}`);
  }
  return {
    hash: bytesToHex(keccak256(rlp)),
    parentHash: bytesToHex(f[0]!),
    stateRoot: bytesToHex(f[3]!),
    number: bytesToBigInt(f[8]!),
    timestamp: bytesToBigInt(f[11]!),
    rlp,
  };
}
