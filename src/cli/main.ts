#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_FIXTURES } from '../block/fixtures.js';
import { runCommand } from './run.js';

function blockList(value: string): number[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const numbers = list.map(Number);
  if (numbers.length === 0 || numbers.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new InvalidArgumentError('expected block numbers separated by commas, e.g. 46147,19932703');
  }
  return numbers;
}

const program = new Command('parevm').description('Parallel EVM block execution, verified against block headers');

program
  .command('run')
  .description('execute fixture blocks and verify them against their headers')
  .option('--fixtures <dir>', 'fixture root (holds blocks/, bytecodes.json, block_hashes.json)', DEFAULT_FIXTURES)
  .option('--blocks <n,n,...>', 'only these block numbers', blockList)
  .option('--json', 'print the report as JSON')
  .action(async (opts: { fixtures: string; blocks?: number[]; json?: boolean }) => {
    process.exitCode = await runCommand({ ...opts, progress: !opts.json && process.stderr.isTTY });
  });

await program.parseAsync();
