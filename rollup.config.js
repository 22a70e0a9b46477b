// Builds:
//  - dist/esm: the Node entries (main, `webhook`, the simulator CLI) and the browser entry, which
//    shares their chunks instead of shipping a copy of them;
//  - dist/cjs: the Node entries as CommonJS, and the bundled .d.ts typings (written once, there);
//  - bundle/sipgate-io(.min).js: the CDN bundle (lib/cdn.ts), an IIFE exposing `SipgateIO`.
// Each plugin lives in scripts/rollup/ with a comment saying why it exists.
const { nodeResolve } = require('@rollup/plugin-node-resolve');
const commonjs = require('@rollup/plugin-commonjs');
const terser = require('@rollup/plugin-terser');
const { dts } = require('rollup-plugin-dts');
const pkg = require('./package.json');
const ts = require('./scripts/rollup/typescript');
const cleanOutput = require('./scripts/rollup/clean-output');
const injectVersion = require('./scripts/rollup/inject-version');
const browserGraphChunks = require('./scripts/rollup/browser-graph-chunks');
const packageType = require('./scripts/rollup/package-type');
const oauthProtocolForCjs = require('./scripts/rollup/oauth-protocol-for-cjs');
const thirdPartyNotices = require('./scripts/rollup/third-party-notices');
const {
  NODE_BUILTINS,
  forbidNodeBuiltins,
  browserEntryWithoutNodeBuiltins,
} = require('./scripts/rollup/node-builtins');
const { phoneLibInside, phoneMetadataForValidation, phonePlansFirst } = require('./scripts/rollup/phone-lib');
const { generatedChunk, minifyChunks } = require('./scripts/rollup/minified-chunks');
const { shippedExamples } = require('./scripts/rollup/shipped-examples');
const {
  csvFromPage,
  historyWatchFromNpm,
  xhrOnlyAxios,
  axiosAsTheSdkCallsIt,
} = require('./scripts/rollup/cdn-substitutes');
const {
  compatPaths,
  esmTypesReexporting,
  apiTypesOnce,
  defaultExportTypings,
  DTS_INPUTS,
} = require('./scripts/rollup/typings');

// Dependencies, the optional peer (@opentelemetry/api, imported by the tracing entry only), their
// subpaths and Node built-ins stay imports in the npm builds.
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) =>
  NODE_BUILTINS.includes(id) || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// A contributor's build prints nothing to wade through: any warning fails the build instead.
const onwarn = (warning) => {
  throw new Error(`rollup warning, failing the build: ${warning.message}`);
};

const nodeInputs = {
  index: 'lib/index.ts',
  webhook: 'lib/webhook/index.ts',
  tracing: 'lib/tracing/index.ts',
  'simulator-cli': 'lib/webhook/simulator/cli.ts',
  // The sandbox (`sipgateio-sdk/sandbox`, Node only) and its command: never in the browser entry or the CDN bundle.
  sandbox: 'lib/sandbox/index.ts',
  'sandbox-cli': 'lib/sandbox/cli.ts',
  // The values the established package exported only from its deep-import paths (sipgateio-sdk/dist/<module>).
  'compat/established-values': 'lib/compat/established-values.ts',
};
const withGeneratedChunk = (next) => (id, api) => generatedChunk(id) ?? next?.(id, api);
const chunks = { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false };

module.exports = [
  {
    input: { ...nodeInputs, browser: 'lib/browser.ts' },
    onwarn,
    external,
    plugins: [
      cleanOutput('dist'),
      phoneLibInside(),
      phoneMetadataForValidation,
      injectVersion(),
      ts(),
      browserEntryWithoutNodeBuiltins,
      shippedExamples,
    ],
    output: {
      dir: 'dist/esm',
      format: 'es',
      ...chunks,
      manualChunks: withGeneratedChunk(browserGraphChunks()),
      plugins: [packageType('module'), minifyChunks],
    },
  },
  {
    input: nodeInputs,
    onwarn,
    external,
    plugins: [oauthProtocolForCjs, phoneLibInside(), phoneMetadataForValidation, injectVersion(), ts()],
    // dynamicImportInCjs: false turns the lazy import() of axios and the phone chunk into a
    // deferred require(), so CommonJS users get the same cheap import.
    output: {
      dir: 'dist/cjs',
      format: 'cjs',
      ...chunks,
      manualChunks: withGeneratedChunk(),
      dynamicImportInCjs: false,
      exports: 'named',
      plugins: [packageType('commonjs'), minifyChunks],
    },
  },
  {
    input: 'lib/cdn.ts',
    onwarn,
    plugins: [
      csvFromPage,
      historyWatchFromNpm,
      xhrOnlyAxios,
      axiosAsTheSdkCallsIt,
      forbidNodeBuiltins,
      phoneMetadataForValidation,
      phonePlansFirst,
      injectVersion(),
      nodeResolve({ browser: true, preferBuiltins: false }),
      commonjs(),
      ts({ maps: true }),
    ],
    output: [
      { file: 'bundle/sipgate-io.js', format: 'iife', name: 'SipgateIO', sourcemap: true, inlineDynamicImports: true },
      {
        file: 'bundle/sipgate-io.min.js',
        format: 'iife',
        name: 'SipgateIO',
        sourcemap: true,
        inlineDynamicImports: true,
        plugins: [thirdPartyNotices(), terser({ ecma: 2020, compress: { passes: 2 }, keep_classnames: true })],
      },
    ],
  },
  {
    // One bundled declaration file per entry (node16 resolution rejects extensionless relative
    // imports in ESM), in the CommonJS tree; the CLIs export nothing, so they have none.
    input: {
      ...DTS_INPUTS,
      webhook: nodeInputs.webhook,
      tracing: nodeInputs.tracing,
      sandbox: nodeInputs.sandbox,
      'compat/established-types': 'lib/compat/established-types.ts',
      'compat/established-values': nodeInputs['compat/established-values'],
    },
    onwarn,
    external,
    plugins: [
      apiTypesOnce,
      defaultExportTypings,
      dts({ tsconfig: './tsconfig.build.json' }),
      compatPaths('cjs'),
      esmTypesReexporting,
    ],
    output: {
      dir: 'dist/cjs',
      format: 'es',
      entryFileNames: '[name].d.ts',
      chunkFileNames: 'chunks/[name]-[hash].d.ts',
    },
  },
];
