// Worker of test/native-guard.test.ts's load test. `workerData.what`:
// - `static`: its own load takes 300 ms (a top-level await, as parevm's keccak and BN254 modules
//   have) before it calls markLoaded(); word 0 of `workerData.flags` is set at the load's end;
// - `dynamic`: loaded at once; at a message it sets word 1 and imports test/load-guard-slow.ts
//   through guardedImport, a module whose evaluation takes 300 ms and sets word 0 at its end.
import { parentPort, workerData } from 'node:worker_threads';
import { guardedImport, markLoaded } from '../src/crypto/nativeGuard.js';

const { what, flags } = workerData as { what: 'static' | 'dynamic'; flags: Int32Array };
if (what === 'static') {
  await new Promise((r) => setTimeout(r, 300));
  Atomics.store(flags, 0, 1);
}
markLoaded();
if (what === 'dynamic')
  parentPort!.once('message', () => {
    Atomics.store(flags, 1, 1);
    void guardedImport(() => import('./load-guard-slow.js'));
  });
