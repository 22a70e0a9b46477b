// The license texts of the third-party code the published files contain (MIT: the notices travel
// with the code): libphonenumber-js in every build, axios and oauth4webapi in the CDN bundle too.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function section(name, where) {
  const dir = dirname(require.resolve(`${name}/package.json`));
  const license = join(dir, existsSync(join(dir, 'LICENSE')) ? 'LICENSE' : 'LICENSE.md');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return `${name} (${version}), ${where}\n\n${readFileSync(license, 'utf8').trim()}\n`;
}

module.exports = () => ({
  name: 'third-party-notices',
  generateBundle() {
    const source = [
      "Third-party code in sipgateio-sdk's published files, with its license.\n",
      section('libphonenumber-js', 'built into dist/ (the phone-lib chunks) and bundle/sipgate-io.min.js'),
      section('axios', 'bundled into bundle/sipgate-io.min.js (installed as a dependency for the npm builds)'),
      section('oauth4webapi', 'bundled into bundle/sipgate-io.min.js (installed as a dependency for the npm builds)'),
    ].join('\n');
    this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
  },
});
