import { Mainnet, type Common } from '@ethereumjs/common';
import type { ChainSpec } from '../block/chains.js';
import { createChainCommon } from '../block/hardfork.js';
import type { SupportedHardfork } from '../block/hardfork.js';

/** ethereum/tests network names → `@ethereumjs/common` hardfork names (EIP-7568 naming). */
export const TEST_NETWORKS: Record<string, SupportedHardfork> = {
  Frontier: 'chainstart',
  Homestead: 'homestead',
  EIP150: 'tangerineWhistle',
  EIP158: 'spuriousDragon',
  Byzantium: 'byzantium',
  Constantinople: 'constantinople',
  ConstantinopleFix: 'petersburg',
  Istanbul: 'istanbul',
  Berlin: 'berlin',
  London: 'london',
  Paris: 'paris',
  Merge: 'paris',
  Shanghai: 'shanghai',
  Cancun: 'cancun',
};

/**
 * The chain of a consensus test: mainnet's rules with every hardfork up to `hardfork` active from
 * genesis and none after (the tests' networks, e.g. `Cancun`, are "this fork from block 0"). The
 * blockchain's header checks need it: on mainnet's schedule block 1 would be Frontier.
 */
export function createTestNetworkCommon(hardfork: SupportedHardfork): Common {
  return createChainCommon(hardfork, testNetworkChain(hardfork));
}

const testNetworks = new Map<string, ChainSpec>();

/** The {@link ChainSpec} of {@link createTestNetworkCommon} (one object per hardfork). */
export function testNetworkChain(hardfork: SupportedHardfork): ChainSpec {
  let chain = testNetworks.get(hardfork);
  if (!chain) {
    const names = Mainnet.hardforks.map((h) => h.name);
    const last = names.indexOf(hardfork);
    if (last < 0) throw new Error(`${hardfork} is not a mainnet hardfork`); // unreachable: SupportedHardfork
    const hardforks = Mainnet.hardforks.slice(0, last + 1).map((h) => ({ name: h.name, block: 0 }));
    testNetworks.set(hardfork, (chain = { ...Mainnet, name: `test-${hardfork}`, hardforks }));
  }
  return chain;
}
