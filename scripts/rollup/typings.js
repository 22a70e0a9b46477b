// Typings are written once, in the CommonJS tree; the ESM tree's declaration files only re-export
// them (declarations are the same for both formats). The deep-import paths of the established
// `sipgateio` package (`sipgateio/dist/history`, …) are served from dist/<format>/compat.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');

// Each deep path re-exports the whole entry plus the type names the established package exported
// only there; test/parity/types.test.ts checks the list against the installed `sipgateio`.
const COMPAT_MODULES = {
  call: 'call.types', contacts: 'contacts.types', core: 'core.types', devices: 'devices.types', fax: 'fax.types', fluent: undefined,
  history: 'history.types', numbers: 'numbers.types', rtcm: 'rtcm.types', sms: 'sms.types', voicemails: 'voicemails.types',
  webhook: 'webhook.types', 'webhook-settings': 'webhookSettings.types',
};
const COMPAT_PATHS = Object.entries(COMPAT_MODULES).flatMap(([dir, types]) => [dir, ...(types ? [`${dir}/${types}`] : [])]);

function compatSources(format) {
  return COMPAT_PATHS.flatMap((path) => {
    const depth = path.split('/').length;
    const up = '../'.repeat(depth);
    const here = depth > 1 ? '../'.repeat(depth - 1) : './';
    return [
      { fileName: `compat/${path}.js`, source: format === 'cjs' ? `module.exports = require('${up}index.js');\n` : `export * from '${up}index.js';\n` },
      { fileName: `compat/${path}.d.ts`, source: `export * from '${up}index.js';\nexport * from '${here}established-types.js';\n` },
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
    for (const entry of ['index', 'browser', 'webhook', 'tracing']) write(`dist/esm/${entry}.d.ts`, `export * from '../cjs/${entry}.js';\n`);
    write('dist/esm/compat/established-types.d.ts', "export * from '../../cjs/compat/established-types.js';\n");
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

module.exports = { compatPaths, esmTypesReexporting, apiTypesOnce };
