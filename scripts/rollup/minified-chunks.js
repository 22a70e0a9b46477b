// Code nobody steps through is minified: the phone chunk (Google's number plans as data, and a
// small validator that throws nothing) and the sandbox's validators generated from the contract
// (TypeScript re-indents their minified source to three times its size). The SDK's other code
// stays readable.
const { resolve, sep } = require('node:path');

const SANDBOX_CONTRACT = resolve('lib/sandbox/contract') + sep;

/** Puts the generated sandbox contract into a chunk of its own, so that only it is minified. */
const generatedChunk = (id) =>
  id.startsWith(SANDBOX_CONTRACT) && id.endsWith('.generated.ts') ? 'sandbox-contract' : undefined;

const MINIFIED = new Set(['phone-lib', 'sandbox-contract']);
const minifyChunks = {
  name: 'minify-chunks',
  async renderChunk(code, chunk, options) {
    if (!MINIFIED.has(chunk.name)) return null;
    const { minify } = require('terser');
    const result = await minify(code, {
      ecma: 2020,
      module: options.format === 'es',
      toplevel: true,
      compress: { passes: 2 },
      sourceMap: false,
    });
    return { code: result.code, map: null };
  },
};

module.exports = { generatedChunk, minifyChunks };
