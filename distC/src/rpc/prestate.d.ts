import type { RpcContext } from '../errors.js';
import type { KnownState } from './knownState.js';
/**
 * Seeds `known` from `debug_traceBlockByNumber(n, { tracer: 'prestateTracer' })`'s answer: one
 * `{ txHash?, result }` per transaction, `result` mapping each address the transaction touched to
 * its state before it (`balance`, `nonce`, `code`, `storage`: the slots read). The per-transaction
 * pre-states are merged, the first occurrence of an account or slot winning (a later transaction
 * sees what earlier ones wrote, not the block's pre-state). Accounts already known are kept.
 * What traces omit (the beneficiary, withdrawal recipients, system contracts, slots of system
 * calls) is left to the discovery loop.
 * @returns the number of accounts and slots seeded
 * @throws RpcResponseError on an answer of the wrong shape
 */
export declare function seedFromPrestateTraces(traces: unknown, known: KnownState, context: RpcContext): {
    accounts: number;
    slots: number;
};
