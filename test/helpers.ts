import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { WorkerPool } from '../src/parallel/pool.js';

/** The real fixture root, overridable with PAREVM_FIXTURES. */
export const FIXTURES = process.env.PAREVM_FIXTURES ?? '../shared/fixtures/mainnet';

export function readFixtureJson(rel: string): any {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8'));
}

/**
 * A temporary fixture root built from real fixture files, optionally edited: `blocks` maps a
 * block number to edits of its block.json / pre_state.json (or raw text to write instead).
 */
export function tempFixtures(
  blocks: Record<number, { block?: (b: any) => any; preState?: (p: any) => any; rawBlock?: string; omit?: 'pre_state.json' | 'block.json' }>,
  shared: { bytecodes?: (b: any) => any; blockHashes?: (h: any) => any } = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'parevm-fx-'));
  mkdirSync(join(root, 'blocks'));
  let bytecodes = readFixtureJson('bytecodes.json');
  if (shared.bytecodes) bytecodes = shared.bytecodes(bytecodes);
  writeFileSync(join(root, 'bytecodes.json'), JSON.stringify(bytecodes));
  let hashes = readFixtureJson('block_hashes.json');
  if (shared.blockHashes) hashes = shared.blockHashes(hashes);
  writeFileSync(join(root, 'block_hashes.json'), JSON.stringify(hashes));
  for (const [n, edit] of Object.entries(blocks)) {
    const dir = join(root, 'blocks', n);
    mkdirSync(dir);
    let block = readFixtureJson(`blocks/${n}/block.json`);
    let pre = readFixtureJson(`blocks/${n}/pre_state.json`);
    if (edit.block) block = edit.block(block);
    if (edit.preState) pre = edit.preState(pre);
    if (edit.omit !== 'block.json') writeFileSync(join(dir, 'block.json'), edit.rawBlock ?? JSON.stringify(block));
    if (edit.omit !== 'pre_state.json') writeFileSync(join(dir, 'pre_state.json'), JSON.stringify(pre));
  }
  return root;
}

/**
 * Runs `source` (an ES module; relative specifiers resolve from the build's test folder) in a child
 * process, from a file written beside this one: a worker cannot start from a file under
 * `node --input-type=module -e` (it inherits the flag and fails at once).
 * @param timeoutMs the child is killed after this long (`error` is then set)
 */
export function runModule(source: string, timeoutMs = 30_000): SpawnSyncReturns<string> {
  const file = fileURLToPath(new URL(`./child-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`, import.meta.url));
  writeFileSync(file, source);
  try {
    return spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: timeoutMs });
  } finally {
    rmSync(file, { force: true });
  }
}

/** What a pool's workers report ({@link WorkerPool.workerStatus}). */
export type PoolStatus = Awaited<ReturnType<WorkerPool['workerStatus']>>;

/** Every worker has loaded parevm's EVM and run all its warm-up steps. */
export const workersWarmedUp = (status: PoolStatus): boolean => status.every((w) => w.evmLoaded && w.warmUpSteps > 0 && w.warmedSteps === w.warmUpSteps);

/**
 * Polls `pool`'s workers every 50 ms until `done` holds, and returns their status.
 * @throws AssertionError naming `what` and the last status after 60 s
 */
export async function waitForWorkers(pool: WorkerPool, done: (status: PoolStatus) => boolean, what: string): Promise<PoolStatus> {
  for (let waited = 0; ; waited += 50) {
    const status = await pool.workerStatus();
    if (done(status)) return status;
    assert.ok(waited < 60_000, `${what} within 60 s: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
