/**
 * Jest reuses worker processes across test files, and nock patches Node's shared `http` module.
 * Without this, every file that loads nock stacks another interceptor on top of the previous
 * ones: later files (the webhook load test) then send real requests through all of them, slower
 * and holding memory, and unmatched requests surface as unhandled socket errors. Each file
 * therefore removes nock's interception when it ends.
 */
afterAll(() => {
  // Only when this file loaded nock: requiring it here would activate it.
  const loaded = Object.keys(require.cache).some((file) => /node_modules[\\/]nock[\\/]/.test(file));
  if (!loaded) return;

  const nock = require('nock') as typeof import('nock');
  nock.cleanAll();
  nock.restore();
});
