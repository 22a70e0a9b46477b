/**
 * The public API is deliberate and recorded: `test/package/sipgateio-sdk.api.md` (written by
 * API Extractor from the built typings) is checked in, and this test fails when the built API
 * differs from it, so every change to the public surface is a visible diff. After an intended
 * change: `npm run api:update`, and commit the report. The browser global exposes nothing the
 * report does not list.
 */
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

const ROOT = join(__dirname, '..', '..');
const REPORT = join(__dirname, 'sipgateio-sdk.api.md');

it('the built API matches the checked-in report (npm run api:update after an intended change)', () => {
  if (!existsSync(join(ROOT, 'dist', 'cjs', 'index.d.ts')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const config = ExtractorConfig.loadFileAndPrepare(join(__dirname, '..', '..', 'scripts', 'api-extractor.json'));
  const messages: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: false,
    showVerboseMessages: false,
    messageCallback: (message) => {
      if (message.logLevel === 'error' || message.logLevel === 'warning') messages.push(message.text);
      message.handled = true;
    },
  });
  expect(messages).toEqual([]);
  expect(result.apiReportChanged).toBe(false);
  expect(result.succeeded).toBe(true);
});

it('exports no internals: every runtime name is in the report, and the report names no internal helper', () => {
  const report = readFileSync(REPORT, 'utf8');
  const declared = new Set(
    [...report.matchAll(/^export (?:declare )?(?:function|const|class|enum|abstract class) (\w+)/gm)].map((m) => m[1]),
  );
  // The default export (the whole API as one object) is reported as `export default <name>;`.
  if (/^export default \w+;$/m.test(report)) declared.add('default');

  const runtime = Object.keys(require(join(ROOT, 'dist', 'cjs', 'index.js')) as object);
  expect(
    runtime.filter((name) => !declared.has(name) && !report.includes(`${name} }`) && !report.includes(` as ${name}`)),
  ).toEqual([]);
  for (const internal of [
    'serialise',
    'shouldRetry',
    'provesNotSent',
    'backoffDelay',
    'retryDelay',
    'collectPages',
    'errorFromResponse',
    'createAuthorizationSource',
    'foldLine',
    'escapeVCardText',
    'apiPath',
    'redactSecrets',
  ]) {
    expect(runtime).not.toContain(internal);
  }
});

it('the CDN bundle exposes no name the public API does not have', () => {
  const sandbox: Record<string, unknown> = {
    globalThis: {},
    console,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    AbortController,
    setTimeout,
    clearTimeout,
    crypto: globalThis.crypto,
    atob,
    btoa,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  runInNewContext(readFileSync(join(ROOT, 'bundle', 'sipgate-io.min.js'), 'utf8'), sandbox);
  const bundle = (sandbox.SipgateIO ?? (sandbox.globalThis as Record<string, unknown>).SipgateIO) as Record<
    string,
    unknown
  >;
  expect(bundle).toBeDefined();

  const main = require(join(ROOT, 'dist', 'cjs', 'index.js')) as Record<string, unknown>;
  expect(Object.keys(bundle).filter((name) => !(name in main))).toEqual([]);
});
