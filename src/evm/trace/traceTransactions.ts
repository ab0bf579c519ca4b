import type { TypedTransaction } from '@ethereumjs/tx';
import { recoverSenders } from '../../block/senders.js';
import { type BlockInput, preBlock, toDecoded } from '../../execute/sequential.js';
import { guarded } from '../../state/guarded.js';
import type { StateReader } from '../../state/reader.js';
import { BlockStateManager } from '../../state/stateManager.js';
import { ParevmBlockEngine } from '../engine.js';
import { runTransaction } from '../runTransaction.js';
import { intrinsicGas } from '../transaction/validate.js';
import { createBlockVM } from '../vm.js';
import { ParevmTracer } from './parevmTracer.js';
import { ReferenceTracer } from './referenceTracer.js';
import type { TraceSink } from './types.js';

export type TraceEngine = 'parevm' | 'reference';

/** Options of {@link traceTransactions}. */
export interface TraceTransactionsOptions {
  /** The EVM to trace (default `parevm`). */
  engine?: TraceEngine;
  /** Trace only this transaction (0-based); the ones before it still run, untraced. */
  tx?: number;
  /** Receives the lines: each traced transaction's steps, then its summary. */
  sink: TraceSink;
}

/**
 * Executes a block's transactions in order, as `executeBlockSequential` does (senders, pre-block
 * system work, one state manager), and sends EIP-3155 lines of the traced ones to `sink`. Stops
 * after the last traced transaction; no post-block work.
 * @returns the indexes of the transactions traced
 * @throws RangeError when `tx` is not a transaction of the block
 * @throws what `executeBlockSequential` throws for the same block (invalid transaction, state
 *   read, unsupported hardfork), and what `sink` throws
 */
export async function traceTransactions(input: BlockInput, state: StateReader, options: TraceTransactionsOptions): Promise<number[]> {
  const { decoded } = toDecoded(input);
  const { block, common } = decoded;
  const count = block.transactions.length;
  const only = options.tx;
  if (only !== undefined && !(Number.isInteger(only) && only >= 0 && only < count)) {
    throw new RangeError(`block ${block.header.number} has ${count} transaction(s): no transaction ${only}`);
  }
  const last = only ?? count - 1;
  const traced = (i: number) => only === undefined || i === only;
  const { senders } = recoverSenders(block, decoded.expectedSenders);
  const reader = guarded(state);
  const sm = new BlockStateManager(reader);
  const notes: string[] = [];
  const done: number[] = [];
  let gasBefore = 0n;
  if ((options.engine ?? 'parevm') === 'parevm') {
    const engine = new ParevmBlockEngine(decoded, sm, reader);
    await preBlock(engine.systemHost(), decoded, notes);
    const evm = engine.evm;
    for (let i = 0; i <= last; i++) {
      const tx = block.transactions[i] as TypedTransaction;
      const tracer = traced(i) ? new ParevmTracer(evm, options.sink) : undefined;
      evm.tracer = tracer;
      try {
        gasBefore = engine.runTransaction(block, i, gasBefore, senders[i]!).cumulativeGasUsed;
      } finally {
        evm.tracer = undefined;
      }
      if (tracer !== undefined) {
        tracer.summary(tx.gasLimit - intrinsicGas(evm.schedule, tx), tx.to === undefined);
        done.push(i);
      }
    }
  } else {
    const vm = await createBlockVM(common, sm, reader);
    await preBlock(vm, decoded, notes);
    for (let i = 0; i <= last; i++) {
      const tracer = traced(i) ? new ReferenceTracer(vm, options.sink) : undefined;
      tracer?.attach();
      try {
        gasBefore = (await runTransaction(vm, block, i, gasBefore)).cumulativeGasUsed;
      } finally {
        tracer?.detach();
      }
      if (tracer !== undefined) done.push(i);
    }
  }
  return done;
}
