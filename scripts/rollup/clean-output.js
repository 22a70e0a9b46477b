// Chunk names carry content hashes, so each build would otherwise leave the previous build's
// chunks behind in dist/, and `npm pack` would ship them. Runs when the build starts, not when
// the config is loaded.
const { rmSync } = require('node:fs');

module.exports = (dir) => ({
  name: 'clean-output',
  buildStart() {
    rmSync(dir, { recursive: true, force: true });
  },
});
