import type { Common } from '@ethereumjs/common';
import { InvalidBlockError } from '../errors.js';

/**
 * EIP-7934: the largest RLP-encoded block from Osaka on, in bytes — `MAX_BLOCK_SIZE` (10 MiB, the
 * devp2p message limit) minus `SAFETY_MARGIN` (2 MiB) = 8,388,608.
 */
export const MAX_RLP_BLOCK_SIZE = 10_485_760 - 2_097_152;

/**
 * EIP-7934 block size limit: from Osaka on, a block whose RLP encoding (header, transactions,
 * ommers, withdrawals) is longer than {@link MAX_RLP_BLOCK_SIZE} is invalid. `@ethereumjs/block`
 * 10.1.3 does not check it (7934 is not in its Osaka EIP list).
 * @param rlpLength length of the block's RLP encoding, bytes
 * @param common the block's Common (its hardfork decides whether the rule applies)
 * @throws InvalidBlockError (`blockSize`) when the block is too large
 */
export function checkBlockSize(rlpLength: number, common: Common): void {
  if (!common.gteHardfork('osaka')) return;
  if (rlpLength > MAX_RLP_BLOCK_SIZE) {
    throw new InvalidBlockError('blockSize', `the block's RLP encoding is ${rlpLength} bytes, above the EIP-7934 limit of ${MAX_RLP_BLOCK_SIZE}`);
  }
}

/**
 * The most gas a block's transactions may use (gas): their gas limits together, at most the
 * block's `gasLimit`. Sizes what the parallel paths allocate per block (receipt stream, MVMemory,
 * the workers' deadline).
 */
export function gasBound(txs: readonly { gasLimit: bigint }[], gasLimit: bigint): bigint {
  const txGas = txs.reduce((sum, tx) => sum + tx.gasLimit, 0n);
  return txGas < gasLimit ? txGas : gasLimit;
}
