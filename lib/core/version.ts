// Injected from package.json by the build (@rollup/plugin-replace) and by jest's `globals`,
// so the package name and version are written down in exactly one place.
declare const __SDK_NAME__: string;
declare const __SDK_VERSION__: string;

/** The npm package name, sent as `X-Sipgate-Client`. */
export const SDK_NAME: string = __SDK_NAME__;
/** The package version, sent as `X-Sipgate-Version`. */
export const SDK_VERSION: string = __SDK_VERSION__;
