import type { TypedTransaction } from '@ethereumjs/tx';
import { bytesToBigInt } from '@ethereumjs/util';
import { applyAuthorizations } from './authorizations.js';
import { cleanupTouched } from './postExecution.js';
import { toHex } from '../words.js';
import type { TxContext } from './context.js';

/**
 * Before execution: EIP-161 cleanup of accounts touched since the last transaction (system work),
 * a fresh substate, the EIP-2929 warm set (precompiles: always, in the journal; sender, recipient, EIP-3651 beneficiary,
 * EIP-2930 access list: warm for the whole transaction), then the sender pays gas limit × gas
 * price (+ EIP-4844 blob gas × blob gas price) and its nonce is incremented, then the EIP-7702
 * authorizations are applied. None of this is undone when the execution fails.
 */
export function preExecution(ctx: TxContext): void {
  const { evm, tx, sender } = ctx;
  const s = evm.schedule;
  const j = evm.journal;
  cleanupTouched(evm);
  j.reset();
  if (s.eip2929) {
    j.warmAddress(sender);
    if (ctx.to !== undefined) j.warmAddress(ctx.to);
    if (s.eip3651) j.warmAddress(evm.block.coinbase);
  }
  const accessList = (tx as TypedTransaction & { accessList?: [Uint8Array, Uint8Array[]][] }).accessList;
  if (accessList !== undefined && s.eip2930) {
    for (const [addressBytes, slots] of accessList) {
      const address = toHex(addressBytes);
      j.warmAddress(address);
      const set = j.warmSlots(address);
      for (const slot of slots) j.warmSlot(address, set, bytesToBigInt(slot));
    }
  }
  const sm = evm.sm;
  const a = sm.readAccount(sender)!;
  sm.writeAccount(sender, {
    nonce: a.nonce + 1n,
    balance: a.balance - tx.gasLimit * ctx.gasPrice - ctx.blobGas * ctx.blobGasPrice,
    codeHash: a.codeHash,
    storageRoot: a.storageRoot,
    codeHashHex: a.codeHashHex,
  });
  j.touch(sender);
  applyAuthorizations(ctx);
  evm.tx = {
    origin: sender,
    originWord: BigInt(sender),
    gasPrice: ctx.gasPrice,
    blobHashes: ((tx as { blobVersionedHashes?: string[] }).blobVersionedHashes ?? []).map((h) => BigInt(h)),
  };
}
