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
export function senderSeeds(senders, lazy) {
    const out = new Array(senders.length).fill(undefined);
    const next = new Map();
    for (let i = senders.length - 1; i >= 0; i--) {
        const s = senders[i];
        if (s === undefined)
            continue;
        const j = next.get(s);
        if (j !== undefined && !lazy(j))
            out[i] = s;
        next.set(s, i);
    }
    return out;
}
/** The {@link ChainCall} of a decoded transaction. */
function callOf(tx) {
    return { to: tx.to?.toString(), hasData: tx.data.length > 0 };
}
/**
 * A sender's calls to one contract read what its previous call there wrote, as a rule: a token's
 * balance of the sender (exchange payouts of a token), a bot's own state. Executed together they
 * abort each other in a cascade (mainnet 4370000: transactions 61–96, one sender's ERC-20
 * transfers, ran 2–5 incarnations each). The engine makes each such call wait for the previous
 * one's first incarnation (`Scheduler.seedDependency`), so the chain runs in order while the
 * other transactions run beside it.
 *
 * Returns, per transaction, the earlier transaction it waits for, or -1: the previous transaction
 * with the same sender and the same `to`, both carrying calldata. `senders` may be hints (the
 * JSON's `from`): a wrong one costs a wait, never correctness.
 */
export function chainHints(senders, calls) {
    const out = new Array(calls.length).fill(-1);
    const last = new Map();
    calls.forEach(({ to, hasData }, i) => {
        const s = senders[i];
        if (s === undefined || to === undefined || !hasData)
            return;
        const key = `${s}>${to}`;
        const j = last.get(key);
        if (j !== undefined)
            out[i] = j;
        last.set(key, i);
    });
    return out;
}
/**
 * The seeds of `decoded`, from what the engine has before its workers start: the block's `from`
 * fields (`expectedSenders`; none for an RLP block, then nothing is seeded), not recovered senders.
 * One definition for the engine and the analyzer's model of it.
 * @param lazy - whether transaction i's sender is applied lazily (`lazySender` in txView.ts)
 */
export function blockSeeds(decoded, lazy) {
    const txs = decoded.block.transactions;
    // One entry per transaction, also when there are no `from` fields.
    const senders = txs.map((_, i) => decoded.expectedSenders[i]);
    return { senders: senderSeeds(senders, lazy), waitsFor: chainHints(senders, txs.map(callOf)) };
}
//# sourceMappingURL=seeds.js.map