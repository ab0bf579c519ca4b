import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import type { RpcContext } from '../errors.js';
import { RpcResponseError } from '../errors.js';
import { asRpcData, asRpcObject, asRpcQuantity } from './json.js';
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
export function seedFromPrestateTraces(traces: unknown, known: KnownState, context: RpcContext): { accounts: number; slots: number } {
  if (!Array.isArray(traces)) throw new RpcResponseError(context, 'expected a list of per-transaction traces');
  const seen = new Set<string>();
  // Accounts known before the traces (an earlier block of the run): the traces add nothing to them.
  const skip = new Set<string>();
  let accounts = 0;
  let slots = 0;
  traces.forEach((t, i) => {
    const entry = asRpcObject(t, context, `trace ${i}`);
    if (entry.error !== undefined) throw new RpcResponseError(context, `trace ${i} failed: ${JSON.stringify(entry.error).slice(0, 200)}`);
    const pre = asRpcObject(entry.result ?? entry, context, `trace ${i} result`);
    for (const [rawAddress, rawAccount] of Object.entries(pre)) {
      const address = rawAddress.toLowerCase();
      if (!/^0x[0-9a-f]{40}$/.test(address)) throw new RpcResponseError(context, `trace ${i}: ${rawAddress} is not an address`);
      const a = asRpcObject(rawAccount, context, `trace ${i} ${address}`);
      if (skip.has(address)) continue;
      if (!seen.has(address)) {
        seen.add(address);
        if (known.accounts.has(address)) {
          skip.add(address);
          continue;
        }
        const balance = a.balance === undefined ? 0n : asRpcQuantity(a.balance, context, `${address} balance`);
        const nonce = a.nonce === undefined ? 0n : typeof a.nonce === 'number' ? BigInt(a.nonce) : asRpcQuantity(a.nonce, context, `${address} nonce`);
        const code = a.code === undefined ? new Uint8Array() : hexToBytes(asRpcData(a.code, context, `${address} code`));
        if (balance === 0n && nonce === 0n && code.length === 0 && a.storage === undefined) {
          known.accounts.set(address, null);
          continue;
        }
        const codeHash = code.length > 0 ? bytesToHex(keccak256(code)) : undefined;
        if (codeHash !== undefined) known.codes.set(codeHash, code);
        known.accounts.set(address, { balance, nonce, codeHash, storage: new Map(), storageEmpty: false });
        accounts++;
      }
      const acc = known.accounts.get(address);
      if (!acc || a.storage === undefined) continue;
      for (const [k, v] of Object.entries(asRpcObject(a.storage, context, `${address} storage`))) {
        const slot = asRpcQuantity(k, context, `${address} storage key`);
        if (acc.storage.has(slot)) continue;
        acc.storage.set(slot, asRpcQuantity(v, context, `${address} storage ${k}`));
        slots++;
      }
    }
  });
  return { accounts, slots };
}
