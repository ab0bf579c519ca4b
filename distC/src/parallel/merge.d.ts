import type { Block } from '@ethereumjs/block';
import type { InvalidTransactionReason } from '../errors.js';
import { type BlockStateManager } from '../state/stateManager.js';
import { type MVMemory } from './mvMemory.js';
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
 *
 * Serial on the coordinator after the workers, so per location it keeps numbers in typed arrays
 * and one address string per address ({@link MergeLocations}): a decoded key object and a hex
 * string per location were 43% of the merge of 2,000 transfers.
 */
export declare function mergeWrites(mv: MVMemory, committed: number, sm: BlockStateManager, beneficiary: string, eip161: boolean, checkLazySender: (txIndex: number, address: string) => void): void;
/**
 * The engine's lazy-sender check for {@link mergeWrites}: transaction `i`'s sender against its
 * real account before it in `sm` ({@link lazySenderViolations}); a violation runs the block
 * sequentially (`metrics.mergeCheck` `'lazy-sender'`).
 * @throws Fallback
 */
export declare function lazySenderFallback(sm: BlockStateManager, block: Block, senders: readonly string[]): (txIndex: number, address: string) => void;
/**
 * The rules transaction `i` of `block`, applied with a lazy sender (`lazySender` in txView.ts),
 * breaks against its sender's real account before it in `sm` (the merge so far): the nonce it
 * assumed, no code, enough balance (`accountViolations`, Yellow Paper §6.2). Empty when it
 * holds. `address` must be its sender (`senders[i]`).
 */
export declare function lazySenderViolations(sm: BlockStateManager, block: Block, senders: readonly string[], i: number, address: string): (InvalidTransactionReason | 'not-the-sender')[];
