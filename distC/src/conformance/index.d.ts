/**
 * `parevm/conformance`: the Ethereum consensus tests (ethereum/tests state and blockchain tests,
 * execution-spec-tests) through parevm's engines, each case checked against the reference engine
 * and against its expected post-state, logs and header.
 * @example
 * import { runSuite } from 'parevm/conformance'
 * const outcomes = await runSuite({ suites: ['eest-state'], sample: 100 })
 */
export { runSuite, SUITES, DEFAULT_TEST_VECTORS, DEFAULT_EEST_VECTORS, type Suite, type SuiteOptions } from './suite.js';
