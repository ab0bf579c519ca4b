import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ecrecoverBackend } from '../src/crypto/ecrecover.js';

const CHILD = fileURLToPath(new URL('./native-terminate-child.js', import.meta.url));
const run = (mode: 'guarded' | 'plain', what: 'call' | 'load', count: number) =>
  spawnSync(process.execPath, [CHILD, mode, what, String(count)], { encoding: 'utf8', timeout: 120_000 });

const skip =
  ecrecoverBackend === 'native'
    ? false
    : 'the secp256k1 native binding did not load here: sender recovery runs in pure JavaScript, which a terminated worker leaves safely';

test('a worker terminated while recovering senders on the native binding: the pool waits out the native call, the process survives', { skip }, () => {
  const guarded = run('guarded', 'call', 30);
  assert.equal(guarded.status, 0, `exit ${guarded.status} ${guarded.signal}: ${guarded.stderr.slice(0, 400)}`);
  assert.equal(guarded.stdout.trim(), 'ok 30');
  // The hazard the guard is for: plain worker.terminate() mid-call aborts the process (here within 4–17 terminations).
  const plain = run('plain', 'call', 300);
  assert.equal(plain.signal, 'SIGABRT', `plain terminate: exit ${plain.status} ${plain.signal} ${plain.stdout.trim()}`);
  assert.match(plain.stderr, /Napi::Error/);
});

test('a worker terminated while it loads the native binding (a pool closed right after it started): the process survives', { skip }, () => {
  const guarded = run('guarded', 'load', 100);
  assert.equal(guarded.status, 0, `exit ${guarded.status} ${guarded.signal}: ${guarded.stderr.slice(0, 400)}`);
  assert.equal(guarded.stdout.trim(), 'ok 100');
  // The hazard: the binding's initialiser makes N-API calls; plain worker.terminate() during it
  // aborts the process (here within ~10–40 terminations; CI saw it end a short `parevm run --rpc`).
  const plain = run('plain', 'load', 300);
  assert.equal(plain.signal, 'SIGABRT', `plain terminate: exit ${plain.status} ${plain.signal} ${plain.stdout.trim()}`);
  assert.match(plain.stderr, /Napi::Error/);
});
