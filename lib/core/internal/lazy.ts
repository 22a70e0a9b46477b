import type { AxiosStatic } from 'axios';

/**
 * Heavy dependencies load on first use, not at import: serverless functions pay the import cost
 * on every cold start, and many of them only ever verify webhooks. Each loader caches its
 * promise, so the module is resolved once per process.
 */
let axiosModule: Promise<AxiosStatic> | undefined;

type WithDefault<T> = T & { default?: T };

/** Loads axios on first call. */
export function loadAxios(): Promise<AxiosStatic> {
  axiosModule ??= import('axios').then((mod) => {
    const withDefault = mod as unknown as WithDefault<AxiosStatic>;
    return withDefault.default ?? withDefault;
  });
  return axiosModule;
}
