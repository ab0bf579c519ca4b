import type { Block } from '@ethereumjs/block';
import { KECCAK256_NULL } from '@ethereumjs/util';
import { fromHex } from '../state/hex.js';
import { accountViolations } from '../evm/runTransaction.js';
import type { InvalidTransactionReason } from '../errors.js';
import { isEmptyAccount, isEmptyCodeHash, type BlockStateManager } from '../state/stateManager.js';
import { FLAG_DEBIT, FLAG_DELTA, FLAG_ESTIMATE, LOC_ACCOUNT, LOC_BALANCE, LOC_STORAGE, type MVMemory } from './mvMemory.js';
import { LocationKeys, decodeAccount, fromU256, parseKey } from './txView.js';

const hexOrEmpty = (h: string | undefined): Uint8Array => (h ? fromHex(h) : KECCAK256_NULL);
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
 *
 * A lazy sender's nonce increment (an ACCOUNT DELTA) is applied after `checkLazySender(i,
 * address)` has checked the transaction against the sender's account before it (merged so far).
 */
export function mergeWrites(
  mv: MVMemory,
  committed: number,
  sm: BlockStateManager,
  beneficiary: string,
  eip161: boolean,
  checkLazySender: (txIndex: number, address: string) => void,
): void {
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
      if (key.kind === LOC_ACCOUNT && v.flags & FLAG_DELTA) {
        checkLazySender(i, key.address);
        const cur = sm.readAccount(key.address);
        sm.applyAccount(key.address, { nonce: (cur?.nonce ?? 0n) + decodeAccount(v.value).nonce, codeHash: cur?.codeHash ?? KECCAK256_NULL }, false);
      } else if (key.kind === LOC_ACCOUNT) {
        const a = decodeAccount(v.value);
        if (a.codeHash && !sm.reader.code(a.codeHash)) {
          const code = mv.getCode((codeKeys ??= new LocationKeys(mv)).code(a.codeHash));
          if (code) sm.applyCode(a.codeHash, code);
        }
        sm.applyAccount(key.address, a.exists ? { nonce: a.nonce, codeHash: hexOrEmpty(a.codeHash) } : null, a.resetTx === i);
      } else if (key.kind === LOC_BALANCE) {
        const amount = fromU256(v.value);
        sm.applyBalance(key.address, v.flags & FLAG_DEBIT ? -amount : amount, (v.flags & FLAG_DELTA) !== 0);
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

/**
 * The rules transaction `i` of `block`, applied with a lazy sender (`lazySender` in txView.ts),
 * breaks against its sender's real account before it in `sm` (the merge so far): the nonce it
 * assumed, no code, enough balance (`accountViolations`, Yellow Paper §6.2). Empty when it
 * holds. `address` must be its sender (`senders[i]`).
 */
export function lazySenderViolations(
  sm: BlockStateManager,
  block: Block,
  senders: readonly string[],
  i: number,
  address: string,
): (InvalidTransactionReason | 'not-the-sender')[] {
  if (address !== senders[i]) return ['not-the-sender'];
  const a = sm.readAccount(address);
  return accountViolations(a ? { nonce: a.nonce, balance: a.balance, hasCode: !isEmptyCodeHash(a) } : undefined, block.transactions[i]!);
}
