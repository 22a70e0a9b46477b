// oauth4webapi publishes only ES modules. The ES module builds load lib/oauth/protocol.ts (named
// re-exports, so bundlers keep only what the SDK uses) lazily; the CommonJS build loads
// oauth4webapi itself through a real import() instead of the require() the other lazy imports
// become, because Node before 20.19 cannot require() ES modules.
const { resolve } = require('node:path');

const OAUTH_CLIENT = resolve('lib/oauth/client.ts');

module.exports = {
  name: 'oauth-protocol-for-cjs',
  resolveDynamicImport(specifier, importer) {
    if (specifier !== './protocol' || importer !== OAUTH_CLIENT) return null;
    return { id: 'oauth4webapi', external: true };
  },
  renderDynamicImport({ format, targetModuleId }) {
    if (format === 'cjs' && targetModuleId === 'oauth4webapi') return { left: 'import(', right: ')' };
    return null;
  },
};
