// TypeScript for the JavaScript builds (typings are bundled separately by rollup-plugin-dts).
// dist/ ships without comments or source maps (maps with embedded sources would double the
// package); the CDN bundle's map, with its sources, is for the size report and debugging only.
// noCheck: the build only transpiles (the output is the same); `npm run typecheck` checks the
// types once instead of each of the three builds checking them again (about 20 s of CPU).
const typescript = require('@rollup/plugin-typescript');

module.exports = ({ maps = false } = {}) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: {
      declaration: false,
      declarationMap: false,
      sourceMap: maps,
      inlineSources: maps,
      removeComments: true,
      noCheck: true,
    },
  });
