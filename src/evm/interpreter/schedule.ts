import type { Common } from '@ethereumjs/common';
import { getActivePrecompiles, getOpcodesForHF, paramsEVM } from '@ethereumjs/evm';
import { paramsTx } from '@ethereumjs/tx';
import { paramsVM } from '@ethereumjs/vm';

/**
 * A hardfork's rules compiled once into flat tables and plain numbers: the base gas and validity
 * of every opcode, every dynamic-gas parameter, and the EIP switches the interpreter and the
 * transaction processing test. Everything comes from `@ethereumjs/common`'s parameters
 * (`common.param(...)`, with `@ethereumjs/evm`/`tx`/`vm`'s parameter sets; the opcode table from
 * `getOpcodesForHF`), never from numbers copied by hand. Built by {@link scheduleFor}, cached per
 * chain, hardfork and EIP set.
 *
 * Gas values are JS numbers: every parameter is far below 2^53.
 */
export interface ForkSchedule {
  readonly hardfork: string;
  /** The Common the schedule was compiled from (a copy carrying the EVM/tx/VM parameters). */
  readonly common: Common;
  readonly chainId: bigint;
  /** Base gas of each opcode (`NaN` where the opcode is not defined at this fork). */
  readonly baseGas: Float64Array;
  /** 1 where the opcode is defined at this fork. */
  readonly valid: Uint8Array;

  // --- hardfork switches (Yellow Paper / EIP numbers) ------------------------------------------
  readonly homestead: boolean; // EIP-2: creation tx cost, code-deposit OOG fails the creation
  readonly tangerineWhistle: boolean; // EIP-150: 63/64 rule, SELFDESTRUCT new-account charge
  readonly spuriousDragon: boolean; // EIP-158/161 (touch/delete, nonce 1), EIP-170 code size
  readonly byzantium: boolean; // EIP-658 status receipts
  /** EIP-1283 net gas metering (Constantinople only; removed by Petersburg). */
  readonly eip1283: boolean;
  /** EIP-2200 net gas metering with the 2300 sentry (Istanbul on). */
  readonly eip2200: boolean;
  readonly eip1153: boolean;
  readonly eip1559: boolean;
  readonly eip2929: boolean;
  readonly eip2930: boolean;
  readonly eip3541: boolean;
  readonly eip3651: boolean;
  readonly eip3860: boolean;
  readonly eip4399: boolean;
  readonly eip4788: boolean;
  readonly eip4844: boolean;
  readonly eip4895: boolean;
  readonly eip6780: boolean;
  readonly eip7623: boolean;
  readonly eip7702: boolean;
  readonly eip7825: boolean;
  readonly eip7883: boolean;

  // --- dynamic gas -----------------------------------------------------------------------------
  readonly memoryGas: number;
  readonly quadCoefficientDiv: number;
  readonly copyGas: number;
  readonly keccakWordGas: number;
  readonly expByteGas: number;
  readonly logTopicGas: number;
  readonly logDataGas: number;
  readonly callStipend: number;
  readonly callValueTransferGas: number;
  readonly callNewAccountGas: number;
  readonly createDataGas: number;
  readonly initCodeWordGas: number;
  /** EIP-170 (0 before Spurious Dragon: no limit). */
  readonly maxCodeSize: number;
  /** EIP-3860 (0 before Shanghai: no limit). */
  readonly maxInitCodeSize: number;
  readonly coldSloadGas: number;
  readonly coldAccountAccessGas: number;
  readonly warmStorageReadGas: number;
  readonly sstoreSetGas: number;
  readonly sstoreResetGas: number;
  readonly sstoreRefundGas: number;
  readonly netSstoreNoopGas: number;
  readonly netSstoreInitGas: number;
  readonly netSstoreCleanGas: number;
  readonly netSstoreDirtyGas: number;
  readonly netSstoreClearRefundGas: number;
  readonly netSstoreResetRefundGas: number;
  readonly netSstoreResetClearRefundGas: number;
  readonly sstoreSentryGas: number;
  readonly sstoreNoopGas: number;
  readonly sstoreDirtyGas: number;
  readonly sstoreInitGas: number;
  readonly sstoreInitRefundGas: number;
  readonly sstoreCleanGas: number;
  readonly sstoreCleanRefundGas: number;
  readonly sstoreClearRefundGas: number;
  readonly selfdestructRefundGas: number;
  readonly maxRefundQuotient: bigint;
  readonly stackLimit: number;

  // --- transactions ----------------------------------------------------------------------------
  readonly txGas: bigint;
  readonly txCreationGas: bigint;
  readonly txDataZeroGas: bigint;
  readonly txDataNonZeroGas: bigint;
  readonly accessListAddressGas: bigint;
  readonly accessListStorageKeyGas: bigint;
  readonly blobGasPerBlob: bigint;
  /** EIP-7623 gas per calldata token of the floor (a zero byte is 1 token, a non-zero byte 4). */
  readonly totalCostFloorPerToken: bigint;
  /** EIP-7702 intrinsic gas per authorization, and what an existing authority costs of it. */
  readonly perEmptyAccountCost: bigint;
  readonly perAuthBaseGas: bigint;

  /** Addresses (lowercase `0x` hex) of the precompiles active at this fork (`getActivePrecompiles`): EIP-2929 counts them warm from a transaction's start ({@link Journal.warmAddress} looks here). */
  readonly precompileSet: ReadonlySet<string>;
}

const cache = new Map<string, ForkSchedule>();

/** The compiled schedule of `common`'s chain, hardfork and EIP set (built once, then cached). */
export function scheduleFor(common: Common): ForkSchedule {
  const key = `${common.chainId()}:${common.hardfork()}:${common.eips().join(',')}`;
  let s = cache.get(key);
  if (!s) cache.set(key, (s = compile(common)));
  return s;
}

function compile(source: Common): ForkSchedule {
  const common = source.copy();
  // The EVM's set first: where they overlap (EIP-2935's historyServeWindow, 8192 in the EVM's
  // set for a BLOCKHASH variant never activated), the VM's block-level value is the one in force.
  common.updateParams(paramsEVM);
  common.updateParams(paramsTx);
  common.updateParams(paramsVM);
  const eip = (n: number) => common.isActivatedEIP(n);
  const gte = (hf: string) => common.gteHardfork(hf);
  const num = (name: string, fallback = 0): number => {
    try {
      const v = common.param(name);
      return v === undefined || v === null ? fallback : Number(v);
    } catch {
      return fallback;
    }
  };
  const big = (name: string): bigint => BigInt(num(name));

  const baseGas = new Float64Array(256).fill(Number.NaN);
  const valid = new Uint8Array(256);
  const { opcodeMap } = getOpcodesForHF(common);
  for (let op = 0; op < 256; op++) {
    const info = opcodeMap[op]?.opcodeInfo;
    if (!info || info.isInvalid || info.code !== op) continue;
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
    precompileSet: new Set(precompiles),
  };
}
