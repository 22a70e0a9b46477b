// Typings are written once, in the CommonJS tree; the ESM tree's declaration files only re-export
// them (declarations are the same for both formats). The deep-import paths of the established
// `sipgateio` package (`sipgateio/dist/history`, …) are served from dist/<format>/compat.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');

// Every import path of the established package that exported public names, as its users wrote
// them: `dist/index` and `dist/browser`, each module folder (`dist/history`), its `index` and its
// files (`dist/history/history.types`, `dist/core/sipgateIOClient/sipgateIOClient`). Each serves
// the whole API plus the names the established package exported only there (types in
// established-types, values in established-values). Paths that held only its internals (error
// mappers, validators, helpers) are not served; test/parity/types.test.ts checks this list against
// the installed `sipgateio`, and the README's differences table names what is left out.
const COMPAT_MODULES = {
  call: ['call', 'call.types'],
  contacts: ['contacts', 'contacts.types'],
  core: [
    'core.types',
    'sipgateIOClient',
    'sipgateIOClient/index',
    'sipgateIOClient/sipgateIOClient',
    'sipgateIOClient/sipgateIOClient.types',
  ],
  devices: ['devices', 'devices.types'],
  fax: ['fax', 'fax.types'],
  fluent: ['webhook'],
  history: ['history', 'history.types'],
  numbers: ['numbers', 'numbers.types'],
  rtcm: ['rtcm', 'rtcm.types'],
  sms: ['sms', 'sms.types'],
  voicemails: ['voicemails', 'voicemails.types'],
  webhook: ['webhook', 'webhook.types'],
  'webhook-settings': ['webhookSettings', 'webhookSettings.types'],
};
const COMPAT_PATHS = [
  'index',
  'browser',
  ...Object.entries(COMPAT_MODULES).flatMap(([dir, files]) => [
    dir,
    `${dir}/index`,
    ...files.map((file) => `${dir}/${file}`),
  ]),
];

// Every path serves the same thing, so one module per format holds it (compat/deep-path) and each
// path re-exports it: the whole API, the values and types the established package exported only
// from deep paths, and all of it as the default export (ES modules importing the established,
// CommonJS, files got all of module.exports as their default).
const DEEP_PATH = {
  // Copied onto `exports` (not `module.exports = …`): an ES module's shape, which the `export default` of the typings describe.
  cjs: `'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\nfor (const source of [require('../index.js'), require('./established-values.js')]) for (const name of Object.keys(source)) exports[name] = source[name];\nexports.default = exports;\n`,
  esm: "export * from '../index.js';\nexport * from './established-values.js';\nimport * as namespace from './deep-path.js';\nexport default namespace;\n",
  dts: [
    "export * from '../index.js';",
    "export * from './established-types.js';",
    "export * from './established-values.js';",
    "declare const namespace: typeof import('../index.js') & typeof import('./established-values.js');",
    'export default namespace;',
    '',
  ].join('\n'),
};

function compatSources(format) {
  const paths = COMPAT_PATHS.flatMap((path) => {
    const depth = path.split('/').length;
    const here = depth > 1 ? '../'.repeat(depth - 1) : './';
    const esm = `export * from '${here}deep-path.js';\nexport { default } from '${here}deep-path.js';\n`;
    return [
      {
        fileName: `compat/${path}.js`,
        source:
          format === 'cjs'
            ? `'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\nconst deepPath = require('${here}deep-path.js');\nfor (const name of Object.keys(deepPath)) exports[name] = deepPath[name];\nexports.default = deepPath.default;\n`
            : esm,
      },
      { fileName: `compat/${path}.d.ts`, source: esm },
    ];
  });
  return [
    ...paths,
    { fileName: 'compat/deep-path.js', source: DEEP_PATH[format] },
    { fileName: 'compat/deep-path.d.ts', source: DEEP_PATH.dts },
  ];
}

function write(file, source) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
}

const compatPaths = (format) => ({
  name: 'compat-paths',
  generateBundle() {
    for (const file of compatSources(format)) this.emitFile({ type: 'asset', ...file });
  },
});

const esmTypesReexporting = {
  name: 'esm-types-reexporting',
  writeBundle() {
    for (const entry of ['index', 'browser', 'webhook', 'sandbox', 'tracing']) {
      // `export *` leaves a default out: the entries that have one (the whole API) name it.
      const defaultExport =
        entry === 'index' || entry === 'browser' ? `export { default } from '../cjs/${entry}.js';\n` : '';
      write(`dist/esm/${entry}.d.ts`, `export * from '../cjs/${entry}.js';\n${defaultExport}`);
    }
    for (const compat of ['established-types', 'established-values'])
      write(`dist/esm/compat/${compat}.d.ts`, `export * from '../../cjs/compat/${compat}.js';\n`);
    for (const { fileName, source } of compatSources('esm')) write(`dist/esm/${fileName}`, source);
  },
};

// The entries' default export (the whole API as one object: lib/index.ts, lib/browser.ts) is a
// namespace import, which rollup-plugin-dts writes as a namespace of `typeof` aliases: wrong for
// the type-only names among them, and a second copy of every name. So the typings are bundled
// from the modules the entries re-export (DTS_INPUTS) and the default is declared afterwards, as
// the type of the module itself.
const DTS_INPUTS = { index: 'lib/node-api.ts', browser: 'lib/browser-api.ts' };
const defaultExportTypings = {
  name: 'default-export-typings',
  generateBundle(_options, bundle) {
    for (const entry of Object.keys(DTS_INPUTS)) {
      // A namespace import of the file itself: API Extractor reads that (not a self `import()` type).
      bundle[`${entry}.d.ts`].code += [
        '',
        `import * as sipgateioSdk from './${entry}.js';`,
        '/**',
        " * The whole API as one object, for `import sipgate from 'sipgateio-sdk'` (what ES modules got from",
        ' * the CommonJS `sipgateio`). Named imports stay the way to import: bundlers drop this object.',
        ' *',
        ' * @example',
        ' * ```ts',
        " * import sipgate from 'sipgateio-sdk';",
        " * const client = sipgate.sipgateIO({ tokenId: 'token-A1', token: process.env.SIPGATE_TOKEN! });",
        ' * ```',
        ' */',
        "declare const sipgate: Omit<typeof sipgateioSdk, 'default'>;",
        'export default sipgate;',
        '',
      ].join('\n');
    }
  },
};

// The types generated from sipgate's contract (about 0.3 MB) ship once, as the types-only entry
// `sipgateio-sdk/api`, which every typings tree imports by the package's own name.
const API_TYPES_ENTRY = 'sipgateio-sdk/api';
const GENERATED_API_TYPES = 'lib/api/sipgate-api.generated.ts';
const apiTypesOnce = {
  name: 'api-types-once',
  resolveId(id) {
    return /[\\/]sipgate-api\.generated(?:\.ts)?$/.test(id) ? { id: API_TYPES_ENTRY, external: true } : null;
  },
  writeBundle() {
    writeFileSync('dist/api.d.ts', readFileSync(GENERATED_API_TYPES));
    writeFileSync(
      'dist/api.js',
      "'use strict';\n// sipgateio-sdk/api holds types only (api.d.ts): the types generated from sipgate's REST contract.\n",
    );
  },
};

module.exports = { compatPaths, esmTypesReexporting, apiTypesOnce, defaultExportTypings, DTS_INPUTS, COMPAT_PATHS };
