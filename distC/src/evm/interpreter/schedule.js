import { getActivePrecompiles, getOpcodesForHF, paramsEVM } from '@ethereumjs/evm';
import { paramsTx } from '@ethereumjs/tx';
import { paramsVM } from '@ethereumjs/vm';
const cache = new Map();
/** The compiled schedule of `common`'s chain, hardfork and EIP set (built once, then cached). */
export function scheduleFor(common) {
    const key = `${common.chainId()}:${common.hardfork()}:${common.eips().join(',')}`;
    let s = cache.get(key);
    if (!s)
        cache.set(key, (s = compile(common)));
    return s;
}
function compile(source) {
    const common = source.copy();
    // The EVM's set first: where they overlap (EIP-2935's historyServeWindow, 8192 in the EVM's
    // set for a BLOCKHASH variant never activated), the VM's block-level value is the one in force.
    common.updateParams(paramsEVM);
    common.updateParams(paramsTx);
    common.updateParams(paramsVM);
    const eip = (n) => common.isActivatedEIP(n);
    const gte = (hf) => common.gteHardfork(hf);
    const num = (name, fallback = 0) => {
        try {
            const v = common.param(name);
            return v === undefined || v === null ? fallback : Number(v);
        }
        catch {
            return fallback;
        }
    };
    const big = (name) => BigInt(num(name));
    const baseGas = new Float64Array(256).fill(Number.NaN);
    const valid = new Uint8Array(256);
    const { opcodeMap } = getOpcodesForHF(common);
    for (let op = 0; op < 256; op++) {
        const info = opcodeMap[op]?.opcodeInfo;
        if (!info || info.isInvalid || info.code !== op)
            continue;
        valid[op] = 1;
        baseGas[op] = info.fee;
    }
    const precompiles = [...getActivePrecompiles(common).keys()].map((k) => `0x${k}`);
    return {
        hardfork: common.hardfork(),
        common,
        chainId: common.chainId(),
        baseGas,
        valid,
        homestead: gte('homestead'),
        tangerineWhistle: gte('tangerineWhistle'),
        spuriousDragon: gte('spuriousDragon'),
        byzantium: gte('byzantium'),
        eip1283: common.hardfork() === 'constantinople',
        eip2200: gte('istanbul'),
        eip1153: eip(1153),
        eip1559: eip(1559),
        eip2929: eip(2929),
        eip2930: eip(2930),
        eip3541: eip(3541),
        eip3651: eip(3651),
        eip3860: eip(3860),
        eip4399: eip(4399),
        eip4788: eip(4788),
        eip4844: eip(4844),
        eip4895: eip(4895),
        eip6780: eip(6780),
        eip7623: eip(7623),
        eip7702: eip(7702),
        eip7825: eip(7825),
        eip7883: eip(7883),
        memoryGas: num('memoryGas'),
        quadCoefficientDiv: num('quadCoefficientDivGas'),
        copyGas: num('copyGas'),
        keccakWordGas: num('keccak256WordGas'),
        expByteGas: num('expByteGas'),
        logTopicGas: num('logTopicGas'),
        logDataGas: num('logDataGas'),
        callStipend: num('callStipendGas'),
        callValueTransferGas: num('callValueTransferGas'),
        callNewAccountGas: num('callNewAccountGas'),
        createDataGas: num('createDataGas'),
        initCodeWordGas: eip(3860) ? num('initCodeWordGas') : 0,
        maxCodeSize: gte('spuriousDragon') ? num('maxCodeSize') : 0,
        maxInitCodeSize: eip(3860) ? num('maxInitCodeSize') : 0,
        coldSloadGas: num('coldsloadGas'),
        coldAccountAccessGas: num('coldaccountaccessGas'),
        warmStorageReadGas: num('warmstoragereadGas'),
        sstoreSetGas: num('sstoreSetGas'),
        sstoreResetGas: num('sstoreResetGas'),
        sstoreRefundGas: num('sstoreRefundGas'),
        netSstoreNoopGas: num('netSstoreNoopGas'),
        netSstoreInitGas: num('netSstoreInitGas'),
        netSstoreCleanGas: num('netSstoreCleanGas'),
        netSstoreDirtyGas: num('netSstoreDirtyGas'),
        netSstoreClearRefundGas: num('netSstoreClearRefundGas'),
        netSstoreResetRefundGas: num('netSstoreResetRefundGas'),
        netSstoreResetClearRefundGas: num('netSstoreResetClearRefundGas'),
        sstoreSentryGas: num('sstoreSentryEIP2200Gas'),
        sstoreNoopGas: num('sstoreNoopEIP2200Gas'),
        sstoreDirtyGas: num('sstoreDirtyEIP2200Gas'),
        sstoreInitGas: num('sstoreInitEIP2200Gas'),
        sstoreInitRefundGas: num('sstoreInitRefundEIP2200Gas'),
        sstoreCleanGas: num('sstoreCleanEIP2200Gas'),
        sstoreCleanRefundGas: num('sstoreCleanRefundEIP2200Gas'),
        sstoreClearRefundGas: num('sstoreClearRefundEIP2200Gas'),
        selfdestructRefundGas: num('selfdestructRefundGas'),
        maxRefundQuotient: big('maxRefundQuotient'),
        stackLimit: num('stackLimit', 1024),
        txGas: big('txGas'),
        txCreationGas: big('txCreationGas'),
        txDataZeroGas: big('txDataZeroGas'),
        txDataNonZeroGas: big('txDataNonZeroGas'),
        accessListAddressGas: big('accessListAddressGas'),
        accessListStorageKeyGas: big('accessListStorageKeyGas'),
        blobGasPerBlob: big('blobGasPerBlob'),
        totalCostFloorPerToken: eip(7623) ? big('totalCostFloorPerToken') : 0n,
        perEmptyAccountCost: eip(7702) ? big('perEmptyAccountCost') : 0n,
        perAuthBaseGas: eip(7702) ? big('perAuthBaseGas') : 0n,
        precompileAddresses: precompiles,
    };
}
//# sourceMappingURL=schedule.js.map