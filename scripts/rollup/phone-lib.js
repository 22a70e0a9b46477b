// libphonenumber-js is built into the SDK instead of installed: it publishes every metadata build
// in every module format (13 MB), of which the SDK uses about 60 KB. It stays in its own lazily
// loaded chunk ("phone-lib"), so importing the SDK does not load it.
const { join, dirname } = require('node:path');
const { nodeResolve } = require('@rollup/plugin-node-resolve');

const phoneLibInside = () => nodeResolve({ resolveOnly: ['libphonenumber-js'], preferBuiltins: true });

// The SDK validates numbers (parse, isValid, E.164) but never formats them, so the metadata
// drops each country's formatting rules (~8.8 KB of ~19 KB gzip). test/browser/bundle-vm.test.ts
// and the phone corpus tests check, number by number, that the answers are unchanged.
const METADATA_FILE = join(dirname(require.resolve('libphonenumber-js/package.json')), 'metadata.min.json.js');
const phoneMetadataWithoutFormats = {
  name: 'phone-metadata-without-formats',
  transform(code, id) {
    if (id !== METADATA_FILE) return null;
    const metadata = JSON.parse(code.slice(code.indexOf('export default') + 'export default'.length).trim().replace(/;$/, ''));
    // Layout version 4 keeps each country's formats at index 4; any other layout is left whole
    // (the size budget then fails loudly rather than the validation silently).
    if (metadata.version !== 4) return null;
    for (const group of [metadata.countries, metadata.nonGeographic ?? {}]) {
      for (const country of Object.values(group)) country[4] = 0;
    }
    return { code: `export default ${JSON.stringify(metadata)};\n`, map: { mappings: 'AAAA' } };
  },
};

module.exports = { phoneLibInside, phoneMetadataWithoutFormats };
