import { Mainnet } from '@ethereumjs/common';
import { blobScheduleHardforks } from '../block/chains.js';
import { SUPPORTED_HARDFORKS } from '../block/hardfork.js';
import { asObject, asQuantity } from '../block/json.js';
import { FixtureFormatError } from '../errors.js';
/**
 * Network names of ethereum/tests and execution-spec-tests → `@ethereumjs/common` hardfork names
 * (EIP-7568 naming; `BPO1`…`BPO5` are the blob-parameter-only forks of EIP-7892).
 */
export const TEST_NETWORKS = {
    Frontier: 'chainstart',
    Homestead: 'homestead',
    EIP150: 'tangerineWhistle',
    EIP158: 'spuriousDragon',
    Byzantium: 'byzantium',
    Constantinople: 'constantinople',
    ConstantinopleFix: 'petersburg',
    Istanbul: 'istanbul',
    Berlin: 'berlin',
    London: 'london',
    Paris: 'paris',
    Merge: 'paris',
    Shanghai: 'shanghai',
    Cancun: 'cancun',
    Prague: 'prague',
    Osaka: 'osaka',
    BPO1: 'bpo1',
    BPO2: 'bpo2',
    BPO3: 'bpo3',
    BPO4: 'bpo4',
    BPO5: 'bpo5',
};
/** execution-spec-tests transition networks: `<Fork>To<Fork>AtTime<N>k`, the second fork from timestamp N × 1000. */
const TRANSITION = /^([A-Za-z0-9]+?)To([A-Za-z0-9]+)AtTime(\d+)k$/;
const networks = new Map();
/**
 * The chain of a consensus test network: mainnet's rules (chain id 1 unless `chainId` is given)
 * with every hardfork up to the network's fork active from genesis and none after — the tests'
 * networks are "this fork from block 0" — or, for a transition (`CancunToPragueAtTime15k`), the
 * first fork from genesis and the second from timestamp 15,000. `blobSchedule` (EIP-7840, from
 * the fixture's `config`) replaces the forks' blob target, max and update fraction; BPO3–BPO5
 * exist only through it. One object per distinct (name, schedule, chain id), so Commons built
 * from it are cached.
 * @returns undefined for a name that is neither a known fork nor a transition between two
 * @throws FixtureFormatError (field `blobSchedule.<fork>`) when a fork of the network without
 *   built-in blob parameters (BPO3–BPO5) has no entry in `blobSchedule`
 */
export function testNetwork(name, blobSchedule = {}, chainId = 1) {
    const key = `${name}|${chainId}|${JSON.stringify(blobSchedule)}`;
    const cached = networks.get(key);
    if (cached)
        return cached;
    const transition = TRANSITION.exec(name);
    const genesis = TEST_NETWORKS[transition ? transition[1] : name];
    const last = transition ? TEST_NETWORKS[transition[2]] : genesis;
    if (!genesis || !last)
        return undefined;
    const order = SUPPORTED_HARDFORKS;
    if (order.indexOf(last) < order.indexOf(genesis))
        return undefined;
    const at = transition ? Number(transition[3]) * 1000 : 0;
    const hardforks = SUPPORTED_HARDFORKS.slice(0, order.indexOf(last) + 1).map((h) => order.indexOf(h) <= order.indexOf(genesis) ? { name: h, block: 0 } : { name: h, block: null, timestamp: at });
    for (const { name: fork } of hardforks) {
        if (/^bpo[3-5]$/.test(fork) && !blobSchedule[fork]) {
            throw new FixtureFormatError(name, `blobSchedule.${fork.toUpperCase()}`, `missing: ${fork} has no blob parameters but the fixture's blob schedule`);
        }
    }
    const chain = {
        ...Mainnet,
        name: `test-${name}`,
        chainId,
        hardforks,
        customHardforks: blobScheduleHardforks(blobSchedule),
    };
    const network = { name, genesis, hardfork: last, chain };
    networks.set(key, network);
    return network;
}
/**
 * A fixture's `config.blobSchedule` (execution-spec-tests: `{ "Cancun": { "target": "0x03", "max":
 * "0x06", "baseFeeUpdateFraction": "0x32f0ed" }, … }`, hex or integers) keyed by hardfork name.
 * @throws FixtureFormatError naming the field on an unknown fork or a missing/mistyped value
 */
export function parseBlobSchedule(json, file, field) {
    const out = {};
    if (json === undefined)
        return out;
    for (const [fork, raw] of Object.entries(asObject(json, file, field))) {
        const hardfork = TEST_NETWORKS[fork] ?? SUPPORTED_HARDFORKS.find((h) => h === fork);
        if (!hardfork)
            throw new FixtureFormatError(file, `${field}.${fork}`, 'unknown fork');
        const entry = asObject(raw, file, `${field}.${fork}`);
        const n = (k) => Number(asQuantity(entry[k], file, `${field}.${fork}.${k}`));
        out[hardfork] = { target: n('target'), max: n('max'), baseFeeUpdateFraction: n('baseFeeUpdateFraction') };
    }
    return out;
}
//# sourceMappingURL=hardforks.js.map