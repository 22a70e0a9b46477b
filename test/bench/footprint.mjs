// Footprint, side by side with the established `sipgateio`: what `npm install --omit=dev` puts
// on disk (bytes, packages), the package's own packed and unpacked size, and what a user's
// bundler ships for the browser (esbuild and rollup, minified, gzip -9). Installs from the npm
// registry into temporary projects; prints JSON.
//   node test/bench/footprint.mjs [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = (await import('node:module')).createRequire(import.meta.url);
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

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
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'footprint-probe', version: '1.0.0', private: true }));
    npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', spec], dir);
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    const packages = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length;
    const install = { bytes: du(join(dir, 'node_modules')), packages, ownBytes: du(join(dir, 'node_modules', name)) };
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, `import * as sdk from '${name}';\nglobalThis.sdk = sdk;\n`);
    const esbuild = require('esbuild');
    const built = await esbuild.build({
      entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
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
        { name: 'json', transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null) },
        replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
        nodeResolve({ browser: true, preferBuiltins: false }),
        commonjs(),
        terser(),
      ],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const rollupGzip = gzipSync(output[0].code, { level: 9 }).length;
    return { install, bundles: { esbuildGzip, rollupGzip } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function footprint() {
  const packDir = mkdtempSync(join(tmpdir(), 'sipgate-pack-'));
  try {
    const [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], root));
    const tarball = join(packDir, pack.filename);
    const ours = { ...(await probe(tarball, 'sipgateio-sdk')), packedBytes: pack.size, unpackedBytes: pack.unpackedSize, files: pack.entryCount };
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
