import { ParevmError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { missCount, RecordingReader } from './knownState.js';
/** The discovery loop did not converge: the block kept reading new state after `rounds` fetches. */
export class DiscoveryRoundsError extends ParevmError {
    block;
    rounds;
    constructor(block, rounds) {
        super('DISCOVERY_ROUNDS', `block ${block}: the pre-state was still incomplete after ${rounds} rounds of fetching what the execution read`);
        this.block = block;
        this.rounds = rounds;
    }
}
/**
 * The discovery loop: executes `decoded` sequentially over `known` with a reader that records
 * every miss (answering it as absent / zero so one execution finds as many as it can), has
 * `source` fetch the misses, and repeats until an execution misses nothing. `seed` — what the
 * block names (beneficiary, senders, recipients, access lists, withdrawals, system contracts) —
 * is fetched before the first execution. An execution that fails while something was missing is
 * retried; one that fails with nothing missing throws its error.
 * @param onRound called after each fetch round (for progress)
 * @throws DiscoveryRoundsError after `maxRounds` rounds (default 32)
 * @throws the execution's typed error on a complete pre-state (invalid transaction, ...)
 * @throws RpcError from `source`
 */
export async function discoverPreState(decoded, known, source, options = {}) {
    const maxRounds = options.maxRounds ?? 32;
    const fetched = { accounts: 0, slots: 0 };
    let rounds = 0;
    const fetch = async (m, optional = false) => {
        const before = { accounts: known.accounts.size, slots: countSlots(known) };
        await source.fill(m, known, { optional });
        fetched.accounts += known.accounts.size - before.accounts;
        fetched.slots += countSlots(known) - before.slots;
        options.onRound?.(fetched);
    };
    if (options.seed) {
        const seed = unknownOnly(options.seed, known);
        if (missCount(seed) > 0) {
            await fetch(seed, true);
            rounds++;
        }
    }
    for (;;) {
        const reader = new RecordingReader(known);
        let result;
        let error;
        try {
            result = await executeBlockSequential(decoded, reader);
        }
        catch (e) {
            error = e;
        }
        if (missCount(reader.misses) === 0) {
            if (result === undefined)
                throw error;
            return { result, reader, rounds, fetched };
        }
        if (rounds >= maxRounds)
            throw new DiscoveryRoundsError(decoded.block.header.number, rounds);
        await fetch(reader.misses);
        rounds++;
    }
}
/** The part of `m` that `known` does not hold. */
function unknownOnly(m, known) {
    const slots = new Map();
    for (const [a, set] of m.slots) {
        const acc = known.accounts.get(a);
        if (acc === null || acc?.storageEmpty)
            continue;
        const missing = new Set([...set].filter((s) => !acc?.storage.has(s)));
        if (missing.size > 0)
            slots.set(a, missing);
    }
    return {
        accounts: new Set([...m.accounts].filter((a) => !known.accounts.has(a))),
        slots,
        codes: new Set([...m.codes].filter((h) => !known.codes.has(h))),
        blockHashes: new Set([...m.blockHashes].filter((n) => !known.blockHashes.has(n))),
    };
}
function countSlots(known) {
    let n = 0;
    for (const a of known.accounts.values())
        if (a)
            n += a.storage.size;
    return n;
}
//# sourceMappingURL=discovery.js.map