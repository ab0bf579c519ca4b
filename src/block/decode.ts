import { Block, createBlockFromBytesArray, createBlockFromRPC, createBlockHeaderFromRPC } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import { RLP } from '@ethereumjs/rlp';
import { createTx, createTxFromBlockBodyData } from '@ethereumjs/tx';
import { bytesToBigInt, createWithdrawal } from '@ethereumjs/util';
import {
  BlockDecodeError,
  FixtureFormatError,
  InvalidBlockError,
  classifyBlockError,
  InvalidSignatureError,
  InvalidTransactionError,
  classifyTransactionError,
  libraryErrorDetail,
} from '../errors.js';
import { MAINNET, type ChainSpec } from './chains.js';
import { createChainCommon, createTxCommon, hardforkFor, type SupportedHardfork } from './hardfork.js';
import { asAddress, asHash, asHex, asObject, asQuantity, isHex, isHexOfBytes, isQuantity } from './json.js';
import { txDataFromRpc } from './rpcTransaction.js';

/** A block decoded from RPC JSON, ready to execute. */
export interface DecodedBlock {
  block: Block;
  hardfork: SupportedHardfork;
  /** The chain whose rules (fork schedule, chain id, blob schedule) the block runs under. */
  chain: ChainSpec;
  common: Common;
  /**
   * Number of ommers (uncles). RPC JSON lists only their hashes, so their headers (and
   * coinbases) are known only when `uncleHeaders` were given; see `ommers`.
   */
  ommerCount: number;
  /** Ommer headers when known (for their rewards, pre-merge). */
  ommers: Block['uncleHeaders'];
  /** The RPC JSON the block was decoded from (undefined for a block built in code or from RLP). */
  json?: unknown;
  /** `from` of each transaction as the JSON gave it (lowercase hex), for cross-checking recovery. */
  expectedSenders: (string | undefined)[];
  /**
   * Only the transactions run: no block-level work before or after them (EIP-4788/EIP-2935 system
   * calls, rewards, EIP-4895 withdrawals, EIP-7685 requests). A consensus state test's block:
   * one transaction against a pre-state, as geth's and execution-specs' state-test runners do.
   */
  transactionsOnly?: boolean;
}

/**
 * A block as JSON-RPC returns it: `eth_getBlockByNumber(n, true)`'s result (hex quantities,
 * full transaction objects), or the fixtures' `block.json` in that shape.
 */
export type RpcBlockJson = Record<string, unknown>;

/**
 * Decodes a block as `eth_getBlockByNumber(n, true)` returns it — or its consensus encoding
 * (RLP of [header, transactions, ommers(, withdrawals)], Yellow Paper §4.3; EIP-2718 typed
 * transactions; EIP-4895 withdrawals) given as bytes — into an `@ethereumjs/block` Block whose
 * Common is set to the hardfork of `options.chain` (default mainnet) for its number and timestamp.
 * Handles legacy, EIP-2930, EIP-1559, EIP-4844 and EIP-7702 transactions, withdrawals (EIP-4895)
 * and the requests hash (EIP-7685).
 * @param json the RPC block object (hex quantities), or the block's RLP as a `Uint8Array`
 * @param options.file name used in error messages; `options.uncleHeaders` RPC headers of the ommers;
 *   `options.chain` the chain (default mainnet); `options.hardfork` decodes at this hardfork
 *   instead of the chain's schedule (consensus tests)
 * @throws FixtureFormatError on a missing or mistyped header, transaction or withdrawal field (names
 *   file and field, e.g. `transactions[3].nonce`, `withdrawals[0].address`)
 * @throws UnsupportedHardforkError when the block's hardfork is not supported
 * @throws InvalidSignatureError (`high-s`, `wrong-chain-id`) / InvalidTransactionError
 *   (`unknown-type`, `blob-tx-without-blobs`, `priority-fee-above-max-fee`, `malformed`, ...)
 *   when a transaction cannot be constructed, with its index
 * @throws InvalidBlockError (RLP input) when the header breaks a rule checked on construction
 *   (extra data above 32 bytes, post-merge difficulty/ommers, gas used above the gas limit, ...)
 * @throws BlockDecodeError on malformed RLP (also a uint64 header or withdrawal field longer than
 *   8 bytes, an address not 20 bytes), or when the header cannot be constructed
 */
export function decodeBlock(
  json: unknown,
  options: { file?: string; uncleHeaders?: unknown[]; hardfork?: SupportedHardfork; chain?: ChainSpec } = {},
): DecodedBlock {
  const chain = options.chain ?? MAINNET;
  if (json instanceof Uint8Array) return decodeBlockRlp(json, options.file ?? 'block.rlp', chain, options.hardfork);
  const file = options.file ?? 'block.json';
  const obj = asObject(json, file, '');
  const number = asQuantity(obj.number, file, 'number');
  const timestamp = asQuantity(obj.timestamp, file, 'timestamp');
  for (const f of ['gasLimit', 'gasUsed'] as const) asQuantity(obj[f], file, f);
  const txs = obj.transactions ?? [];
  if (!Array.isArray(txs)) throw new FixtureFormatError(file, 'transactions', 'expected an array');
  const uncles = obj.uncles ?? [];
  if (!Array.isArray(uncles)) throw new FixtureFormatError(file, 'uncles', 'expected an array');
  checkWithdrawalsJson(obj.withdrawals, file);

  const hardfork = options.hardfork ?? hardforkFor(number, timestamp, chain);
  const common = createChainCommon(hardfork, chain);
  const expectedSenders = txs.map((t, i) => checkTransactionJson(t, i, file, common));
  const txCommon = createTxCommon(hardfork, chain);
  let block: Block;
  try {
    block = blockFromRpc(obj, txs, options.uncleHeaders ?? [], txCommon);
  } catch (e) {
    // Name the transaction that failed, if one did (only on this error path: decoded once more).
    txs.forEach((t, i) => {
      rethrowTransactionError(i, () => createTx(txDataFromRpc(t as Record<string, unknown>), { common: txCommon }), t as Record<string, unknown>, common);
    });
    throw new BlockDecodeError(`${file}: ${(e as Error).message}`, { cause: e });
  }
  return { block, hardfork, chain, common, ommerCount: uncles.length, ommers: block.uncleHeaders, expectedSenders, json };
}

/**
 * @ethereumjs/block's `createBlockFromRPC`, each transaction and the header constructed once: the
 * library builds them from the JSON, then passes the built objects to `createBlock`, which
 * constructs every one again from the first (14029313's 724 transactions: 14.5 ms, 8–10 ms
 * without). The same library calls otherwise (`createTx`, on {@link txDataFromRpc}'s data, `new Block`);
 * a block given with its ommer headers takes the library's own path, which re-creates those
 * under `setHardfork`.
 * @throws what the library throws for a header or transaction it cannot construct
 */
function blockFromRpc(obj: Record<string, unknown>, txs: unknown[], uncles: unknown[], common: Common): Block {
  const opts = { common, setHardfork: false };
  if (uncles.length > 0) return createBlockFromRPC(obj as never, uncles, opts);
  const header = createBlockHeaderFromRPC(obj as never, opts);
  const txOpts = { common: header.common };
  const transactions = txs.map((t) => createTx(txDataFromRpc(t as Record<string, unknown>), txOpts));
  const withdrawals = (obj.withdrawals as Parameters<typeof createWithdrawal>[0][] | undefined)?.map(createWithdrawal);
  return new Block(header, transactions, [], withdrawals, opts);
}

/** EIP-2718 transaction types and the EIP that introduced each (checked against the hardfork). */
const TX_TYPES: Record<number, { name: string; eip: number }> = {
  0: { name: 'legacy', eip: 0 },
  1: { name: 'access list', eip: 2930 },
  2: { name: 'fee market', eip: 1559 },
  3: { name: 'blob', eip: 4844 },
  4: { name: 'set code', eip: 7702 },
};

/**
 * Checks an EIP-2718 transaction type against the hardfork: a type whose EIP is not active yet
 * (a blob transaction before Cancun, a set-code transaction before Prague) is not a transaction.
 * Checked before construction: `@ethereumjs/tx` would otherwise fail on something else first
 * (a blob transaction asks for a KZG the Common has only from Cancun on).
 * @throws InvalidTransactionError (`unknown-type`) naming transaction `i` and the active types
 */
export function checkTransactionType(type: bigint, i: number, common: Common): void {
  const known = TX_TYPES[Number(type)];
  if (type > 0xffn || !known || (known.eip !== 0 && !common.isActivatedEIP(known.eip))) {
    const why = known ? `EIP-${known.eip} (${known.name}) is not active at hardfork ${common.hardfork()}` : 'not a transaction type';
    throw new InvalidTransactionError(
      i,
      `type 0x${type.toString(16)}: ${why} (types at this hardfork: ${Object.entries(TX_TYPES)
        .filter(([, v]) => v.eip === 0 || common.isActivatedEIP(v.eip))
        .map(([k, v]) => `0x${k} ${v.name}`)
        .join(', ')})`,
      { reason: 'unknown-type' },
    );
  }
}

/** The EIP-2718 type of a consensus-encoded transaction: its first byte when below 0xc0, else legacy (an RLP list). */
export function encodedTransactionType(encoded: Uint8Array | unknown[]): bigint {
  return encoded instanceof Uint8Array && encoded.length > 0 && encoded[0]! < 0xc0 ? BigInt(encoded[0]!) : 0n;
}

/**
 * Checks the shape of a block's EIP-4895 withdrawals (absent or null: none): an array of
 * `{ index, validatorIndex, address, amount }` with hex quantities and a 20-byte address. Their
 * values, and whether the fork has withdrawals at all, are checked by `@ethereumjs/block`.
 * @throws FixtureFormatError naming the field, e.g. `withdrawals[2].address`
 */
function checkWithdrawalsJson(withdrawals: unknown, file: string): void {
  if (withdrawals === undefined || withdrawals === null) return;
  if (!Array.isArray(withdrawals)) throw new FixtureFormatError(file, 'withdrawals', 'expected an array');
  withdrawals.forEach((w, k) => {
    const at = `withdrawals[${k}]`;
    const entry = asObject(w, file, at);
    for (const f of ['index', 'validatorIndex', 'amount']) asQuantity(entry[f], file, `${at}.${f}`);
    asAddress(entry.address, file, `${at}.address`);
  });
}

/** The quantities every transaction of a type must have (JSON-RPC names). */
const BASE_QUANTITIES = ['nonce', 'gas', 'value', 'r', 's'];
const LEGACY_QUANTITIES = [...BASE_QUANTITIES, 'gasPrice'];
const FEE_MARKET_QUANTITIES = [...BASE_QUANTITIES, 'maxFeePerGas', 'maxPriorityFeePerGas'];
const BLOB_QUANTITIES = [...FEE_MARKET_QUANTITIES, 'maxFeePerBlobGas'];
/** Quantities checked where given. */
const OPTIONAL_QUANTITIES = ['v', 'yParity', 'chainId'];
/** The calldata, under either of its JSON-RPC names. */
const DATA_FIELDS = ['input', 'data'];

/**
 * Checks the fields of one RPC transaction object and returns its `from` (lowercase), if given.
 * Only the shape is checked here (hex, lengths, presence); values are checked by `@ethereumjs/tx`.
 */
function checkTransactionJson(t: unknown, i: number, file: string, common: Common): string | undefined {
  const at = `transactions[${i}]`;
  const tx = asObject(t, file, at);
  const type = tx.type === undefined ? 0n : asQuantity(tx.type, file, `${at}.type`);
  checkTransactionType(type, i, common);
  // Each check in two steps: the test, then, only where it fails, the asserting call that names the
  // field and throws. Naming every field and parsing quantities only checked cost 0.9–1.6 µs a
  // transaction (of 12–22 to decode one) on the fixtures and synthetic blocks.
  for (const f of type === 3n ? BLOB_QUANTITIES : type >= 2n ? FEE_MARKET_QUANTITIES : LEGACY_QUANTITIES)
    if (!isQuantity(tx[f])) asQuantity(tx[f], file, `${at}.${f}`);
  if (tx.v === undefined && tx.yParity === undefined) throw new FixtureFormatError(file, `${at}.v`, 'missing (and no yParity): the transaction is not signed');
  for (const f of OPTIONAL_QUANTITIES) if (tx[f] !== undefined && tx[f] !== null && !isQuantity(tx[f])) asQuantity(tx[f], file, `${at}.${f}`);
  if (tx.to !== undefined && tx.to !== null && !isHexOfBytes(tx.to, 20)) asAddress(tx.to, file, `${at}.to`);
  for (const f of DATA_FIELDS) if (tx[f] !== undefined && !isHex(tx[f])) asHex(tx[f], file, `${at}.${f}`);
  if (tx.accessList !== undefined) {
    if (!Array.isArray(tx.accessList)) throw new FixtureFormatError(file, `${at}.accessList`, 'expected an array');
    tx.accessList.forEach((item, k) => {
      const entry = asObject(item, file, `${at}.accessList[${k}]`);
      if (!isHexOfBytes(entry.address, 20)) asAddress(entry.address, file, `${at}.accessList[${k}].address`);
      if (!Array.isArray(entry.storageKeys)) throw new FixtureFormatError(file, `${at}.accessList[${k}].storageKeys`, 'expected an array');
      entry.storageKeys.forEach((key, j) => {
        if (!isHexOfBytes(key, 32)) asHash(key, file, `${at}.accessList[${k}].storageKeys[${j}]`);
      });
    });
  }
  if (type === 4n) {
    if (tx.to === undefined || tx.to === null)
      throw new FixtureFormatError(file, `${at}.to`, 'missing: a set-code transaction (EIP-7702) cannot create a contract');
    if (!Array.isArray(tx.authorizationList)) throw new FixtureFormatError(file, `${at}.authorizationList`, 'expected an array (EIP-7702)');
    tx.authorizationList.forEach((item, k) => {
      const auth = asObject(item, file, `${at}.authorizationList[${k}]`);
      asAddress(auth.address, file, `${at}.authorizationList[${k}].address`);
      for (const f of ['chainId', 'nonce', 'r', 's']) asQuantity(auth[f], file, `${at}.authorizationList[${k}].${f}`);
      if (auth.yParity === undefined && auth.v === undefined) throw new FixtureFormatError(file, `${at}.authorizationList[${k}].yParity`, 'missing');
    });
  }
  if (type === 3n) {
    if (!Array.isArray(tx.blobVersionedHashes)) throw new FixtureFormatError(file, `${at}.blobVersionedHashes`, 'expected an array');
    tx.blobVersionedHashes.forEach((h, j) => {
      asHash(h, file, `${at}.blobVersionedHashes[${j}]`);
    });
  }
  return tx.from === undefined ? undefined : asAddress(tx.from, file, `${at}.from`);
}

const SIGNATURE_REASONS = new Set(['invalid-signature', 'high-s', 'wrong-chain-id']);

/**
 * The typed error of transaction `i` for what @ethereumjs/tx threw while constructing it
 * (`json`: the transaction as given, to name the chain id it was signed for). Its `reason` is
 * `other` when the library's message names no known rule.
 */
export function transactionConstructionError(i: number, e: unknown, json?: Record<string, unknown>, common?: Common): InvalidTransactionError {
  let detail = libraryErrorDetail(e);
  let reason = classifyTransactionError(detail);
  // The library words a missing `to` alike for blob and set-code transactions; its context names the type.
  if (reason === 'blob-contract-creation' && /\(tx type=4 /.test(e instanceof Error ? e.message : '')) reason = 'set-code-contract-creation';
  if (reason === 'wrong-chain-id') {
    const v = json?.v !== undefined ? BigInt(json.v as string) : undefined;
    const chain =
      json?.chainId !== undefined && json.type !== '0x0' ? BigInt(json.chainId as string) : v !== undefined && v >= 35n ? (v - 35n) / 2n : undefined;
    detail = `signed for chain id ${chain ?? '(unknown)'}; this block is on chain id ${common?.chainId() ?? 1n} (${common?.chainName() ?? 'mainnet'}, EIP-155)`;
  }
  if (SIGNATURE_REASONS.has(reason)) return new InvalidSignatureError(i, detail, reason as 'high-s', { cause: e });
  return new InvalidTransactionError(i, detail, { reason, cause: e });
}

/** Runs `construct` (one transaction); if it throws, throws the typed error of transaction `i`. */
function rethrowTransactionError(i: number, construct: () => unknown, json: Record<string, unknown> | undefined, common: Common): void {
  try {
    construct();
  } catch (e) {
    throw transactionConstructionError(i, e, json, common);
  }
}

/**
 * Fields the consensus encoding bounds (RLP_INVALID_FIELD_OVERFLOW_64, RLP_INVALID_ADDRESS):
 * header number, gas limit, gas used and timestamp are uint64 (Yellow Paper §4.3), the
 * beneficiary is 20 bytes; a withdrawal's index, validator index and amount are uint64 and its
 * address 20 bytes (EIP-4895).
 */
function checkRlpWidths(values: unknown[][], file: string): void {
  const header = values[0]!;
  const bytes = (v: unknown) => (v instanceof Uint8Array ? v.length : Infinity);
  for (const [k, name] of [
    [8, 'number'],
    [9, 'gasLimit'],
    [10, 'gasUsed'],
    [11, 'timestamp'],
  ] as const) {
    if (bytes(header[k]) > 8) throw new BlockDecodeError(`${file}: malformed RLP: header ${name} is wider than 64 bits`);
  }
  if (bytes(header[2]) !== 20) throw new BlockDecodeError(`${file}: malformed RLP: header beneficiary is not 20 bytes`);
  const withdrawals = values[3];
  if (withdrawals === undefined) return;
  if (!Array.isArray(withdrawals)) throw new BlockDecodeError(`${file}: malformed RLP: withdrawals is not a list`);
  withdrawals.forEach((w, i) => {
    if (!Array.isArray(w) || w.length !== 4)
      throw new BlockDecodeError(`${file}: malformed RLP: withdrawals[${i}] is not [index, validatorIndex, address, amount]`);
    for (const [k, name] of [
      [0, 'index'],
      [1, 'validatorIndex'],
      [3, 'amount'],
    ] as const) {
      if (bytes(w[k]) > 8) throw new BlockDecodeError(`${file}: malformed RLP: withdrawals[${i}].${name} is wider than 64 bits`);
    }
    if (bytes(w[2]) !== 20) throw new BlockDecodeError(`${file}: malformed RLP: withdrawals[${i}].address is not 20 bytes`);
  });
}

/** The RLP form of {@link decodeBlock}: [header, transactions, ommers(, withdrawals)]. */
function decodeBlockRlp(bytes: Uint8Array, file: string, chain: ChainSpec, forced?: SupportedHardfork): DecodedBlock {
  let values: unknown;
  try {
    values = RLP.decode(bytes);
  } catch (e) {
    throw new BlockDecodeError(`${file}: malformed RLP: ${(e as Error).message}`, { cause: e });
  }
  const list = (v: unknown): v is unknown[] => Array.isArray(v);
  if (!list(values) || values.length < 3 || values.length > 4 || !list(values[0]) || !list(values[1]) || !list(values[2])) {
    throw new BlockDecodeError(`${file}: malformed RLP: expected a block, a list [header, transactions, ommers(, withdrawals)] of lists`);
  }
  const header = values[0];
  const field = (k: number, name: string): bigint => {
    const v = header[k];
    if (!(v instanceof Uint8Array)) throw new BlockDecodeError(`${file}: malformed RLP: header field ${k} (${name}) is missing or a list`);
    return bytesToBigInt(v);
  };
  // Yellow Paper §4.3: the number is header field 8, the timestamp field 11.
  const hardfork = forced ?? hardforkFor(field(8, 'number'), field(11, 'timestamp'), chain);
  checkRlpWidths(values as unknown[][], file);
  const common = createChainCommon(hardfork, chain);
  const txCommon = createTxCommon(hardfork, chain);
  values[1].forEach((t, i) => {
    checkTransactionType(encodedTransactionType(t as Uint8Array | unknown[]), i, common);
  });
  let block: Block;
  try {
    block = createBlockFromBytesArray(values as never, { common: txCommon, setHardfork: false });
  } catch (e) {
    values[1].forEach((t, i) => {
      rethrowTransactionError(i, () => createTxFromBlockBodyData(t as Uint8Array, { common: txCommon }), undefined, common);
    });
    const detail = libraryErrorDetail(e);
    const rule = classifyBlockError(detail);
    if (rule !== 'header') throw new InvalidBlockError(rule, detail, { cause: e });
    throw new BlockDecodeError(`${file}: ${(e as Error).message}`, { cause: e });
  }
  return { block, hardfork, chain, common, ommerCount: block.uncleHeaders.length, ommers: block.uncleHeaders, expectedSenders: [] };
}
