/**
 * CSV through papaparse (isomorphic, handles quoted fields with commas, quotes and line breaks,
 * CRLF, and guesses the delimiter of an import). Loaded on first use so that importing the SDK
 * stays cheap.
 */
export type Papa = Pick<typeof import('papaparse'), 'parse' | 'unparse'>;
let papa: Promise<Papa> | undefined;

export function loadPapa(): Promise<Papa> {
  papa ??= import('papaparse').then((mod) => {
    const withDefault = mod as Papa & { default?: Papa };
    return typeof withDefault.parse === 'function' ? withDefault : (withDefault.default as Papa);
  });
  return papa;
}
