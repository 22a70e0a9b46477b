// Builds:
//  - dist/esm and dist/cjs: the full SDK for Node (main entry, the `webhook` subpath and the
//    simulator CLI), dependencies external, with bundled .d.ts typings (written once, in cjs);
//  - dist/esm/browser.js: the browser entry (no Node-only code) for bundlers, built with the
//    ESM entries so that it shares their chunks instead of shipping a copy of them;
//  - bundle/sipgate-io(.min).js: the CDN bundle (lib/cdn.ts), an IIFE exposing the global `SipgateIO`.
// The package name and version are injected from package.json, never written down twice.
const { builtinModules } = require('node:module');
const typescript = require('@rollup/plugin-typescript');
const { nodeResolve } = require('@rollup/plugin-node-resolve');
const commonjs = require('@rollup/plugin-commonjs');
const replace = require('@rollup/plugin-replace');
const terser = require('@rollup/plugin-terser');
const { dts } = require('rollup-plugin-dts');
const pkg = require('./package.json');

// Chunk names carry content hashes, so each build would otherwise leave the previous build's
// chunks behind in dist/, and `npm pack` would ship them.
require('node:fs').rmSync(require('node:path').join(__dirname, 'dist'), { recursive: true, force: true });

const injectVersion = () =>
  replace({ preventAssignment: true, values: { __SDK_NAME__: JSON.stringify(pkg.name), __SDK_VERSION__: JSON.stringify(pkg.version) } });
// dist/ is readable, unminified JavaScript and ships without source maps: maps with their
// sources embedded would have doubled the package (1.2 MB) for little gain. The CDN bundle's map
// is built with its sources embedded (inlineSources) for the size report and for debugging from
// a checkout; it is not shipped either (package.json "files").
const ts = ({ maps = false } = {}) =>
  typescript({ tsconfig: './tsconfig.build.json', compilerOptions: { declaration: false, declarationMap: false, sourceMap: maps, inlineSources: maps, removeComments: true } });

const dependencies = Object.keys(pkg.dependencies);
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// Subpath imports such as 'libphonenumber-js/min' are external too.
const external = (id) => nodeBuiltins.includes(id) || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const nodeInputs = { index: 'lib/index.ts', webhook: 'lib/webhook/index.ts', 'simulator-cli': 'lib/webhook/simulator/cli.ts' };

// The browser entry, built beside the Node entries, must not reach a Node built-in through any
// chunk it imports, statically or lazily: fail the build if it does.
const browserEntryWithoutNodeBuiltins = {
  name: 'browser-entry-without-node-builtins',
  generateBundle(_options, bundle) {
    const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'browser');
    if (!entry) this.error('the browser entry is missing from the ESM build');
    const seen = new Set();
    const visit = (chunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
        if (bundle[id]) visit(bundle[id]);
        else if (nodeBuiltins.includes(id)) this.error(`Node built-in "${id}" reachable from the browser entry (through ${chunk.fileName}).`);
      }
    };
    visit(entry);
  },
};

// The ESM build holds the Node entries and the browser entry. Left to itself, rollup would cut
// the code they share into many small chunks, and every extra file is a cost paid on each cold
// `import` in Node. So the browser entry's static graph goes into two chunks: the webhook
// helpers (what the `webhook` entry needs, kept apart so that importing it loads no REST code)
// and everything else (the REST client and modules). Lazily loaded code keeps its own chunks.
function browserGraphChunks() {
  const path = require('node:path');
  let owner;
  const walk = (from, getModuleInfo, into, label) => {
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop();
      if (into.has(id)) continue;
      const info = getModuleInfo(id);
      if (!info || info.isExternal) continue;
      into.set(id, label);
      stack.push(...info.importedIds);
    }
  };
  return (id, { getModuleInfo }) => {
    if (!owner) {
      owner = new Map();
      walk(path.resolve('lib/webhook/web.ts'), getModuleInfo, owner, 'webhook-helpers');
      // The announcement helpers load the RTCM module lazily; in another chunk, that import()
      // would make a user's bundler keep every export of that chunk, i.e. all REST code.
      walk(path.resolve('lib/resources/rtcm/index.ts'), getModuleInfo, owner, 'webhook-helpers');
      walk(path.resolve('lib/browser.ts'), getModuleInfo, owner, 'rest');
      owner.delete(path.resolve('lib/browser.ts'));
    }
    return owner.get(id);
  };
}

// Browser code must not pull in Node built-ins: fail the build if anything tries.
const forbidNodeBuiltins = {
  name: 'forbid-node-builtins',
  resolveId(id, importer) {
    if (nodeBuiltins.includes(id)) this.error(`Node built-in "${id}" imported by ${importer} into a browser build.`);
    return null;
  },
};


// The CDN bundle validates numbers (parse, isValid, E.164) but never formats them, so the
// libphonenumber-js metadata it embeds drops the per-country formatting rules: ~8.8 KB of the
// ~19 KB gzip the metadata costs. test/browser/bundle-vm.test.ts checks, number by number,
// that the bundle's answers equal those of the full `min` metadata the Node builds use.
const PHONE_METADATA = /libphonenumber-js[\\/]metadata\.min\.json\.js$/;
const phoneMetadataWithoutFormats = {
  name: 'phone-metadata-without-formats',
  transform(code, id) {
    if (!PHONE_METADATA.test(id)) return null;
    const metadata = JSON.parse(code.slice(code.indexOf('export default') + 'export default'.length).trim().replace(/;$/, ''));
    // Layout version 4 keeps each country's formats at index 4; any other layout is left whole
    // (the size budget would then fail loudly rather than the validation silently).
    if (metadata.version !== 4) return null;
    for (const group of [metadata.countries, metadata.nonGeographic ?? {}]) {
      for (const country of Object.values(group)) country[4] = 0;
    }
    return { code: `export default ${JSON.stringify(metadata)};\n`, map: { mappings: 'AAAA' } };
  },
};

// Marks each output folder's .js (and .d.ts) files as ESM or CommonJS for Node and TypeScript.
// libphonenumber-js is built into the SDK (its code and its small metadata without the
// formatting rules, as in the CDN bundle) instead of being installed: it publishes every
// metadata build in every module format, 13 MB of which the SDK uses about 60 KB. It stays in its
// own lazily loaded chunk, so importing the SDK still does not load it.
const phoneLibInside = () => nodeResolve({ resolveOnly: ['libphonenumber-js'], preferBuiltins: true });
// That chunk is third-party code nobody steps through: minified, it is a third of the size. The
// SDK's own code stays readable.
const minifyPhoneLib = {
  name: 'minify-phone-lib',
  async renderChunk(code, chunk, options) {
    if (chunk.name !== 'phone-lib') return null;
    const { minify } = require('terser');
    const result = await minify(code, { ecma: 2020, module: options.format === 'es', toplevel: true, compress: { passes: 2 }, sourceMap: false });
    return { code: result.code, map: null };
  },
};

// The license texts of the third-party code the published files contain: libphonenumber-js in
// every build, axios and oauth4webapi in the CDN bundle too (MIT: the notices travel with the code).
const thirdPartyNotices = {
  name: 'third-party-notices',
  generateBundle() {
    const { readFileSync } = require('node:fs');
    const { join } = require('node:path');
    const dir = (name) => join(__dirname, 'node_modules', name);
    const license = (name) => join(dir(name), require('node:fs').existsSync(join(dir(name), 'LICENSE')) ? 'LICENSE' : 'LICENSE.md');
    const section = (name, where) =>
      `${name} (${JSON.parse(readFileSync(join(dir(name), 'package.json'), 'utf8')).version}), ${where}\n\n${readFileSync(license(name), 'utf8').trim()}\n`;
    const source = [
      'Third-party code in sipgateio-sdk\'s published files, with its license.\n',
      section('libphonenumber-js', 'built into dist/ (the phone-lib chunks) and bundle/sipgate-io.min.js'),
      section('axios', 'bundled into bundle/sipgate-io.min.js (installed as a dependency for the npm builds)'),
      section('oauth4webapi', 'bundled into bundle/sipgate-io.min.js (installed as a dependency for the npm builds)'),
          ].join('\n');
    this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
  },
};

// oauth4webapi publishes only ES modules. The ES module builds load lib/oauth/protocol.ts (named
// re-exports, so bundlers keep only what the SDK uses) lazily; the CommonJS build loads
// oauth4webapi itself through a real import() instead of the require() the other lazy imports
// become, because Node before 20.19 cannot require() ES modules.
const oauthProtocolForCjs = {
  name: 'oauth-protocol-for-cjs',
  async resolveDynamicImport(specifier, importer) {
    if (specifier !== './protocol' || !/lib[\\/]oauth[\\/]client\.ts$/.test(importer)) return null;
    return { id: 'oauth4webapi', external: true };
  },
  renderDynamicImport({ format, targetModuleId }) {
    if (format === 'cjs' && targetModuleId === 'oauth4webapi') return { left: 'import(', right: ')' };
    return null;
  },
};

// The CDN bundle leaves papaparse out (6 KB gzip of a 70 KB budget, for the CSV import and export
// only): there, contacts take papaparse from the page's global `Papa` (lib/resources/contacts/csv-from-page.ts).
const csvFromPage = {
  name: 'csv-from-page',
  resolveId(id, importer) {
    if (id === './csv' && importer && /contacts[\\/]index\.ts$/.test(importer)) return require('node:path').join(__dirname, 'lib/resources/contacts/csv-from-page.ts');
    return null;
  },
};

// The CDN bundle runs in pages, which all have XMLHttpRequest, axios's first choice in a
// browser; its fetch adapter (for service workers and edge runtimes, which use the npm builds)
// is left out to keep the bundle within budget (about 2 KB gzip).
const FETCH_ADAPTER_STUB = '\0axios-fetch-adapter-stub';
const xhrOnlyAxios = {
  name: 'xhr-only-axios',
  resolveId(id, importer) {
    if (id === './fetch.js' && importer && /axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(importer)) return FETCH_ADAPTER_STUB;
    return null;
  },
  load(id) {
    return id === FETCH_ADAPTER_STUB ? 'export const getFetch = () => false;\nexport default false;\n' : null;
  },
};

const packageType = (type) => ({
  name: 'package-type',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type })}\n` });
  },
});

// Deep-import paths of the established `sipgateio` package (`sipgateio/dist/history`,
// `sipgateio/dist/history/history.types`, …), so that code importing types from them compiles
// against this package after changing the package name. Each re-exports the whole entry, which
// holds every name those paths had; test/parity/types.test.ts checks the list against the
// installed `sipgateio` and the names in each path.
const COMPAT_MODULES = {
  call: 'call.types', contacts: 'contacts.types', core: 'core.types', devices: 'devices.types', fax: 'fax.types', fluent: undefined,
  history: 'history.types', numbers: 'numbers.types', rtcm: 'rtcm.types', sms: 'sms.types', voicemails: 'voicemails.types',
  webhook: 'webhook.types', 'webhook-settings': 'webhookSettings.types',
};
const COMPAT_PATHS = Object.entries(COMPAT_MODULES).flatMap(([dir, types]) => [dir, ...(types ? [`${dir}/${types}`] : [])]);
const compatSources = (format) =>
  COMPAT_PATHS.flatMap((path) => {
    const up = '../'.repeat(path.split('/').length);
    const here = path.includes('/') ? '../'.repeat(path.split('/').length - 1) : './';
    return [
      { fileName: `compat/${path}.js`, source: format === 'cjs' ? `module.exports = require('${up}index.js');\n` : `export * from '${up}index.js';\n` },
      // The deep paths also carry the type names the established package exported only there.
      { fileName: `compat/${path}.d.ts`, source: `export * from '${up}index.js';\nexport * from '${here}established-types.js';\n` },
    ];
  });
const compatFiles = (format) => ({
  name: 'compat-paths',
  generateBundle() {
    for (const file of compatSources(format)) this.emitFile({ type: 'asset', ...file });
  },
});

// The types generated from sipgate's contract are large (about 0.3 MB) and shared by every
// typings tree: they ship once, as the types-only entry `sipgateio-sdk/api`, which the bundled
// declaration files import by the package's own name instead of inlining a copy each.
const API_TYPES_ENTRY = 'sipgateio-sdk/api';
const apiTypesExternal = {
  name: 'api-types-external',
  resolveId(id) {
    return /[\\/]sipgate-api\.generated(?:\.ts)?$/.test(id) ? { id: API_TYPES_ENTRY, external: true } : null;
  },
};
const writeApiTypes = {
  name: 'write-api-types',
  writeBundle() {
    const fs = require('node:fs');
    fs.writeFileSync('dist/api.d.ts', fs.readFileSync('lib/api/sipgate-api.generated.ts'));
    fs.writeFileSync('dist/api.js', "'use strict';\n// sipgateio-sdk/api holds types only (api.d.ts): the types generated from sipgate's REST contract.\n");
  },
};

// The ESM tree's typings: each entry re-exports the CommonJS tree's declarations (see below),
// and the deep compat paths are written as in the CommonJS tree.
const esmTypesReexporting = {
  name: 'esm-types-reexporting',
  writeBundle() {
    const fs = require('node:fs');
    const write = (file, source) => {
      fs.mkdirSync(require('node:path').dirname(file), { recursive: true });
      fs.writeFileSync(file, source);
    };
    write('dist/esm/index.d.ts', "export * from '../cjs/index.js';\n");
    write('dist/esm/browser.d.ts', "export * from '../cjs/browser.js';\n");
    write('dist/esm/webhook.d.ts', "export * from '../cjs/webhook.js';\n");
    write('dist/esm/compat/established-types.d.ts', "export * from '../../cjs/compat/established-types.js';\n");
    for (const { fileName, source } of compatSources('esm')) write(`dist/esm/${fileName}`, source);
  },
};

// A contributor's build prints nothing to wade through: any warning (an empty chunk, a type
// that is not exported, a circular import) fails the build instead of scrolling past.
const onwarn = (warning) => {
  throw new Error(`rollup warning, failing the build: ${warning.message}`);
};

module.exports = [
  {
    input: { ...nodeInputs, browser: 'lib/browser.ts' },
    onwarn,
    external,
    plugins: [phoneLibInside(), phoneMetadataWithoutFormats, injectVersion(), ts(), browserEntryWithoutNodeBuiltins],
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks: browserGraphChunks(), sourcemap: false, plugins: [packageType('module'), minifyPhoneLib] },
  },
  {
    input: nodeInputs,
    onwarn,
    external,
    plugins: [oauthProtocolForCjs, phoneLibInside(), phoneMetadataWithoutFormats, injectVersion(), ts()],
    // dynamicImportInCjs: false turns the lazy import() of axios and the phone chunk into a
    // deferred require(), so CommonJS users get the same cheap import.
    output: { dir: 'dist/cjs', format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false, dynamicImportInCjs: false, exports: 'named', plugins: [packageType('commonjs'), minifyPhoneLib] },
  },

  {
    input: 'lib/cdn.ts',
    onwarn,
    plugins: [csvFromPage, xhrOnlyAxios, forbidNodeBuiltins, phoneMetadataWithoutFormats, injectVersion(), nodeResolve({ browser: true, preferBuiltins: false }), commonjs(), ts({ maps: true })],
    output: [
      { file: 'bundle/sipgate-io.js', format: 'iife', name: 'SipgateIO', sourcemap: true, inlineDynamicImports: true },
      { file: 'bundle/sipgate-io.min.js', format: 'iife', name: 'SipgateIO', sourcemap: true, inlineDynamicImports: true, plugins: [thirdPartyNotices, terser({ ecma: 2020, compress: { passes: 2 }, keep_classnames: true })] },
    ],
  },
  // Typings: one bundled declaration file per entry (no extensionless relative imports, which
  // node16 resolution rejects in ESM), written once in the CommonJS tree. The ESM tree's
  // declaration files only re-export them: type declarations are the same for both formats, and
  // an ES module may import a CommonJS one, so shipping them twice would only cost space.
  {
    // simulator-cli exports nothing: it has no typings (an empty chunk otherwise).
    // `browser` is the browser entry's surface (a subset of index); the browser tree re-exports it.
    input: { index: nodeInputs.index, webhook: nodeInputs.webhook, browser: 'lib/browser.ts', 'compat/established-types': 'lib/compat/established-types.ts' },
    onwarn,
    external,
    plugins: [apiTypesExternal, dts({ tsconfig: './tsconfig.build.json' }), compatFiles('cjs'), esmTypesReexporting, writeApiTypes],
    output: { dir: 'dist/cjs', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
  },

];
