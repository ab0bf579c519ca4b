#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { wholeNumber } from './wholeNumber.js';
import { DEFAULT_FIXTURES } from '../block/fixtures.js';
import { chainById, chainByName, chainFromConfigFile, type ChainSpec } from '../block/chains.js';
import { availableParallelism } from 'node:os';
import { closeSharedPools } from '../parallel/pool.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { WORKLOAD_KINDS, type WorkloadKind } from '../workloads/index.js';
import { runCommand } from './run.js';
import { syntheticCommand } from './synthetic.js';
import { testVectorsCommand } from './testVectors.js';
import { DEFAULT_EEST_VECTORS, DEFAULT_TEST_VECTORS, SUITES, type Suite } from '../conformance/suite.js';
import { registerFuzz } from './fuzz.js';
import { registerRaces } from './races.js';
import { registerAnalyze } from './analyze.js';
import { DEFAULT_ENGINE, ENGINES, type EngineName } from '../execute/engine.js';
import { registerTrace } from './trace.js';
import { blockSpec, fetchForCli, fetchReport, registerFetch, type FetchCliOptions } from './fetch.js';
import type { PreStatePath } from '../rpc/index.js';
import { registerReplay } from './replay.js';
import { modeOption } from './mode.js';
import { PARALLEL_MODES, type ParallelMode } from '../parallel/options.js';

function engineName(value: string): EngineName {
  if (!(ENGINES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected ${ENGINES.join(' or ')}`);
  return value as EngineName;
}

function kindList(value: string): WorkloadKind[] {
  const kinds = value.split(',').map((s) => s.trim());
  for (const k of kinds) {
    if (!(WORKLOAD_KINDS as readonly string[]).includes(k)) throw new InvalidArgumentError(`unknown workload "${k}" (one of ${WORKLOAD_KINDS.join(', ')})`);
  }
  return kinds as WorkloadKind[];
}

const program = new Command('parevm').description('Parallel EVM block execution, verified against block headers');

program
  .command('run')
  .description('execute fixture blocks and verify them against their headers')
  .option('--fixtures <dir>', 'fixture root (holds blocks/, bytecodes.json, block_hashes.json)', DEFAULT_FIXTURES)
  .option('--blocks <spec>', 'only these block numbers: N, N,M or A..B (with --rpc: the blocks to fetch and run)', blockSpec)
  .option('--rpc [url]', 'fetch the blocks from this JSON-RPC node (default $PAREVM_RPC_URL) into the cache unless cached, then run them')
  .option('--out <dir>', 'with --rpc: the cache directory (default $XDG_CACHE_HOME/parevm/<chainId>/)')
  .option('--paths <list>', 'with --rpc: pre-state paths allowed, in order of preference (witness,prestateTracer,proofs,discovery)', (v: string) =>
    v.split(',').map((s) => s.trim()),
  )
  .option('--refetch', 'with --rpc: fetch again even when cached')
  .option('--concurrency <n>', 'worker threads of the parallel engine (0 = sequential engine)', wholeNumber(0), availableParallelism())
  .option('--compare', 'also run sequentially: speedup and equality per block (with parevm, also equality with the reference engine)')
  .option('--engine <name>', `the EVM: ${ENGINES.join(' or ')} (@ethereumjs/vm)`, engineName, DEFAULT_ENGINE)
  .option(
    '--force',
    'parallel path even for blocks it would run sequentially (small, one-sender; e.g. fuzz reproducers); Block-STM unless --mode says otherwise',
  )
  .option(
    '--mode <mode>',
    'the parallel path: auto (Block-STM for heavy transactions, pipelined otherwise), block-stm, or pipelined (senders recovered on the workers, transactions executed in order)',
    modeOption(PARALLEL_MODES),
  )
  .option('--synthetic <kinds>', `synthetic blocks instead of fixtures: ${WORKLOAD_KINDS.join(', ')}`, kindList)
  .option('--txs <n>', 'transactions per synthetic block', wholeNumber(0), 1000)
  .option('--chain <name>', 'the chain the blocks belong to: mainnet, sepolia or hoodi (default mainnet; for --witness, the network the witness names)')
  .option('--chain-config <file>', 'a custom chain: geth-style genesis or chain config JSON (chainId, fork blocks/times, blobSchedule)')
  .option(
    '--witness <file>',
    'run the block of an execution witness file (debug_executionWitness; e.g. with --chain hoodi) on its pre-state, and check the header stateRoot recomputed from the witness',
  )
  .option('--json', 'print the report as JSON')
  .action(
    async (opts: {
      fixtures: string;
      blocks?: number[];
      json?: boolean;
      concurrency: number;
      compare?: boolean;
      force?: boolean;
      mode?: ParallelMode;
      synthetic?: WorkloadKind[];
      txs: number;
      chain?: string;
      chainConfig?: string;
      witness?: string;
      engine: EngineName;
      rpc?: string | boolean;
      out?: string;
      paths?: PreStatePath[];
      refetch?: boolean;
    }) => {
      try {
        if (opts.rpc !== undefined) {
          process.exitCode = await runRpc(opts as typeof opts & FetchCliOptions);
          return;
        }
        let chain: ChainSpec | undefined;
        try {
          chain = opts.chainConfig !== undefined ? chainFromConfigFile(opts.chainConfig) : opts.chain !== undefined ? chainByName(opts.chain) : undefined;
        } catch (e) {
          console.error(`error: ${(e as Error).message}`);
          process.exitCode = 1;
          return;
        }
        const synthetic = (kinds: WorkloadKind[]) =>
          syntheticCommand({
            kinds,
            txs: opts.txs,
            concurrency: opts.concurrency,
            engine: opts.engine,
            ...(opts.mode ? { mode: opts.mode } : {}),
            json: opts.json,
          });
        if (opts.synthetic) {
          process.exitCode = await synthetic(opts.synthetic);
        } else if (opts.witness === undefined && !existsSync(opts.fixtures) && opts.fixtures === DEFAULT_FIXTURES) {
          console.log(`fixture directory ${resolve(opts.fixtures)} not found (set it with --fixtures DIR): running the synthetic mix instead`);
          process.exitCode = await synthetic(['mix']);
        } else {
          process.exitCode = await runCommand({ ...opts, out: undefined, chain, progress: !opts.json && process.stderr.isTTY });
        }
      } finally {
        await closeSharedPools();
      }
    },
  );

/** `parevm run --rpc`: fetch what is not cached (a progress bar per block), then run the cached blocks. */
async function runRpc(
  opts: Omit<FetchCliOptions, 'rpc'> & { rpc?: string | boolean; blocks?: number[]; json?: boolean; concurrency: number; engine: EngineName },
): Promise<number> {
  const rpc = typeof opts.rpc === 'string' ? opts.rpc : undefined;
  const fetched = await fetchForCli({ ...opts, rpc, progress: !opts.json && process.stderr.isTTY });
  if ('error' in fetched) {
    console.error(`error: ${fetched.error.message}`);
    return 1;
  }
  const lines = fetchReport(fetched, rpc ?? process.env.PAREVM_RPC_URL ?? '');
  if (opts.json) for (const l of lines) console.error(l);
  else console.log(lines.join('\n'));
  const ok = fetched.blocks.filter((b) => b.status !== 'error').map((b) => Number(b.number));
  if (ok.length === 0) return 1;
  let chain: ChainSpec | undefined;
  if (opts.chainConfig !== undefined) chain = chainFromConfigFile(opts.chainConfig);
  else if (opts.chain !== undefined) chain = chainByName(opts.chain);
  else {
    chain = fetched.chainId === undefined ? undefined : chainById(fetched.chainId);
  }
  const status = await runCommand({ ...opts, out: undefined, fixtures: fetched.cacheDir, blocks: ok, chain, progress: !opts.json && process.stderr.isTTY });
  return ok.length === fetched.blocks.length ? status : 1;
}

/** `--suite`: one suite, several joined by commas, or `all` (every suite, old and execution-spec-tests). */
function suiteList(value: string): Suite[] {
  if (value === 'all') return [...SUITES];
  const list = value.split(',').map((s) => s.trim());
  if (list.length === 0 || list.some((s) => !(SUITES as readonly string[]).includes(s))) {
    throw new InvalidArgumentError(`expected ${SUITES.join(', ')} or all (several joined by commas)`);
  }
  return [...new Set(list)] as Suite[];
}

function concurrencyList(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isSafeInteger(n) || n < 1))
    throw new InvalidArgumentError('expected worker counts ≥ 1 separated by commas, e.g. 1,2,4');
  return list;
}

program
  .command('test-vectors')
  .description('run the Ethereum consensus tests (ethereum/tests and execution-spec-tests) through the parallel engine')
  .option('--fixtures <dir>', 'ethereum/tests root (holds GeneralStateTests/, BlockchainTests/)', DEFAULT_TEST_VECTORS)
  .option('--eest-fixtures <dir>', 'execution-spec-tests root (holds state_tests/, blockchain_tests/)', DEFAULT_EEST_VECTORS)
  .option('--suite <suite>', `${SUITES.join(', ')} or all (several joined by commas)`, suiteList, ['state', 'blockchain'] as Suite[])
  .option(
    '--filter <glob>',
    'only test files whose path (relative to its fixture root) matches, e.g. "GeneralStateTests/stExample/**", "state_tests/prague/**"',
  )
  .option('--exclude <glob>', 'leave out test files whose path matches, e.g. "GeneralStateTests/stTimeConsuming/**"')
  .option('--sample <n>', 'only every n-th file of each directory (a representative slice)', wholeNumber(0))
  .option('--concurrency <n,n,...>', 'worker threads; blockchain tests run at each, state test entries alternate', concurrencyList, [1, 2, 4])
  .option('--engine <engine>', "state tests: check the parallel engine (parallel) or parevm's own EVM (parevm) against the sequential reference", 'parallel')
  .option('--json', 'print the summary, failures and skips as JSON')
  .option('--no-progress', 'no progress bar on stderr')
  .action(
    async (opts: {
      fixtures: string;
      eestFixtures: string;
      suite: Suite[];
      filter?: string;
      exclude?: string;
      sample?: number;
      concurrency: number[];
      engine: string;
      json?: boolean;
      progress?: boolean;
    }) => {
      if (opts.engine !== 'parallel' && opts.engine !== 'parevm') {
        console.error(`error: --engine must be parallel or parevm, not ${opts.engine}`);
        process.exitCode = 1;
        return;
      }
      try {
        process.exitCode = await testVectorsCommand({ ...opts, engine: opts.engine, suites: opts.suite, progress: opts.progress !== false });
      } finally {
        await closeSharedPools();
      }
    },
  );
registerFuzz(program);
registerRaces(program);
registerAnalyze(program);
registerTrace(program);
registerFetch(program);
registerReplay(program);

await program.parseAsync();
