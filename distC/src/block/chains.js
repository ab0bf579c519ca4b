import { readFileSync } from 'node:fs';
import { Common, Hoodi, Mainnet, Sepolia } from '@ethereumjs/common';
import { ChainConfigError } from '../errors.js';
/** The chains parevm knows by name (`--chain`), from `@ethereumjs/common`'s presets. */
export const CHAINS = { mainnet: Mainnet, sepolia: Sepolia, hoodi: Hoodi };
/** Ethereum mainnet (chain id 1). */
export const MAINNET = Mainnet;
/**
 * A chain by name: `mainnet`, `sepolia` or `hoodi`.
 * @throws ChainConfigError for an unknown name (the message lists the known ones)
 */
export function chainByName(name) {
    const chain = CHAINS[name.toLowerCase()];
    if (!chain)
        throw new ChainConfigError('--chain', '', `unknown chain "${name}" (known: ${Object.keys(CHAINS).join(', ')}; or give --chain-config FILE)`);
    return chain;
}
/** The known chain (mainnet, sepolia, hoodi) whose chain id is `id`, or undefined. */
export function chainById(id) {
    return Object.values(CHAINS).find((c) => BigInt(c.chainId) === id);
}
/** geth's chain-config fork fields, in activation order (`params/config.go`). */
const BLOCK_FORKS = [
    ['homesteadBlock', 'homestead'],
    ['daoForkBlock', 'dao'],
    ['eip150Block', 'tangerineWhistle'],
    ['eip155Block', 'spuriousDragon'],
    ['byzantiumBlock', 'byzantium'],
    ['constantinopleBlock', 'constantinople'],
    ['petersburgBlock', 'petersburg'],
    ['istanbulBlock', 'istanbul'],
    ['muirGlacierBlock', 'muirGlacier'],
    ['berlinBlock', 'berlin'],
    ['londonBlock', 'london'],
    ['arrowGlacierBlock', 'arrowGlacier'],
    ['grayGlacierBlock', 'grayGlacier'],
    ['mergeNetsplitBlock', 'mergeNetsplitBlock'],
];
const TIME_FORKS = [
    ['shanghaiTime', 'shanghai'],
    ['cancunTime', 'cancun'],
    ['pragueTime', 'prague'],
    ['osakaTime', 'osaka'],
    ['bpo1Time', 'bpo1'],
    ['bpo2Time', 'bpo2'],
    ['bpo3Time', 'bpo3'],
    ['bpo4Time', 'bpo4'],
    ['bpo5Time', 'bpo5'],
];
/** Forks that change the blob schedule, so a config activating one must give its parameters. */
const BLOB_FORKS = new Set(['cancun', 'prague', 'osaka', 'bpo1', 'bpo2', 'bpo3', 'bpo4', 'bpo5']);
/** Config fields that are not forks although they end like one. */
const NOT_FORKS = new Set(['terminalTotalDifficultyPassed', 'eip158Block', 'eip150Hash', 'depositContractAddress']);
/** EIP-4844: blob gas per blob. */
const GAS_PER_BLOB = 131072;
/** Each hardfork's definition (EIPs, parameters) as `@ethereumjs/common` has it. */
const HARDFORK_DEFINITIONS = new Map(new Common({ chain: Mainnet }).HARDFORK_CHANGES.map(([name, def]) => [name, def]));
/**
 * Hardfork definitions carrying a blob schedule: the fork's own EIPs with its blob parameters
 * inlined, in both the forms `@ethereumjs/common` reads (gas per block before BPO1, blob counts
 * from it on). BPO3–BPO5 have no EIPs of their own: they exist only by their blob parameters.
 */
export function blobScheduleHardforks(schedule) {
    const out = {};
    for (const [fork, p] of Object.entries(schedule)) {
        const def = HARDFORK_DEFINITIONS.get(fork) ?? { eips: [] };
        out[fork] = {
            ...def,
            params: {
                ...(def.params ?? {}),
                target: p.target,
                max: p.max,
                targetBlobGasPerBlock: p.target * GAS_PER_BLOB,
                maxBlobGasPerBlock: p.max * GAS_PER_BLOB,
                blobGasPriceUpdateFraction: p.baseFeeUpdateFraction,
            },
        };
    }
    return out;
}
/**
 * Reads a custom chain from a geth-style genesis (`{ config: {...}, alloc, ... }`) or a bare
 * chain config (`{ chainId, londonBlock, shanghaiTime, ..., blobSchedule }`).
 *
 * Fork fields are geth's (`homesteadBlock` … `grayGlacierBlock`, `mergeNetsplitBlock`,
 * `shanghaiTime` … `bpo5Time`); the merge (Paris) activates at `mergeNetsplitBlock`, or at genesis
 * when the config schedules timestamp forks without one. `blobSchedule` gives each blob fork's
 * `target`, `max` and `baseFeeUpdateFraction` (EIP-7840); `depositContractAddress` is the
 * EIP-6110 deposit contract.
 * @throws ChainConfigError naming the file and field: unreadable or not JSON, no positive
 *   integer `chainId`, a fork field that is not a non-negative integer, an unknown fork name,
 *   forks out of order, a blob fork activated without its `blobSchedule` entry
 */
export function chainFromConfigFile(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new ChainConfigError(file, '', `cannot read: ${e.message}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new ChainConfigError(file, '', `not JSON: ${e.message}`);
    }
    return parseChainConfig(json, file);
}
/** {@link chainFromConfigFile} on parsed JSON (`file` names it in errors). */
export function parseChainConfig(json, file = 'chain config') {
    const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!isObject(json))
        throw new ChainConfigError(file, '', 'expected a JSON object');
    const genesis = isObject(json.config);
    const config = genesis ? json.config : json;
    const at = (field) => (genesis ? `config.${field}` : field);
    const chainId = config.chainId;
    if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId) || chainId <= 0) {
        throw new ChainConfigError(file, at('chainId'), `expected a positive integer, got ${JSON.stringify(chainId)}`);
    }
    const known = new Set([...BLOCK_FORKS, ...TIME_FORKS].map(([f]) => f));
    for (const key of Object.keys(config)) {
        if (/(Block|Time)$/.test(key) && !known.has(key) && !NOT_FORKS.has(key)) {
            throw new ChainConfigError(file, at(key), `unknown fork (known: ${[...known].join(', ')})`);
        }
    }
    const activation = (field) => {
        const v = config[field];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
            throw new ChainConfigError(file, at(field), `expected a non-negative integer, got ${JSON.stringify(v)}`);
        return v;
    };
    if (activation('eip158Block') !== activation('eip155Block')) {
        throw new ChainConfigError(file, at('eip158Block'), 'must equal eip155Block (both are Spurious Dragon)');
    }
    const inOrder = (forks) => {
        let last;
        for (const [field] of forks) {
            const v = activation(field);
            if (v === undefined)
                continue;
            if (last && v < last[1])
                throw new ChainConfigError(file, at(field), `forks out of order: ${field} ${v} is before ${last[0]} ${last[1]}`);
            last = [field, v];
        }
    };
    inOrder(BLOCK_FORKS);
    inOrder(TIME_FORKS);
    const hardforks = [{ name: 'chainstart', block: 0 }];
    for (const [field, name] of BLOCK_FORKS) {
        const block = activation(field);
        if (block === undefined)
            continue;
        if (name === 'mergeNetsplitBlock')
            hardforks.push({ name: 'paris', block });
        hardforks.push({ name, block });
    }
    const timeForks = TIME_FORKS.filter(([field]) => activation(field) !== undefined);
    if (timeForks.length > 0 && activation('mergeNetsplitBlock') === undefined) {
        hardforks.push({ name: 'paris', block: 0 }, { name: 'mergeNetsplitBlock', block: 0 });
    }
    for (const [field, name] of timeForks)
        hardforks.push({ name, block: null, timestamp: activation(field) });
    const scheduleJson = config.blobSchedule;
    if (scheduleJson !== undefined && !isObject(scheduleJson))
        throw new ChainConfigError(file, at('blobSchedule'), 'expected an object keyed by fork name');
    const schedule = {};
    for (const [fork, entry] of Object.entries(scheduleJson ?? {})) {
        if (!BLOB_FORKS.has(fork))
            throw new ChainConfigError(file, at(`blobSchedule.${fork}`), `unknown blob fork (known: ${[...BLOB_FORKS].join(', ')})`);
        const e = isObject(entry) ? entry : {};
        for (const k of ['target', 'max', 'baseFeeUpdateFraction']) {
            const v = e[k];
            if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
                throw new ChainConfigError(file, at(`blobSchedule.${fork}.${k}`), `expected a non-negative integer, got ${JSON.stringify(v)}`);
        }
        schedule[fork] = e;
    }
    for (const [field, name] of timeForks) {
        if (BLOB_FORKS.has(name) && !schedule[name])
            throw new ChainConfigError(file, at(`blobSchedule.${name}`), `missing: ${field} activates ${name}, which needs its blob target, max and baseFeeUpdateFraction`);
    }
    const deposit = config.depositContractAddress;
    if (deposit !== undefined && (typeof deposit !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(deposit))) {
        throw new ChainConfigError(file, at('depositContractAddress'), 'expected a 20-byte 0x address');
    }
    return {
        name: typeof json.name === 'string' ? json.name : `chain ${chainId}`,
        chainId,
        genesis: { gasLimit: 0, difficulty: 0, nonce: '0x0000000000000000', extraData: '0x' },
        hardforks,
        customHardforks: blobScheduleHardforks(schedule),
        bootstrapNodes: [],
        // Paris's own definition switches to proof of stake; before it, the chain mines.
        consensus: { type: 'pow', algorithm: 'ethash', ethash: {} },
        ...(deposit !== undefined ? { depositContractAddress: deposit.toLowerCase() } : {}),
    };
}
//# sourceMappingURL=chains.js.map