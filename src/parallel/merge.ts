import type { Block } from '@ethereumjs/block';
import { KECCAK256_NULL } from '@ethereumjs/util';
import { fromHex } from '../state/hex.js';
import { accountViolations } from '../evm/runTransaction.js';
import type { InvalidTransactionReason } from '../errors.js';
import { isEmptyAccount, isEmptyCodeHash, type BlockStateManager } from '../state/stateManager.js';
import { FLAG_DEBIT, FLAG_DELTA, FLAG_ESTIMATE, LOC_ACCOUNT, LOC_BALANCE, LOC_STORAGE, type MVMemory } from './mvMemory.js';
import { type LocationKey, LocationKeys, accountNonce, decodeAccount, parseLocation } from './txView.js';
import { readU256 } from '../state/u256.js';

const hexOrEmpty = (h: string | undefined): Uint8Array => (h ? fromHex(h) : KECCAK256_NULL);
/** Merge order inside one transaction, by location kind: account fields (may clear storage), then balance, then slots (code: never written as a version). */
const RANK: Record<number, number> = { [LOC_ACCOUNT]: 0, [LOC_BALANCE]: 1, [LOC_STORAGE]: 2 };

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
 *
 * The beneficiary's fee credits (DELTAs, one per transaction) are summed and applied when its
 * account is next written or read, or at the end: while credits are pending its balance is
 * positive, so the EIP-161 check cannot delete it and is skipped.
 */
export function mergeWrites(
  mv: MVMemory,
  committed: number,
  sm: BlockStateManager,
  beneficiary: string,
  eip161: boolean,
  checkLazySender: (txIndex: number, address: string) => void,
): void {
  /** Per location (sparse indices: a Map, not an array). */
  const locations = new Map<number, MergeLocation>();
  let codeKeys: LocationKeys | undefined;
  const location = (loc: number): MergeLocation => {
    let l = locations.get(loc);
    if (!l) {
      const key = parseLocation(mv, loc);
      locations.set(loc, (l = { key, rank: RANK[key.kind] ?? -1, ids: undefined, at: 0 }));
    }
    return l;
  };
  const values = mv.values;
  /** The beneficiary's fee credits not yet applied to `sm` (wei). */
  let pendingCredit = 0n;
  const applyCredit = (): void => {
    if (pendingCredit === 0n) return;
    sm.applyBalance(beneficiary, pendingCredit, true);
    pendingCredit = 0n;
  };
  const mergeOne = (i: number, loc: number, list: MergeLocation): void => {
    const key = list.key;
    const ids = (list.ids ??= mv.versionIds(loc));
    while (list.at < ids.length && mv.versionTx(ids[list.at]!) < i) list.at++;
    const v = ids[list.at];
    if (v === undefined || mv.versionTx(v) !== i) return;
    list.at++; // consumed: a location listed twice is still applied once (a DELTA must not be summed twice)
    const flags = mv.versionFlags(v);
    if (flags & FLAG_ESTIMATE) return;
    // Values read in place: a view per version cost more than the value.
    const at = mv.versionOffset(v);
    if (key.address === beneficiary) {
      if (key.kind === LOC_BALANCE && (flags & (FLAG_DELTA | FLAG_DEBIT)) === FLAG_DELTA) {
        pendingCredit += readU256(values, at);
        return;
      }
      // Anything else at the beneficiary reads or replaces its balance: the credits go first.
      applyCredit();
    }
    if (key.kind === LOC_ACCOUNT && flags & FLAG_DELTA) {
      checkLazySender(i, key.address);
      const cur = sm.readAccount(key.address);
      sm.applyAccount(key.address, { nonce: (cur?.nonce ?? 0n) + accountNonce(values, at), codeHash: cur?.codeHash ?? KECCAK256_NULL }, false);
    } else if (key.kind === LOC_ACCOUNT) {
      const a = decodeAccount(mv.versionValue(v));
      if (a.codeHash && !sm.reader.code(a.codeHash)) {
        const code = mv.getCode((codeKeys ??= new LocationKeys(mv)).code(a.codeHash));
        if (code) sm.applyCode(a.codeHash, code);
      }
      sm.applyAccount(key.address, a.exists ? { nonce: a.nonce, codeHash: hexOrEmpty(a.codeHash) } : null, a.resetTx === i);
    } else if (key.kind === LOC_BALANCE) {
      const amount = readU256(values, at);
      sm.applyBalance(key.address, flags & FLAG_DEBIT ? -amount : amount, (flags & FLAG_DELTA) !== 0);
    } else if (key.kind === LOC_STORAGE) {
      sm.applyStorage(key.address, key.slot!, readU256(values, at));
    }
  };
  /** The current transaction's locations' merge state, reused from one transaction to the next. */
  const lists: MergeLocation[] = [];
  for (let i = 0; i < committed; i++) {
    const written = mv.written(i);
    const n = written.length;
    for (let k = 0; k < n; k++) lists[k] = location(written[k]!);
    // In merge order: account fields (may clear storage), then balances, then slots.
    for (let rank = 0; rank < 3; rank++) {
      for (let k = 0; k < n; k++) if (lists[k]!.rank === rank) mergeOne(i, written[k]!, lists[k]!);
    }
    if (eip161 && pendingCredit === 0n) {
      const a = sm.readAccount(beneficiary);
      if (!a || isEmptyAccount(a)) sm.applyAccount(beneficiary, null, true);
    }
  }
  applyCredit();
}

/** A location in the merge: its key, its merge rank, its version ids (ascending) and how far the walk has got. */
interface MergeLocation {
  key: LocationKey;
  rank: number;
  ids: number[] | undefined;
  at: number;
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
