// Browser code must not pull in Node built-ins. `forbidNodeBuiltins` fails the CDN build on any
// import of one; `browserEntryWithoutNodeBuiltins` fails the ESM build when the browser entry,
// built beside the Node entries, reaches one through any chunk, statically or lazily.
const { builtinModules } = require('node:module');

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const forbidNodeBuiltins = {
  name: 'forbid-node-builtins',
  resolveId(id, importer) {
    if (NODE_BUILTINS.includes(id)) this.error(`Node built-in "${id}" imported by ${importer} into a browser build.`);
    return null;
  },
};

const browserEntryWithoutNodeBuiltins = {
  name: 'browser-entry-without-node-builtins',
  generateBundle(_options, bundle) {
    const entry = Object.values(bundle).find(
      (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'browser',
    );
    if (!entry) this.error('the browser entry is missing from the ESM build');
    const seen = new Set();
    const visit = (chunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
        if (bundle[id]) visit(bundle[id]);
        else if (NODE_BUILTINS.includes(id))
          this.error(`Node built-in "${id}" reachable from the browser entry (through ${chunk.fileName}).`);
      }
    };
    visit(entry);
  },
};

module.exports = { NODE_BUILTINS, forbidNodeBuiltins, browserEntryWithoutNodeBuiltins };
