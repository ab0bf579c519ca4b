// Worker of test/native-guard.test.ts's load test. `workerData.what`:
// - `static`: its own load takes 300 ms (a top-level await, as parevm's keccak and BN254 modules
//   have) before it calls markLoaded(); word 0 of `workerData.flags` is set at the load's end;
// - `dynamic`: loaded at once; at a message it imports test/load-guard-slow.ts through
//   guardedImport (setting word 1 once the load counts), a module whose evaluation takes 300 ms and sets word 0 at its end;
// - `native`: its load makes a guarded native call 100 ms in (as loading the secp256k1 binding
//   does), which sets word 0, then ends;
// - `throw`: its load throws (a broken install's would).
import { parentPort, workerData } from 'node:worker_threads';
import { guardedImport, guardedNative, markLoaded } from '../src/crypto/nativeGuard.js';

const { what, flags } = workerData as { what: 'static' | 'dynamic' | 'native' | 'throw'; flags: Int32Array };
if (what === 'static') {
  await new Promise((r) => setTimeout(r, 300));
  Atomics.store(flags, 0, 1);
}
if (what === 'native') {
  await new Promise((r) => setTimeout(r, 100));
  guardedNative(() => Atomics.store(flags, 0, 1));
}
if (what === 'throw') throw new Error('a broken load');
markLoaded();
if (what === 'dynamic')
  parentPort!.once('message', () => {
    // Word 1 once the load counts (inside guardedImport): set before, a stop raised at once could land before the load started.
    void guardedImport(() => {
      Atomics.store(flags, 1, 1);
      return import('./load-guard-slow.js');
    });
  });
