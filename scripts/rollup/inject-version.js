// The package name and version come from package.json only, never written down twice.
const replace = require('@rollup/plugin-replace');
const pkg = require('../../package.json');

module.exports = () =>
  replace({
    preventAssignment: true,
    values: { __SDK_NAME__: JSON.stringify(pkg.name), __SDK_VERSION__: JSON.stringify(pkg.version) },
  });
