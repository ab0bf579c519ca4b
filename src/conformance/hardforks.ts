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
