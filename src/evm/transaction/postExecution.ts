import { isEmptyAccount, withBalance } from '../../state/stateManager.js';
import type { Receipt } from '../../types.js';
import type { Evm } from '../evm.js';
import { Status, isExceptional } from '../frames/frame.js';
import { EMPTY_BLOOM_HEX, logsBloomHex } from '../bloom.js';
import { encodeLogs, receiptWithLazyLogs } from '../logs.js';
import { toHex } from '../words.js';
import type { TxContext } from './context.js';

const ZERO_ROOT = toHex(new Uint8Array(32));

/**
 * After execution: gas used = gas limit − gas left, minus the refund (capped at 1/2 of it, 1/5
 * from London, EIP-3529; EIP-7702 authority refunds count even when execution fails), at least
 * the EIP-7623 calldata floor; the sender gets the unused gas back at the gas price, the beneficiary
 * its fee (all of it before London, the priority fee after: the base fee is burnt, EIP-1559);
 * self-destructed accounts are deleted (EIP-6780: only those created in the transaction), then
 * touched empty accounts (EIP-161). Returns the receipt.
 */
export function postExecution(ctx: TxContext): Receipt {
  const { evm, tx, sender } = ctx;
  const s = evm.schedule;
  const sm = evm.sm;
  const j = evm.journal;
  let gasUsed = tx.gasLimit - ctx.gasLeft;
  const failed = isExceptional(ctx.status) || ctx.status === Status.REVERT;
  const refundCounter = ctx.authRefund + (failed ? 0n : BigInt(j.refund));
  if (refundCounter !== 0n) {
    const cap = gasUsed / s.maxRefundQuotient;
    gasUsed -= refundCounter < cap ? refundCounter : cap;
  }
  // EIP-7623: the transaction pays at least its calldata floor.
  if (gasUsed < ctx.floorGas) gasUsed = ctx.floorGas;
  const a = sm.readAccount(sender)!;
  sm.writeAccount(sender, withBalance(a, a.balance + (tx.gasLimit - gasUsed) * ctx.gasPrice));
  j.touch(sender);
  const coinbase = evm.block.coinbase;
  const c = sm.readAccount(coinbase);
  sm.writeAccount(coinbase, withBalance(c, (c?.balance ?? 0n) + gasUsed * ctx.minerFee));
  j.touch(coinbase);
  for (const address of [...j.selfdestructs].sort()) {
    if (s.eip6780 && !j.created.has(address)) continue;
    sm.deleteAccountNow(address);
    j.touch(address);
  }
  const logs = j.logs;
  // The logs' encoding, which the receipts trie copies; their hex is cut from it when read (logs.ts).
  const encodedLogs = logs.length === 0 ? undefined : encodeLogs(logs);
  const bloom = logs.length === 0 ? EMPTY_BLOOM_HEX : logsBloomHex(logs, evm.bloomBits, evm.topicBloomBits);
  // Also when this transaction logged nothing: topics of reverted frames need no bits either.
  evm.topicBloomBits?.settled();
  cleanupTouched(evm);
  j.reset();
  const cumulativeGasUsed = ctx.gasBefore + gasUsed;
  const receipt = receiptWithLazyLogs({ txType: tx.type, gasUsed, cumulativeGasUsed }, encodedLogs, bloom);
  if (s.byzantium) receipt.status = failed ? 0 : 1;
  else receipt.stateRoot = ZERO_ROOT;
  if (ctx.to === undefined && ctx.createdAddress !== '' && !failed && ctx.status !== Status.CODESTORE_OUT_OF_GAS) {
    receipt.contractAddress = ctx.createdAddress;
  }
  if (tx.type === 3) receipt.blobGasUsed = ctx.blobGas;
  return receipt;
}

/** EIP-161 (Spurious Dragon on): deletes every touched account that is empty; clears the touched set. */
export function cleanupTouched(evm: Evm): void {
  const j = evm.journal;
  if (evm.schedule.spuriousDragon) {
    for (const address of j.touched) {
      const a = evm.sm.readAccount(address);
      if (a === null || isEmptyAccount(a)) evm.sm.deleteAccountNow(address);
    }
  }
  j.touched.clear();
}
