// Child process of test/native-guard.test.ts (a process abort must not take the test runner with
// it): `node native-terminate-child.js <guarded|plain> <call|load> <terminations>` starts a worker
// that either recovers a public key in a loop on the native secp256k1 binding (`call`) or loads
// the binding (`load`: imports src/crypto/ecrecover.ts, whose dependencies it has loaded first),
// terminates it at a random point 0–3 ms later (`load`: within the time a load takes), `terminations` times; prints "ok N" when the
// process survived them all. `guarded`: the worker gets guard words in `workerData.nativeGuard`,
// as a pool's workers do, and is terminated by `stopThenTerminate`; `plain`: `worker.terminate()`.
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) {
  const { secp256k1 } = await import('@noble/curves/secp256k1.js');
  const { ecrecoverBackend } = await import('../src/crypto/ecrecover.js');
  const { createNativeGuard, stopThenTerminate } = await import('../src/crypto/nativeGuard.js');
  const [mode, what, count] = [process.argv[2], process.argv[3], Number(process.argv[4] ?? 50)];
  if (ecrecoverBackend !== 'native') {
    console.log('no native binding');
    process.exit(2);
  }
  // `load`: the window is the time a worker takes from 'ready' to 'loaded' here (the most of 3),
  // so that terminations land in the load on a busy machine too.
  let window = 3;
  if (what === 'load') {
    window = 0;
    for (let i = 0; i < 3; i++) {
      const w = new Worker(new URL(import.meta.url), { workerData: { what } });
      await new Promise((r) => w.once('message', r));
      const t0 = performance.now();
      await new Promise((r) => w.once('message', r));
      window = Math.max(window, performance.now() - t0);
      await w.terminate();
    }
  }
  const hash = new Uint8Array(32).fill(9);
  const signature = secp256k1.sign(hash, new Uint8Array(32).fill(7), { prehash: false, format: 'recovered' });
  for (let i = 0; i < count; i++) {
    const guard = mode === 'guarded' ? createNativeGuard() : undefined;
    const w = new Worker(new URL(import.meta.url), { workerData: { nativeGuard: guard, what, hash, signature } });
    await new Promise((r) => w.once('message', r));
    await new Promise((r) => setTimeout(r, Math.random() * window));
    await (guard ? stopThenTerminate(w, guard) : w.terminate());
  }
  console.log(`ok ${count}`);
} else {
  const { what, hash, signature } = workerData as { what: 'call' | 'load'; hash?: Uint8Array; signature?: Uint8Array };
  if (what === 'load') {
    // ecrecover.ts's imports first, and the binding's loader, so the binding's load (its native
    // initialiser) is what the termination lands in.
    await import('@ethereumjs/util');
    await import('../src/crypto/nativeGuard.js');
    createRequire(import.meta.url)('node-gyp-build');
    parentPort!.postMessage('ready');
    await import('../src/crypto/ecrecover.js');
    parentPort!.postMessage('loaded');
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  const { ecrecover } = await import('../src/crypto/ecrecover.js');
  const [v, r, s] = [BigInt(27 + signature![0]!), signature!.subarray(1, 33), signature!.subarray(33, 65)];
  parentPort!.postMessage('ready');
  for (;;) ecrecover(hash!, v, r, s);
}
