// Child process of test/native-guard.test.ts (a process abort must not take the test runner with
// it): `node native-terminate-child.js <guarded|plain> <terminations>` starts a worker that
// recovers a public key in a loop on the native secp256k1 binding, terminates it at a random point
// 0–3 ms later, `terminations` times; prints "ok N" when the process survived them all.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
if (isMainThread) {
    const { secp256k1 } = await import('@noble/curves/secp256k1.js');
    const { ecrecoverBackend } = await import('../src/crypto/ecrecover.js');
    const { createNativeGuard, stopThenTerminate } = await import('../src/crypto/nativeGuard.js');
    const [mode, count] = [process.argv[2], Number(process.argv[3] ?? 50)];
    if (ecrecoverBackend !== 'native') {
        console.log('no native binding');
        process.exit(2);
    }
    const hash = new Uint8Array(32).fill(9);
    const signature = secp256k1.sign(hash, new Uint8Array(32).fill(7), { prehash: false, format: 'recovered' });
    for (let i = 0; i < count; i++) {
        const guard = mode === 'guarded' ? createNativeGuard() : undefined;
        const w = new Worker(new URL(import.meta.url), { workerData: { guard, hash, signature } });
        await new Promise((r) => w.once('message', r));
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        await (guard ? stopThenTerminate(w, guard) : w.terminate());
    }
    console.log(`ok ${count}`);
}
else {
    const { ecrecover } = await import('../src/crypto/ecrecover.js');
    const { installNativeGuard } = await import('../src/crypto/nativeGuard.js');
    const { guard, hash, signature } = workerData;
    if (guard)
        installNativeGuard(guard);
    const [v, r, s] = [BigInt(27 + signature[0]), signature.subarray(1, 33), signature.subarray(33, 65)];
    parentPort.postMessage('ready');
    for (;;)
        ecrecover(hash, v, r, s);
}
//# sourceMappingURL=native-terminate-child.js.map