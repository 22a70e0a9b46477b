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
  core: ['core.types', 'sipgateIOClient', 'sipgateIOClient/index', 'sipgateIOClient/sipgateIOClient', 'sipgateIOClient/sipgateIOClient.types'],
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
const COMPAT_PATHS = ['index', 'browser', ...Object.entries(COMPAT_MODULES).flatMap(([dir, files]) => [dir, `${dir}/index`, ...files.map((file) => `${dir}/${file}`)])];

function compatSources(format) {
  return COMPAT_PATHS.flatMap((path) => {
    const depth = path.split('/').length;
    const up = '../'.repeat(depth);
    const here = depth > 1 ? '../'.repeat(depth - 1) : './';
    const js =
      format === 'cjs'
        ? `'use strict';\nmodule.exports = { ...require('${up}index.js'), ...require('${here}established-values.js') };\nObject.defineProperty(module.exports, '__esModule', { value: true });\n`
        : `export * from '${up}index.js';\nexport * from '${here}established-values.js';\n`;
    return [
      { fileName: `compat/${path}.js`, source: js },
      {
        fileName: `compat/${path}.d.ts`,
        source: `export * from '${up}index.js';\nexport * from '${here}established-types.js';\nexport * from '${here}established-values.js';\n`,
      },
    ];
  });
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
    for (const entry of ['index', 'browser', 'webhook', 'sandbox']) write(`dist/esm/${entry}.d.ts`, `export * from '../cjs/${entry}.js';\n`);
    for (const compat of ['established-types', 'established-values']) write(`dist/esm/compat/${compat}.d.ts`, `export * from '../../cjs/compat/${compat}.js';\n`);
    for (const { fileName, source } of compatSources('esm')) write(`dist/esm/${fileName}`, source);
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
    writeFileSync('dist/api.js', "'use strict';\n// sipgateio-sdk/api holds types only (api.d.ts): the types generated from sipgate's REST contract.\n");
  },
};

module.exports = { compatPaths, esmTypesReexporting, apiTypesOnce, COMPAT_PATHS };
