/**
 * `parevm/fuzz`: the differential fuzzer. Seeded random blocks (London … Osaka: conflicting
 * transactions, contract creations, self-destructs, set-code transactions, a probe contract that
 * runs every opcode and precompile) run on the reference engine, on parevm's EVM and in parallel;
 * any difference is a divergence with a minimised reproducer.
 * @example
 * import { fuzz } from 'parevm/fuzz'
 * const summary = await fuzz({ seed: 's1', blocks: 40, concurrency: [2, 4], outDir: 'reports/fuzz' })
 */
export { fuzz } from './runner.js';
export { generateCase, buildBlock, FUZZ_HARDFORKS } from './block.js';
//# sourceMappingURL=index.js.map