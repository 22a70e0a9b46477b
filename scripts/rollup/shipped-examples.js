// The examples ship with the package (dist/examples/, so node_modules/sipgateio-sdk/dist/examples/):
// the package has no repository URL for the README to link them by. In the repository they import
// the SDK's source ('../lib', so that tsx, tsc and jest run them as they are); the shipped copies
// import the package by its name, as an app does, and are otherwise the same files. Not shipped:
// the repository's demo (examples/demo.ts, what `npm run demo` runs), and any file but the .ts
// files and .env.example (examples/.env holds a contributor's credentials).
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const EXAMPLES = resolve('examples');
const NOT_SHIPPED = ['demo.ts'];
const SHIPPED_DIR = resolve('dist/examples');
// The package's entries an example may import, by the source folder they are built from.
const ENTRIES = {
  '../lib': 'sipgateio-sdk',
  '../lib/webhook': 'sipgateio-sdk/webhook',
  '../lib/sandbox': 'sipgateio-sdk/sandbox',
  '../lib/tracing': 'sipgateio-sdk/tracing',
};

/** The example as shipped: its imports of the source made imports of the package; throws on any other path out of examples/. */
function asShipped(file, source) {
  return source.replace(/(from\s+|import\()'(\.\.\/[^']*)'/g, (_whole, keyword, specifier) => {
    const entry = ENTRIES[specifier];
    if (!entry)
      throw new Error(
        `examples/${file} imports ${specifier}, which is no entry of the package: scripts/rollup/shipped-examples.js`,
      );
    return `${keyword}'${entry}'`;
  });
}

const shippedExamples = {
  name: 'shipped-examples',
  writeBundle() {
    mkdirSync(SHIPPED_DIR, { recursive: true });
    for (const file of readdirSync(EXAMPLES)) {
      if (NOT_SHIPPED.includes(file)) continue;
      if (file.endsWith('.ts'))
        writeFileSync(join(SHIPPED_DIR, file), asShipped(file, readFileSync(join(EXAMPLES, file), 'utf8')));
      else if (file === '.env.example') writeFileSync(join(SHIPPED_DIR, file), readFileSync(join(EXAMPLES, file)));
    }
  },
};

module.exports = { shippedExamples, asShipped, NOT_SHIPPED };
