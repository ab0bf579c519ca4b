import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Block } from '@ethereumjs/block';
import { createBlockchain, type Blockchain } from '@ethereumjs/blockchain';
import { RLP } from '@ethereumjs/rlp';
import { bytesToBigInt, bytesToHex, hexToBytes } from '@ethereumjs/util';
import type { DecodedBlock } from '../block/decode.js';
import { createChainCommon } from '../block/hardfork.js';
import { checkBlockSize } from '../block/limits.js';
import { asHash, asHex, asObject, asQuantity } from '../block/json.js';
import { classifyBlockError, FixtureFormatError, InvalidBlockError, InvalidTransactionError, libraryErrorDetail, type ParevmError } from '../errors.js';
import { decodeBlock } from '../block/decode.js';
import { executeBlockSequential } from '../execute/sequential.js';
import { executeBlock } from '../parallel/executeBlock.js';
import type { SnapshotState } from '../state/snapshot.js';
import { stateRoot } from '../state/stateRoot.js';
import { diffResults, sameErrorKey } from '../verify/compare.js';
import { verifyHeader } from '../verify/header.js';
import { matchesException } from './exceptions.js';
import { BlockRejectedError } from './rejection.js';
import { parseBlobSchedule, testNetwork, type TestNetwork } from './hardforks.js';
import type { CaseOutcome } from './outcome.js';
import { parseTestState } from './preState.js';
import { diffStates } from './stateDiff.js';
import { describe } from './rejection.js';

/** A `Blockchain.validateBlock` rejection as a typed error (its transaction's, or the header rule). */
function blockValidationError(e: unknown): ParevmError {
  const detail = libraryErrorDetail(e);
  const tx = /invalid transactions: errors at tx (\d+): (.*)/.exec(detail);
  if (tx) return new InvalidTransactionError(Number(tx[1]), tx[2]!.replace(/\s*\(.*$/, ''), { cause: e });
  return new InvalidBlockError(classifyBlockError(detail), detail, { cause: e });
}

/** One BlockchainTest: a genesis, blocks to import in order (some invalid), the expected head state. */
export interface BlockchainTest {
  id: string;
  dir: string;
  name: string;
  /** The test's network (a fork, or a transition such as `PragueToOsakaAtTime15k`) as a chain. */
  network: TestNetwork;
  test: Record<string, unknown>;
}

/**
 * Reads a blockchain test file: ethereum/tests "Blockchain Tests" or execution-spec-tests
 * blockchain fixtures (whose `config` gives the chain id and the blob schedule, EIP-7840).
 * @throws FixtureFormatError on malformed JSON, an unknown network or a missing field
 */
export function loadBlockchainTests(file: string, root: string): BlockchainTest[] {
  const rel = relative(root, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new FixtureFormatError(rel, '', `not JSON: ${(e as Error).message}`);
  }
  return Object.entries(asObject(json, rel, '')).map(([name, raw]) => {
    const test = asObject(raw, rel, name);
    const config = test.config === undefined ? {} : asObject(test.config, rel, `${name}.config`);
    const blobSchedule = parseBlobSchedule(config.blobSchedule, rel, `${name}.config.blobSchedule`);
    const chainId = config.chainid === undefined ? 1 : Number(asQuantity(config.chainid, rel, `${name}.config.chainid`));
    const network = testNetwork(String(test.network), blobSchedule, chainId);
    if (!network) throw new FixtureFormatError(rel, `${name}.network`, `unsupported network ${String(test.network)}`);
    return { id: `${rel}::${name}`, dir: dirname(rel), name, network, test };
  });
}

/**
 * A chain being imported block by block: each block's header is validated against its parent
 * (`@ethereumjs/blockchain` rules), executed on its parent's post-state with
 * {@link executeBlock}, and checked against its header (gasUsed, receiptsRoot, logsBloom,
 * EIP-7685 requestsHash, stateRoot). Post-states are kept per block hash, so side chains import too.
 */
export class ChainImporter {
  private readonly states = new Map<string, SnapshotState>();
  private readonly gasLimits = new Map<string, bigint>();

  private constructor(
    readonly network: TestNetwork,
    private readonly blockchain: Blockchain,
    genesis: Block,
    genesisState: SnapshotState,
  ) {
    this.states.set(bytesToHex(genesis.hash()), genesisState.withChanges([], [[genesis.header.number, genesis.hash()]]));
    this.gasLimits.set(bytesToHex(genesis.hash()), genesis.header.gasLimit);
  }

  /**
   * @throws InvalidBlockError when the genesis state's root differs from the genesis header's
   */
  static async create(network: TestNetwork, genesis: Block, genesisState: SnapshotState): Promise<ChainImporter> {
    const root = await stateRoot(genesisState);
    if (root !== bytesToHex(genesis.header.stateRoot))
      throw new InvalidBlockError('stateRoot', `genesis state root ${root} ≠ header ${bytesToHex(genesis.header.stateRoot)}`);
    const common = createChainCommon(network.genesis, network.chain);
    const blockchain = await createBlockchain({ common, genesisBlock: genesis, validateBlocks: true, validateConsensus: false });
    return new ChainImporter(network, blockchain, genesis, genesisState);
  }

  /**
   * Decodes a block's RLP on this chain: its hardfork from its timestamp (a transition network
   * switches forks mid-chain).
   * @throws BlockDecodeError, InvalidBlockError, InvalidTransactionError (see {@link decodeBlock})
   */
  decode(rlp: string): DecodedBlock {
    const bytes = hexToBytes(rlp as `0x${string}`);
    try {
      return decodeBlock(bytes, { chain: this.network.chain, file: 'block' });
    } catch (e) {
      // The header constructor stops at its first broken rule; the gas limit against the
      // parent's (Yellow Paper eq. 47–49) is checked as well, so both are reported.
      const gasLimit = e instanceof InvalidBlockError ? this.gasLimitRule(bytes) : undefined;
      throw gasLimit ? new BlockRejectedError([e, gasLimit]) : e;
    }
  }

  /** The gas limit rule of an undecodable block's raw header against its parent, if broken. */
  private gasLimitRule(bytes: Uint8Array): InvalidBlockError | undefined {
    const header = (RLP.decode(bytes) as Uint8Array[][])[0]!;
    const parent = this.gasLimits.get(bytesToHex(header[0]!));
    const gasLimit = bytesToBigInt(header[9]!);
    if (parent === undefined) return undefined;
    const bound = parent / 1024n;
    if (gasLimit < 5000n || gasLimit >= parent + bound || gasLimit <= parent - bound) {
      return new InvalidBlockError('gasLimit', `gas limit ${gasLimit} outside (${parent - bound}, ${parent + bound}) or below 5000 (parent ${parent})`);
    }
    return undefined;
  }

  /**
   * Validates (header rules, EIP-7934 block size), executes (parallel path forced, at `concurrency` workers), cross-checks against the
   * sequential reference, verifies and stores one block. A block can break several rules (a test's
   * invalid block often has a header built without its bad transaction): validation goes on past
   * the first failure, and all failures are reported together ({@link BlockRejectedError}).
   * @returns the block's hash, `0x` hex
   * @throws BlockRejectedError listing the InvalidBlockError / InvalidTransactionError found
   * @throws Error when the parallel and sequential results differ (never expected)
   */
  async import(decoded: DecodedBlock, concurrency: number): Promise<string> {
    const { block } = decoded;
    const h = block.header;
    const parent = this.states.get(bytesToHex(h.parentHash));
    if (!parent) throw new BlockRejectedError([new InvalidBlockError('parentHash', `unknown parent ${bytesToHex(h.parentHash)}`)]);
    const reasons: unknown[] = [];
    // geth's header rule (GASLIMIT_TOO_BIG): the gas limit fits in an int64.
    if (h.gasLimit > 0x7fffffffffffffffn) reasons.push(new InvalidBlockError('gasLimit', `gas limit ${h.gasLimit} above 2^63−1`));
    try {
      checkBlockSize(block.serialize().length, decoded.common);
    } catch (e) {
      reasons.push(e);
    }
    if (h.number === 0n) reasons.push(new InvalidBlockError('number', 'a block after genesis cannot have number 0'));
    else {
      try {
        await this.blockchain.validateBlock(block);
      } catch (e) {
        reasons.push(blockValidationError(e));
      }
    }
    let parallelError: unknown;
    const parallel = await executeBlock(decoded, parent, { concurrency, force: true }).catch((e: unknown) => {
      parallelError = e;
    });
    let sequentialError: unknown;
    const sequential = await executeBlockSequential(decoded, parent, { engine: 'reference' }).catch((e: unknown) => {
      sequentialError = e;
    });
    if (!parallel || !sequential) {
      if (sameErrorKey(parallelError) !== sameErrorKey(sequentialError)) {
        throw new Error(`parallel and sequential disagree: parallel ${describe(parallelError)}, sequential ${describe(sequentialError)}`);
      }
      throw new BlockRejectedError([...reasons, parallelError]);
    }
    const diff = diffResults(parallel, sequential);
    if (diff !== undefined) throw new Error(`parallel ≠ sequential: ${diff}`);
    if (parallel.metrics?.path !== 'parallel') throw new Error(`parallel path did not run: ${parallel.metrics?.reason ?? 'no reason given'}`);
    // gasUsed, receiptsRoot, logsBloom and (EIP-7685) requestsHash against the header.
    const verdict = verifyHeader(parallel, h);
    for (const field of ['gasUsed', 'receiptsRoot', 'logsBloom', 'requestsHash'] as const) {
      const v = verdict[field];
      if (v.status === 'mismatch') reasons.push(new InvalidBlockError(field, `executed ${v.actual}, header ${v.expected}`));
    }
    const post = parent.withChanges(parallel.stateChanges, [[h.number, block.hash()]]);
    const root = await stateRoot(post);
    if (root !== bytesToHex(h.stateRoot)) reasons.push(new InvalidBlockError('stateRoot', `executed ${root}, header ${bytesToHex(h.stateRoot)}`));
    if (reasons.length > 0) throw new BlockRejectedError(reasons);
    await this.blockchain.putBlock(block);
    const hash = bytesToHex(block.hash());
    this.states.set(hash, post);
    this.gasLimits.set(hash, h.gasLimit);
    return hash;
  }

  /** The post-state of an imported block (by `0x` hash). */
  state(hash: string): SnapshotState | undefined {
    return this.states.get(hash);
  }
}

/**
 * Runs one blockchain test at `concurrency` workers: imports the genesis (its state root must
 * match), then every block in order; a block with `expectException` must be rejected with a
 * matching error, every other block must import; the state at `lastblockhash` must equal
 * `postState` (or its root `postStateHash`).
 */
export async function runBlockchainTest(t: BlockchainTest, concurrency: number): Promise<CaseOutcome> {
  const fail = (detail: string): CaseOutcome => ({ id: t.id, dir: t.dir, fork: t.network.name, status: 'failed', detail });
  const pass: CaseOutcome = { id: t.id, dir: t.dir, fork: t.network.name, status: 'passed' };
  const { test } = t;
  let importer: ChainImporter;
  try {
    const genesis = decodeBlock(hexToBytes(asHex(test.genesisRLP, t.id, 'genesisRLP') as `0x${string}`), { chain: t.network.chain, file: 'genesisRLP' }).block;
    importer = await ChainImporter.create(t.network, genesis, parseTestState(test.pre, t.id));
  } catch (e) {
    return fail(`genesis: ${describe(e)}`);
  }
  const blocks = test.blocks;
  if (!Array.isArray(blocks)) return fail('blocks: expected an array');
  for (let i = 0; i < blocks.length; i++) {
    const b = asObject(blocks[i], t.id, `blocks[${i}]`);
    const expected = typeof b.expectException === 'string' ? b.expectException : undefined;
    let error: unknown;
    try {
      await importer.import(importer.decode(asHex(b.rlp, t.id, `blocks[${i}].rlp`)), concurrency);
    } catch (e) {
      error = e;
    }
    if (error instanceof Error && /^parallel/.test(error.message)) return fail(`block ${i}: ${error.message}`);
    if (expected === undefined && error !== undefined) return fail(`block ${i}: rejected: ${describe(error)}`);
    if (expected !== undefined && error === undefined) return fail(`block ${i}: expected ${expected}, but the block was accepted`);
    if (expected !== undefined && !matchesException(expected, error)) return fail(`block ${i}: expected ${expected}, got ${describe(error)}`);
  }
  const last = asHash(test.lastblockhash, t.id, 'lastblockhash');
  const head = importer.state(last);
  if (!head) return fail(`lastblockhash ${last} was not imported`);
  if (test.postStateHash !== undefined) {
    const root = await stateRoot(head);
    const want = asHash(test.postStateHash, t.id, 'postStateHash');
    return root === want ? pass : fail(`post-state root ${root} ≠ postStateHash ${want}`);
  }
  const diff = diffStates(head, parseTestState(test.postState, t.id));
  return diff ? fail(`postState: ${diff}`) : pass;
}
