// Injected from package.json by the build (@rollup/plugin-replace) and by jest's `globals`, so
// the version is written down in exactly one place. Running the TypeScript sources directly
// (examples, the demo) injects nothing; the headers then say `0.0.0-source`.
declare const __SDK_NAME__: string | undefined;
declare const __SDK_VERSION__: string | undefined;

/** The npm package name, sent as `X-Sipgate-Client`. */
export const SDK_NAME: string = typeof __SDK_NAME__ === 'string' ? __SDK_NAME__ : 'sipgateio-sdk';
/** The package version, sent as `X-Sipgate-Version`. */
export const SDK_VERSION: string = typeof __SDK_VERSION__ === 'string' ? __SDK_VERSION__ : '0.0.0-source';
