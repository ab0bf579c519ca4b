import { KECCAK256_NULL, hexToBytes } from '@ethereumjs/util';
import { isEmptyAccount, type BlockStateManager } from '../state/stateManager.js';
import { FLAG_DELTA, FLAG_ESTIMATE, LOC_ACCOUNT, LOC_BALANCE, LOC_STORAGE, type MVMemory } from './mvMemory.js';
import { LocationKeys, decodeAccount, fromU256, parseKey } from './txView.js';

const hexOrEmpty = (h: string | undefined): Uint8Array => (h ? hexToBytes(h as `0x${string}`) : KECCAK256_NULL);
/** Merge order inside one transaction: account fields (may clear storage), then balance, then slots. */
const rank = (kind: number) => (kind === LOC_ACCOUNT ? 0 : kind === LOC_BALANCE ? 1 : 2);

/**
 * The block-end merge of a Block-STM run: the final writes of transactions `0 … committed−1`
 * applied to `sm` in block order, lazy balance deltas summed onto what is below them. Each
 * location's version list is walked once (a per-transaction search walked the beneficiary's
 * list — one version per transaction — once per transaction).
 *
 * EIP-161 (`eip161`): every transaction touches the beneficiary (fee credit, even of 0 wei), so
 * the sequential engine deletes it — clearing its storage — at the end of each transaction that
 * leaves it empty. Its lazy fee deltas keep it non-empty inside the workers, so the merge does
 * this after each transaction's writes (an existing empty beneficiary deleted by one transaction
 * and re-created by a later one reports `storageCleared`, as sequentially).
 */
export function mergeWrites(mv: MVMemory, committed: number, sm: BlockStateManager, beneficiary: string, eip161: boolean): void {
  const keys = new Map<number, ReturnType<typeof parseKey>>();
  const lists = new Map<number, { versions: ReturnType<MVMemory['versionsOf']>; at: number }>();
  let codeKeys: LocationKeys | undefined;
  for (let i = 0; i < committed; i++) {
    const written = mv.writtenLocations(i).map((loc) => {
      let key = keys.get(loc);
      if (!key) keys.set(loc, (key = parseKey(mv.keyOf(loc))));
      return { loc, key };
    });
    written.sort((a, b) => rank(a.key.kind) - rank(b.key.kind));
    for (const { loc, key } of written) {
      let list = lists.get(loc);
      if (!list) lists.set(loc, (list = { versions: mv.versionsOf(loc), at: 0 }));
      while (list.at < list.versions.length && list.versions[list.at]!.txIndex < i) list.at++;
      const v = list.versions[list.at];
      if (!v || v.txIndex !== i || v.flags & FLAG_ESTIMATE) continue;
      if (key.kind === LOC_ACCOUNT) {
        const a = decodeAccount(v.value);
        if (a.codeHash && !sm.reader.code(a.codeHash)) {
          const code = mv.getCode((codeKeys ??= new LocationKeys(mv)).code(a.codeHash));
          if (code) sm.applyCode(a.codeHash, code);
        }
        sm.applyAccount(key.address, a.exists ? { nonce: a.nonce, codeHash: hexOrEmpty(a.codeHash) } : null, a.resetTx === i);
      } else if (key.kind === LOC_BALANCE) {
        sm.applyBalance(key.address, fromU256(v.value), (v.flags & FLAG_DELTA) !== 0);
      } else if (key.kind === LOC_STORAGE) {
        sm.applyStorage(key.address, key.slot!, fromU256(v.value));
      }
    }
    if (eip161) {
      const a = sm.readAccount(beneficiary);
      if (!a || isEmptyAccount(a)) sm.applyAccount(beneficiary, null, true);
    }
  }
}
