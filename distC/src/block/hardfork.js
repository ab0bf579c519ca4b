import { Common } from '@ethereumjs/common';
import { UnsupportedHardforkError } from '../errors.js';
import { ecrecover } from '../crypto/ecrecover.js';
import { getKzg } from '../crypto/kzg.js';
import { MAINNET } from './chains.js';
import { keccak256 } from '../crypto/keccak.js';
/** Hardforks this engine executes, in activation order (chainstart … osaka and the blob-parameter-only forks). */
export const SUPPORTED_HARDFORKS = [
    'chainstart',
    'homestead',
    'dao',
    'tangerineWhistle',
    'spuriousDragon',
    'byzantium',
    'constantinople',
    'petersburg',
    'istanbul',
    'muirGlacier',
    'berlin',
    'london',
    'arrowGlacier',
    'grayGlacier',
    'paris',
    'mergeNetsplitBlock',
    'shanghai',
    'cancun',
    'prague',
    'osaka',
    'bpo1',
    'bpo2',
    'bpo3',
    'bpo4',
    'bpo5',
];
/** One schedule-reading Common per chain (read-only use: `getHardforkBy`). */
const schedules = new WeakMap();
function schedule(chain) {
    let c = schedules.get(chain);
    if (!c)
        schedules.set(chain, (c = new Common({ chain })));
    return c;
}
/**
 * The hardfork of a block on `chain` (default mainnet), from its number and timestamp
 * (`@ethereumjs/common`'s schedule: block numbers up to the merge, timestamps after it).
 * @throws UnsupportedHardforkError if the scheduled hardfork is not one this engine executes
 */
export function hardforkFor(blockNumber, timestamp, chain = MAINNET) {
    if (blockNumber < 0n || timestamp < 0n) {
        throw new UnsupportedHardforkError(blockNumber, timestamp, 'negative block number or timestamp');
    }
    let hf;
    try {
        hf = schedule(chain).getHardforkBy({ blockNumber, timestamp });
    }
    catch (e) {
        // e.g. a timestamp fork before the chain's last block-number fork: not this chain's block.
        throw new UnsupportedHardforkError(blockNumber, timestamp, `no hardfork of ${chain.name} fits this block (${e.message}); is it from another chain (--chain)?`);
    }
    if (!SUPPORTED_HARDFORKS.includes(hf)) {
        throw new UnsupportedHardforkError(blockNumber, timestamp, `${chain.name} schedules hardfork "${hf}", which parevm does not execute (supported: ${SUPPORTED_HARDFORKS[0]}…${SUPPORTED_HARDFORKS.at(-1)})`);
    }
    return hf;
}
/**
 * A Common shared, read-only, by all transactions of one block. `@ethereumjs/tx` copies the
 * Common and deep-copies its parameter tables (JSON round trip) in every transaction's
 * constructor: 0.14 ms per transaction here, 190 ms for a 1,346-transaction block. Nothing
 * mutates a transaction's Common during execution (parevm runs transactions with the block's
 * hardfork), so one instance serves the whole block.
 */
class SharedTxCommon extends Common {
    applied;
    copy() {
        return this;
    }
    updateParams(params) {
        this.applied ??= new Set();
        if (this.applied.has(params))
            return;
        this.applied.add(params);
        super.updateParams(params);
    }
}
function crypto(chain, hardfork) {
    const needsKzg = schedule(chain).hardforkGteHardfork(hardfork, 'cancun');
    // keccak-256 from hash-wasm: transaction and block hashes, the signing hash of every sender recovery.
    return needsKzg ? { ecrecover, keccak256, kzg: getKzg() } : { ecrecover, keccak256 };
}
/** The Common to decode one block's transactions with (see {@link SharedTxCommon}). */
export function createTxCommon(hardfork, chain = MAINNET) {
    return new SharedTxCommon({ chain, hardfork, customCrypto: crypto(chain, hardfork) });
}
/**
 * A `Common` of `chain` (default mainnet) set to `hardfork`, with parevm's crypto: native
 * ecrecover (pure-JS fallback), hash-wasm's keccak-256 and a real KZG (EIP-4844 point evaluation, blob transactions)
 * from Cancun on.
 */
export function createChainCommon(hardfork, chain = MAINNET) {
    return new Common({ chain, hardfork, customCrypto: crypto(chain, hardfork) });
}
/** {@link createChainCommon} on mainnet. */
export function createMainnetCommon(hardfork) {
    return createChainCommon(hardfork, MAINNET);
}
//# sourceMappingURL=hardfork.js.map