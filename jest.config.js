// The SDK version comes from package.json only: the build injects it with @rollup/plugin-replace,
// and the tests inject the same value through `globals`, so it is never written down twice.
const os = require('node:os');
const { name, version } = require('./package.json');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        // Tests run as CommonJS so that the SDK's lazy `import()` of axios, qs and
        // libphonenumber-js becomes a plain deferred `require` under jest.
        tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true },
        diagnostics: false,
      },
    ],
    // oauth4webapi ships only ES modules, which jest's CommonJS runtime cannot require: it is
    // compiled to CommonJS for the tests like the SDK's own source.
    '^.+/node_modules/oauth4webapi/.+\\.js$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', allowJs: true, isolatedModules: true }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!oauth4webapi/)'],
  globals: { __SDK_NAME__: name, __SDK_VERSION__: version },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/restore-nock.ts', '<rootDir>/test/helpers/console-guard.ts'],
  testTimeout: 20000,
  // Jest's default, one worker fewer than cores, is one worker (run in band) on a 2-core machine.
  // Many suites wait on child processes, browsers and sockets rather than compute: two workers
  // overlap those waits with the other's work (414 s -> 202 s for the whole run).
  maxWorkers: Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) - 1),
  // The longest suites first, also on a fresh clone without jest's cache of durations.
  testSequencer: '<rootDir>/test/helpers/slow-first-sequencer.js',
  // Suites whose tests mostly wait on sockets and timers (test/reliability/rest-faults.test.ts)
  // run them with it.concurrent; 16 at a time instead of jest's 5.
  maxConcurrency: 16,
  // One Prism mock for all contract suites of a run (test/contract/global-prism.ts).
  globalSetup: '<rootDir>/test/contract/global-prism-setup.ts',
  globalTeardown: '<rootDir>/test/contract/global-prism-teardown.ts',
  // In CI a skipped test fails the run (test/helpers/no-skips-reporter.js says why).
  reporters: process.env.CI ? ['default', '<rootDir>/test/helpers/no-skips-reporter.js'] : ['default'],
};
