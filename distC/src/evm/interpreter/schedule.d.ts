import type { Common } from '@ethereumjs/common';
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
    readonly homestead: boolean;
    readonly tangerineWhistle: boolean;
    readonly spuriousDragon: boolean;
    readonly byzantium: boolean;
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
    /** Addresses (lowercase `0x` hex) of the precompiles active at this fork (`getActivePrecompiles`). */
    readonly precompileAddresses: readonly string[];
}
/** The compiled schedule of `common`'s chain, hardfork and EIP set (built once, then cached). */
export declare function scheduleFor(common: Common): ForkSchedule;
