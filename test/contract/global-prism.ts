/**
 * Jest global set-up: one Prism mock of the contract for every contract suite of the run, when
 * the run includes them (a run of the unit tests starts none). Suites find it through
 * SIPGATE_SHARED_PRISM_URL (see startPrism in prism.ts); the teardown stops it.
 */
import { join } from 'node:path';
import type { Config } from '@jest/types';
import { launchPrism, type PrismMock } from './prism';

let prism: PrismMock | undefined;

export async function setup(globalConfig: Config.GlobalConfig): Promise<void> {
  // Jest matches its path pattern against absolute paths; an empty one runs everything.
  const pattern = globalConfig.testPathPattern;
  if (
    pattern &&
    !new RegExp(pattern, 'i').test(join(globalConfig.rootDir, 'test', 'contract', 'core.contract.test.ts'))
  )
    return;
  prism = await launchPrism();
  process.env.SIPGATE_SHARED_PRISM_URL = prism.baseUrl;
}

export async function teardown(): Promise<void> {
  await prism?.stop();
  delete process.env.SIPGATE_SHARED_PRISM_URL;
}
