/**
 * Footprint budgets, so what users install and bundle cannot creep back (scripts/bench/footprint.mjs
 * measures the full picture side by side with the established library, for BENCHMARKS.md). The
 * budgets are today's figures with a little room: the package's own unpacked size, and what a
 * user's bundler ships for the browser when it resolves the package's `browser` condition.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..', '..');
/**
 * The package as npm packs it (README, CHANGELOG, LICENSE included): 1,358,759 B before the
 * whole REST API was typed; 1,606,169 B with it (the contract's generated types, 317,945 B,
 * ship once as `sipgateio-sdk/api`, and all typings trees now share one set of declarations);
 * 1,373,476 B once the browser entry was built with the ESM entries, sharing their chunks;
 * 1,281,243 B once the generated types dropped the contract's object examples (83 KB) and the
 * CommonJS phone chunk was minified like the ESM one (8 KB); 1,308,627 B with #26's network
 * guards (24,884 B: bounded answer reads, the wait for the token under timeout/signal, browser
 * redirect detection, OAuth redaction and onTokens retries, webhook de-duplication, in the ESM,
 * CommonJS and CDN builds, and 4.4 KB of README and CHANGELOG); 1,343,087 B with #25/#26's
 * input checks (typed refusals of route inputs, the established validation texts, PBX phone-number
 * fields, the webhook key check, bounded announcement measuring: +44 KB); more with the contacts
 * CSV import's row checks and the CSV exports' formula neutralisation (#25, #26: 3 KB of
 * JavaScript in each of the three builds, 4 KB of typings); 2,170,000 B with the sandbox
 * (`sipgateio-sdk/sandbox`, #28: 397 KB per module format, 335 KB of it the request validators
 * generated from the contract, minified in a chunk of their own; loaded only by its importers);
 * 2,356,244 B with Google's number plans for validation by number plan (#25: 2,248,850 B before,
 * each phone chunk 66,624 -> 101,427 B, the CDN bundle 216,560 -> 251,172 B); 2,433,014 B with
 * every part of that session merged (sandbox, call flows, number plans, input checks);
 * 2,495,264 B with #25 items 5, 6, 7 and 12 (+62,250 B: the established package's 55 deep-import
 * paths in both formats, 22 KB; the default export's namespace objects in the ESM and CommonJS
 * entries, 16 KB; the CDN's webhook reply builder, 7 KB; typings without node:http, 6 KB; README
 * and CHANGELOG, 10 KB); 2,614,032 B with #29 (+118,768 B: (the tracing entry sipgateio-sdk/tracing with its
 * typings, history.watch, downloads and their docs in both formats); 2,578,771 B with #25 items 8 and 13
 * (-35,434 B from 2,614,205 B: the number plans' patterns written shorter, each phone chunk
 * 101,427 -> 84,278 B; the CDN bundle 266,670 -> 242,404 B; the examples shipped in dist/examples/,
 * +20,446 B; README and CHANGELOG); +25,088 B with cheaper call flows (kept flow functions,
 * callback URLs from a template and the Redis store's two-script turn, 10.5 KB of JavaScript in
 * each module format, and their README and CHANGELOG text; loaded with the flow code only).
 */
const UNPACKED_BUDGET = 2_630_000;
/**
 * What `npm install sipgateio-sdk` brings along besides the SDK: axios (with its own 29 packages
 * from axios 1.17 on), oauth4webapi, papaparse and sax, one package each. A new dependency, or
 * one coming back (xml-js, 440 KB, left in favour of sax, the parser it wraps), is a decision to
 * make here, with its cost in BENCHMARKS.md's footprint section.
 */
const DEPENDENCIES = ['axios', 'oauth4webapi', 'papaparse', 'sax'];
/**
 * esbuild, minified, gzip -9, through the `browser` condition: importing everything (75,311 B
 * before the OAuth client, 86,103 B with it, 88,713 B with the 137 methods of the whole REST
 * API; 88,351 B with the browser entry sharing the ESM build's chunks; 90,408 -> 99,322 B with
 * Google's number plans, and about 9 KB more in every app below, since the client validates
 * numbers, plus #25/#26's input checks: 56,661 -> 65,429, 66,220 -> 74,975 and 55,817 -> 64,605 B; 99,322 -> 108,084 B
 * with #29's downloads and history.watch, which a bundle of everything keeps), and typical apps
 * that import what they use, which tree-shaking must keep small (they did not grow with #29).
 */
const USER_BUNDLE_BUDGET = 110_000;
const TYPICAL_APPS = [
  {
    name: 'an SMS app',
    source:
      "import { sipgateIO, createSMSModule } from 'sipgateio-sdk';\nglobalThis.app = [sipgateIO, createSMSModule];\n",
    budget: 71_000,
  },
  {
    name: 'an OAuth app',
    source:
      "import { sipgateIO, createOAuthClient, createAccountModule } from 'sipgateio-sdk';\nglobalThis.app = [sipgateIO, createOAuthClient, createAccountModule];\n",
    budget: 80_000,
  },
  {
    name: 'a phone-line admin app',
    source:
      "import { sipgateIO, createPhonelinesModule } from 'sipgateio-sdk';\nglobalThis.app = [sipgateIO, createPhonelinesModule];\n",
    budget: 70_000,
  },
];

it(`the package unpacks to at most ${UNPACKED_BUDGET} bytes and ships no unminified bundle or source maps`, () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  ) as Array<{ unpackedSize: number; files: Array<{ path: string }> }>;
  expect(pack.unpackedSize).toBeLessThanOrEqual(UNPACKED_BUDGET);
  const paths = pack.files.map((file) => file.path);
  expect(paths).toContain('bundle/sipgate-io.min.js');
  // libphonenumber-js is built in (and axios and oauth4webapi are in the CDN bundle): their licenses travel with them.
  expect(paths).toContain('bundle/THIRD-PARTY-NOTICES.txt');
  expect(paths.filter((path) => path.endsWith('.map') || path === 'bundle/sipgate-io.js')).toEqual([]);
});

it('installs only the dependencies chosen for it', () => {
  const pkg = require(join(ROOT, 'package.json')) as {
    dependencies: Record<string, string>;
    optionalDependencies?: object;
    peerDependencies?: object;
    peerDependenciesMeta?: object;
  };
  expect(Object.keys(pkg.dependencies).sort()).toEqual(DEPENDENCIES);
  expect(pkg.optionalDependencies ?? {}).toEqual({});
  // One optional peer, which npm does not install: @opentelemetry/api, imported only by the
  // tracing entry (sipgateio-sdk/tracing) that apps choose to import.
  expect(pkg.peerDependencies ?? {}).toEqual({ '@opentelemetry/api': expect.any(String) });
  expect(pkg.peerDependenciesMeta).toEqual({ '@opentelemetry/api': { optional: true } });
});

async function userBundle(source: string): Promise<{ gzip: number; text: string }> {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.footprint-test-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, source);
    const built = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    return { gzip: gzipSync(built.outputFiles[0].contents, { level: 9 }).length, text: built.outputFiles[0].text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it(`a user's esbuild bundle of the browser build stays within ${USER_BUNDLE_BUDGET} bytes gzip`, async () => {
  const { gzip, text } = await userBundle("import * as sdk from 'sipgateio-sdk';\nglobalThis.sdk = sdk;\n");
  expect(text).not.toMatch(/require\("node:/);
  expect(gzip).toBeLessThanOrEqual(USER_BUNDLE_BUDGET);
});

it('a default import (`import sipgate from …`, the whole API as one object) bundles like `import * as`, and only when used', async () => {
  const all = await userBundle("import * as sdk from 'sipgateio-sdk';\nglobalThis.sdk = sdk;\n");
  const viaDefault = await userBundle("import sipgate from 'sipgateio-sdk';\nglobalThis.sdk = sipgate;\n");
  expect(viaDefault.gzip).toBeLessThanOrEqual(USER_BUNDLE_BUDGET);
  expect(Math.abs(viaDefault.gzip - all.gzip)).toBeLessThan(2_000);
  // Named imports leave the default's object out: the SMS app has no trace of the phone-line routes it would list.
  const named = await userBundle(TYPICAL_APPS[0].source);
  expect(named.text).not.toContain('createPhonelinesModule');
});

it.each(TYPICAL_APPS)('$name bundles only what it imports (tree-shaking)', async ({ source, budget }) => {
  const { gzip, text } = await userBundle(source);
  expect(gzip).toBeLessThanOrEqual(budget);
  // Only the OAuth app carries oauth4webapi, and then only the functions the SDK uses.
  expect(text.includes('code_challenge_method')).toBe(source.includes('createOAuthClient'));
  expect(text).not.toContain('device_authorization_endpoint');
  // Each module's route table comes only with its own module.
  expect(text.includes('/parallelforwardings')).toBe(source.includes('createPhonelinesModule'));
  expect(text).not.toContain('/blacklist/incoming');
  expect(text).not.toContain('/notifications/voicemail/sms');
});
