// Marks an output folder's .js (and .d.ts) files as ESM or CommonJS for Node and TypeScript.
module.exports = (type) => ({
  name: 'package-type',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type })}\n` });
  },
});
