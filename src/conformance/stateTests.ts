import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { createBlock } from '@ethereumjs/block';
import { createTxFromRLP, type TypedTransaction } from '@ethereumjs/tx';
import { hexToBytes, utf8ToBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import { checkTransactionType, encodedTransactionType, transactionConstructionError, type DecodedBlock } from '../block/decode.js';
import type { ChainSpec } from '../block/chains.js';
import { createChainCommon, createTxCommon, type SupportedHardfork } from '../block/hardfork.js';
import { asAddress, asHash, asHex, asObject, asQuantity } from '../block/json.js';
import { BlockDecodeError, FixtureFormatError } from '../errors.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { SnapshotState } from '../state/snapshot.js';
import { logsHash, stateRoot } from '../state/stateRoot.js';
import type { BlockResult } from '../types.js';
import { diffResults, sameErrorKey } from '../verify/compare.js';
import { matchesException } from './exceptions.js';
import { describe } from './rejection.js';
import { parseBlobSchedule, testNetwork } from './hardforks.js';
import type { CaseOutcome } from './outcome.js';
import { parseTestState } from './preState.js';
import { diffStates } from './stateDiff.js';

/** One post entry of a GeneralStateTest: a (data, gas, value) index on one network. */
export interface StateTestCase {
  id: string;
  dir: string;
  name: string;
  network: string;
  hardfork: SupportedHardfork;
  /** The network's chain: its forks from genesis, the fixture's blob schedule and chain id. */
  chain: ChainSpec;
  indexes: { data: number; gas: number; value: number };
  env: Record<string, unknown>;
  /** The signed transaction (EIP-2718 encoding), `0x` hex. */
  txbytes: string;
  sender: string;
  /** Expected post-state root and logs hash, `0x` hex. */
  hash: string;
  logs: string;
  expectException?: string;
  /** The expected full post-state (execution-spec-tests entries carry it), to name a root mismatch. */
  postState?: unknown;
  /** The test's pre-state and its root, shared by the test's entries. */
  shared: { pre: () => SnapshotState; preRoot: () => Promise<string> };
}

/**
 * Reads a state test file into its post entries for `networks` (default: Cancun only; `'all'`:
 * every network in `post`). Both formats: ethereum/tests "General State Tests" and
 * execution-spec-tests state fixtures, whose `config` gives the chain id and the blob schedule
 * (EIP-7840) and whose entries carry the full post `state`.
 * @param root the suite root, for ids and directories relative to it
 * @throws FixtureFormatError on malformed JSON, a missing field or an unknown network (names file and field)
 */
export function loadStateTests(file: string, root: string, networks: string[] | 'all' = ['Cancun']): StateTestCase[] {
  const rel = relative(root, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new FixtureFormatError(rel, '', `not JSON: ${(e as Error).message}`);
  }
  const cases: StateTestCase[] = [];
  for (const [name, rawTest] of Object.entries(asObject(json, rel, ''))) {
    const test = asObject(rawTest, rel, name);
    const env = asObject(test.env, rel, `${name}.env`);
    const tx = asObject(test.transaction, rel, `${name}.transaction`);
    const sender = asAddress(tx.sender, rel, `${name}.transaction.sender`);
    const number = asQuantity(env.currentNumber, rel, `${name}.env.currentNumber`);
    let pre: SnapshotState | undefined;
    let preRoot: Promise<string> | undefined;
    const shared = {
      pre: () => (pre ??= parseTestState(test.pre, rel, testBlockHashes(number))),
      preRoot: () => (preRoot ??= stateRoot(shared.pre())),
    };
    const config = test.config === undefined ? {} : asObject(test.config, rel, `${name}.config`);
    const blobSchedule = parseBlobSchedule(config.blobSchedule, rel, `${name}.config.blobSchedule`);
    const chainId = config.chainid === undefined ? 1 : Number(asQuantity(config.chainid, rel, `${name}.config.chainid`));
    for (const [network, rawEntries] of Object.entries(asObject(test.post, rel, `${name}.post`))) {
      if (networks !== 'all' && !networks.includes(network)) continue;
      const net = testNetwork(network, blobSchedule, chainId);
      if (!net || net.genesis !== net.hardfork) throw new FixtureFormatError(rel, `${name}.post.${network}`, 'unknown network');
      if (!Array.isArray(rawEntries)) throw new FixtureFormatError(rel, `${name}.post.${network}`, 'expected an array');
      rawEntries.forEach((raw: unknown, k: number) => {
        const e = asObject(raw, rel, `${name}.post.${network}[${k}]`);
        const ix = asObject(e.indexes, rel, `${name}.post.${network}[${k}].indexes`) as { data: number; gas: number; value: number };
        cases.push({
          id: `${rel}::${name}[${network} d${ix.data} g${ix.gas} v${ix.value}]`,
          dir: dirname(rel),
          name,
          network,
          hardfork: net.hardfork,
          chain: net.chain,
          indexes: ix,
          env,
          txbytes: asHex(e.txbytes, rel, `${name}.post.${network}[${k}].txbytes`),
          sender,
          hash: asHash(e.hash, rel, `${name}.post.${network}[${k}].hash`),
          logs: asHash(e.logs, rel, `${name}.post.${network}[${k}].logs`),
          ...(typeof e.expectException === 'string' ? { expectException: e.expectException } : {}),
          ...(e.state !== undefined ? { postState: e.state } : {}),
          shared,
        });
      });
    }
  }
  return cases;
}

/**
 * BLOCKHASH in state tests (geth's `vmTestBlockHash`): keccak-256 of the decimal number as text,
 * for the 256 ancestors of the test's block.
 */
function testBlockHashes(number: bigint): [bigint, Uint8Array][] {
  const out: [bigint, Uint8Array][] = [];
  for (let n = number > 256n ? number - 256n : 0n; n < number; n++) out.push([n, keccak256(utf8ToBytes(n.toString()))]);
  return out;
}

/**
 * The one-transaction block a state test describes: header from `env` (EIP-4399 PREVRANDAO from
 * `currentRandom` after the merge, EIP-1559 base fee, EIP-4844 excess blob gas), the transaction
 * decoded from `txbytes`.
 * @throws InvalidTransactionError when the transaction breaks a rule checked on construction
 * @throws BlockDecodeError when the transaction does not decode or the header cannot be constructed
 */
export function buildStateTestBlock(c: StateTestCase): DecodedBlock {
  const q = (field: string) => asQuantity(c.env[field], c.id, `env.${field}`);
  const txCommon = createTxCommon(c.hardfork, c.chain);
  const pos = txCommon.gteHardfork('paris');
  const txBytes = hexToBytes(c.txbytes as `0x${string}`);
  checkTransactionType(encodedTransactionType(txBytes), 0, txCommon);
  let tx: TypedTransaction;
  try {
    tx = createTxFromRLP(txBytes, { common: txCommon }) as TypedTransaction;
  } catch (e) {
    // A rule the transaction breaks (no blobs, no `to`, ...) is an invalid transaction; bytes
    // that do not decode are a decode error.
    const invalid = transactionConstructionError(0, e);
    if (invalid.reason !== 'other') throw invalid;
    throw new BlockDecodeError(`transaction: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
  const header = {
    number: q('currentNumber'),
    coinbase: asAddress(c.env.currentCoinbase, c.id, 'env.currentCoinbase'),
    timestamp: q('currentTimestamp'),
    gasLimit: q('currentGasLimit'),
    difficulty: pos ? 0n : q('currentDifficulty'),
    ...(pos && c.env.currentRandom !== undefined ? { mixHash: asHash(c.env.currentRandom, c.id, 'env.currentRandom') } : {}),
    ...(txCommon.isActivatedEIP(1559) ? { baseFeePerGas: q('currentBaseFee') } : {}),
    ...(txCommon.isActivatedEIP(4844) ? { excessBlobGas: c.env.currentExcessBlobGas === undefined ? 0n : q('currentExcessBlobGas') } : {}),
  };
  try {
    const block = createBlock({ header: header as never, transactions: [tx] }, { common: txCommon, setHardfork: false, skipConsensusFormatValidation: true });
    return {
      block,
      hardfork: c.hardfork,
      chain: c.chain,
      common: createChainCommon(c.hardfork, c.chain),
      ommerCount: 0,
      ommers: [],
      expectedSenders: [c.sender],
      transactionsOnly: true,
    };
  } catch (e) {
    throw new BlockDecodeError(`block: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

/** Which engine a state test entry is checked on (besides the sequential reference). */
export type StateTestEngine = 'parallel' | 'parevm';

/**
 * Runs one state test entry through a candidate engine and the sequential reference engine
 * (`@ethereumjs/vm`), and checks:
 * both agree (result or error), the post-state root and logs hash equal the expected ones, and an
 * expected exception is raised as a matching error. The candidate is the parallel engine (forced:
 * a one-transaction block, at `concurrency` workers), or with `engine: 'parevm'` parevm's own EVM
 * (`executeBlockSequential(…, { engine: 'parevm' })`).
 */
export async function runStateTestCase(c: StateTestCase, concurrency: number, engine: StateTestEngine = 'parallel'): Promise<CaseOutcome> {
  const outcome = (status: CaseOutcome['status'], detail?: string, path?: string): CaseOutcome => ({
    id: c.id,
    dir: c.dir,
    fork: c.network,
    status,
    ...(detail ? { detail } : {}),
    ...(path ? { path } : {}),
  });
  const name = engine === 'parevm' ? 'parevm EVM' : 'parallel';
  const pre = c.shared.pre();
  let decoded: DecodedBlock | undefined;
  let buildError: unknown;
  try {
    decoded = buildStateTestBlock(c);
  } catch (e) {
    buildError = e;
  }
  let candidate: BlockResult | undefined;
  let sequential: BlockResult | undefined;
  let candidateError: unknown = buildError;
  let sequentialError: unknown = buildError;
  if (decoded) {
    // Side by side: the parallel engine works in its worker threads while the sequential one runs
    // here (neither mutates `pre`), so a run costs the longer of the two, not their sum.
    const run = engine === 'parevm' ? executeBlockSequential(decoded, pre, { engine: 'parevm' }) : executeBlock(decoded, pre, { concurrency, force: true });
    const [p, s] = await Promise.allSettled([run, executeBlockSequential(decoded, pre, { engine: 'reference' })]);
    if (p.status === 'fulfilled') candidate = p.value;
    else candidateError = p.reason;
    if (s.status === 'fulfilled') sequential = s.value;
    else sequentialError = s.reason;
  }
  const path =
    engine === 'parevm'
      ? undefined
      : candidate?.metrics
        ? `${candidate.metrics.path}${candidate.metrics.reason ? ` (${candidate.metrics.reason})` : ''}`
        : undefined;
  if ((candidateError === undefined) !== (sequentialError === undefined)) {
    return outcome('failed', `${name} and sequential disagree: ${name} ${describe(candidateError)}, sequential ${describe(sequentialError)}`, path);
  }
  if (candidateError !== undefined) {
    // parevm's EVM words its messages itself: it must raise the same error class, reasons and transaction.
    if (sameErrorKey(candidateError) !== sameErrorKey(sequentialError)) {
      return outcome('failed', `${name} and sequential raise different errors: ${describe(candidateError)} / ${describe(sequentialError)}`);
    }
    if (c.expectException === undefined) return outcome('failed', `unexpected error: ${describe(candidateError)}`);
    if (!matchesException(c.expectException, candidateError)) {
      return outcome('failed', `expected ${c.expectException}, got ${describe(candidateError)}`);
    }
    const root = await c.shared.preRoot();
    if (root !== c.hash) return outcome('failed', `stateRoot (rejected transaction: pre-state) ${root} ≠ expected ${c.hash}`);
    return outcome('passed');
  }
  const diff = diffResults(candidate!, sequential!);
  if (diff !== undefined) return outcome('failed', `${name} ≠ sequential: ${diff.field}: ${diff.a} ≠ ${diff.b}`, path);
  if (engine === 'parallel' && candidate!.metrics?.path !== 'parallel')
    return outcome('failed', `the parallel path did not run: ${candidate!.metrics?.reason ?? 'unknown'}`, path);
  if (c.expectException !== undefined) return outcome('failed', `expected ${c.expectException}, but the transaction was accepted`, path);
  const logs = logsHash(candidate!.receipts.flatMap((r) => r.logs));
  const post = pre.withChanges(candidate!.stateChanges);
  const root = await stateRoot(post);
  if (root !== c.hash) {
    const where = c.postState === undefined ? undefined : diffStates(post, parseTestState(c.postState, c.id));
    return outcome('failed', `stateRoot ${root} ≠ expected ${c.hash}${where ? `; first difference: ${where}` : ''}`, path);
  }
  if (logs !== c.logs) return outcome('failed', `logs hash ${logs} ≠ expected ${c.logs}`, path);
  return outcome('passed', undefined, path);
}
