/**
 * Footprint budgets, so what users install and bundle cannot creep back (test/bench/footprint.mjs
 * measures the full picture side by side with the established library, for BENCHMARKS.md). The
 * budgets are today's figures with a little room: the package's own unpacked size, and what a
 * user's bundler ships for the browser when it resolves the package's `browser` condition.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..', '..');
/** The package as npm packs it (README, CHANGELOG, LICENSE included). */
const UNPACKED_BUDGET = 1_400_000;
/** esbuild, minified, gzip -9, importing everything through the `browser` condition. */
const USER_BUNDLE_BUDGET = 77_000;

it(`the package unpacks to at most ${UNPACKED_BUDGET} bytes and ships no unminified bundle or source maps`, () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ unpackedSize: number; files: Array<{ path: string }> }>;
  expect(pack.unpackedSize).toBeLessThanOrEqual(UNPACKED_BUDGET);
  const paths = pack.files.map((file) => file.path);
  expect(paths).toContain('bundle/sipgate-io.min.js');
  // libphonenumber-js is built in (and axios and papaparse are in the CDN bundle): their licenses travel with them.
  expect(paths).toContain('bundle/THIRD-PARTY-NOTICES.txt');
  expect(paths.filter((path) => path.endsWith('.map') || path === 'bundle/sipgate-io.js')).toEqual([]);
});

it(`a user's esbuild bundle of the browser build stays within ${USER_BUNDLE_BUDGET} bytes gzip`, async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.footprint-test-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, "import * as sdk from 'sipgateio-sdk';\nglobalThis.sdk = sdk;\n");
    const built = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    const gzip = gzipSync(built.outputFiles[0].contents, { level: 9 }).length;
    console.log(`user bundle (esbuild, browser condition): ${gzip} B gzip`);
    expect(built.outputFiles[0].text).not.toMatch(/require\("node:/);
    expect(gzip).toBeLessThanOrEqual(USER_BUNDLE_BUDGET);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
