/**
 * Every test of flow.test.ts again, with the function replayed from the journal on every webhook
 * (`maxCachedCalls: 0`): what an instance does that did not take the call's previous webhook, or
 * restarted since. flow.test.ts itself runs with the default, where the instance that took a
 * webhook resumes the function it kept; both must behave alike.
 */
import { harnessDefaults } from './flow-harness';

harnessDefaults.maxCachedCalls = 0;
// After the line above: flow.test.ts builds its flows when its tests run, with these defaults.
require('./flow.test');
