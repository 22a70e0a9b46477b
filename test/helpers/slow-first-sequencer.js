// Runs the longest suites first, so that the two jest workers finish together instead of one
// starting the package tests while the other has nothing left to do. Jest does this from the
// durations in its cache, which a fresh clone (CI) does not have: there the estimates below, in
// seconds, from a cold run with two workers on the project's 2-core machine, stand in. A suite
// not listed counts as short. Update the list when a suite becomes one of the slow ones.
const Sequencer = require('@jest/test-sequencer').default;

const ESTIMATES = {
  'test/package/package.test.ts': 40,
  'test/parity/types.test.ts': 23,
  'test/reliability/webhook-attack.test.ts': 22,
  'test/readme/readme.test.ts': 22,
  'test/reliability/flow-cluster.test.ts': 18,
  'test/parity/modules.parity.test.ts': 16,
  'test/package/docs.test.ts': 10,
  'test/oauth/flow.test.ts': 8,
  'test/api/examples.test.ts': 7,
  'test/contract/modules.contract.test.ts': 7,
  'test/reliability/time-budget.test.ts': 7,
  'test/browser/browser.test.ts': 7,
  'test/browser/bundle-vm.test.ts': 6,
  'test/reliability/sms-lock.test.ts': 5,
  'test/sandbox/contract-files.test.ts': 4,
  'test/package/api-report.test.ts': 4,
  'test/webhook/flow-redis.test.ts': 4,
  'test/reliability/rest-faults.test.ts': 3,
};
const SHORT = 1;

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      // As jest's own sequencer does: its scheduler reads the cached duration from the test.
      const cached = (test.duration = this.time(test));
      if (cached != null) return cached / 1000;
      const relative = test.path
        .slice(test.context.config.rootDir.length + 1)
        .split('\\')
        .join('/');
      return ESTIMATES[relative] ?? SHORT;
    };
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    return [...tests]
      .map((test) => ({ test, failed: this.hasFailed(test), seconds: seconds(test), size: size(test) }))
      .sort((a, b) => Number(b.failed) - Number(a.failed) || b.seconds - a.seconds || b.size - a.size)
      .map(({ test }) => test);
  }
}

module.exports = SlowFirstSequencer;
