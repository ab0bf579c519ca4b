/**
 * A sender's transactions that read its account depend on its earlier ones through the nonce and
 * balance: the engine marks the sender's ACCOUNT and BALANCE as ESTIMATE at each such earlier
 * transaction before the block starts, so the later one waits instead of executing on a stale
 * nonce and aborting. A lazy sender's transaction (`lazySender` in txView.ts) reads neither, so
 * none is seeded for it: a seed would only make other readers (the fee credit of a pool paying
 * out from its beneficiary address) wait.
 *
 * Returns, per transaction, the sender whose locations to seed there, or undefined. `senders`
 * may be hints (the JSON's `from`): a wrong hint costs a wait, never correctness, because each
 * transaction's first execution replaces its seeds.
 */
export function senderSeeds(senders: readonly (string | undefined)[], lazy: (txIndex: number) => boolean): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(senders.length).fill(undefined);
  const next = new Map<string, number>();
  for (let i = senders.length - 1; i >= 0; i--) {
    const s = senders[i];
    if (s === undefined) continue;
    const j = next.get(s);
    if (j !== undefined && !lazy(j)) out[i] = s;
    next.set(s, i);
  }
  return out;
}
