/**
 * `node dist/bench/thread-scaling.js [--block N] [--rounds 3] [--threads 2]`: the ceiling on a
 * 2-thread speedup that this machine allows the EVM ({@link measureThreadScaling}): the
 * *sequential* engine on the same block in one worker thread, then in two worker threads at once
 * (independent copies, nothing shared). With perfect scaling both times are equal.
 * `bench:parallel` measures the same over its large blocks and prints it beside its targets.
 */
import { Command } from 'commander';
import { DEFAULT_FIXTURES } from '../src/block/fixtures.js';
import { measureThreadScaling } from './threadScaling.js';
const opts = new Command('thread-scaling')
    .option('--fixtures <dir>', 'fixture root', DEFAULT_FIXTURES)
    .option('--block <n>', 'block number', '14029313')
    .option('--rounds <n>', 'measured rounds', '3')
    .option('--threads <n>', 'threads side by side', '2')
    .parse()
    .opts();
const threads = Number(opts.threads);
const [row] = await measureThreadScaling(opts.fixtures, [Number(opts.block)], { threads, rounds: Number(opts.rounds), warmup: 3 });
console.log(`block ${opts.block}: the sequential engine's block time (recovery, execution, post-block), median ms per run`);
console.log(`  one thread alone:        ${row.aloneMs.toFixed(0)} ms`);
console.log(`  ${threads} threads side by side: ${row.togetherMs.toFixed(0)} ms each`);
console.log(`  => ${threads}-thread throughput ceiling ${row.ceiling.toFixed(2)}× (${threads}.00× = perfect)`);
//# sourceMappingURL=thread-scaling.js.map