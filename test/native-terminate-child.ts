// Child process of test/native-guard.test.ts (a process abort must not take the test runner with
// it). `node native-terminate-child.js <guarded|plain> <call|load|exit|start> <n>`:
// - `call`: starts a worker that recovers a public key in a loop on the native secp256k1 binding
//   and terminates it at a random point 0–3 ms later, n times;
// - `load`: the same while the worker loads the binding (imports src/crypto/ecrecover.ts, whose
//   dependencies it has loaded first), at a random point within the time a load takes here;
// - `exit`: starts a worker that makes a guarded call (JavaScript standing for a native call: 300
//   ms guarded, 5 s plain) and prints "call returned" at its end, unrefs it and lets the process
//   end as the call starts: Node then stops the worker itself (n = 1: by `process.exit()`, else
//   by its end);
// - `start`: starts a worker that loads the binding (imports src/crypto/ecrecover.ts), prints
//   "loaded" and calls `markLoaded()`, unrefs it at once and lets the process end by itself.
// Prints "ok N" when the process survived (`exit`, `start`: only what the worker printed). `guarded`: the worker gets guard words in
// `workerData.nativeGuard` (`guardedWorker`), as a pool's workers do, and is terminated by
// `stopThenTerminate`; `plain`: no guard words, `worker.terminate()`.
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

type What = 'call' | 'load' | 'exit' | 'start';

if (isMainThread) {
  const { ecrecoverBackend } = await import('../src/crypto/ecrecover.js');
  const { guardedWorker, stopThenTerminate } = await import('../src/crypto/nativeGuard.js');
  const [mode, what, count] = [process.argv[2], process.argv[3] as What, Number(process.argv[4] ?? 50)];
  // `exit` and `start` need no binding (the call is JavaScript; a JavaScript load is waited for as well).
  if (ecrecoverBackend !== 'native' && what !== 'exit' && what !== 'start') {
    console.log('no native binding');
    process.exit(2);
  }
  const self = new URL(import.meta.url);
  const message = (w: Worker) => new Promise((r) => w.once('message', r));
  /** How long a worker takes here from 'ready' to 'loaded' (the median of 3): terminations land in the load on a busy machine too. */
  const loadWindow = async (): Promise<number> => {
    const ms: number[] = [];
    for (let i = 0; i < 3; i++) {
      const w = new Worker(self, { workerData: { what: 'load' } });
      await message(w);
      const t0 = performance.now();
      await message(w);
      ms.push(performance.now() - t0);
      await w.terminate();
    }
    return ms.sort((a, b) => a - b)[1]!;
  };
  /** A worker on this file: guarded (guard words) or plain (none: `stopThenTerminate` terminates it at once). */
  const start = (workerData: object): Worker => (mode === 'guarded' ? guardedWorker(self, { workerData }) : new Worker(self, { workerData }));
  if (what === 'start') {
    start({ what }).unref();
  } else if (what === 'exit') {
    // Plain, the call is longer than any process's end can take: it must be cut short.
    const w = start({ what, callMs: mode === 'guarded' ? 300 : 5000 });
    await message(w);
    w.unref();
    if (count === 1) process.exit(0);
  } else {
    const { secp256k1 } = await import('@noble/curves/secp256k1.js');
    const hash = new Uint8Array(32).fill(9);
    const signature = secp256k1.sign(hash, new Uint8Array(32).fill(7), { prehash: false, format: 'recovered' });
    let window = 3;
    for (let i = 0; i < count; i++) {
      if (what === 'load' && i % 25 === 0) window = await loadWindow();
      const w = start({ what, hash, signature });
      await message(w);
      await new Promise((r) => setTimeout(r, Math.random() * window));
      await stopThenTerminate(w);
    }
    console.log(`ok ${count}`);
  }
} else {
  const { what, hash, signature, callMs } = workerData as { what: What; hash?: Uint8Array; signature?: Uint8Array; callMs?: number };
  if (what === 'start') {
    const { markLoaded } = await import('../src/crypto/nativeGuard.js');
    await import('../src/crypto/ecrecover.js');
    (await import('node:fs')).writeSync(1, 'loaded\n');
    markLoaded();
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  if (what === 'exit') {
    const { guardedNative, markLoaded } = await import('../src/crypto/nativeGuard.js');
    const { writeSync } = await import('node:fs');
    markLoaded();
    guardedNative(() => {
      parentPort!.postMessage('ready');
      const until = performance.now() + callMs!;
      while (performance.now() < until);
      writeSync(1, 'call returned\n');
    });
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  if (what === 'load') {
    // ecrecover.ts's imports first, and the binding's loader, so the binding's load (its native
    // initialiser) is what the termination lands in.
    await import('@ethereumjs/util');
    await import('../src/crypto/nativeGuard.js');
    createRequire(import.meta.url)('node-gyp-build');
    parentPort!.postMessage('ready');
    await import('../src/crypto/ecrecover.js');
    (await import('../src/crypto/nativeGuard.js')).markLoaded();
    parentPort!.postMessage('loaded');
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  const { ecrecover } = await import('../src/crypto/ecrecover.js');
  (await import('../src/crypto/nativeGuard.js')).markLoaded();
  const [v, r, s] = [BigInt(27 + signature![0]!), signature!.subarray(1, 33), signature!.subarray(33, 65)];
  parentPort!.postMessage('ready');
  for (;;) ecrecover(hash!, v, r, s);
}
