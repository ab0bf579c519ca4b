import type { StateChanges } from './changes.js';
import type { AccountInfo, StateReader } from './reader.js';

/**
 * A {@link StateReader} that sees `changes` applied on top of `base` (e.g. the pre-block system
 * writes — DAO change, EIP-4788 — under the transactions of a parallel run).
 */
export class ChangesOverlay implements StateReader {
  private readonly byAddress = new Map<string, StateChanges[number]>();
  private readonly slots = new Map<string, Map<bigint, bigint>>();
  private readonly codes = new Map<string, Uint8Array>();

  constructor(
    private readonly base: StateReader,
    changes: StateChanges,
  ) {
    for (const c of changes) {
      this.byAddress.set(c.address, c);
      this.slots.set(c.address, new Map(c.storage));
      if (c.codeHash && c.code) this.codes.set(c.codeHash, c.code);
    }
  }

  account(address: string): AccountInfo | undefined {
    const c = this.byAddress.get(address);
    const b = this.base.account(address);
    if (!c) return b;
    if (c.deleted) return undefined;
    return {
      balance: c.balance ?? b?.balance ?? 0n,
      nonce: c.nonce ?? b?.nonce ?? 0n,
      codeHash: c.codeHash !== undefined ? (c.code?.length ? c.codeHash : undefined) : b?.codeHash,
      ...(b?.hasStorage && !c.storageCleared ? { hasStorage: true } : {}),
    };
  }
  storage(address: string, slot: bigint): bigint {
    const c = this.byAddress.get(address);
    const v = this.slots.get(address)?.get(slot);
    if (v !== undefined) return v;
    if (c?.deleted || c?.storageCleared) return 0n;
    return this.base.storage(address, slot);
  }
  code(codeHash: string): Uint8Array | undefined {
    return this.codes.get(codeHash) ?? this.base.code(codeHash);
  }
  blockHash(number: bigint): Uint8Array | undefined {
    return this.base.blockHash(number);
  }
}
