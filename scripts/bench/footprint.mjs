// Footprint, side by side with the established `sipgateio`: what `npm install --omit=dev` puts
// on disk (bytes, packages), the package's own packed and unpacked size, and what a user's
// bundler ships for the browser (esbuild and rollup, minified, gzip -9). Installs from the npm
// registry into temporary projects; prints JSON.
//   node scripts/bench/footprint.mjs [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = (await import('node:module')).createRequire(import.meta.url);
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Disk usage as `du -sk` reports it (blocks in use), the measure the footprint goal was set in. */
function diskUsage(dir) {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split(/\s/)[0]) * 1024;
}

/** The installed packages `name` brings in (itself included), read from the lockfile. */
function closure(lock, name) {
  const seen = new Set();
  const visit = (dep) => {
    if (seen.has(dep)) return;
    seen.add(dep);
    for (const next of Object.keys(lock.packages[`node_modules/${dep}`]?.dependencies ?? {})) visit(next);
  };
  visit(name);
  return seen.size;
}

/** Minified bytes per source of an esbuild bundle: each package, and the SDK's files by chunk. */
function bytesBySource(metafile) {
  const by = {};
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const found = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/);
    const source = !found
      ? input
      : found[1] === 'sipgateio-sdk' || found[1] === 'sipgateio'
        ? `${found[1]}/${found[2].replace(/-[\w-]{8}\.js$/, '.js')}`
        : found[1];
    by[source] = (by[source] ?? 0) + bytesInOutput;
  }
  return Object.fromEntries(
    Object.entries(by)
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]),
  );
}

function du(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += du(path);
    else if (entry.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

/**
 * Installs `spec` (a tarball or name@version) without dev dependencies into a fresh project, as
 * a user would, measures node_modules (apparent bytes and packages), and bundles `import * as
 * sdk from name` for the browser from there with esbuild and rollup.
 */
async function probe(spec, name) {
  const dir = mkdtempSync(join(tmpdir(), 'sipgate-footprint-'));
  try {
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'footprint-probe', version: '1.0.0', private: true }),
    );
    npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', spec], dir);
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    const packages = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length;
    const dependencies = Object.keys(lock.packages[`node_modules/${name}`].dependencies ?? {});
    const install = {
      bytes: du(join(dir, 'node_modules')),
      diskBytes: diskUsage(join(dir, 'node_modules')),
      packages,
      ownBytes: du(join(dir, 'node_modules', name)),
      // How many installed packages each direct dependency brings (itself included).
      packagesByDependency: Object.fromEntries(dependencies.map((dep) => [dep, closure(lock, dep)])),
    };
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, `import * as sdk from '${name}';\nglobalThis.sdk = sdk;\n`);
    const esbuild = require('esbuild');
    const built = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const esbuildGzip = gzipSync(built.outputFiles[0].contents, { level: 9 }).length;
    const { rollup } = require('rollup');
    const { nodeResolve } = require('@rollup/plugin-node-resolve');
    const commonjs = require('@rollup/plugin-commonjs');
    const terser = require('@rollup/plugin-terser');
    const replace = require('@rollup/plugin-replace');
    const bundle = await rollup({
      input: entry,
      onwarn: () => undefined,
      plugins: [
        {
          name: 'json',
          transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null),
        },
        replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
        nodeResolve({ browser: true, preferBuiltins: false }),
        commonjs(),
        terser(),
      ],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const rollupGzip = gzipSync(output[0].code, { level: 9 }).length;
    return { install, bundles: { esbuildGzip, rollupGzip, esbuildBytesBySource: bytesBySource(built.metafile) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The package's unpacked bytes by what they are for. */
function byPart(files) {
  const part = (path) => {
    if (path.startsWith('bundle/')) return 'CDN bundle (bundle/)';
    if (path === 'dist/api.d.ts') return 'contract types (dist/api.d.ts)';
    if (path.endsWith('.d.ts')) return 'typings (other .d.ts)';
    if (path.startsWith('dist/esm/') && /phone-lib/.test(path)) return 'ESM build: libphonenumber-js chunk';
    if (path.startsWith('dist/cjs/') && /phone-lib/.test(path)) return 'CommonJS build: libphonenumber-js chunk';
    if (path.startsWith('dist/esm/')) return 'ESM build (with the browser entry)';
    if (path.startsWith('dist/cjs/')) return 'CommonJS build';
    if (path.startsWith('dist/examples/')) return 'examples (dist/examples/)';
    return 'README, CHANGELOG, LICENSE, package.json';
  };
  const by = {};
  for (const file of files) by[part(file.path)] = (by[part(file.path)] ?? 0) + file.size;
  return Object.fromEntries(Object.entries(by).sort((a, b) => b[1] - a[1]));
}

export async function footprint() {
  const packDir = mkdtempSync(join(tmpdir(), 'sipgate-pack-'));
  try {
    const [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], root));
    const tarball = join(packDir, pack.filename);
    const ours = {
      ...(await probe(tarball, 'sipgateio-sdk')),
      packedBytes: pack.size,
      unpackedBytes: pack.unpackedSize,
      files: pack.entryCount,
      unpackedByPart: byPart(pack.files),
    };
    const established = await probe('sipgateio@2.15.1', 'sipgateio');
    const theirs = { ...established, unpackedBytes: established.install.ownBytes };
    return { ours, theirs };
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await footprint(), null, 2));
}
