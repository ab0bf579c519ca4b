#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_FIXTURES } from '../block/fixtures.js';
import { availableParallelism } from 'node:os';
import { closeSharedPools } from '../parallel/pool.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { WORKLOAD_KINDS, type WorkloadKind } from '../workloads/index.js';
import { runCommand } from './run.js';
import { syntheticCommand } from './synthetic.js';
import { testVectorsCommand } from './testVectors.js';
import { DEFAULT_TEST_VECTORS } from '../conformance/suite.js';
import { registerFuzz } from './fuzz.js';
import { registerRaces } from './races.js';
import { registerAnalyze } from './analyze.js';

function blockList(value: string): number[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const numbers = list.map(Number);
  if (numbers.length === 0 || numbers.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new InvalidArgumentError('expected block numbers separated by commas, e.g. 46147,19932703');
  }
  return numbers;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
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
  .option('--blocks <n,n,...>', 'only these block numbers', blockList)
  .option('--concurrency <n>', 'worker threads of the parallel engine (0 = sequential engine)', nonNegative, availableParallelism())
  .option('--compare', 'also run sequentially: speedup and equality per block')
  .option('--force', 'parallel path even for blocks it would run sequentially (small, one-sender; e.g. fuzz reproducers)')
  .option('--synthetic <kinds>', `synthetic blocks instead of fixtures: ${WORKLOAD_KINDS.join(', ')}`, kindList)
  .option('--txs <n>', 'transactions per synthetic block', nonNegative, 1000)
  .option('--json', 'print the report as JSON')
  .action(async (opts: { fixtures: string; blocks?: number[]; json?: boolean; concurrency: number; compare?: boolean; force?: boolean; synthetic?: WorkloadKind[]; txs: number }) => {
    try {
      if (opts.synthetic) {
        process.exitCode = await syntheticCommand({ kinds: opts.synthetic, txs: opts.txs, concurrency: opts.concurrency, json: opts.json });
      } else if (!existsSync(opts.fixtures) && opts.fixtures === DEFAULT_FIXTURES) {
        console.log(`fixture directory ${resolve(opts.fixtures)} not found (set it with --fixtures DIR): running the synthetic mix instead`);
        process.exitCode = await syntheticCommand({ kinds: ['mix'], txs: opts.txs, concurrency: opts.concurrency, json: opts.json });
      } else {
        process.exitCode = await runCommand({ ...opts, progress: !opts.json && process.stderr.isTTY });
      }
    } finally {
      await closeSharedPools();
    }
  });

function suiteList(value: string): ('state' | 'blockchain')[] {
  if (value === 'all') return ['state', 'blockchain'];
  if (value === 'state' || value === 'blockchain') return [value];
  throw new InvalidArgumentError('expected state, blockchain or all');
}

function concurrencyList(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new InvalidArgumentError('expected worker counts ≥ 1 separated by commas, e.g. 1,2,4');
  return list;
}

program
  .command('test-vectors')
  .description('run the Ethereum consensus tests (GeneralStateTests, BlockchainTests) through the parallel engine')
  .option('--fixtures <dir>', 'ethereum/tests root (holds GeneralStateTests/, BlockchainTests/)', DEFAULT_TEST_VECTORS)
  .option('--suite <suite>', 'state, blockchain or all', suiteList, ['state', 'blockchain'] as ('state' | 'blockchain')[])
  .option('--filter <glob>', 'only test files whose path (relative to --fixtures) matches, e.g. "GeneralStateTests/stExample/**"')
  .option('--exclude <glob>', 'leave out test files whose path matches, e.g. "GeneralStateTests/stTimeConsuming/**"')
  .option('--sample <n>', 'only every n-th file of each directory (a representative slice)', nonNegative)
  .option('--concurrency <n,n,...>', 'worker threads; blockchain tests run at each, state test entries alternate', concurrencyList, [1, 2, 4])
  .option('--engine <engine>', "state tests: check the parallel engine (parallel) or parevm's own EVM (parevm) against the sequential reference", 'parallel')
  .option('--json', 'print the summary, failures and skips as JSON')
  .option('--no-progress', 'no progress bar on stderr')
  .action(async (opts: { fixtures: string; suite: ('state' | 'blockchain')[]; filter?: string; exclude?: string; sample?: number; concurrency: number[]; engine: string; json?: boolean; progress?: boolean }) => {
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
  });
registerFuzz(program);
registerRaces(program);
registerAnalyze(program);

await program.parseAsync();
